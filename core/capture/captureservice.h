#pragma once

#include "listenerstate.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace Hookbench {

class CaptureListener;
class CaptureWorker;
class StoreWriter;

/// A running listener as users see it.
struct ListenerInfo
{
    int id = 0;
    QString name;
    QHostAddress address;
    quint16 port = 0;
    QUrl url() const;
};

/// Runs the listeners and the capture threads that serve their connections. Lives in the
/// thread that creates it (GUI or main); all socket work happens on the capture threads.
class CaptureService final : public QObject
{
    Q_OBJECT
public:
    /// threads: capture threads serving connections (at least one).
    explicit CaptureService(StoreWriter *writer, int threads = 1, QObject *parent = nullptr);
    ~CaptureService() override;
    Q_DISABLE_COPY_MOVE(CaptureService)

    /// Binds and starts a listener; on failure returns nothing and fills error.
    std::optional<ListenerInfo> addListener(const ListenerConfig &config, QString *error);
    void removeListener(int id);
    QList<ListenerInfo> listeners() const;

    /// Stops accepting, lets requests in flight be stored and answered, closes idle
    /// connections, and emits drained() when none is left or timeoutMs has passed.
    void drain(int timeoutMs);
    int openConnections() const;

signals:
    void drained();

private:
    void dispatch(qintptr socketDescriptor, const ListenerStatePtr &listener);
    void forEachWorker(const std::function<void(CaptureWorker *)> &action) const;
    void pollDrain(qint64 deadlineMs);

    StoreWriter *m_writer;
    std::vector<QThread *> m_threads;
    std::vector<CaptureWorker *> m_workers;
    std::atomic<unsigned> m_nextWorker {0};
    QList<ListenerInfo> m_infos;
    QList<CaptureListener *> m_listeners; ///< live on the first capture thread
    int m_nextListenerId = 1;
    bool m_draining = false;
};

} // namespace Hookbench
