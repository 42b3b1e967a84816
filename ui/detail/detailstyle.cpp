#include "detailstyle.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QPalette>

namespace Hookbench {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString localTimeText(qint64 us, bool micro)
{
    if (us <= 0)
        return QString();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(us / 1000);
    QString text = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (micro)
        text += u'.' + QStringLiteral("%1").arg(us % 1'000'000, 6, 10, QLatin1Char('0'));
    return text + u' ' + time.timeZoneAbbreviation();
}

QString listTimeText(qint64 us)
{
    if (us <= 0)
        return QString();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(us / 1000).toLocalTime();
    const bool today = when.date() == QDate::currentDate();
    return when.toString(today ? QStringLiteral("HH:mm:ss.zzz")
                               : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool breakLongLines(QString &text, qsizetype maxLine)
{
    qsizetype lineStart = 0;
    bool broken = false;
    QString out;
    qsizetype copied = 0;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (text.at(at) == u'\n') {
            lineStart = at + 1;
            continue;
        }
        if (at - lineStart < maxLine || text.at(at).isLowSurrogate())
            continue;
        if (!broken) {
            out.reserve(text.size() + text.size() / maxLine + 1);
            broken = true;
        }
        out += QStringView(text).sliced(copied, at - copied);
        out += u'\n';
        copied = at;
        lineStart = at;
    }
    if (broken) {
        out += QStringView(text).sliced(copied);
        text = std::move(out);
    }
    return broken;
}

QFont payloadFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

SyntaxColors SyntaxColors::forPalette(const QPalette &palette)
{
    // Editor palettes people know (VS Code's light and dark defaults): chosen for contrast.
    if (isDarkPalette(palette)) {
        return {QColor(0x9c, 0xdc, 0xfe),
                QColor(0xce, 0x91, 0x78),
                QColor(0xb5, 0xce, 0xa8),
                QColor(0x56, 0x9c, 0xd6),
                palette.color(QPalette::Text)};
    }
    return {QColor(0x04, 0x51, 0xa5),
            QColor(0xa3, 0x15, 0x15),
            QColor(0x09, 0x86, 0x58),
            QColor(0x80, 0x00, 0xc0),
            palette.color(QPalette::Text)};
}

} // namespace Hookbench
