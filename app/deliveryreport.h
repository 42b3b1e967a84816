#pragma once

#include "delivery/deliveryorder.h"
#include "store/storeoptions.h"

class QTextStream;

namespace Hookbench {

/// What `hookbench resend` and `hookbench trigger` share once they have an order: submits it to
/// a DeliveryEngine on `store` (resuming no other process's deliveries) and runs an event loop
/// until its group has ended, printing the delivery as JSON to `out`: as created, or with
/// `wait` once it has ended (its last attempt). Errors go to `err` as "hookbench COMMAND: …".
/// Returns the exit code: 0 (with `wait`: Delivered), 1 Failed or the store refused, 2 the
/// engine rejected the order as unusable.
int deliverAndReport(const StoreOptions &store,
                     const DeliveryOrder &order,
                     bool wait,
                     const QString &command,
                     QTextStream &out,
                     QTextStream &err);

} // namespace Hookbench
