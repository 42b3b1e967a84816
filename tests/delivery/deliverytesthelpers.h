#pragma once

#include "capture/capturedrequest.h"
#include "capture/clock.h"
#include "store/storewriter.h"

#include <QEventLoop>
#include <QTimer>

/// The request with what capture fills in besides the HTTP message.
inline Hookbench::CapturedRequest asCaptured(Hookbench::CapturedRequest request)
{
    request.listener = QStringLiteral("default");
    request.localPort = 8787;
    request.remoteAddress = QStringLiteral("127.0.0.1");
    request.remotePort = 50000;
    request.receivedStartUs = Hookbench::nowMicros();
    request.receivedEndUs = request.receivedStartUs + 10;
    if (request.httpVersion.isEmpty())
        request.httpVersion = "HTTP/1.1";
    if (request.rawHead.isEmpty()) {
        request.rawHead = request.method + ' ' + request.target + ' ' + request.httpVersion + "\r\n"
                          + request.headerFields + "\r\n";
    }
    request.bodySize = request.body.size();
    request.responseStatus = 200;
    return request;
}

/// A captured request stored through the real writer, as capture stores it: returns its id
/// (0 when it could not be stored).
inline qint64 storeCaptured(Hookbench::StoreWriter &writer, const Hookbench::CapturedRequest &raw)
{
    Hookbench::CapturedRequest request = asCaptured(raw);
    qint64 id = 0;
    QEventLoop loop;
    QObject context;
    writer.submit(std::move(request), &context, [&](const Hookbench::CommitResult &result) {
        id = result.stored ? result.id : 0;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    return id;
}

/// A webhook as a provider sent it: headers in their order and case, with hop-by-hop ones.
inline Hookbench::CapturedRequest sampleWebhook(const QByteArray &body)
{
    Hookbench::CapturedRequest request;
    request.method = "POST";
    request.target = "/stripe?source=prod";
    request.setHeaders({{"Host", "hooks.example.com"},
                        {"User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"},
                        {"Content-Type", "application/json; charset=utf-8"},
                        {"Content-Length", QByteArray::number(body.size())},
                        {"Connection", "keep-alive, X-Hop"},
                        {"X-Hop", "only for the first hop"},
                        {"Keep-Alive", "timeout=5"},
                        {"Stripe-Signature", "t=1,v1=0000"},
                        {"x-lower-case", "Value Kept"},
                        {"X-Repeated", "one"},
                        {"X-Repeated", "two"},
                        {"Accept", "*/*; q=0.5"}});
    request.body = body;
    return request;
}
