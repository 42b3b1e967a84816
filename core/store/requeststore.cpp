#include "requeststore.h"

#include "eventrows.h"
#include "inspect/inspector.h"
#include "storeschema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace Hookbench {

namespace {

/// The SQL condition for a filter (always usable after WHERE) and its bound values, in order.
QString whereClause(const RequestFilter &filter, QVariantList *binds)
{
    QStringList conditions {QStringLiteral("1")};
    if (!filter.method.isEmpty()) {
        conditions.append(StoreSchema::methodCondition(QString::fromLatin1(filter.method)));
        binds->append(QString::fromLatin1(filter.method));
    }
    if (!filter.pathPrefix.isEmpty()) {
        // A byte range instead of LIKE: it uses the path index and knows no wildcards.
        conditions.append(QStringLiteral("r.path >= ?"));
        binds->append(filter.pathPrefix);
        QByteArray upper = filter.pathPrefix;
        while (!upper.isEmpty() && uchar(upper.back()) == 0xff)
            upper.chop(1);
        if (!upper.isEmpty()) {
            upper.back() = char(uchar(upper.back()) + 1);
            conditions.append(QStringLiteral("r.path < ?"));
            binds->append(upper);
        }
    }
    if (filter.sinceUs > 0) {
        conditions.append(QStringLiteral("r.received_start_us >= ?"));
        binds->append(filter.sinceUs);
    }
    if (filter.untilUs > 0) {
        conditions.append(QStringLiteral("r.received_start_us < ?"));
        binds->append(filter.untilUs);
    }
    if (!filter.eventName.isEmpty()) {
        conditions.append(QStringLiteral("e.event_name = ?"));
        binds->append(filter.eventName);
    }
    if (!filter.resourceType.isEmpty()) {
        conditions.append(QStringLiteral("e.resource_type = ?"));
        binds->append(filter.resourceType);
    }
    if (filter.upToId > 0) {
        conditions.append(QStringLiteral("r.id <= ?"));
        binds->append(filter.upToId);
    }
    if (filter.search.where != QLatin1String("1")) {
        conditions.append(u'(' + filter.search.where + u')');
        binds->append(filter.search.binds);
    }
    return conditions.join(QLatin1String(" AND "));
}

const QString fromRequestsAndEvents
    = QStringLiteral(" FROM requests r LEFT JOIN events e ON e.request_id = r.id WHERE ");

// Listings read the newest rows first. When a filter matches few rows, its index finds them
// and sorting them is cheap; when it matches many, walking the requests newest first finds
// a page at once, while the index would fetch and sort them all (seconds at a million). SQLite
// has no statistics to choose by, so the listing counts up to this many matches through the
// indexes and, past it, keeps them out of the way with unary '+'.
constexpr int fewMatches = 2000;

QString withoutIndexes(const QString &where)
{
    static const QRegularExpression indexed(
        QStringLiteral("\\b([er]\\.(?:event_name|provider|event_id|resource_type|method|path|"
                       "received_start_us))\\b"));
    QString result = where;
    return result.replace(indexed, QStringLiteral("+\\1"));
}

} // namespace

bool RequestStore::open(const StoreOptions &options, QString *error)
{
    return m_connection.open(options, error);
}

