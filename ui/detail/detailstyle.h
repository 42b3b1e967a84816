#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPalette;

namespace Hookbench {

/// Colours for JSON/XML syntax that read on the palette's base colour, light or dark.
struct SyntaxColors
{
    QColor key;
    QColor string;
    QColor number;
    QColor literal;
    QColor punctuation;

    static SyntaxColors forPalette(const QPalette &palette);
};

/// The fixed-pitch font used for payloads (body, raw, hex).
QFont payloadFont();
/// A UTC time in µs since the epoch as local time, "2024-05-01 14:03:07.123456 CEST"
/// (microseconds only when `micro`); empty for 0.
QString localTimeText(qint64 us, bool micro = true);
/// A time in a list column: today's as "14:03:07.123", older ones with their date.
QString listTimeText(qint64 us);
/// Breaks lines longer than `maxLine` characters into several (never inside a surrogate
/// pair): Qt lays a line out as one unit, and a 2 MB minified line would freeze the window.
/// Returns whether any line was broken.
bool breakLongLines(QString &text, qsizetype maxLine = 4096);
/// True when text is drawn on a dark base (a dark theme).
bool isDarkPalette(const QPalette &palette);

} // namespace Hookbench
