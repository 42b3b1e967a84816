#pragma once

#include "capture/capturedrequest.h"
#include "checkpointer.h"
#include "inspect/inspector.h"
#include "requestrow.h"
#include "storeoptions.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace Hookbench {

/// The outcome of storing one request: its id, or why it could not be stored.
struct CommitResult
{
    bool stored = false;
    qint64 id = 0;
    QString error;
};

/// The single thread that writes captured requests. Requests queue up while a transaction
/// commits and go into the next one together (group commit), so durability costs one commit
/// per batch, not per request. Callbacks run only after their transaction committed.
class StoreWriter final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CommitResult &)>;

    explicit StoreWriter(QObject *parent = nullptr);
    ~StoreWriter() override;
    Q_DISABLE_COPY_MOVE(StoreWriter)

    /// Opens the store on the writer thread; returns once it is open or has failed.
    bool start(const StoreOptions &options, QString *error);
    /// Commits everything queued, then stops the thread.
    void stop();

    /// Thread-safe. onDone is invoked in context's thread once the request is committed or
    /// has failed; it is dropped if context is gone by then.
    void submit(CapturedRequest request, QObject *context, Callback onDone);

    /// One request to store and whom to tell (see submit()).
    struct Submission
    {
        CapturedRequest request;
        QObject *context = nullptr;
        Callback onDone;
    };
    /// Thread-safe. Queues several requests at once: one lock and at most one wake-up.
    void submitAll(std::vector<Submission> submissions);

    /// What inspection derived from a stored request (see Reinspector): requests are committed
    /// and acknowledged first, their events and search text follow off the acknowledgement path.
    struct EventUpdate
    {
        qint64 requestId = 0;
        QByteArray path; ///< as indexed for free text
        Inspection inspection;
        bool indexText = false; ///< the request has no free-text entry yet (first inspection)
    };
    /// Thread-safe. Writes (or replaces) the events of stored requests, in ascending id order
    /// (so duplicates link to the first sighting), in a transaction of their own taken only
    /// when no capture is waiting. onDone(ok) runs in context's thread after it committed.
    void submitEventUpdates(std::vector<EventUpdate> updates,
                            QObject *context,
                            std::function<void(bool)> onDone);

    /// Thread-safe; takes effect before the next batch.
    void setMaxBytes(qint64 maxBytes);

    QString path() const { return m_options.path; }
    bool isHealthy() const;
    QString lastError() const;
    qint64 committedCount() const;

signals:
    /// Emitted on the writer thread with the requests committed since the last emission: at
    /// most every few milliseconds while requests keep coming, and before the thread stops.
    void committed(const QList<Hookbench::RequestRow> &requests);
    /// Writing failed (healthy = false, with the reason) or works again.
    void healthChanged(bool healthy, const QString &reason);

private:
    struct Pending
    {
        CapturedRequest request;
        QPointer<QObject> context;
        Callback onDone;
    };
    struct PendingUpdates
    {
        std::vector<EventUpdate> updates;
        QPointer<QObject> context;
        std::function<void(bool)> onDone;
    };
    class Session;

    void run(QString *openError, bool *opened);
    void writeBatch(Session &session, std::deque<Pending> &batch);
    void writeUpdates(Session &session, PendingUpdates &pending);
    void setHealth(bool healthy, const QString &reason);

    StoreOptions m_options;
    std::unique_ptr<QThread> m_thread;
    Checkpointer m_checkpointer;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_opened;
    std::deque<Pending> m_queue;
    std::deque<PendingUpdates> m_updates;
    bool m_stopping = false;
    bool m_started = false; ///< the thread has tried to open the store
    bool m_accepting = false; ///< ...and succeeded: submit() queues
    bool m_healthy = true;
    QString m_lastError;
    qint64 m_pendingMaxBytes = -1;
    qint64 m_committedCount = 0;
    QList<RequestRow> m_unannounced; ///< committed, not yet in a committed() signal (writer thread)
};

} // namespace Hookbench
