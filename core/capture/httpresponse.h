#pragma once

#include "capturedrequest.h"

namespace Hookbench {

/// The reason phrase for a status code ("OK", "Payload Too Large", ...).
QByteArray reasonPhrase(int status);

/// A complete HTTP/1.1 response with Content-Length; the body is omitted for HEAD requests.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    /// close: announce and perform connection close; keepAliveHttp10: the client asked for
    /// HTTP/1.0 keep-alive, which must be confirmed explicitly.
    QByteArray serialize(bool close, bool keepAliveHttp10, bool headRequest) const;

    /// A JSON body: {"error":{"type":..,"message":..},"id":..}; id omitted when 0.
    static HttpResponse error(int status, const QString &type, const QString &message, qint64 id);
};

} // namespace Hookbench
