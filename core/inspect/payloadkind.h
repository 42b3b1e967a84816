#pragma once

#include <QByteArrayView>
#include <QString>

namespace Hookbench {

/// How a (decoded) body should be shown.
enum class PayloadKind { Empty, Json, Form, Xml, Text, Binary };

/// Picks the view for a decoded body: the Content-Type decides when it is specific, sniffing
/// when it is missing or generic (application/octet-stream, text/plain). Bodies with NUL bytes
/// or many control characters are Binary whatever their declared type.
PayloadKind classifyPayload(QByteArrayView contentType, QByteArrayView decodedBody);

/// Stable lower-case name of a kind: "empty", "json", "form", "xml", "text", "binary".
QString payloadKindName(PayloadKind kind);

/// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

/// True when `body` is not text: NUL bytes anywhere, invalid UTF-8 (unless `checkUtf8` is
/// false) or a high share of control characters in its first 8 KiB.
bool looksBinary(QByteArrayView body, bool checkUtf8 = true);

} // namespace Hookbench
