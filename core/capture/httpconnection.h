#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"
#include "listenerstate.h"

#include <QObject>
#include <QTimer>

#include <deque>

class QTcpSocket;

namespace Hookbench {

class CaptureWorker;
struct CommitResult;

/// One client connection: parses requests as they arrive, has each stored, and answers them
/// in order (pipelining) once stored, honouring response rules and the listener's limits.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Capture, RefuseOverLimit };

    HttpConnection(qintptr socketDescriptor,
                   ListenerStatePtr listener,
                   CaptureWorker *worker,
                   Mode mode,
                   QObject *parent);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    /// Stop taking new requests: answer what is in flight (with Connection: close), then close.
    void beginDrain();
    /// Close at once, answered or not.
    void abort();

signals:
    /// The socket is closed and no answer is outstanding; the owner may delete this.
    void finished();

private:
    struct Exchange
    {
        quint64 sequence = 0;
        bool ready = false;
        bool closeAfter = false;
        bool headRequest = false;
        bool keepAliveHttp10 = false;
        const ResponseRule *rule = nullptr; ///< points into the listener's immutable config
        CaptureError error = CaptureError::None;
        QString errorMessage;
        HttpResponse response;
    };

    void refuse();
    void readInput();
    void onHeadersComplete();
    void onRequest(CapturedRequest request, bool failed);
    void onStored(quint64 sequence, const CommitResult &result);
    void flush();
    void writeContinueIfOwed();
    void updateTimer();
    /// When the client's time is up (µs, nowMicros()), or -1 while it waits on us.
    qint64 deadlineUs(qint64 nowUs);
    void onTimeout();
    void onDisconnected();
    void closeWhenWritten();
    void checkFinished();
    /// Where a request came from: listener, local port, remote address and port.
    void stampOrigin(CapturedRequest &request) const;
    Exchange *exchange(quint64 sequence);

    QTcpSocket *m_socket = nullptr;
    ListenerStatePtr m_listener;
    CaptureWorker *m_worker = nullptr;
    HttpRequestParser m_parser;
    QByteArray m_input;
    std::deque<Exchange> m_exchanges;
    quint64 m_nextSequence = 1;
    QTimer m_timer;
    qint64 m_armedForUs = -1; ///< the deadline m_timer was started for
    qint64 m_idleSinceUs = -1;
    QString m_remoteAddress;
    quint16 m_remotePort = 0;
    bool m_counted = false;
    bool m_closing = false; ///< no more requests are read on this connection
    bool m_draining = false;
    bool m_disconnected = false;
    bool m_continueOwed = false;
    bool m_finished = false;
};

} // namespace Hookbench
