#include "httpconnection.h"

#include "captureworker.h"
#include "clock.h"
#include "gracefulclose.h"

#include <QPointer>
#include <QTcpSocket>

namespace Hookbench {

namespace {
constexpr qint64 socketReadBufferBytes = 256 * 1024;

HttpResponse defaultResponse(qint64 id)
{
    // Built by hand: it is on the hot path and holds nothing that needs escaping.
    return {200,
            {{"Content-Type", "application/json"}},
            "{\"id\":\"wevt_" + QByteArray::number(id) + "\",\"status\":\"captured\"}\n"};
}

HttpResponse ruleResponse(const ResponseRule &rule, qint64 id)
{
    if (!rule.hasBody) {
        HttpResponse response = defaultResponse(id);
        response.status = rule.status;
        response.headers += rule.headers;
        return response;
    }
    QByteArray body = rule.body;
    body.replace("{id}", publicRequestId(id).toLatin1());
    return {rule.status, rule.headers, body};
}
} // namespace

HttpConnection::HttpConnection(qintptr socketDescriptor,
                               ListenerStatePtr listener,
                               CaptureWorker *worker,
                               Mode mode,
                               QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_listener(std::move(listener))
    , m_worker(worker)
    , m_parser(m_listener->config.limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        m_disconnected = true;
        QMetaObject::invokeMethod(this, &HttpConnection::checkFinished, Qt::QueuedConnection);
        return;
    }
    m_remoteAddress = m_socket->peerAddress().toString();
    m_remotePort = m_socket->peerPort();
    m_socket->setReadBufferSize(socketReadBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (mode == Mode::RefuseOverLimit) {
        refuse();
        return;
    }
    m_counted = true;
    m_listener->openConnections.fetch_add(1, std::memory_order_relaxed);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    updateTimer();
    if (m_socket->bytesAvailable() > 0)
        readInput();
}

HttpConnection::~HttpConnection()
{
    if (m_counted)
        m_listener->openConnections.fetch_sub(1, std::memory_order_relaxed);
}

void HttpConnection::beginDrain()
{
    m_draining = true;
    if (!m_parser.inMessage() && m_exchanges.empty())
        closeWhenWritten();
}

void HttpConnection::abort()
{
    m_closing = true;
    m_exchanges.clear();
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::refuse()
{
    // Refusing politely: an HTTP answer the client can act on, and a record for the inspector.
    const int limit = m_listener->config.limits.maxConnections;
    CapturedRequest request;
    stampOrigin(request);
    request.receivedStartUs = request.receivedEndUs = nowMicros();
    request.error = CaptureError::ConnectionLimit;
    request.errorMessage = QStringLiteral("Refused: the listener already has its maximum of %1 "
                                          "open connections")
                               .arg(limit);
    request.responseStatus = 503;
    m_worker->store(std::move(request));

    HttpResponse response = HttpResponse::error(
        503,
        QStringLiteral("connection_limit"),
        QStringLiteral("Too many open connections (limit %1); retry shortly").arg(limit),
        0);
    response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
    m_closing = true;
    m_socket->write(response.serialize(true, false, false));
    closeWhenWritten();
}

void HttpConnection::readInput()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    const int maxPipelined = m_listener->config.limits.maxPipelinedRequests;
    if (qsizetype(m_exchanges.size()) >= maxPipelined)
        return; // leave the bytes in the socket: TCP flow control slows the client down
    m_input += m_socket->readAll();
    const qint64 now = nowMicros();
    QByteArrayView rest(m_input);
    while (!rest.isEmpty() && !m_closing && qsizetype(m_exchanges.size()) < maxPipelined) {
        const auto step = m_parser.feed(rest, now);
        rest = rest.sliced(step.consumed);
        switch (step.event) {
        case HttpRequestParser::Event::NeedMoreData:
            if (step.consumed == 0)
                rest = {};
            break;
        case HttpRequestParser::Event::HeadersComplete:
            onHeadersComplete();
            break;
        case HttpRequestParser::Event::MessageComplete:
            onRequest(m_parser.takeRequest(), false);
            break;
        case HttpRequestParser::Event::Failed:
            onRequest(m_parser.takeRequest(), true);
            break;
        }
    }
    m_input = m_closing ? QByteArray() : rest.toByteArray();
    updateTimer();
}

void HttpConnection::onHeadersComplete()
{
    if (!m_parser.expectsContinue())
        return;
    m_continueOwed = true;
    writeContinueIfOwed();
}

void HttpConnection::writeContinueIfOwed()
{
    // An interim answer must not overtake the final answers still owed to earlier requests.
    if (!m_continueOwed || !m_exchanges.empty())
        return;
    m_continueOwed = false;
    if (m_parser.inMessage() && !m_parser.hasFailed()) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_socket->flush();
    }
}

void HttpConnection::onRequest(CapturedRequest request, bool failed)
{
    m_continueOwed = false;
    stampOrigin(request);

    Exchange exchange;
    exchange.sequence = m_nextSequence++;
    exchange.headRequest = request.method == "HEAD";
    exchange.keepAliveHttp10 = request.httpVersion == "HTTP/1.0" && m_parser.keepAlive();
    exchange.closeAfter = failed || !m_parser.keepAlive() || m_draining;
    if (failed) {
        exchange.error = request.error;
        exchange.errorMessage = request.errorMessage;
        request.responseStatus = HttpRequestParser::statusForError(request.error);
    } else {
        exchange.rule = m_listener->config.ruleFor(request.path());
        request.responseStatus = exchange.rule ? exchange.rule->status : 200;
    }
    if (exchange.closeAfter)
        m_closing = true;
    const quint64 sequence = exchange.sequence;
    m_exchanges.push_back(std::move(exchange));

    QPointer<HttpConnection> self(this);
    m_worker->store(std::move(request), [self, sequence](const CommitResult &result) {
        if (self)
            self->onStored(sequence, result);
    });
}

void HttpConnection::onStored(quint64 sequence, const CommitResult &result)
{
    Exchange *exchange = this->exchange(sequence);
    if (!exchange)
        return;
    HttpResponse response;
    int delayMs = 0;
    if (!result.stored) {
        // Never acknowledge what was not stored: the provider keeps the event and retries.
        response = HttpResponse::error(503, QStringLiteral("store_unavailable"), result.error, 0);
        response.headers.append({QByteArray("Retry-After"), QByteArray("5")});
    } else if (exchange->error != CaptureError::None) {
        response = HttpResponse::error(HttpRequestParser::statusForError(exchange->error),
                                       captureErrorName(exchange->error),
                                       exchange->errorMessage,
                                       result.id);
    } else if (exchange->rule) {
        response = ruleResponse(*exchange->rule, result.id);
        delayMs = qBound(0, exchange->rule->delayMs, ResponseRule::maxDelayMs);
    } else {
        response = defaultResponse(result.id);
    }
    exchange->response = std::move(response);
    if (delayMs == 0) {
        exchange->ready = true;
        flush();
        return;
    }
    QTimer::singleShot(delayMs, this, [this, sequence] {
        if (Exchange *delayed = this->exchange(sequence)) {
            delayed->ready = true;
            flush();
        }
    });
}

void HttpConnection::flush()
{
    const bool wasFull
        = qsizetype(m_exchanges.size()) >= m_listener->config.limits.maxPipelinedRequests;
    while (!m_exchanges.empty() && m_exchanges.front().ready) {
        const Exchange &front = m_exchanges.front();
        // Draining: the last answer owed tells the client this connection ends with it.
        const bool close
            = front.closeAfter || (m_draining && m_exchanges.size() == 1 && !m_parser.inMessage());
        m_socket->write(front.response.serialize(close, front.keepAliveHttp10, front.headRequest));
        m_exchanges.pop_front();
        if (close) {
            m_exchanges.clear();
            closeWhenWritten();
            return;
        }
    }
    // Write now rather than on the next write-notifier round through the event loop.
    m_socket->flush();
    writeContinueIfOwed();
    if (m_draining && !m_parser.inMessage() && m_exchanges.empty()) {
        closeWhenWritten();
        return;
    }
    if (wasFull && (!m_input.isEmpty() || m_socket->bytesAvailable() > 0))
        readInput(); // pipelined requests were waiting for room
    updateTimer();
}

// Deadlines rather than a timer restarted at each change: restarting a QTimer registers it
// with the event dispatcher anew, twice per request, which showed in profiles under load. The
// timer is armed for the nearest deadline at most and, when it fires early, armed again.
void HttpConnection::updateTimer()
{
    if (m_closing)
        return;
    const qint64 now = nowMicros();
    const qint64 deadline = deadlineUs(now);
    if (deadline < 0 || (m_timer.isActive() && m_armedForUs <= deadline))
        return; // no deadline now: a timer still armed fires, finds none, and stops
    m_armedForUs = deadline;
    m_timer.start(int(qMax<qint64>(0, (deadline - now + 999) / 1000)));
}

qint64 HttpConnection::deadlineUs(qint64 nowUs)
{
    const CaptureLimits &limits = m_listener->config.limits;
    const bool idle = !m_parser.inMessage() && m_exchanges.empty();
    if (!idle)
        m_idleSinceUs = -1;
    if (m_parser.inMessage())
        return m_parser.current().receivedStartUs + qint64(limits.requestTimeoutMs) * 1000;
    if (!idle)
        return -1; // waiting on us, not on the client
    if (m_idleSinceUs < 0)
        m_idleSinceUs = nowUs;
    return m_idleSinceUs + qint64(limits.idleTimeoutMs) * 1000;
}

void HttpConnection::onTimeout()
{
    if (m_closing)
        return; // closing gracefully: the socket ends by itself
    m_armedForUs = -1;
    const qint64 now = nowMicros();
    const qint64 deadline = deadlineUs(now);
    if (deadline < 0 || now < deadline) {
        updateTimer();
        return;
    }
    if (!m_parser.inMessage()) {
        closeWhenWritten(); // idle keep-alive connection
        return;
    }
    m_parser.fail(CaptureError::Timeout,
                  QStringLiteral("The request was not complete after %1 ms")
                      .arg(m_listener->config.limits.requestTimeoutMs),
                  nowMicros());
    onRequest(m_parser.takeRequest(), true);
}

void HttpConnection::onDisconnected()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    m_timer.stop();
    if (m_parser.inMessage() && !m_parser.hasFailed() && !m_closing) {
        // Keep what arrived: the inspector shows requests cut off by the client too.
        m_parser.fail(CaptureError::ConnectionClosed,
                      QStringLiteral("The client closed the connection before the request was "
                                     "complete"),
                      nowMicros());
        CapturedRequest request = m_parser.takeRequest();
        stampOrigin(request);
        request.responseStatus = 0; // nobody was left to answer
        m_worker->store(std::move(request));
    }
    m_exchanges.clear();
    checkFinished();
}

void HttpConnection::closeWhenWritten()
{
    m_closing = true;
    m_timer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
    else
        closeGracefully(m_socket); // the socket emits disconnected() when it is closed
}

void HttpConnection::checkFinished()
{
    if (m_disconnected && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

void HttpConnection::stampOrigin(CapturedRequest &request) const
{
    request.listener = m_listener->config.name;
    request.localPort = m_listener->boundPort;
    request.remoteAddress = m_remoteAddress;
    request.remotePort = m_remotePort;
}

HttpConnection::Exchange *HttpConnection::exchange(quint64 sequence)
{
    for (Exchange &exchange : m_exchanges) {
        if (exchange.sequence == sequence)
            return &exchange;
    }
    return nullptr;
}

} // namespace Hookbench
