#pragma once

#include "delivery/deliveryorder.h"

#include <optional>

namespace Hookbench {

/// Reads the JSON body of `POST /v1/webhook-events/{id}/resend` into the order that resends
/// `captured` to an ad-hoc URL; nullopt with *error set (a message for the caller) when the
/// body is not such an object. Members, all but target_url optional:
///   target_url   http(s) URL to send to
///   method       instead of the captured method
///   path         replaces the target URL's path (and query, with a '?'); starts with '/'
///   headers      [[name, value], …], added to the captured fields, each replacing captured
///                fields of its name (the command line's --header)
///   body         text sent as the body (UTF-8) instead of the captured bytes
///   body_base64  the same for bytes; not together with body
///   sign         {"scheme", "secret_id"}: re-sign at each attempt with a stored secret
///   max_attempts attempts in all (default 1, like the command line), timeout_ms per attempt
std::optional<DeliveryOrder>
resendOrderFromJson(const QByteArray &json, const CapturedRequest &captured, QString *error);

} // namespace Hookbench
