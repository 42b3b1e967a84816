#pragma once

#include "delivery.h"
#include "deliverytarget.h"
#include "store/storeconnection.h"

#include <optional>

class QSqlQuery;

namespace Hookbench {

/// Reads and writes targets and deliveries on a connection of its own, for one thread. Each
/// write is one short transaction, so it slips in between the capture writer's batches (the
/// connection waits for the lock instead of failing, see StoreConnection).
class DeliveryStore final
{
public:
    DeliveryStore() = default;
    Q_DISABLE_COPY_MOVE(DeliveryStore)

    bool open(const StoreOptions &options, QString *error);
    /// Why the last call failed.
    QString lastError() const { return m_lastError; }

    /// Inserts a target with id 0 (setting its id) or updates the one with its id.
    bool saveTarget(DeliveryTarget *target);
    /// Deliveries made to it keep their URL and settings; their target_id becomes null.
    bool removeTarget(qint64 id);
    std::optional<DeliveryTarget> target(qint64 id);
    QList<DeliveryTarget> targets(); ///< by name

    bool insert(const Delivery &delivery);
    /// Writes every field of the delivery with this id; false when there is none.
    bool update(const Delivery &delivery);
    std::optional<Delivery> delivery(const QString &id);
    QList<Delivery> forRequest(qint64 requestId); ///< oldest first
    QList<Delivery> withStatus(DeliveryStatus status, int limit = 1000); ///< earliest due first
    QList<Delivery> group(const QString &groupId); ///< by attempt
    /// The newest `limit` deliveries, all or those with `status`, newest first.
    QList<Delivery> recent(std::optional<DeliveryStatus> status, int limit);
    /// Fails every in-progress delivery with kind Interrupted and `message` in one
    /// transaction (they belonged to a Hookbench that quit); returns their ids.
    QStringList markInterrupted(const QString &message, qint64 nowUs);

private:
    QList<Delivery> deliveries(const QString &where, const QVariantList &binds);
    bool exec(QSqlQuery &query);

    StoreConnection m_connection;
    QString m_lastError;
};

} // namespace Hookbench
