#pragma once

#include "delivery.h"
#include "deliveryorder.h"
#include "store/storeoptions.h"

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace Hookbench {

class DeliveryWorker;

/// Sends captured requests to targets and records every attempt (see Delivery). This object
/// lives in the caller's thread and never blocks it on the network or on a write: the work
/// happens on the engine's own thread, with its own store connection and network access
/// manager, and comes back as signals. Read the rows with a DeliveryStore of your own.
/// submit(), retry() and cancel() may be called from any thread (the API server's), also
/// while stop() runs: after it they answer "not running".
class DeliveryEngine final : public QObject
{
    Q_OBJECT
public:
    /// Gives the keys of a signing secret id (core/secrets, the keychain). Called on the
    /// engine's thread when an attempt is signed, so it must be thread-safe; empty: unknown.
    using SecretResolver = std::function<SigningSecrets(const QString &secretId)>;

    /// What start() does with deliveries an earlier Hookbench left behind in the store.
    enum class Recovery {
        /// Fail those left in progress (kind Interrupted) and take up the pending ones: the
        /// window's engine, the one owner of the store's deliveries.
        TakeOver,
        /// Leave them to their owner: a command-line resend beside a running window.
        OwnOnly,
    };

    explicit DeliveryEngine(QObject *parent = nullptr);
    ~DeliveryEngine() override;
    Q_DISABLE_COPY_MOVE(DeliveryEngine)

    /// Before start().
    void setSecretResolver(SecretResolver resolver);
    /// Opens the store on the engine's thread and, with TakeOver, fails what was left in
    /// progress and schedules what was pending; returns once that is done or has failed.
    bool start(const StoreOptions &options, QString *error, Recovery recovery = Recovery::TakeOver);
    /// Stops the thread. Attempts in flight are abandoned: their rows stay in progress until
    /// the next start marks them interrupted.
    void stop();
    /// Between start() and stop(); thread-safe.
    bool isRunning() const;

    /// Queues a new delivery; returns its id ("wdlv_…"), or an empty string with *error set
    /// when the order cannot be sent (bad URL, settings, scheme, or no key to sign with).
    /// The row exists once deliveryChanged(id) arrives; rejected(id, …) if it cannot be stored.
    /// `created` (optional) gets the row as it is written, Pending.
    QString submit(const DeliveryOrder &order, QString *error, Delivery *created = nullptr);
    /// Queues one more attempt of the failed or cancelled delivery `id` (of its group, due
    /// now, without automatic retries); returns the new attempt's id, or rejected(newId, …).
    QString retry(const QString &id);
    /// Cancels a pending or in-progress delivery; a finished one is left as it is.
    void cancel(const QString &id);

signals:
    /// The row of delivery `id` was written (created, started, or ended).
    void deliveryChanged(const QString &id);
    /// Delivery `id` is its group's last attempt: Delivered, Cancelled, or Failed with no
    /// retry to follow.
    void deliveryFinished(const QString &id);
    /// A submission or retry `id` could not be taken, and why.
    void rejected(const QString &id, const QString &reason);

private:
    SecretResolver m_resolver;
    std::unique_ptr<QThread> m_thread;
    /// Guards m_worker against stop() on another thread: a call that saw it posts to it
    /// before stop() lets the worker go.
    mutable QMutex m_workerMutex;
    DeliveryWorker *m_worker = nullptr;
};

} // namespace Hookbench
