#include "signatureheader.h"

namespace Hookbench {

QList<SignatureHeader::Item> SignatureHeader::parseKeyValues(QByteArrayView header, char separator)
{
    QList<Item> items;
    qsizetype start = 0;
    while (start <= header.size()) {
        qsizetype end = header.indexOf(separator, start);
        if (end < 0)
            end = header.size();
        const QByteArrayView item = header.sliced(start, end - start);
        const qsizetype equals = item.indexOf('=');
        if (equals < 0)
            items.append({item.toByteArray(), QByteArray()});
        else
            items.append({item.first(equals).toByteArray(), item.sliced(equals + 1).toByteArray()});
        start = end + 1;
    }
    return items;
}

QList<SignatureHeader::Item> SignatureHeader::parseVersionedList(QByteArrayView header,
                                                                 bool anyWhitespace)
{
    auto isSeparator = [anyWhitespace](char c) {
        return c == ' '
               || (anyWhitespace
                   && (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'));
    };
    QList<Item> items;
    qsizetype at = 0;
    while (at < header.size()) {
        while (at < header.size() && isSeparator(header[at]))
            ++at;
        qsizetype end = at;
        while (end < header.size() && !isSeparator(header[end]))
            ++end;
        if (end > at) {
            const QByteArrayView item = header.sliced(at, end - at);
            const qsizetype comma = item.indexOf(',');
            if (comma < 0)
                items.append({QByteArray(), item.toByteArray()});
            else
                items.append(
                    {item.first(comma).toByteArray(), item.sliced(comma + 1).toByteArray()});
        }
        at = end;
    }
    return items;
}

std::optional<QByteArray> SignatureHeader::afterPrefix(QByteArrayView value, QByteArrayView prefix)
{
    if (!value.startsWith(prefix))
        return std::nullopt;
    return value.sliced(prefix.size()).toByteArray();
}

std::optional<qint64> SignatureHeader::parseUnixSeconds(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace Hookbench
