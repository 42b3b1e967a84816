#include "deliveryorder.h"

namespace Hookbench {

std::optional<DeliveryOrder> DeliveryOrder::resend(const CapturedRequest &captured,
                                                   const DeliveryTarget &target,
                                                   const ResendEdits &edits,
                                                   QString *error)
{
    auto request = buildResend(captured, target.url.toUtf8(), target.headers, edits, error);
    if (!request)
        return std::nullopt;
    DeliveryOrder order;
    order.requestId = captured.id;
    order.targetId = target.id;
    order.targetUrl = target.url;
    order.settings = target.settings;
    order.request = std::move(*request);
    return order;
}

} // namespace Hookbench
