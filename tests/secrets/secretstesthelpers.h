#pragma once

#include "capture/capturedrequest.h"
#include "signing/schemeregistry.h"

#include <QTest>

/// A request as Stripe would send it to `path`, signed with `key` at `signedAt`, and received
/// `delaySeconds` later on `listener`.
inline Hookbench::CapturedRequest stripeRequest(const QByteArray &key,
                                                qint64 signedAt,
                                                qint64 delaySeconds = 5,
                                                const QByteArray &path = "/stripe/hooks",
                                                const QString &listener
                                                = QStringLiteral("127.0.0.1:9000"))
{
    using namespace Hookbench;
    const QByteArray body = R"({"id":"evt_1","object":"event","type":"charge.succeeded"})";
    SigningRequest signing;
    signing.url = path;
    signing.body = body;
    const SignResult signature = SchemeRegistry::find(u"stripe")->sign(
        signing, {{QString(), key}}, SignOptions {signedAt, {}});
    HeaderList headers {{"Host", "127.0.0.1:9000"}, {"Content-Type", "application/json"}};
    headers.append(signature.headers);
    CapturedRequest request;
    request.listener = listener;
    request.method = "POST";
    request.target = path;
    request.httpVersion = "HTTP/1.1";
    request.setHeaders(headers);
    request.rawHead = "POST " + path + " HTTP/1.1\r\n" + request.headerFields + "\r\n";
    request.body = body;
    request.bodySize = body.size();
    request.responseStatus = 200;
    request.receivedStartUs = (signedAt + delaySeconds) * 1000000;
    request.receivedEndUs = request.receivedStartUs;
    return request;
}
