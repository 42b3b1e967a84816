#pragma once

#include "retentionpolicy.h"
#include "storeoptions.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Hookbench {

/// Deletes requests on a thread and connection of its own: a user's selection, or what a
/// retention policy does not keep. Work runs in the order it was asked for, in chunks of a
/// short transaction each, so the capture writer (another connection) never waits long; each
/// request goes with its bytes, events and free-text entry (RequestStore::removeMany).
class StoreJanitor final : public QObject
{
    Q_OBJECT
public:
    /// Requests per transaction: a few milliseconds of holding the write lock.
    static constexpr int chunkSize = 200;

    /// Opens the store with `options` (those of the writer) on its thread, when first needed.
    explicit StoreJanitor(const StoreOptions &options, QObject *parent = nullptr);
    /// Cancels what is queued and waits for the chunk under way.
    ~StoreJanitor() override;
    Q_DISABLE_COPY_MOVE(StoreJanitor)

    /// Thread-safe. Queues deleting these requests (unknown ids are skipped), oldest first.
    void removeRequests(const QList<qint64> &ids);
    /// Thread-safe. Queues deleting what `policy` does not keep, oldest first: requests beyond
    /// the newest keepLast, and those received more than keepDays ago. Its bounds are fixed when
    /// it starts, so requests stored while it runs are never touched.
    void purge(const RetentionPolicy &policy);
    /// Thread-safe. The work under way stops after its current chunk; work queued until now is
    /// dropped. Each still reports finished() (with what it removed, and no error).
    void cancel();

signals:
    /// After each chunk of the work under way.
    void progress(qint64 done, qint64 total);
    /// After each committed chunk: the requests it deleted.
    void removed(const QList<qint64> &ids);
    /// Once per removeRequests() or purge(): how many requests it deleted, and why it stopped
    /// early (empty when it completed or was cancelled).
    void finished(qint64 removedCount, const QString &error);

private:
    class Worker;

    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    std::atomic<quint64> m_submitted {0}; ///< serial number of the last work queued
    std::atomic<quint64> m_cancelledUpTo {0}; ///< work with a serial up to this stops
};

} // namespace Hookbench
