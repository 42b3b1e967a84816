#include "apiserver.h"

#include "apirouter.h"
#include "capture/gracefulclose.h"
#include "capture/httprequestparser.h"
#include "delivery/deliverystore.h"
#include "store/requeststore.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Hookbench {

namespace {

CaptureLimits apiLimits()
{
    CaptureLimits limits;
    limits.maxBodyBytes = ApiServer::maxBodyBytes;
    limits.requestTimeoutMs = 10'000;
    return limits;
}

/// One API client: each request is answered as soon as it is parsed, in order.
class ApiConnection final : public QObject
{
public:
    ApiConnection(QTcpSocket *socket, ApiRouter *router)
        : QObject(socket), m_socket(socket), m_router(router), m_parser(apiLimits())
    {
        connect(socket, &QTcpSocket::readyRead, this, &ApiConnection::readInput);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void readInput()
    {
        m_input += m_socket->readAll();
        QByteArrayView rest(m_input);
        while (!rest.isEmpty() && !m_closing) {
            const auto step = m_parser.feed(rest, 0);
            rest = rest.sliced(step.consumed);
            if (step.event == HttpRequestParser::Event::MessageComplete) {
                const bool keepAlive = m_parser.keepAlive();
                const CapturedRequest request = m_parser.takeRequest();
                answer(m_router->handle(request), !keepAlive, request.method == "HEAD");
            } else if (step.event == HttpRequestParser::Event::Failed) {
                const CapturedRequest request = m_parser.takeRequest();
                answer(HttpResponse::error(HttpRequestParser::statusForError(request.error),
                                           captureErrorName(request.error),
                                           request.errorMessage,
                                           0),
                       true,
                       false);
            } else if (step.consumed == 0) {
                break;
            }
        }
        m_input = m_closing ? QByteArray() : rest.toByteArray();
    }

    void answer(const HttpResponse &response, bool close, bool head)
    {
        m_socket->write(response.serialize(close, false, head));
        if (close) {
            m_closing = true;
            closeGracefully(m_socket);
        }
    }

    QTcpSocket *m_socket;
    ApiRouter *m_router;
    HttpRequestParser m_parser;
    QByteArray m_input;
    bool m_closing = false;
};

} // namespace

/// Lives on the API thread: the listening socket, the store connection and the router.
class ApiServer::Worker final : public QObject
{
public:
    bool start(const QHostAddress &address,
               quint16 port,
               const StoreOptions &store,
               const QByteArray &token,
               DeliveryEngine *deliveries,
               QString *error)
    {
        if (!m_store.open(store, error) || !m_deliveryStore.open(store, error))
            return false;
        m_router = std::make_unique<ApiRouter>(&m_store, token);
        m_router->setStorePath(store.path);
        m_router->setDeliveries(&m_deliveryStore, deliveries);
        m_server = new QTcpServer(this); // created here, on the API thread, like its sockets
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                new ApiConnection(socket, m_router.get());
        });
        if (!m_server->listen(address, port)) {
            *error = QStringLiteral("Cannot serve the API on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString());
            return false;
        }
        return true;
    }

    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    void setListeners(const QJsonArray &listeners) { m_router->setListeners(listeners); }
    void setDeliveries(DeliveryEngine *engine)
    {
        m_router->setDeliveries(&m_deliveryStore, engine);
    }

private:
    RequestStore m_store;
    DeliveryStore m_deliveryStore;
    std::unique_ptr<ApiRouter> m_router;
    QTcpServer *m_server = nullptr;
};

ApiServer::ApiServer(QObject *parent) : QObject(parent) { }

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::start(const QHostAddress &address,
                      quint16 port,
                      const StoreOptions &store,
                      const QByteArray &token,
                      QString *error)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("hookbench-api"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    bool ok = false;
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            ok = m_worker->start(address, port, store, token, m_deliveries, error);
            bound = m_worker->port();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(address.toString());
    m_url.setPort(bound);
    return true;
}

void ApiServer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted on its thread as it finished
    m_url.clear();
}

void ApiServer::setListeners(const QJsonArray &listeners)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, listeners] { worker->setListeners(listeners); });
}

void ApiServer::setDeliveries(DeliveryEngine *engine)
{
    m_deliveries = engine;
    if (m_worker) {
        // Blocking: once this returns, the API thread no longer uses an engine replaced here.
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, engine] { worker->setDeliveries(engine); },
            Qt::BlockingQueuedConnection);
    }
}

QByteArray ApiServer::generateToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return "hb_" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Hookbench
