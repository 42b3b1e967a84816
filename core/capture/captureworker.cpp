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
                                          m_writer,
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