qint64 RequestStore::count()
{
    QSqlQuery query(m_connection.database());
    if (query.exec(QStringLiteral("SELECT n FROM request_count")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

QList<qint64> RequestStore::ids(qint64 afterId, int limit)
{
    QList<qint64> result;
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT id FROM requests WHERE id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toLongLong());
    }
    return result;
}

namespace {

const QString requestColumns = QStringLiteral(
    "r.id, r.received_start_us, r.received_end_us, r.listener, r.local_port, r.remote_address, "
    "r.remote_port, r.method, r.target, r.http_version, r.body_size, r.body_truncated, "
    "r.response_status, r.error_kind, r.error_message, d.head_raw, d.headers, d.trailers, "
    "d.body");
constexpr int requestColumnCount = 19;

CapturedRequest readRequest(const QSqlQuery &query)
{
    CapturedRequest r;
    r.id = query.value(0).toLongLong();
    r.receivedStartUs = query.value(1).toLongLong();
    r.receivedEndUs = query.value(2).toLongLong();
    r.listener = query.value(3).toString();
    r.localPort = quint16(query.value(4).toUInt());
    r.remoteAddress = query.value(5).toString();
    r.remotePort = quint16(query.value(6).toUInt());
    r.method = query.value(7).toString().toLatin1();
    r.target = query.value(8).toByteArray();
    r.httpVersion = query.value(9).toString().toLatin1();
    r.bodySize = query.value(10).toLongLong();
    r.bodyTruncated = query.value(11).toBool();
    r.responseStatus = query.value(12).toInt();
    r.error = captureErrorFromName(query.value(13).toString());
    r.errorMessage = query.value(14).toString();
    r.rawHead = query.value(15).toByteArray();
    r.headerFields = query.value(16).toByteArray();
    r.trailerFields = query.value(17).toByteArray();
    r.body = query.value(18).toByteArray();
    return r;
}

std::optional<CapturedRequest> readRequestById(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + requestColumns
                  + QStringLiteral(" FROM requests r JOIN request_data d ON d.request_id = r.id "
                                   "WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRequest(query);
}

} // namespace

std::optional<CapturedRequest> RequestStore::request(qint64 id)
{
    return readRequestById(m_connection.database(), id);
}

QList<std::pair<CapturedRequest, bool>>
RequestStore::requestsToInspect(qint64 afterId, int limit, bool includeInspected)
{
    QList<std::pair<CapturedRequest, bool>> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + requestColumns
                  + QStringLiteral(", e.request_id IS NOT NULL FROM requests r "
                                   "JOIN request_data d ON d.request_id = r.id "
                                   "LEFT JOIN events e ON e.request_id = r.id WHERE r.id > ? ")
                  + (includeInspected ? QString() : QStringLiteral("AND e.request_id IS NULL "))
                  + QStringLiteral("ORDER BY r.id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            result.append({readRequest(query), query.value(requestColumnCount).toBool()});
    }
    return result;
}

RequestPage RequestStore::page(const RequestFilter &filter, int page, int pageSize)
{
    RequestPage result;
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    result.total = count(filter);
    const qint64 offset = qint64(qMax(1, page) - 1) * qMax(1, pageSize);
    if (offset < result.total) {
        result.rows = rows(result.total > fewMatches ? withoutIndexes(where) : where,
                           binds,
                           QStringLiteral(" ORDER BY r.id DESC LIMIT %1 OFFSET %2")
                               .arg(qMax(1, pageSize))
                               .arg(offset));
    }
    return result;
}

QList<RequestRow>
RequestStore::newestBefore(qint64 beforeId, int limit, const RequestFilter &filter)
{
    QVariantList binds;
    QString where = whereClause(filter, &binds);
    if (beforeId > 0) {
        where += QStringLiteral(" AND r.id < ?");
        binds.append(beforeId);
    }
    if (where != QLatin1String("1")) {
        QSqlQuery few(m_connection.database());
        few.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1") + fromRequestsAndEvents + where
                    + QStringLiteral(" LIMIT %1)").arg(fewMatches + 1));
        for (const QVariant &value : std::as_const(binds))
            few.addBindValue(value);
        if (few.exec() && few.next() && few.value(0).toInt() > fewMatches)
            where = withoutIndexes(where);
    }
    return rows(where, binds, QStringLiteral(" ORDER BY r.id DESC LIMIT %1").arg(qMax(1, limit)));
}

qint64 RequestStore::count(const RequestFilter &filter)
{
    return countBetween(filter, 0, 0);
}

qint64 RequestStore::countBetween(const RequestFilter &filter, qint64 afterId, qint64 upToId)
{
    if (filter.matchesAll() && afterId <= 0) {
        // The kept count, less what came after upToId: one statement, so one snapshot.
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("SELECT (SELECT n FROM request_count) - "
                                     "(SELECT count(*) FROM requests WHERE id > ?)"));
        query.addBindValue(upToId > 0 ? upToId : std::numeric_limits<qint64>::max());
        if (query.exec() && query.next())
            return query.value(0).toLongLong();
        return 0;
    }
    QVariantList binds;
    QString where = whereClause(filter, &binds);
    if (afterId > 0) {
        where += QStringLiteral(" AND r.id > ?");
        binds.append(afterId);
    }
    if (upToId > 0) {
        where += QStringLiteral(" AND r.id <= ?");
        binds.append(upToId);
    }
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT count(*)") + fromRequestsAndEvents + where);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<qint64> RequestStore::idsBetween(const RequestFilter &filter, qint64 afterId, qint64 upToId)
{
    QVariantList binds;
    QString where = whereClause(filter, &binds);
    where += QStringLiteral(" AND r.id > ? AND r.id <= ? ORDER BY r.id");
    binds.append(afterId);
    binds.append(upToId);
    QList<qint64> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id") + fromRequestsAndEvents + where);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toLongLong());
    }
    return result;
}

