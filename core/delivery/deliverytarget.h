#pragma once

#include "capture/capturedrequest.h"
#include "deliverysettings.h"

namespace Hookbench {

/// A named destination, e.g. "staging" at https://staging.example.com/webhooks: a row of
/// `delivery_targets`.
struct DeliveryTarget
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString url;
    HeaderList headers; ///< added to every request (replacing captured fields of the same name)
    DeliverySettings settings;

    friend bool operator==(const DeliveryTarget &, const DeliveryTarget &) = default;
};

} // namespace Hookbench
