#pragma once

#include "capture/capturedrequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>

#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace Hookbench {
class HttpRequestParser;
}

/// A webhook receiver for the delivery tests: a QTcpServer on 127.0.0.1 (port 0) that parses
/// each request with the capture parser (so the test sees the exact bytes that arrived) and
/// answers from a script. Bytes that are not HTTP (a TLS handshake) get a 400 and a close.
/// listenTls() serves https instead.
class TestReceiver final : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray body = "ok";
        int delayMs = 0; ///< answer this much later
        bool silent = false; ///< never answer (the client must time out)
    };

    explicit TestReceiver(QObject *parent = nullptr);
    ~TestReceiver() override;

    bool listen();
    /// Listens for https with this certificate and key (a QSslServer).
    bool listenTls(const QSslConfiguration &tls);
    quint16 port() const;
    /// http://127.0.0.1:PORT + path
    QByteArray url(const QByteArray &path = "/hook", const QByteArray &scheme = "http") const;
    /// Answers for the next requests, in order; after them every request gets `fallback`.
    void enqueue(const Answer &answer) { m_script.enqueue(answer); }
    Answer fallback;

    QList<Hookbench::CapturedRequest> requests; ///< every complete request, in arrival order
    int notHttp = 0; ///< connections that sent something the parser rejected
    int maxConcurrent = 0; ///< most requests waiting for their answer at the same time

signals:
    void received(const Hookbench::CapturedRequest &request);

private:
    struct Connection;
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Answer &reply);

    QTcpServer *m_server;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QQueue<Answer> m_script;
    int m_waiting = 0;
};
