#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace Hookbench {

/// `json` with its top-level member `key` set to the integer `value`, editing the text rather
/// than re-serializing it: only that value's bytes change, so key order, spacing and the exact
/// text of every other number stay as the provider wrote them. A missing member is added as the
/// object's first. nullopt when `json` is not a JSON object or the member is an object or array.
std::optional<QByteArray>
withTopLevelInteger(const QByteArray &json, QStringView key, qint64 value);

} // namespace Hookbench