QList<RequestRow> RequestStore::rowsAt(
    const RequestFilter &filter, qint64 offset, int limit, qint64 total, bool newestFirst)
{
    offset = qMax<qint64>(0, offset);
    limit = int(qMin<qint64>(qMax(1, limit), qMax<qint64>(0, total - offset)));
    if (limit <= 0)
        return {};
    QVariantList binds;
    QString where = whereClause(filter, &binds);
    if (total > fewMatches)
        where = withoutIndexes(where);
    // Reading from the far end means counting the offset from there and reversing the rows.
    const qint64 fromOtherEnd = total - offset - limit;
    const bool reversed = fromOtherEnd < offset;
    const bool descending = newestFirst != reversed;
    QList<RequestRow> result
        = rows(where,
               binds,
               QStringLiteral(" ORDER BY r.id %1 LIMIT %2 OFFSET %3")
                   .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                   .arg(limit)
                   .arg(reversed ? fromOtherEnd : offset));
    if (reversed)
        std::reverse(result.begin(), result.end());
    return result;
}

qint64 RequestStore::maxId()
{
    QSqlQuery query(m_connection.database());
    if (query.exec(QStringLiteral("SELECT max(id) FROM requests")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 RequestStore::maxInspectedId()
{
    QSqlQuery query(m_connection.database());
    if (query.exec(QStringLiteral("SELECT max(request_id) FROM events")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<EventInfo> RequestStore::event(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + EventRows::selectColumns()
                  + QStringLiteral(" FROM events e WHERE e.request_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return EventRows::read(query, 0);
}

namespace {

// Ids are integers: they go into the statement as text rather than one bound value each, which
// SQLite limits per statement.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

bool selectIds(const QSqlDatabase &db, const QString &sql, QList<qint64> *ids, QString *error)
{
    ids->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

/// What the writer gave the free-text index for one request (see StoreWriter's text insert).
struct IndexedText
{
    QByteArray path;
    QByteArray headers;
    QByteArray body;
};

std::optional<IndexedText> indexedText(const QSqlDatabase &db, qint64 id)
{
    const std::optional<CapturedRequest> request = readRequestById(db, id);
    if (!request)
        return std::nullopt;
    const Inspection text = Inspector::inspect(*request, {});
    return IndexedText {request->path(), text.headerText, text.bodyText};
}

} // namespace

bool RequestStore::remove(qint64 id, QString *error)
{
    QList<qint64> removed;
    return removeMany({id}, &removed, error) && !removed.isEmpty();
}

bool RequestStore::removeMany(const QList<qint64> &ids, QList<qint64> *removed, QString *error)
{
    return removeMany(m_connection, ids, removed, error);
}

bool RequestStore::removeMany(StoreConnection &connection,
                              const QList<qint64> &ids,
                              QList<qint64> *removed,
                              QString *error)
{
    if (removed)
        removed->clear();
    if (ids.isEmpty())
        return true;
    const QSqlDatabase db = connection.database();
    const QString list = idList(ids);
    const QString inspectedIds
        = QStringLiteral("SELECT request_id FROM events WHERE request_id IN (%1)").arg(list);

    // The free-text index keeps no copy of what it indexed, so removing an entry means
    // giving it the same text again; it is derived from the stored bytes as at capture.
    // Only inspected requests have an entry (written with their event). Deriving the text
    // takes a while, so it happens before the write lock is taken: capture never waits on it.
    QHash<qint64, IndexedText> texts;
    QList<qint64> indexed;
    if (!selectIds(db, inspectedIds, &indexed, error))
        return false;
    for (const qint64 id : std::as_const(indexed)) {
        if (std::optional<IndexedText> text = indexedText(db, id))
            texts.insert(id, std::move(*text));
    }

    QSqlQuery query(db);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(query.lastError().text());
    QString readError;
    QList<qint64> existing;
    // Read again under the lock: requests inspected meanwhile got an entry too.
    if (!selectIds(db, inspectedIds, &indexed, &readError)
        || !selectIds(
            db,
            QStringLiteral("SELECT id FROM requests WHERE id IN (%1) ORDER BY id").arg(list),
            &existing,
            &readError)) {
        return fail(readError);
    }
    if (!indexed.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO request_text (request_text, rowid, path, "
                                     "headers, body) VALUES ('delete', ?, ?, ?, ?)"));
        for (const qint64 id : std::as_const(indexed)) {
            auto text = texts.constFind(id);
            if (text == texts.cend()) {
                std::optional<IndexedText> late = indexedText(db, id);
                if (!late)
                    continue;
                text = texts.insert(id, std::move(*late));
            }
            query.bindValue(0, id);
            query.bindValue(1, text->path); // as the writer indexed it (see bindText)
            query.bindValue(2, text->headers);
            query.bindValue(3, text->body);
            if (!query.exec())
                return fail(query.lastError().text());
        }
    }
    // request_data and events go with their request (ON DELETE CASCADE).
    if (!query.exec(QStringLiteral("DELETE FROM requests WHERE id IN (%1)").arg(list)))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(query.lastError().text());
    if (removed)
        *removed = existing;
    return true;
}

QList<RequestRow>
RequestStore::rows(const QString &where, const QVariantList &binds, const QString &tail)
{
    QList<RequestRow> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id, r.received_start_us, r.listener, r.remote_address, "
                                 "r.method, r.target, r.body_size, r.response_status, "
                                 "r.error_kind, "
                                 "(SELECT count(*) FROM deliveries d WHERE d.request_id = r.id), "
                                 "(SELECT status FROM deliveries d WHERE d.request_id = r.id "
                                 " ORDER BY created_us DESC, attempt DESC LIMIT 1), ")
                  + EventRows::selectColumns() + fromRequestsAndEvents + where + tail);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next()) {
        RequestRow row;
        row.id = query.value(0).toLongLong();
        row.receivedStartUs = query.value(1).toLongLong();
        row.listener = query.value(2).toString();
        row.remoteAddress = query.value(3).toString();
        row.method = query.value(4).toString().toLatin1();
        row.target = query.value(5).toByteArray();
        row.bodySize = query.value(6).toLongLong();
        row.responseStatus = query.value(7).toInt();
        row.error = captureErrorFromName(query.value(8).toString());
        row.deliveryCount = query.value(9).toInt();
        row.lastDeliveryStatus = query.value(10).toString();
        row.event = EventRows::read(query, 11);
        result.append(row);
    }
    return result;
}

} // namespace Hookbench
