#include "testreceiver.h"

#include "capture/clock.h"
#include "capture/httprequestparser.h"

#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Hookbench;

struct TestReceiver::Connection
{
    Connection() : parser(CaptureLimits {}) { }
    HttpRequestParser parser;
    QByteArray input;
};

TestReceiver::TestReceiver(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    // Emitted once a connection can be taken: for a QSslServer after its handshake.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestReceiver::onConnection);
}

TestReceiver::~TestReceiver() = default;

bool TestReceiver::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestReceiver::listenTls(const QSslConfiguration &tls)
{
    delete m_server;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestReceiver::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestReceiver::port() const
{
    return m_server->serverPort();
}

QByteArray TestReceiver::url(const QByteArray &path, const QByteArray &scheme) const
{
    return scheme + "://127.0.0.1:" + QByteArray::number(port()) + path;
}

void TestReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestReceiver::onReadable(QTcpSocket *socket)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->input += socket->readAll();
    QByteArrayView rest(connection->input);
    while (!rest.isEmpty()) {
        const auto step = connection->parser.feed(rest, nowMicros());
        rest = rest.sliced(step.consumed);
        if (step.event == HttpRequestParser::Event::NeedMoreData)
            break;
        if (step.event == HttpRequestParser::Event::Failed) {
            ++notHttp;
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: "
                          "close\r\n\r\n");
            socket->disconnectFromHost();
            connection->input.clear();
            return;
        }
        if (step.event != HttpRequestParser::Event::MessageComplete)
            continue;
        const CapturedRequest request = connection->parser.takeRequest();
        requests.append(request);
        const Answer next = m_script.isEmpty() ? fallback : m_script.dequeue();
        maxConcurrent = qMax(maxConcurrent, ++m_waiting);
        emit received(request);
        if (next.silent)
            continue;
        QTimer::singleShot(
            next.delayMs, this, [this, guarded = QPointer<QTcpSocket>(socket), next] {
                --m_waiting;
                if (guarded)
                    answer(guarded, next);
            });
    }
    connection->input = rest.toByteArray();
}

void TestReceiver::answer(QTcpSocket *socket, const Answer &reply)
{
    socket->write("HTTP/1.1 " + QByteArray::number(reply.status)
                  + " Scripted\r\nContent-Type: text/plain\r\nX-Receiver: test\r\nContent-Length: "
                  + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
}
