#pragma once

#include "listenerstate.h"
#include "store/storewriter.h"

#include <QObject>
#include <QSet>

namespace Hookbench {

class HttpConnection;

/// Owns the connections handed to one capture thread.
class CaptureWorker final : public QObject
{
    Q_OBJECT
public:
    explicit CaptureWorker(StoreWriter *writer);
    Q_DISABLE_COPY_MOVE(CaptureWorker)

    /// Runs on this worker's thread: wraps an accepted socket in a connection.
    void adopt(qintptr socketDescriptor, const ListenerStatePtr &listener);
    void beginDrain();
    void abortAll();
    int connectionCount() const;

    /// Hands a request to the store writer. Requests from one pass of the event loop go
    /// together, so the writer wakes once and commits them in one transaction.
    void store(CapturedRequest request, StoreWriter::Callback onDone = {});

private:
    void flushToStore();

    StoreWriter *m_writer;
    std::vector<StoreWriter::Submission> m_toStore;
    QSet<HttpConnection *> m_connections;
    bool m_draining = false;
};

} // namespace Hookbench
