#pragma once

#include "storeoptions.h"

#include <QObject>

#include <memory>

class QThread;

namespace Hookbench {

class CatalogSet;
class StoreWriter;

/// Inspects stored requests again, in the background: those stored before inspection existed
/// (right after start()), and all of them when the catalogs change. Reads on its own thread
/// and connection; the writer applies the results between capture batches, so capture never
/// waits for it.
class Reinspector final : public QObject
{
    Q_OBJECT
public:
    static constexpr int chunkSize = 500;

    /// `writer` and `catalogs` (may be null) must outlive this object.
    Reinspector(StoreWriter *writer, const CatalogSet *catalogs, QObject *parent = nullptr);
    ~Reinspector() override;
    Q_DISABLE_COPY_MOVE(Reinspector)

    /// Opens a read connection and inspects the requests that have no event yet.
    bool start(const StoreOptions &options, QString *error);
    /// Queues a pass over every request (a pass under way starts over).
    void reinspectAll();
    bool isBusy() const { return m_busy; }

signals:
    /// After each chunk: how many requests this pass has inspected.
    void progress(qint64 done);
    /// The pass is complete (or the store stopped taking updates).
    void finished();

private:
    class Worker;

    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    StoreWriter *m_writer;
    const CatalogSet *m_catalogs;
    bool m_busy = false;
};

} // namespace Hookbench
