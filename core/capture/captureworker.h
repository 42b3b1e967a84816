#pragma once

#include "listenerstate.h"

#include <QObject>
#include <QSet>

namespace Hookbench {

class HttpConnection;
class StoreWriter;

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

private:
    StoreWriter *m_writer;
    QSet<HttpConnection *> m_connections;
    bool m_draining = false;
};

} // namespace Hookbench
