#include "capturedrequest.h"

namespace Hookbench {

namespace {
struct ErrorName
{
    CaptureError error;
    const char *name;
};
constexpr ErrorName errorNames[] = {
    {CaptureError::None, ""},
    {CaptureError::Malformed, "malformed"},
    {CaptureError::HeadersTooLarge, "headers_too_large"},
    {CaptureError::BodyTooLarge, "body_too_large"},
    {CaptureError::Timeout, "timeout"},
    {CaptureError::ConnectionLimit, "connection_limit"},
    {CaptureError::ConnectionClosed, "connection_closed"},
};
} // namespace

QString captureErrorName(CaptureError error)
{
    for (const auto &entry : errorNames) {
        if (entry.error == error)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

CaptureError captureErrorFromName(const QString &name)
{
    for (const auto &entry : errorNames) {
        if (name == QLatin1String(entry.name))
            return entry.error;
    }
    return CaptureError::None;
}

QByteArray CapturedRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray CapturedRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

QByteArray CapturedRequest::headerValue(QByteArrayView name) const
{
    // Called for every request on the capture path: a memchr per line, and the name compared
    // only on lines whose colon sits where the name ends.
    const QByteArrayView fields(headerFields);
    qsizetype pos = 0;
    while (pos < fields.size()) {
        qsizetype end = fields.indexOf('\r', pos);
        if (end < 0)
            end = fields.size();
        const QByteArrayView line = fields.sliced(pos, end - pos);
        if (line.size() >= name.size() + 2 && line[name.size()] == ':'
            && line[name.size() + 1] == ' '
            && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            return line.sliced(name.size() + 2).toByteArray();
        }
        pos = end + 2;
    }
    return {};
}

HeaderList CapturedRequest::headers() const
{
    return parseSerializedHeaders(headerFields);
}

HeaderList CapturedRequest::trailers() const
{
    return parseSerializedHeaders(trailerFields);
}

void CapturedRequest::setHeaders(const HeaderList &list)
{
    headerFields = serializeHeaders(list);
}

void CapturedRequest::setTrailers(const HeaderList &list)
{
    trailerFields = serializeHeaders(list);
}

QByteArray serializeHeaders(const HeaderList &headers)
{
    QByteArray out;
    qsizetype size = 0;
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 4;
    out.reserve(size);
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    return out;
}

HeaderList parseSerializedHeaders(const QByteArray &data)
{
    HeaderList headers;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf("\r\n", pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line(data.constData() + pos, end - pos);
        const qsizetype colon = line.indexOf(QByteArrayView(": "));
        if (colon >= 0)
            headers.append({line.first(colon).toByteArray(), line.sliced(colon + 2).toByteArray()});
        pos = end + 2;
    }
    return headers;
}

QString publicRequestId(qint64 id)
{
    return QStringLiteral("wevt_") + QString::number(id);
}

qint64 parsePublicRequestId(QStringView text)
{
    if (text.startsWith(u"wevt_"))
        text = text.sliced(5);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Hookbench
