#pragma once

#include "delivery.h"
#include "deliverystore.h"
#include "signing/signingsecret.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <map>

class QNetworkAccessManager;
class QTimer;

namespace Hookbench {

class DeliveryAttempt;
struct AttemptOutcome;

/// DeliveryEngine's half on the delivery thread: owns the store connection, the network
/// access manager and every attempt. Pending deliveries wait in memory for their due time and
/// a free slot of their target; each state change is written before it is announced.
class DeliveryWorker final : public QObject
{
    Q_OBJECT
public:
    using SecretResolver = std::function<SigningSecrets(const QString &secretId)>;

    explicit DeliveryWorker(SecretResolver resolver);
    ~DeliveryWorker() override;
    Q_DISABLE_COPY_MOVE(DeliveryWorker)

    /// On the delivery thread: opens the connection and creates the network access manager.
    bool open(const StoreOptions &options, QString *error);
    /// Fails the deliveries a quit left in progress and takes up the pending ones.
    void recover();
    /// Stores a new pending delivery and schedules it. `secrets` stay in memory only.
    void submit(Delivery delivery, const SigningSecrets &secrets);
    /// A new attempt `newId` of the group of the finished delivery `id`, due now.
    void retry(const QString &id, const QString &newId);
    void cancel(const QString &id);

signals:
    void deliveryChanged(const QString &id);
    /// The delivery's group ended: `id` is its last attempt (Delivered, Failed, Cancelled).
    void deliveryFinished(const QString &id);
    void rejected(const QString &id, const QString &reason);

private:
    struct Running
    {
        Delivery delivery;
        DeliveryAttempt *attempt = nullptr;
    };

    void pump();
    /// Signs, records and sends; false when it ended at once (its slot is free again).
    bool startAttempt(Delivery delivery);
    void attemptFinished(const QString &id, const AttemptOutcome &outcome);
    /// Writes a final state and announces it (the group ends with it).
    void conclude(const Delivery &delivery);
    bool write(const Delivery &delivery, bool insert);
    std::optional<QString> sign(Delivery &delivery);
    static QString slotKey(const Delivery &delivery);

    SecretResolver m_resolver;
    DeliveryStore m_store;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer;
    QRandomGenerator m_random;
    std::map<QString, Delivery> m_waiting; ///< pending, by id
    QHash<QString, Running> m_running; ///< in progress, by id
    QHash<QString, int> m_inFlight; ///< attempts in progress per slotKey()
    QHash<QString, SigningSecrets> m_secrets; ///< keys given with a submission, by group id
};

} // namespace Hookbench
