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
/// log over only after a checkpoint that did. So the log runs in cycles: once it is long,
/// background passes copy it until little is left, then the writer copies that rest itself
/// between two commits (committed() does it), and the next commit starts the log over. The
/// background passes also flush the database file (SQLite leaves that to the checkpoint that
/// empties the log, which made the writer's take ~20 ms per 16 MiB of log).
class Checkpointer final
{
public:
    Checkpointer() = default;
    ~Checkpointer();
    Q_DISABLE_COPY_MOVE(Checkpointer)

    void start(const StoreOptions &options);
    /// Checkpoints what remains, then stops.
    void stop();
    /// Called by the writer after each commit with how many bytes it added to the log.
    /// Once a cycle's background passes have caught up, copies the rest there and then on the
    /// writer's connection.
    void committed(qint64 bytes, QSqlDatabase &writerDatabase);

private:
    enum class WriterCheckpoint { Passive, Restart };
    void checkpointOnWriter(QSqlDatabase &database, WriterCheckpoint mode);
    void run();

    StoreOptions m_options;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QMutex m_checkpointing; ///< held while either thread checkpoints

    QWaitCondition m_wake;
    bool m_committedSincePass = false;
    bool m_catchUpWanted = false;
    bool m_stopping = false;
    std::atomic<bool> m_caughtUp {false}; ///< little is left: the writer may finish the cycle
    qint64 m_logBytes = 0; ///< in the log since it last started over (writer thread only)
};

} // namespace Hookbench
