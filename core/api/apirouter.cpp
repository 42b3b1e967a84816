#include "apirouter.h"

#include "delivery/deliveryengine.h"
#include "delivery/deliveryjson.h"
#include "delivery/deliverystore.h"
#include "inspect/timestamps.h"
#include "resendbody.h"
#include "store/requestjson.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace Hookbench {

namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return {status,
            {{"Content-Type", "application/json"}},
            QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'};
}

HttpResponse problem(int status, const char *type, const QString &message)
{
    return HttpResponse::error(status, QString::fromLatin1(type), message, 0);
}

HttpResponse notAllowed(const QByteArray &allow)
{
    HttpResponse response = problem(
        405, "method_not_allowed", QStringLiteral("Use %1 here").arg(QString::fromLatin1(allow)));
    response.headers.append({QByteArray("Allow"), allow});
    return response;
}

bool sameToken(const QByteArray &given, const QByteArray &expected)
{
    // Constant time, so the answer's timing tells nothing about how much of a guess was right.
    return given.size() == expected.size()
           && CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) == 0;
}

} // namespace

ApiRouter::ApiRouter(RequestStore *store, QByteArray token)
    : m_store(store), m_token(std::move(token))
{ }

HttpResponse ApiRouter::handle(const CapturedRequest &request)
{
    // A web page must never drive Hookbench: browsers always send Origin on cross-site calls.
    if (!request.headerValue("Origin").isEmpty())
        return problem(403, "forbidden", QStringLiteral("Requests from web pages are refused"));
    const QByteArray authorization = request.headerValue("Authorization");
    if (!authorization.startsWith("Bearer ") || !sameToken(authorization.mid(7), m_token)) {
        HttpResponse response
            = problem(401, "unauthorized", QStringLiteral("Send Authorization: Bearer <token>"));
        response.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
        return response;
    }
    const QByteArray path = request.path();
    const QByteArray method = request.method;
    if (path == "/v1/webhook-events")
        return method == "GET" ? listEvents(request.query()) : notAllowed("GET");
    if (path == "/v1/stats")
        return method == "GET" ? stats() : notAllowed("GET");
    if (path.startsWith("/v1/webhook-events/")) {
        const QList<QByteArray> parts = path.mid(19).split('/');
        if (parts.size() > 2
            || (parts.size() == 2 && parts[1] != "raw" && parts[1] != "deliveries"
                && parts[1] != "resend"))
            return problem(404, "not_found", QStringLiteral("No such route"));
        const qint64 id = parsePublicRequestId(QString::fromLatin1(parts[0]));
        if (id == 0)
            return problem(400,
                           "invalid_request",
                           QStringLiteral("'%1' is not an event id (e.g. wevt_12)")
                               .arg(QString::fromLatin1(parts[0])));
        if (parts.value(1) == "resend")
            return method == "POST" ? resend(id, request.body) : notAllowed("POST");
        return event(id, parts.value(1), method);
    }
    return problem(404, "not_found", QStringLiteral("No such route"));
}

