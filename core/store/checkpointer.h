#pragma once

#include "storeoptions.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

class QThread;

namespace Hookbench {

/// Copies the write-ahead log back into the database on its own thread and connection, so
/// that the writer's commits rarely wait for a checkpoint's copying and fsync.
///
/// A checkpoint running beside a busy writer never catches up with it, and SQLite starts the
/// log over only after a checkpoint that did; so once the log is long, the writer is asked to
/// run one itself between two commits. By then little is left to copy.
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
    void committed(qint64 bytes);
    /// True once the log has grown long enough that the writer should finish a checkpoint.
    bool writerShouldCheckpoint() const { return m_writerShouldCheckpoint.load(); }
    void writerCheckpointed() { m_writerShouldCheckpoint = false; }

private:
    void run();

    StoreOptions m_options;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    qint64 m_pendingBytes = 0;
    bool m_stopping = false;
    std::atomic<bool> m_writerShouldCheckpoint {false};
};

} // namespace Hookbench
