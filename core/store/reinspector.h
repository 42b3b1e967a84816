#pragma once

#include "storeoptions.h"

#include <QObject>

#include <memory>

class QThread;

namespace Hookbench {

class CatalogSet;
class SecretBook;
class StoreWriter;

/// Derives every stored request's event, signature verdict and search text, off the
/// acknowledgement path: each
/// batch the writer commits wakes it; it reads the new requests back on its own thread and
/// connection, inspects them and hands the results to the writer, which writes them between
/// capture batches. It also covers requests stored before inspection existed (at start(): the
/// newest at once, older ones without an event a few seconds later),
/// and inspects everything again when the catalogs or the signing secrets change. With secrets,
/// nothing is inspected before their keys are read, so no verdict is computed without them. Under a
/// sustained overload the events lag behind the requests and catch up when the load drops; capture
/// never waits.
class Reinspector final : public QObject
{
    Q_OBJECT
public:
    /// Requests per write: small enough that a waiting capture batch is never held up long.
    static constexpr int chunkSize = 64;

    /// `writer`, `catalogs` and `secrets` (both may be null) must outlive this object.
    Reinspector(StoreWriter *writer,
                const CatalogSet *catalogs,
                const SecretBook *secrets = nullptr,
                QObject *parent = nullptr);
    ~Reinspector() override;
    Q_DISABLE_COPY_MOVE(Reinspector)

    /// Opens a read connection and inspects the requests that have no event yet, then every
    /// request the writer stores.
    bool start(const StoreOptions &options, QString *error);
    /// Queues a pass over every request (a pass under way starts over).
    void reinspectAll();

signals:
    /// During a full pass, after each chunk: how many requests it has inspected.
    void progress(qint64 done);
    /// The events of requests firstId..lastId are written (views may refresh them).
    void inspected(qint64 firstId, qint64 lastId);
    /// A full pass is complete.
    void finished();

private:
    class Worker;

    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    StoreWriter *m_writer;
    const CatalogSet *m_catalogs;
    const SecretBook *m_secrets;
};

} // namespace Hookbench
