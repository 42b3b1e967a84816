#pragma once

#include "storeoptions.h"

#include <QMutex>
#include <QWaitCondition>

#include <memory>

#include <atomic>

class QSqlDatabase;
class QThread;

namespace Hookbench {

/// Copies the write-ahead log back into the database on its own thread and connection, so
/// that the writer's commits rarely wait for a checkpoint's copying and fsync.
///
/// A checkpoint running beside a busy writer never catches up with it, and SQLite starts the
/// log over only after a checkpoint that did; so once the log is long, the writer runs one
/// itself between two commits (committed() says when). By then little is left to copy, and
/// little to flush: the background checkpoints flush the database file themselves (SQLite
/// would leave that to the one that empties the log, making it take ~20 ms per 16 MiB of log).
class Checkpointer final
{
public:
    Checkpointer() = default;
    ~Checkpointer();
    Q_DISABLE_COPY_MOVE(Checkpointer)

    void start(const StoreOptions &options);
    /// Checkpoints what remains, then stops.
    void stop();
    /// Called by the writer after each commit with about how many bytes it added to the log.
    /// When the log has grown long, checkpoints it there and then on the writer's connection.
    void committed(qint64 bytes, QSqlDatabase &writerDatabase);

private:
    enum class WriterCheckpoint { None, Passive, Restart };
    WriterCheckpoint writerCheckpointNeeded(qint64 bytes);
    void checkpointOnWriter(QSqlDatabase &database, WriterCheckpoint mode);
    void run();

    StoreOptions m_options;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QMutex m_checkpointing; ///< held while either thread checkpoints

    QWaitCondition m_wake;
    qint64 m_pendingBytes = 0;
    bool m_stopping = false;
    std::atomic<bool> m_logIsLong {false};
    qint64 m_bytesSinceRestart = 0; ///< touched by the writer thread only
};

} // namespace Hookbench
