#pragma once

#include "capturedrequest.h"

#include <QStringView>

#include <optional>

namespace Hookbench {

/// A token (RFC 9110 5.6.2): what a method or a field name can be on the wire.
bool isHttpToken(QByteArrayView text);

/// A header field typed as "Name: value" (a command-line --header, a line of a target's
/// headers): name and value trimmed, the value's bytes as typed (UTF-8). nullopt when no
/// name comes before a colon; the name is not checked further (see isHttpToken()).
std::optional<QPair<QByteArray, QByteArray>> parseHeaderLine(QStringView line);

} // namespace Hookbench
