#include "deliverystore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Hookbench {

namespace {

const QString deliveryColumns = QStringLiteral(
    "id, request_id, target_id, target_url, attempt, group_id, status, settings, created_us, "
    "due_us, started_us, delivered_us, failed_us, failure_kind, failure_message, method, url, "
    "headers, body, response_status, response_headers, response_body, duration_ms");

const QString targetColumns
    = QStringLiteral("id, name, url, headers, timeout_ms, ca_file, allow_self_signed, "
                     "sign_scheme, sign_secret_id, max_attempts, backoff_base_ms, "
                     "backoff_cap_ms, max_concurrency");

// Times and answers that have not happened yet are NULL, not 0, so SQL can tell them apart.
QVariant orNull(qint64 value, qint64 none = 0)
{
    return value == none ? QVariant() : QVariant(value);
}

// An empty blob, not NULL: the columns are NOT NULL, and Qt binds a null QByteArray as NULL.
QByteArray blob(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

// The same for text: a null QString is bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariantList deliveryValues(const Delivery &d)
{
    const bool answered = d.responseStatus != 0;
    return {
        d.id,
        d.requestId,
        orNull(d.targetId),
        text(d.targetUrl),
        d.attempt,
        text(d.groupId),
        deliveryStatusName(d.status),
        QString::fromUtf8(QJsonDocument(d.settings.toJson()).toJson(QJsonDocument::Compact)),
        d.createdUs,
        d.dueUs,
        orNull(d.startedUs),
        orNull(d.deliveredUs),
        orNull(d.failedUs),
        d.failureKind == FailureKind::None ? QVariant() : QVariant(failureKindName(d.failureKind)),
        d.failureMessage.isEmpty() ? QVariant() : QVariant(d.failureMessage),
        text(QString::fromLatin1(d.request.method)),
        text(QString::fromUtf8(d.request.url)),
        blob(serializeHeaders(d.request.headers)),
        blob(d.request.body),
        orNull(d.responseStatus),
        answered ? QVariant(blob(serializeHeaders(d.responseHeaders))) : QVariant(),
        answered ? QVariant(blob(d.responseBody)) : QVariant(),
        orNull(d.durationMs, -1),
    };
}

Delivery readDelivery(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toString();
    d.requestId = q.value(1).toLongLong();
    d.targetId = q.value(2).toLongLong();
    d.targetUrl = q.value(3).toString();
    d.attempt = q.value(4).toInt();
    d.groupId = q.value(5).toString();
    d.status = deliveryStatusFromName(q.value(6).toString()).value_or(DeliveryStatus::Failed);
    d.settings = DeliverySettings::fromJson(
        QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
    d.createdUs = q.value(8).toLongLong();
    d.dueUs = q.value(9).toLongLong();
    d.startedUs = q.value(10).toLongLong();
    d.deliveredUs = q.value(11).toLongLong();
    d.failedUs = q.value(12).toLongLong();
    d.failureKind = failureKindFromName(q.value(13).toString());
    d.failureMessage = q.value(14).toString();
    d.request.method = q.value(15).toString().toLatin1();
    d.request.url = q.value(16).toString().toUtf8();
    d.request.headers = parseSerializedHeaders(q.value(17).toByteArray());
    d.request.body = q.value(18).toByteArray();
    d.responseStatus = q.value(19).toInt();
    d.responseHeaders = parseSerializedHeaders(q.value(20).toByteArray());
    d.responseBody = q.value(21).toByteArray();
    d.durationMs = q.value(22).isNull() ? -1 : q.value(22).toLongLong();
    return d;
}

QVariantList targetValues(const DeliveryTarget &t)
{
    const DeliverySettings &s = t.settings;
    return {text(t.name),
            text(t.url),
            blob(serializeHeaders(t.headers)),
            s.timeoutMs,
            text(s.caFile),
            s.allowSelfSigned,
            text(s.signScheme),
            text(s.signSecretId),
            s.maxAttempts,
            s.backoffBaseMs,
            s.backoffCapMs,
            s.maxConcurrency};
}

DeliveryTarget readTarget(const QSqlQuery &q)
{
    DeliveryTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.url = q.value(2).toString();
    t.headers = parseSerializedHeaders(q.value(3).toByteArray());
    DeliverySettings &s = t.settings;
    s.timeoutMs = q.value(4).toInt();
    s.caFile = q.value(5).toString();
    s.allowSelfSigned = q.value(6).toBool();
    s.signScheme = q.value(7).toString();
    s.signSecretId = q.value(8).toString();
    s.maxAttempts = q.value(9).toInt();
    s.backoffBaseMs = q.value(10).toInt();
    s.backoffCapMs = q.value(11).toInt();
    s.maxConcurrency = q.value(12).toInt();
    return t;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

bool DeliveryStore::open(const StoreOptions &options, QString *error)
{
    return m_connection.open(options, error);
}

bool DeliveryStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool DeliveryStore::saveTarget(DeliveryTarget *target)
{
    QSqlQuery query(m_connection.database());
    if (target->id == 0) {
        query.prepare(QStringLiteral("INSERT INTO delivery_targets (")
                      + targetColumns.sliced(targetColumns.indexOf(u',') + 2)
                      + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindAll(query, targetValues(*target));
        if (!exec(query))
            return false;
        target->id = query.lastInsertId().toLongLong();
        return true;
    }
    query.prepare(QStringLiteral(
        "UPDATE delivery_targets SET name = ?, url = ?, headers = ?, timeout_ms = ?, ca_file = ?, "
        "allow_self_signed = ?, sign_scheme = ?, sign_secret_id = ?, max_attempts = ?, "
        "backoff_base_ms = ?, backoff_cap_ms = ?, max_concurrency = ? WHERE id = ?"));
    bindAll(query, targetValues(*target));
    query.addBindValue(target->id);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0) {
        m_lastError = QStringLiteral("no target %1").arg(target->id);
        return false;
    }
    return true;
}

bool DeliveryStore::removeTarget(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM delivery_targets WHERE id = ?"));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() > 0;
}

std::optional<DeliveryTarget> DeliveryStore::target(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT ") + targetColumns
                  + QStringLiteral(" FROM delivery_targets WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readTarget(query);
}

QList<DeliveryTarget> DeliveryStore::targets()
{
    QList<DeliveryTarget> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + targetColumns
                  + QStringLiteral(" FROM delivery_targets ORDER BY name, id"));
    if (exec(query)) {
        while (query.next())
            result.append(readTarget(query));
    }
    return result;
}

bool DeliveryStore::insert(const Delivery &delivery)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("INSERT INTO deliveries (") + deliveryColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?)"));
    bindAll(query, deliveryValues(delivery));
    return exec(query);
}

bool DeliveryStore::update(const Delivery &delivery)
{
    QString assignments;
    const QStringList columns = deliveryColumns.split(QStringLiteral(", "));
    for (qsizetype i = 1; i < columns.size(); ++i)
        assignments
            += (i > 1 ? QStringLiteral(", ") : QString()) + columns.at(i) + QStringLiteral(" = ?");
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE deliveries SET ") + assignments
                  + QStringLiteral(" WHERE id = ?"));
    QVariantList values = deliveryValues(delivery);
    values.append(values.takeFirst()); // the id goes last, into the WHERE
    bindAll(query, values);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0) {
        m_lastError = QStringLiteral("no delivery %1").arg(delivery.id);
        return false;
    }
    return true;
}

