#include "headerline.h"

#include <algorithm>

namespace Hookbench {

bool isHttpToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return QByteArrayView("!#$%&'*+-.^_`|~").contains(c) || (c >= '0' && c <= '9')
               || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
}

std::optional<QPair<QByteArray, QByteArray>> parseHeaderLine(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    return QPair<QByteArray, QByteArray>(line.left(colon).trimmed().toLatin1(),
                                         line.mid(colon + 1).trimmed().toUtf8());
}

} // namespace Hookbench
