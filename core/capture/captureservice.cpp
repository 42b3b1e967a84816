#include "captureservice.h"

#include "capturelistener.h"
#include "captureworker.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

namespace Hookbench {

QUrl ListenerInfo::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool anyAddress = address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
                            || address == QHostAddress::AnyIPv6;
    url.setHost(anyAddress ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

CaptureService::CaptureService(StoreWriter *writer, int threads, QObject *parent)
    : QObject(parent), m_writer(writer)
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("hookbench-capture-%1").arg(i));
        auto *worker = new CaptureWorker(writer);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
}

CaptureService::~CaptureService()
{
    CaptureWorker *first = m_workers.front();
    QMetaObject::invokeMethod(
        first, [this] { qDeleteAll(m_listeners); }, Qt::BlockingQueuedConnection);
    forEachWorker([](CaptureWorker *worker) { worker->abortAll(); });
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

std::optional<ListenerInfo> CaptureService::addListener(const ListenerConfig &config,
                                                        QString *error)
{
    auto state = std::make_shared<ListenerState>(config);
    std::optional<ListenerInfo> info;
    QString listenError;
    // Listening sockets live on the first capture thread so that accepting never waits for
    // the GUI; binding is quick, so waiting for the answer here is fine.
    QMetaObject::invokeMethod(
        m_workers.front(),
        [&] {
            auto *listener = new CaptureListener(
                state, [this](qintptr socket, const ListenerStatePtr &listenerState) {
                    dispatch(socket, listenerState);
                });
            if (!listener->listen(config.address, config.port)) {
                listenError = QStringLiteral("Cannot listen on %1:%2: %3")
                                  .arg(config.address.toString())
                                  .arg(config.port)
                                  .arg(listener->errorString());
                delete listener;
                return;
            }
            state->boundPort = listener->serverPort();
            m_listeners.append(listener);
            info = ListenerInfo {
                m_nextListenerId++, config.name, config.address, listener->serverPort()};
        },
        Qt::BlockingQueuedConnection);
    if (!info) {
        *error = listenError;
        return std::nullopt;
    }
    m_infos.append(*info);
    return info;
}

void CaptureService::removeListener(int id)
{
    for (qsizetype i = 0; i < m_infos.size(); ++i) {
        if (m_infos[i].id != id)
            continue;
        m_infos.removeAt(i);
        QMetaObject::invokeMethod(
            m_workers.front(),
            [this, i] { delete m_listeners.takeAt(i); },
            Qt::BlockingQueuedConnection);
        return;
    }
}

QList<ListenerInfo> CaptureService::listeners() const
{
    return m_infos;
}

void CaptureService::drain(int timeoutMs)
{
    if (m_draining)
        return;
    m_draining = true;
    QMetaObject::invokeMethod(
        m_workers.front(),
        [this] {
            qDeleteAll(m_listeners);
            m_listeners.clear();
        },
        Qt::BlockingQueuedConnection);
    m_infos.clear();
    for (CaptureWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, &CaptureWorker::beginDrain, Qt::QueuedConnection);
    pollDrain(QDateTime::currentMSecsSinceEpoch() + timeoutMs);
}

int CaptureService::openConnections() const
{
    int count = 0;
    forEachWorker([&count](CaptureWorker *worker) { count += worker->connectionCount(); });
    return count;
}

void CaptureService::dispatch(qintptr socketDescriptor, const ListenerStatePtr &listener)
{
    CaptureWorker *worker = m_workers[m_nextWorker.fetch_add(1) % m_workers.size()];
    if (worker->thread() == QThread::currentThread()) {
        worker->adopt(socketDescriptor, listener);
        return;
    }
    QMetaObject::invokeMethod(
        worker,
        [worker, socketDescriptor, listener] { worker->adopt(socketDescriptor, listener); },
        Qt::QueuedConnection);
}

void CaptureService::forEachWorker(const std::function<void(CaptureWorker *)> &action) const
{
    for (CaptureWorker *worker : m_workers)
        QMetaObject::invokeMethod(
            worker, [&] { action(worker); }, Qt::BlockingQueuedConnection);
}

void CaptureService::pollDrain(qint64 deadlineMs)
{
    if (openConnections() == 0) {
        emit drained();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() >= deadlineMs) {
        forEachWorker([](CaptureWorker *worker) { worker->abortAll(); });
        emit drained();
        return;
    }
    QTimer::singleShot(20, this, [this, deadlineMs] { pollDrain(deadlineMs); });
}

} // namespace Hookbench
