#pragma once

#include "requeststore.h"

#include <QJsonObject>

namespace Hookbench {

/// RFC 3339 UTC with microseconds, e.g. "2026-11-23T09:00:00.123456Z".
QString rfc3339(qint64 microsSinceEpoch);
/// Parses RFC 3339 / ISO 8601 (with an offset or Z) into µs since the epoch; 0 when invalid.
qint64 parseRfc3339(const QString &text);

/// The bytes as text when they are valid UTF-8, else null.
QJsonValue utf8TextOrNull(const QByteArray &bytes);

/// A listing row as JSON: id, created_at, method, path, query, listener, remote,
/// body_size, response_status, error.
QJsonObject requestRowJson(const RequestRow &row);
/// Everything about one request: the row fields plus remote_port, http_version, headers (ordered
/// [name, value] pairs), trailers, body (text when valid UTF-8, else null), body_base64.
QJsonObject requestJson(const CapturedRequest &request);

} // namespace Hookbench
