#pragma once

#include "requeststore.h"

#include <QJsonObject>

namespace Hookbench {

/// RFC 3339 UTC with microseconds, e.g. "2026-11-23T09:00:00.123456Z".
QString rfc3339(qint64 microsSinceEpoch);

/// The bytes as text when they are valid UTF-8, else null.
QJsonValue utf8TextOrNull(const QByteArray &bytes);

/// A listing row as JSON: id, created_at, method, path, query, listener, remote,
/// body_size, response_status, error, and the event fields (see eventJson()).
QJsonObject requestRowJson(const RequestRow &row);
/// Everything about one request: the row fields plus remote_port, http_version, headers (ordered
/// [name, value] pairs), trailers, body (text when valid UTF-8, else null), body_base64, and
/// the event fields.
QJsonObject requestJson(const CapturedRequest &request, const EventInfo &event);
/// What inspection found, merged into `object`: provider, event_name, event_id, occurred_at,
/// resource_type, resource_id, organization_id, workspace_id, api_version, known_type,
/// conformance, duplicate_of, signature, body_kind, body_error (null where not known).
void insertEventFields(QJsonObject &object, const EventInfo &event);

} // namespace Hookbench
