#include "httprequestparser.h"

#include <mutex>

namespace Hookbench {

namespace {
HttpRequestParser *self(http_parser *parser)
{
    return static_cast<HttpRequestParser *>(parser->data);
}

void raiseLibraryHeaderCeiling()
{
    // http-parser's own ceiling (80 KiB) is process-wide; lift it once and enforce the
    // configurable per-listener limit here instead, so 431 follows the user's setting.
    static std::once_flag once;
    std::call_once(once, [] { http_parser_set_max_header_size(64u * 1024u * 1024u); });
}
} // namespace

HttpRequestParser::HttpRequestParser(const CaptureLimits &limits) : m_limits(limits)
{
    raiseLibraryHeaderCeiling();
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    http_parser_settings_init(&m_settings);
    m_settings.on_message_begin = &HttpRequestParser::onMessageBegin;
    m_settings.on_url = &HttpRequestParser::onUrl;
    m_settings.on_header_field = &HttpRequestParser::onHeaderField;
    m_settings.on_header_value = &HttpRequestParser::onHeaderValue;
    m_settings.on_headers_complete = &HttpRequestParser::onHeadersComplete;
    m_settings.on_body = &HttpRequestParser::onBody;
    m_settings.on_message_complete = &HttpRequestParser::onMessageComplete;
}

HttpRequestParser::Step HttpRequestParser::feed(QByteArrayView data, qint64 nowUs)
{
    if (m_failed)
        return {Event::Failed, 0};
    m_nowUs = nowUs;
    m_pausedFor = Event::NeedMoreData;

    // While the head is incomplete, feed at most one byte past the header allowance so an
    // endless header section is cut off without being parsed further.
    QByteArrayView chunk = data;
    if (!m_headComplete) {
        const qint64 allowance = m_limits.maxHeaderBytes - m_request.rawHead.size() + 1;
        if (chunk.size() > allowance)
            chunk = chunk.first(qMax<qint64>(allowance, 1));
    }

    const size_t parsed = http_parser_execute(&m_parser, &m_settings, chunk.data(), chunk.size());
    const auto consumed = static_cast<qsizetype>(parsed);
    const auto error = HTTP_PARSER_ERRNO(&m_parser);

    if (error == HPE_PAUSED) {
        http_parser_pause(&m_parser, 0);
        if (m_pausedFor == Event::HeadersComplete) {
            // http-parser pauses on the byte that ends the head (the final LF; any byte in its
            // lenient mode) without consuming it, and consumes it on resume: that byte is
            // still part of the head.
            appendRaw(chunk.first(qMin(consumed + 1, chunk.size())));
            if (m_failed) // Content-Length over the limit: nothing more is read
                return {Event::Failed, data.size()};
        }
        return {m_pausedFor, consumed};
    }
    if (m_failed) { // a limit enforced in a callback
        if (!m_headComplete)
            appendRaw(chunk);
        return {Event::Failed, data.size()};
    }
    if (error != HPE_OK) {
        if (!m_inMessage) {
            m_inMessage = true;
            m_request.receivedStartUs = nowUs;
        }
        if (!m_headComplete)
            appendRaw(data);
        const bool overflow = error == HPE_HEADER_OVERFLOW;
        failWith(overflow ? CaptureError::HeadersTooLarge : CaptureError::Malformed,
                 QStringLiteral("%1: %2").arg(QString::fromLatin1(http_errno_name(error)),
                                              QString::fromLatin1(http_errno_description(error))));
        return {Event::Failed, data.size()};
    }
    if (!m_headComplete && m_inMessage) {
        appendRaw(chunk.first(consumed));
        if (m_request.rawHead.size() > m_limits.maxHeaderBytes) {
            failWith(CaptureError::HeadersTooLarge,
                     QStringLiteral("The request head exceeds the limit of %1 bytes")
                         .arg(m_limits.maxHeaderBytes));
            return {Event::Failed, data.size()};
        }
    }
    return {Event::NeedMoreData, consumed};
}

CapturedRequest HttpRequestParser::takeRequest()
{
    CapturedRequest request = std::move(m_request);
    reset();
    return request;
}

void HttpRequestParser::fail(CaptureError error, const QString &message, qint64 nowUs)
{
    m_nowUs = nowUs;
    failWith(error, message);
}

bool HttpRequestParser::expectsContinue() const
{
    return m_request.httpVersion == "HTTP/1.1"
           && m_request.headerValue("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

int HttpRequestParser::statusForError(CaptureError error)
{
    switch (error) {
    case CaptureError::None:
        return 200;
    case CaptureError::Malformed:
    case CaptureError::ConnectionClosed:
        return 400;
    case CaptureError::HeadersTooLarge:
        return 431;
    case CaptureError::BodyTooLarge:
        return 413;
    case CaptureError::Timeout:
        return 408;
    case CaptureError::ConnectionLimit:
        return 503;
    }
    return 400;
}

void HttpRequestParser::reset()
{
    m_request = CapturedRequest();
    m_trailerBytes = 0;
    m_inMessage = false;
    m_headComplete = false;
    m_lastWasValue = false;
}

void HttpRequestParser::appendRaw(QByteArrayView bytes)
{
    if (m_request.rawHead.isEmpty()) {
        // Empty lines between pipelined requests belong to no request.
        while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
            bytes = bytes.sliced(1);
    }
    const qint64 room
        = m_limits.maxHeaderBytes + m_limits.maxRecordedErrorBytes - m_request.rawHead.size();
    m_request.rawHead.append(bytes.first(qBound<qint64>(0, bytes.size(), room)));
}

void HttpRequestParser::failWith(CaptureError error, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_keepAlive = false;
    m_request.error = error;
    m_request.errorMessage = message;
    m_request.receivedEndUs = m_nowUs;
    if (m_request.body.size() > m_limits.maxRecordedErrorBytes) {
        m_request.body.truncate(m_limits.maxRecordedErrorBytes);
        m_request.bodyTruncated = true;
    }
    if (m_request.method.isEmpty()) {
        // Best effort for the inspector: the first token of whatever arrived.
        const qsizetype space = m_request.rawHead.indexOf(' ');
        if (space > 0 && space <= 32)
            m_request.method = m_request.rawHead.left(space);
    }
}

void HttpRequestParser::appendHeaderPart(QByteArray &fields,
                                         bool isValue,
                                         const char *at,
                                         size_t length)
{
    // http-parser may deliver a field or value in several pieces (across reads), and calls the
    // value callback, with no bytes, for an empty value too.
    if (isValue && !m_lastWasValue)
        fields += ": ";
    else if (!isValue && m_lastWasValue)
        fields += "\r\n";
    fields.append(at, qsizetype(length));
    m_lastWasValue = isValue;
}

int HttpRequestParser::onMessageBegin(http_parser *parser)
{
    HttpRequestParser *p = self(parser);
    p->m_inMessage = true;
    p->m_request.receivedStartUs = p->m_nowUs;
    return 0;
}

int HttpRequestParser::onUrl(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_request.target.append(at, static_cast<qsizetype>(length));
    return 0;
}

int HttpRequestParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    if (p->m_headComplete) {
        p->m_trailerBytes += static_cast<qint64>(length);
        if (p->m_trailerBytes > p->m_limits.maxHeaderBytes) {
            p->failWith(CaptureError::HeadersTooLarge,
                        QStringLiteral("The trailer section exceeds the limit of %1 bytes")
                            .arg(p->m_limits.maxHeaderBytes));
            return 1;
        }
        p->appendHeaderPart(p->m_request.trailerFields, false, at, length);
    } else {
        p->appendHeaderPart(p->m_request.headerFields, false, at, length);
    }
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    if (p->m_headComplete) {
        p->m_trailerBytes += static_cast<qint64>(length);
        p->appendHeaderPart(p->m_request.trailerFields, true, at, length);
    } else {
        p->appendHeaderPart(p->m_request.headerFields, true, at, length);
    }
    return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser *parser)
{
    HttpRequestParser *p = self(parser);
    CapturedRequest &request = p->m_request;
    // Static strings from http-parser and for the common versions: no allocation per request.
    const char *method = http_method_str(static_cast<http_method>(parser->method));
    request.method = QByteArray::fromRawData(method, qsizetype(qstrlen(method)));
    if (parser->http_major == 1 && parser->http_minor <= 1)
        request.httpVersion
            = QByteArray::fromRawData(parser->http_minor ? "HTTP/1.1" : "HTTP/1.0", 8);
    else
        request.httpVersion = "HTTP/" + QByteArray::number(parser->http_major) + '.'
                              + QByteArray::number(parser->http_minor);
    if (p->m_lastWasValue)
        request.headerFields += "\r\n"; // ends the last field's line
    p->m_headComplete = true;
    p->m_lastWasValue = false;
    p->m_keepAlive = http_should_keep_alive(parser) != 0;

    const bool hasLength = (parser->flags & F_CONTENTLENGTH) != 0;
    if (hasLength && parser->content_length > static_cast<quint64>(p->m_limits.maxBodyBytes)) {
        p->failWith(CaptureError::BodyTooLarge,
                    QStringLiteral("Content-Length %1 exceeds the body limit of %2 bytes")
                        .arg(parser->content_length)
                        .arg(p->m_limits.maxBodyBytes));
        // Pause rather than fail so the exact head is still cut at its end.
    }
    p->m_pausedFor = Event::HeadersComplete;
    http_parser_pause(parser, 1);
    return 0;
}

int HttpRequestParser::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser *p = self(parser);
    CapturedRequest &request = p->m_request;
    const auto size = static_cast<qint64>(length);
    if (request.bodySize + size > p->m_limits.maxBodyBytes) {
        const qint64 room = p->m_limits.maxRecordedErrorBytes - request.body.size();
        request.body.append(at, qBound<qint64>(0, size, room));
        request.bodySize += size;
        request.bodyTruncated = true;
        p->failWith(
            CaptureError::BodyTooLarge,
            QStringLiteral("The body exceeds the limit of %1 bytes").arg(p->m_limits.maxBodyBytes));
        return 1;
    }
    request.body.append(at, static_cast<qsizetype>(size));
    request.bodySize += size;
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *parser)
{
    HttpRequestParser *p = self(parser);
    if (p->m_lastWasValue)
        p->m_request.trailerFields += "\r\n";
    p->m_lastWasValue = false;
    p->m_request.receivedEndUs = p->m_nowUs;
    p->m_keepAlive = http_should_keep_alive(parser) != 0 && !parser->upgrade;
    p->m_pausedFor = Event::MessageComplete;
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace Hookbench
