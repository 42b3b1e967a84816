#include "requeststore.h"

#include <QSqlQuery>
#include <QVariant>

namespace Hookbench {

bool RequestStore::open(const StoreOptions &options, QString *error)
{
    return m_connection.open(options, error);
}

qint64 RequestStore::count()
{
    QSqlQuery query(m_connection.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM requests")) && query.next())
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

std::optional<CapturedRequest> RequestStore::request(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.received_start_us, r.received_end_us, r.listener, r.local_port, "
        "r.remote_address, r.remote_port, r.method, r.target, r.http_version, r.body_size, "
        "r.body_truncated, r.response_status, r.error_kind, r.error_message, d.head_raw, "
        "d.headers, d.trailers, d.body FROM requests r JOIN request_data d ON d.request_id = r.id "
        "WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    CapturedRequest r;
    r.id = id;
    r.receivedStartUs = query.value(0).toLongLong();
    r.receivedEndUs = query.value(1).toLongLong();
    r.listener = query.value(2).toString();
    r.localPort = quint16(query.value(3).toUInt());
    r.remoteAddress = query.value(4).toString();
    r.remotePort = quint16(query.value(5).toUInt());
    r.method = query.value(6).toString().toLatin1();
    r.target = query.value(7).toByteArray();
    r.httpVersion = query.value(8).toString().toLatin1();
    r.bodySize = query.value(9).toLongLong();
    r.bodyTruncated = query.value(10).toBool();
    r.responseStatus = query.value(11).toInt();
    r.error = captureErrorFromName(query.value(12).toString());
    r.errorMessage = query.value(13).toString();
    r.rawHead = query.value(14).toByteArray();
    r.headerFields = query.value(15).toByteArray();
    r.trailerFields = query.value(16).toByteArray();
    r.body = query.value(17).toByteArray();
    return r;
}

} // namespace Hookbench