QList<Delivery> DeliveryStore::deliveries(const QString &where, const QVariantList &binds)
{
    QList<Delivery> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + deliveryColumns + QStringLiteral(" FROM deliveries ")
                  + where);
    bindAll(query, binds);
    if (exec(query)) {
        while (query.next())
            result.append(readDelivery(query));
    }
    return result;
}

std::optional<Delivery> DeliveryStore::delivery(const QString &id)
{
    const QList<Delivery> found = deliveries(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Delivery> DeliveryStore::forRequest(qint64 requestId)
{
    return deliveries(QStringLiteral("WHERE request_id = ? ORDER BY created_us, attempt"),
                      {requestId});
}

QList<Delivery> DeliveryStore::withStatus(DeliveryStatus status, int limit)
{
    return deliveries(QStringLiteral("WHERE status = ? ORDER BY due_us, created_us LIMIT ?"),
                      {deliveryStatusName(status), limit});
}

QList<Delivery> DeliveryStore::recent(std::optional<DeliveryStatus> status, int limit)
{
    if (status)
        return deliveries(QStringLiteral("WHERE status = ? ORDER BY created_us DESC, attempt DESC "
                                         "LIMIT ?"),
                          {deliveryStatusName(*status), limit});
    return deliveries(QStringLiteral("ORDER BY created_us DESC, attempt DESC LIMIT ?"), {limit});
}

QList<Delivery> DeliveryStore::group(const QString &groupId)
{
    return deliveries(QStringLiteral("WHERE group_id = ? ORDER BY attempt"), {groupId});
}

QStringList DeliveryStore::markInterrupted(const QString &message, qint64 nowUs)
{
    m_lastError.clear();
    QSqlDatabase &db = m_connection.database();
    // IMMEDIATE takes the write lock first (waiting for it like any write): a deferred
    // transaction that has read could not take it once the capture writer has committed.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = begin.lastError().text();
        return {};
    }
    QStringList ids;
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id FROM deliveries WHERE status = 'in_progress'"));
    bool ok = exec(select);
    while (ok && select.next())
        ids.append(select.value(0).toString());
    select.finish();
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE deliveries SET status = 'failed', failed_us = ?, "
                       "failure_kind = 'interrupted', failure_message = ? WHERE status = "
                       "'in_progress'"));
    update.addBindValue(nowUs);
    update.addBindValue(message);
    ok = ok && exec(update);
    QSqlQuery end(db);
    if (!ok || !end.exec(QStringLiteral("COMMIT"))) {
        if (ok)
            m_lastError = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    return ids;
}

} // namespace Hookbench
