#pragma once

#include "delivery.h"

#include <QJsonObject>

namespace Hookbench {

/// A delivery as the command line and the API show it, in the seed's shape (id,
/// webhook_event_id, status "Pending" … "Failed", created_at, started_at, delivered_at,
/// failed_at, failure_reason) plus failure_kind, target_id, target_url, attempt, group_id,
/// `request` (method, url, headers as [name, value] pairs, body as text or null, body_base64)
/// and `response` (status, headers, body, body_base64, duration_ms; null without an answer).
QJsonObject deliveryJson(const Delivery &delivery);

} // namespace Hookbench
