#include "inspector.h"

#include "catalogset.h"
#include "conformance.h"
#include "contentdecoding.h"
#include "envelope.h"
#include "formfields.h"
#include "jsondocument.h"
#include "payloadkind.h"

#include <QStringDecoder>

namespace Hookbench {

namespace {

bool hasHeader(const HeaderList &headers, const QString &name)
{
    const QByteArray wanted = name.toLatin1();
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return QByteArrayView(header.first).compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

bool envelopeMatches(const CatalogRecognition &recognize, const JsonDocument &json)
{
    if (recognize.requiredPaths.isEmpty() && recognize.equals.isEmpty())
        return false;
    for (const QString &path : recognize.requiredPaths) {
        if (json.find(path) < 0)
            return false;
    }
    for (const auto &[path, value] : recognize.equals) {
        const int node = json.find(path);
        if (node < 0 || json.stringValue(node) != value)
            return false;
    }
    return true;
}

// How strongly a request looks like it comes from `catalog`'s provider: the listener path is
// the user's own statement, headers and the envelope's shape are the provider's signature, and
// a documented event type confirms the shape.
int recognitionScore(const Catalog &catalog,
                     const CapturedRequest &request,
                     const HeaderList &headers,
                     const JsonDocument &json)
{
    int score = 0;
    const QString path = QString::fromUtf8(request.path());
    for (const QString &prefix : catalog.recognize.paths) {
        if (path.startsWith(prefix)
            && (path.size() == prefix.size() || prefix.endsWith(u'/')
                || path.at(prefix.size()) == u'/')) {
            score += 4;
            break;
        }
    }
    // Headers are shared between providers (every Standard Webhooks sender has webhook-id):
    // alone they never reach the threshold.
    for (const QString &name : catalog.recognize.headers) {
        if (hasHeader(headers, name)) {
            score += 2;
            break;
        }
    }
    const CatalogRecognition &recognize = catalog.recognize;
    if (json.isValid() && envelopeMatches(recognize, json)) {
        // An exact value ("object": "event") is more specific than fields being present.
        score += recognize.equals.isEmpty() ? 3 : 4;
        EventInfo probe;
        Envelope::read(json, headers, &catalog, &probe);
        if (catalog.eventType(probe.eventName))
            score += 2;
    }
    return score;
}

// The bytes when they are valid UTF-8 (nearly always), else their decoding with U+FFFD for
// what is not, so the index only ever sees valid text.
QByteArray validUtf8(QByteArrayView bytes)
{
    if (isValidUtf8(bytes))
        return bytes.toByteArray();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    return QString(decoder.decode(bytes)).toUtf8();
}

// At most `limit` bytes, never ending inside a UTF-8 sequence.
QByteArrayView withinLimit(QByteArrayView bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return bytes;
    qsizetype end = limit;
    while (end > 0 && end > limit - 4 && (uchar(bytes[end]) & 0xC0) == 0x80)
        --end;
    return bytes.first(end);
}

// Text in the charset its Content-Type declares (latin-1 and the like), as UTF-8.
QByteArray textAsUtf8(QByteArrayView bytes, QByteArrayView contentType)
{
    const qsizetype at = contentType.toByteArray().toLower().indexOf("charset=");
    if (at >= 0) {
        QByteArray charset = contentType.sliced(at + 8).toByteArray();
        if (const qsizetype end = charset.indexOf(';'); end >= 0)
            charset.truncate(end);
        charset = charset.trimmed();
        if (charset.startsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
        const bool utf8 = charset.compare("utf-8", Qt::CaseInsensitive) == 0
                          || charset.compare("utf8", Qt::CaseInsensitive) == 0;
        if (decoder.isValid() && !utf8)
            return QString(decoder.decode(bytes)).toUtf8();
    }
    return validUtf8(bytes);
}

QByteArray headerText(const HeaderList &headers)
{
    QByteArray text;
    for (const auto &[name, value] : headers) {
        text += validUtf8(name);
        text += ' ';
        text += validUtf8(value);
        text += '\n';
    }
    return text;
}

QByteArray formText(QByteArrayView body)
{
    QByteArray text;
    for (const FormField &field : parseFormFields(body)) {
        text += field.name.toUtf8();
        text += ' ';
        text += field.value.toUtf8();
        text += '\n';
    }
    return text;
}

} // namespace

Inspector::Inspector(const CatalogSet *catalogs) : m_catalogs(catalogs) { }

Inspection Inspector::inspect(const CapturedRequest &request) const
{
    return inspect(request, m_catalogs ? m_catalogs->catalogs() : QList<Catalog>());
}

Inspection Inspector::inspect(const CapturedRequest &request, const QList<Catalog> &catalogs)
{
    Inspection result;
    EventInfo &event = result.event;
    const HeaderList headers = request.headers();
    result.headerText = headerText(headers);

    const ContentDecoding::Result decoded
        = ContentDecoding::decode(request.body, request.headerValue("content-encoding"));
    if (!decoded.ok())
        event.bodyError = decoded.error;
    const PayloadKind kind = classifyPayload(request.headerValue("content-type"), decoded.bytes);
    event.bodyKind = payloadKindName(kind);

    JsonDocument json;
    if (kind == PayloadKind::Json) {
        // JSON allows a parser to ignore a byte order mark; some senders write one.
        const bool bom = decoded.bytes.startsWith("\xEF\xBB\xBF");
        json = JsonDocument::parse(bom ? decoded.bytes.mid(3) : decoded.bytes);
        if (!json.isValid()) {
            const JsonParseError &error = json.error();
            // A body that failed to decode is not JSON for that reason: say both.
            const QString jsonError = QStringLiteral("Invalid JSON at line %1, column %2: %3")
                                          .arg(error.line)
                                          .arg(error.column)
                                          .arg(error.message);
            event.bodyError
                = event.bodyError.isEmpty() ? jsonError : event.bodyError + u"; " + jsonError;
        }
    }
    const QByteArrayView indexed = withinLimit(decoded.bytes, maxIndexedBodyBytes);
    if (kind == PayloadKind::Form)
        result.bodyText = formText(indexed);
    else if (kind != PayloadKind::Binary && kind != PayloadKind::Empty)
        result.bodyText = textAsUtf8(indexed, request.headerValue("content-type"));

    const Catalog *best = nullptr;
    int bestScore = 2; // a provider needs more than one weak hint
    for (const Catalog &catalog : catalogs) {
        const int score = recognitionScore(catalog, request, headers, json);
        if (score > bestScore) {
            best = &catalog;
            bestScore = score;
        }
    }
    Envelope::read(json, headers, best, &event);
    if (best) {
        event.provider = best->provider;
        const CatalogEventType *type = best->eventType(event.eventName);
        event.knownType = type != nullptr;
        event.conformance = checkConformance(json, *best, type);
    }
    return result;
}

} // namespace Hookbench
