#include "payloadkind.h"

#include "formfields.h"

#include <QByteArray>

#include <algorithm>

namespace Hookbench {

namespace {

constexpr qsizetype sniffBytes = 8 * 1024;

QByteArrayView mediaTypeOf(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
}

// The charset parameter's value, without quotes; empty when there is none.
QByteArrayView charsetOf(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    QByteArrayView rest = semicolon < 0 ? QByteArrayView() : contentType.sliced(semicolon + 1);
    while (!rest.isEmpty()) {
        const qsizetype next = rest.indexOf(';');
        const QByteArrayView parameter = (next < 0 ? rest : rest.first(next)).trimmed();
        rest = next < 0 ? QByteArrayView() : rest.sliced(next + 1);
        const qsizetype eq = parameter.indexOf('=');
        if (eq < 0 || parameter.first(eq).trimmed().compare("charset", Qt::CaseInsensitive) != 0)
            continue;
        QByteArrayView value = parameter.sliced(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.sliced(1, value.size() - 2);
        return value;
    }
    return {};
}

bool isUtf8Charset(QByteArrayView charset)
{
    return charset.isEmpty() || charset.compare("utf-8", Qt::CaseInsensitive) == 0
           || charset.compare("utf8", Qt::CaseInsensitive) == 0
           || charset.compare("us-ascii", Qt::CaseInsensitive) == 0
           || charset.compare("ascii", Qt::CaseInsensitive) == 0;
}

// Drops a multi-byte sequence cut in half by taking a prefix, so that it is not mistaken for
// invalid UTF-8.
QByteArrayView withoutCutSequence(QByteArrayView sample)
{
    qsizetype lead = sample.size() - 1;
    const qsizetype stop = std::max<qsizetype>(0, sample.size() - 4);
    while (lead > stop && (uchar(sample[lead]) & 0xc0) == 0x80)
        --lead;
    if (lead < 0)
        return sample;
    const auto c = uchar(sample[lead]);
    const qsizetype needed = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return sample.size() - lead < needed ? sample.first(lead) : sample;
}

// What the Content-Type says; Unspecified covers a missing type and octet-stream.
enum class Declared { Unspecified, PlainText, Json, Form, Xml, Text, OtherType };

Declared declaredKind(QByteArrayView type)
{
    if (type.isEmpty())
        return Declared::Unspecified;
    const QByteArray lower = type.toByteArray().toLower();
    if (lower == "application/octet-stream" || lower == "binary/octet-stream")
        return Declared::Unspecified;
    if (lower == "text/plain")
        return Declared::PlainText;
    if (lower == "application/json" || lower == "text/json" || lower.endsWith("+json"))
        return Declared::Json;
    if (lower == "application/x-www-form-urlencoded")
        return Declared::Form;
    if (lower == "application/xml" || lower == "text/xml" || lower.endsWith("+xml"))
        return Declared::Xml;
    if (lower.startsWith("text/"))
        return Declared::Text;
    return Declared::OtherType;
}

// What the first meaningful byte suggests: '{' or '[' JSON, '<' XML; Text otherwise.
PayloadKind sniffStructure(QByteArrayView body)
{
    if (body.startsWith("\xef\xbb\xbf"))
        body = body.sliced(3); // UTF-8 byte order mark
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return PayloadKind::Json;
        if (c == '<')
            return PayloadKind::Xml;
        break;
    }
    return PayloadKind::Text;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    return bytes.isValidUtf8();
}

bool looksBinary(QByteArrayView body, bool checkUtf8)
{
    if (body.contains('\0'))
        return true;
    const bool cut = body.size() > sniffBytes;
    const QByteArrayView sample = cut ? withoutCutSequence(body.first(sniffBytes)) : body;
    if (checkUtf8 && !sample.isValidUtf8())
        return true;
    qsizetype controls = 0;
    for (const char ch : sample) {
        const auto c = uchar(ch);
        // Tab, line breaks, form feed and escape (colours in logs) are common in text.
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
            || c == 0x7f)
            ++controls;
    }
    return controls * 10 > sample.size();
}

PayloadKind classifyPayload(QByteArrayView contentType, QByteArrayView decodedBody)
{
    if (decodedBody.isEmpty())
        return PayloadKind::Empty;
    const Declared declared = declaredKind(mediaTypeOf(contentType));
    const bool utf8 = isUtf8Charset(charsetOf(contentType));
    switch (declared) {
    case Declared::Json:
    case Declared::Xml:
    case Declared::Text:
        // Declared text is trusted about its encoding, never about NUL or control bytes.
        if (looksBinary(decodedBody, false))
            return PayloadKind::Binary;
        return declared == Declared::Json  ? PayloadKind::Json
               : declared == Declared::Xml ? PayloadKind::Xml
                                           : PayloadKind::Text;
    case Declared::Form:
        if (looksBinary(decodedBody, false))
            return PayloadKind::Binary;
        // `curl -d '{...}'` sends JSON labelled as a form: show what it is.
        if (!looksLikeForm(decodedBody) && sniffStructure(decodedBody) == PayloadKind::Json)
            return PayloadKind::Json;
        return PayloadKind::Form;
    case Declared::OtherType:
        return looksBinary(decodedBody, utf8) ? PayloadKind::Binary : PayloadKind::Text;
    case Declared::Unspecified:
    case Declared::PlainText:
        break;
    }
    if (looksBinary(decodedBody, utf8))
        return PayloadKind::Binary;
    const PayloadKind structure = sniffStructure(decodedBody);
    if (structure != PayloadKind::Text)
        return structure;
    // A missing or octet-stream type says nothing; text/plain says the sender meant text.
    if (declared == Declared::Unspecified && looksLikeForm(decodedBody))
        return PayloadKind::Form;
    return PayloadKind::Text;
}

QString payloadKindName(PayloadKind kind)
{
    switch (kind) {
    case PayloadKind::Empty:
        return QStringLiteral("empty");
    case PayloadKind::Json:
        return QStringLiteral("json");
    case PayloadKind::Form:
        return QStringLiteral("form");
    case PayloadKind::Xml:
        return QStringLiteral("xml");
    case PayloadKind::Text:
        return QStringLiteral("text");
    case PayloadKind::Binary:
        break;
    }
    return QStringLiteral("binary");
}

} // namespace Hookbench
