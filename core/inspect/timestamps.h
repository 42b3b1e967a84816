#pragma once

#include <QStringView>

#include <optional>

namespace Hookbench {

/// Parses RFC 3339 / ISO 8601 date-times into µs since the epoch, UTC: `Z` or a numeric
/// offset, `T` or a space between date and time, up to 9 fractional digits (kept to the µs),
/// and a bare date (midnight UTC). A time without an offset is taken as UTC.
std::optional<qint64> parseIsoTimestampUs(QStringView text);

/// A Unix time as providers send it: seconds, milliseconds, microseconds or nanoseconds, told
/// apart by magnitude (any time after 1973 in ms exceeds every plausible time in seconds).
qint64 unixTimeToUs(qint64 value);

} // namespace Hookbench
