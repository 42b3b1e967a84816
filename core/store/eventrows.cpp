#include "eventrows.h"

#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Hookbench::EventRows {

namespace {

const char *const columns[] = {
    "request_id",   "body_kind",      "body_error",        "provider",         "event_name",
    "event_id",     "occurred_at_us", "resource_type",     "resource_id",      "organization_id",
    "workspace_id", "api_version",    "source_request_id", "idempotency_key",  "known_type",
    "conformance",  "duplicate_of",   "signature_status",  "signature_reason", "signature_scheme"};
static_assert(std::size(columns) == columnCount);

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString joined(const QString &prefix, const QString &separator, int from)
{
    QStringList names;
    for (int i = from; i < columnCount; ++i)
        names.append(prefix + QLatin1String(columns[i]));
    return names.join(separator);
}

} // namespace

QString insertColumns()
{
    return joined(QString(), QStringLiteral(", "), 0);
}

void bind(SqlStatement &q, int at, qint64 requestId, const EventInfo &e)
{
    q.bindValue(at, requestId);
    q.bindValue(at + 1, e.bodyKind.isEmpty() ? QStringLiteral("empty") : e.bodyKind);
    q.bindValue(at + 2, textOrNull(e.bodyError));
    q.bindValue(at + 3, textOrNull(e.provider));
    q.bindValue(at + 4, textOrNull(e.eventName));
    q.bindValue(at + 5, textOrNull(e.eventId));
    q.bindValue(at + 6, e.occurredAtUs != 0 ? QVariant(e.occurredAtUs) : QVariant());
    q.bindValue(at + 7, textOrNull(e.resourceType));
    q.bindValue(at + 8, textOrNull(e.resourceId));
    q.bindValue(at + 9, textOrNull(e.organizationId));
    q.bindValue(at + 10, textOrNull(e.workspaceId));
    q.bindValue(at + 11, textOrNull(e.apiVersion));
    q.bindValue(at + 12, textOrNull(e.sourceRequestId));
    q.bindValue(at + 13, textOrNull(e.idempotencyKey));
    q.bindValue(at + 14, qint64(e.knownType ? 1 : 0));
    q.bindValue(at + 15,
                e.conformance.isEmpty() ? QVariant()
                                        : QVariant(QString::fromUtf8(
                                            QJsonDocument(QJsonArray::fromStringList(e.conformance))
                                                .toJson(QJsonDocument::Compact))));
    q.bindValue(at + 16, e.duplicateOf > 0 ? QVariant(e.duplicateOf) : QVariant());
    q.bindValue(at + 17, textOrNull(e.signatureStatus));
    q.bindValue(at + 18, textOrNull(e.signatureReason));
    q.bindValue(at + 19, textOrNull(e.signatureScheme));
}

QString upsertSql(int rows)
{
    QStringList updates;
    for (int i = 1; i < columnCount; ++i)
        updates.append(QStringLiteral("%1 = excluded.%1").arg(QLatin1String(columns[i])));
    const QString row = u'(' + QStringLiteral("?, ").repeated(columnCount - 1) + u"?)";
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(row);
    return QStringLiteral("INSERT INTO events (%1) VALUES %2 ON CONFLICT(request_id) DO UPDATE "
                          "SET %3")
        .arg(
            insertColumns(), values.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

QString selectColumns()
{
    return joined(QStringLiteral("e."), QStringLiteral(", "), 1);
}

EventInfo read(const QSqlQuery &q, int at)
{
    EventInfo e;
    e.bodyKind = q.value(at).toString();
    e.bodyError = q.value(at + 1).toString();
    e.provider = q.value(at + 2).toString();
    e.eventName = q.value(at + 3).toString();
    e.eventId = q.value(at + 4).toString();
    e.occurredAtUs = q.value(at + 5).toLongLong();
    e.resourceType = q.value(at + 6).toString();
    e.resourceId = q.value(at + 7).toString();
    e.organizationId = q.value(at + 8).toString();
    e.workspaceId = q.value(at + 9).toString();
    e.apiVersion = q.value(at + 10).toString();
    e.sourceRequestId = q.value(at + 11).toString();
    e.idempotencyKey = q.value(at + 12).toString();
    e.knownType = q.value(at + 13).toInt() != 0;
    const QByteArray conformance = q.value(at + 14).toString().toUtf8();
    if (!conformance.isEmpty()) {
        for (const QJsonValue note : QJsonDocument::fromJson(conformance).array())
            e.conformance.append(note.toString());
    }
    e.duplicateOf = q.value(at + 15).toLongLong();
    e.signatureStatus = q.value(at + 16).toString();
    e.signatureReason = q.value(at + 17).toString();
    e.signatureScheme = q.value(at + 18).toString();
    return e;
}

} // namespace Hookbench::EventRows
