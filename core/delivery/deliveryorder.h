#pragma once

#include "deliverytarget.h"
#include "outgoingrequest.h"
#include "signing/signingsecret.h"

#include <optional>

namespace Hookbench {

/// What DeliveryEngine::submit() is asked to deliver: a request built for a target, where it
/// came from, and how to send it.
struct DeliveryOrder
{
    qint64 requestId = 0; ///< the captured request it replays
    qint64 targetId = 0; ///< 0: an ad-hoc URL
    QString targetUrl;
    DeliverySettings settings;
    OutgoingRequest request; ///< unsigned: signing happens at each attempt, at that time
    /// A key given with this order (the command line's --secret). Kept in memory only, never
    /// stored: when empty, settings.signSecretId is resolved instead.
    SigningSecrets secrets;

    /// The order for resending `captured` to `target`, edited by `edits`; nullopt with *error
    /// set when the edits or the target's URL cannot be used.
    static std::optional<DeliveryOrder> resend(const CapturedRequest &captured,
                                               const DeliveryTarget &target,
                                               const ResendEdits &edits,
                                               QString *error);
};

} // namespace Hookbench
