#include "httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Hookbench {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::serialize(bool close, bool keepAliveHttp10, bool headRequest) const
{
    // 1xx, 204 and 304 never carry a body or Content-Length.
    const bool bodyless = status < 200 || status == 204 || status == 304;
    QByteArray out;
    out.reserve(128 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (keepAliveHttp10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!bodyless && !headRequest)
        out += body;
    return out;
}

HttpResponse HttpResponse::error(int status, const QString &type, const QString &message, qint64 id)
{
    QJsonObject object {
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}}};
    if (id > 0)
        object.insert(QStringLiteral("id"), publicRequestId(id));
    return {status,
            {{"Content-Type", "application/json"}},
            QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'};
}

} // namespace Hookbench
