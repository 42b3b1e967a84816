#pragma once

#include "deliverysettings.h"
#include "outgoingrequest.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace Hookbench {

/// Where one attempt stands. Pending rows wait for their due time (or a free slot); a failed
/// attempt with attempts left is followed by a new Pending row of the same group.
enum class DeliveryStatus { Pending, InProgress, Delivered, Failed, Cancelled };

/// Why an attempt failed, as stored and shown (see failureKindName()).
enum class FailureKind {
    None,
    Dns, ///< the host name did not resolve
    Refused, ///< nothing listens there
    Tls, ///< handshake, certificate or TLS settings
    Timeout, ///< the attempt took longer than the target's timeout
    HttpStatus, ///< an answer that is not 2xx
    Network, ///< any other transport failure
    Interrupted, ///< Hookbench quit while the attempt was in progress
    Cancelled, ///< the user cancelled it
    Signing, ///< re-signing was asked for but could not be done (no key, unusable key)
};

QString deliveryStatusName(DeliveryStatus status); ///< "pending", "in_progress", ... (stored)
std::optional<DeliveryStatus> deliveryStatusFromName(QStringView name);
/// The seed's words: "Pending", "In Progress", "Delivered", "Failed", "Cancelled".
QString deliveryStatusTitle(DeliveryStatus status);
QString failureKindName(FailureKind kind); ///< "dns", "refused", ...; empty for None
FailureKind failureKindFromName(QStringView name);

/// A new delivery id, e.g. "wdlv_5f0c4e1a9b2d7c3e8a6f1b04": random, so ids made in two
/// processes sharing a store never collide.
QString newDeliveryId();

/// One attempt to send a captured request to a target: a row of `deliveries`.
struct Delivery
{
    QString id;
    qint64 requestId = 0;
    qint64 targetId = 0; ///< 0: an ad-hoc URL, or the target has been removed
    QString targetUrl; ///< the target's URL when submitted
    int attempt = 1;
    QString groupId; ///< the id of the first attempt
    DeliveryStatus status = DeliveryStatus::Pending;
    DeliverySettings settings; ///< copied from the target when submitted

    qint64 createdUs = 0;
    qint64 dueUs = 0; ///< a Pending row does not start before this time
    qint64 startedUs = 0; ///< 0: not started
    qint64 deliveredUs = 0;
    qint64 failedUs = 0; ///< also set for cancelled attempts
    FailureKind failureKind = FailureKind::None;
    QString failureMessage;

    /// What is sent: before the attempt starts the request as built (unsigned), from then on
    /// exactly what went out (signed, with the URL the signature covers).
    OutgoingRequest request;

    int responseStatus = 0; ///< 0: no answer
    HeaderList responseHeaders;
    QByteArray responseBody;
    qint64 durationMs = -1; ///< -1: no exchange took place

    bool isFinal() const
    {
        return status == DeliveryStatus::Delivered || status == DeliveryStatus::Failed
               || status == DeliveryStatus::Cancelled;
    }
};

} // namespace Hookbench

Q_DECLARE_METATYPE(Hookbench::Delivery)