HttpResponse ApiRouter::listEvents(const QByteArray &queryText)
{
    const QUrlQuery query(QString::fromUtf8(queryText));
    RequestFilter filter;
    int page = 1;
    int pageSize = 50;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = true;
        if (key == QLatin1String("page")) {
            page = value.toInt(&ok);
            ok = ok && page >= 1;
        } else if (key == QLatin1String("page_size")) {
            pageSize = value.toInt(&ok);
            ok = ok && pageSize >= 1 && pageSize <= RequestPage::maxSize;
        } else if (key == QLatin1String("method")) {
            filter.method = value.toLatin1();
        } else if (key == QLatin1String("path")) {
            filter.pathPrefix = value.toUtf8();
        } else if (key == QLatin1String("since") || key == QLatin1String("until")) {
            const qint64 time = parseIsoTimestampUs(value).value_or(0);
            ok = time > 0;
            (key == QLatin1String("since") ? filter.sinceUs : filter.untilUs) = time;
        } else if (key == QLatin1String("event_name")) {
            filter.eventName = value;
        } else if (key == QLatin1String("resource_type")) {
            filter.resourceType = value;
        } else if (key == QLatin1String("q")) {
            auto search = SearchQuery::parse(value, QDateTime::currentMSecsSinceEpoch() * 1000);
            if (const auto *error = std::get_if<SearchQueryError>(&search)) {
                return problem(422,
                               "invalid_query",
                               QStringLiteral("q: %1 (at character %2)")
                                   .arg(error->message)
                                   .arg(error->position + 1));
            }
            filter.search = std::get<SearchQuery>(std::move(search));
        } else {
            return problem(
                400, "invalid_request", QStringLiteral("Unknown parameter '%1'").arg(key));
        }
        if (!ok)
            return problem(400,
                           "invalid_request",
                           QStringLiteral("Invalid %1 '%2' (page ≥ 1, page_size 1-%3, times in "
                                          "RFC 3339)")
                               .arg(key, value)
                               .arg(RequestPage::maxSize));
    }
    const RequestPage result = m_store->page(filter, page, pageSize);
    QJsonArray data;
    for (const RequestRow &row : result.rows)
        data.append(requestRowJson(row));
    return json(200,
                {{QStringLiteral("data"), data},
                 {QStringLiteral("page"), page},
                 {QStringLiteral("page_size"), pageSize},
                 {QStringLiteral("total"), result.total}});
}

HttpResponse ApiRouter::event(qint64 id, const QByteArray &part, const QByteArray &method)
{
    if (part.isEmpty() && method == "DELETE") {
        QString error;
        if (m_store->remove(id, &error))
            return {204, {}, {}};
        return error.isEmpty() ? problem(
                   404, "not_found", QStringLiteral("No event %1").arg(publicRequestId(id)))
                               : problem(503,
                                         "store_unavailable",
                                         QStringLiteral("The store is busy; try again"));
    }
    if (method != "GET")
        return notAllowed(part.isEmpty() ? "GET, DELETE" : "GET");
    const auto request = m_store->request(id);
    if (!request)
        return problem(404, "not_found", QStringLiteral("No event %1").arg(publicRequestId(id)));
    if (part == "raw")
        return {
            200, {{"Content-Type", "application/octet-stream"}}, request->rawHead + request->body};
    if (part == "deliveries")
        return deliveries(id);
    return json(200, requestJson(*request, m_store->event(id).value_or(EventInfo())));
}

HttpResponse ApiRouter::resend(qint64 id, const QByteArray &body)
{
    const auto captured = m_store->request(id);
    if (!captured)
        return problem(404, "not_found", QStringLiteral("No event %1").arg(publicRequestId(id)));
    if (!m_engine)
        return problem(
            503, "deliveries_unavailable", QStringLiteral("This Hookbench sends no deliveries"));
    QString error;
    const std::optional<DeliveryOrder> order = resendOrderFromJson(body, *captured, &error);
    if (!order)
        return problem(400, "invalid_request", error);
    Delivery created;
    if (m_engine->submit(*order, &error, &created).isEmpty()) {
        // The engine refuses for two reasons: it has stopped (Hookbench is quitting), or the
        // order cannot be sent (URL, settings, scheme).
        return m_engine->isRunning() ? problem(400, "invalid_request", error)
                                     : problem(503, "deliveries_unavailable", error);
    }
    return json(202, deliveryJson(created));
}

HttpResponse ApiRouter::deliveries(qint64 id)
{
    QJsonArray data;
    if (m_deliveryStore) {
        for (const Delivery &delivery : m_deliveryStore->forRequest(id))
            data.append(deliveryJson(delivery));
    }
    return json(200, {{QStringLiteral("data"), data}});
}

HttpResponse ApiRouter::stats()
{
    const QFileInfo file(m_storePath);
    const QFileInfo wal(m_storePath + QStringLiteral("-wal"));
    return json(200,
                {{QStringLiteral("events"), m_store->count()},
                 {QStringLiteral("store_path"), m_storePath},
                 {QStringLiteral("store_bytes"), file.size() + wal.size()},
                 {QStringLiteral("listeners"), m_listeners}});
}

} // namespace Hookbench
