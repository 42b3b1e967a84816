#include "captureworker.h"

#include "httpconnection.h"

namespace Hookbench {

CaptureWorker::CaptureWorker(StoreWriter *writer) : m_writer(writer) { }

void CaptureWorker::adopt(qintptr socketDescriptor, const ListenerStatePtr &listener)
{
    const bool overLimit = listener->openConnections.load(std::memory_order_relaxed)
                           >= listener->config.limits.maxConnections;
    auto *connection = new HttpConnection(socketDescriptor,
                                          listener,
                                          this,
                                          overLimit ? HttpConnection::Mode::RefuseOverLimit
                                                    : HttpConnection::Mode::Capture,
                                          this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        m_connections.remove(connection);
        connection->deleteLater();
    });
    if (m_draining)
        connection->beginDrain();
}

void CaptureWorker::beginDrain()
{
    m_draining = true;
    const auto connections = m_connections; // draining may finish connections
    for (HttpConnection *connection : connections) {
        if (m_connections.contains(connection))
            connection->beginDrain();
    }
}

void CaptureWorker::abortAll()
{
    const auto connections = m_connections;
    for (HttpConnection *connection : connections) {
        if (m_connections.contains(connection))
            connection->abort();
    }
}

int CaptureWorker::connectionCount() const
{
    return int(m_connections.size());
}

} // namespace Hookbench

namespace Hookbench {

void CaptureWorker::store(CapturedRequest request, StoreWriter::Callback onDone)
{
    if (m_toStore.empty())
        QMetaObject::invokeMethod(this, &CaptureWorker::flushToStore, Qt::QueuedConnection);
    m_toStore.push_back({std::move(request), onDone ? this : nullptr, std::move(onDone)});
}

void CaptureWorker::flushToStore()
{
    m_writer->submitAll(std::exchange(m_toStore, {}));
}

} // namespace Hookbench
