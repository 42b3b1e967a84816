#pragma once

#include "capturedrequest.h"
#include "capturelimits.h"

#include <http_parser.h>

namespace Hookbench {

/// Incremental HTTP/1.1 request parser over http-parser that keeps the exact bytes of each
/// request head, enforces the capture limits and supports pipelining. Owns no socket, so the
/// fuzzer and the tests drive it directly.
class HttpRequestParser final
{
public:
    enum class Event {
        NeedMoreData, ///< everything fed was consumed; no message boundary reached
        HeadersComplete, ///< the head of the current request is complete (body may follow)
        MessageComplete, ///< a whole request is ready: takeRequest()
        Failed, ///< the current request failed: takeRequest() holds what arrived
    };
    struct Step
    {
        Event event;
        qsizetype consumed; ///< bytes of the input used for this step
    };

    explicit HttpRequestParser(const CaptureLimits &limits);
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

    /// Parses from data until the next event. Call again with the unconsumed rest.
    Step feed(QByteArrayView data, qint64 nowUs);

    /// The request being received (valid after HeadersComplete, MessageComplete or Failed).
    const CapturedRequest &current() const { return m_request; }
    /// Hands over the finished or failed request and readies the parser for the next one.
    CapturedRequest takeRequest();

    /// Marks the request in progress as failed from outside (timeout, peer closed).
    void fail(CaptureError error, const QString &message, qint64 nowUs);

    bool inMessage() const { return m_inMessage; }
    bool hasFailed() const { return m_failed; }
    bool keepAlive() const { return m_keepAlive; }
    bool expectsContinue() const;

    static int statusForError(CaptureError error);

private:
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    void reset();
    void appendRaw(QByteArrayView bytes);
    void failWith(CaptureError error, const QString &message);
    void appendHeaderPart(QByteArray &fields, bool isValue, const char *at, size_t length);

    CaptureLimits m_limits;
    http_parser m_parser;
    http_parser_settings m_settings;
    CapturedRequest m_request;
    qint64 m_nowUs = 0;
    qint64 m_trailerBytes = 0;
    bool m_inMessage = false;
    bool m_headComplete = false;
    bool m_lastWasValue = false;
    bool m_failed = false;
    bool m_keepAlive = true;
    Event m_pausedFor = Event::NeedMoreData;
};

} // namespace Hookbench
