#pragma once

#include <QList>
#include <QString>

namespace Hookbench {

/// One line of a diff between two texts.
struct DiffLine
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text;
    int leftLine = 0; ///< 1-based line in the left text; 0 for an added line
    int rightLine = 0; ///< 1-based line in the right text; 0 for a removed line

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

/// The shortest edit from `left` to `right`, line by line (dtl's O(NP) algorithm), as every
/// line of both in reading order: removals before the additions that replace them.
QList<DiffLine> diffLines(const QString &left, const QString &right);

/// A body as text worth comparing: JSON pretty-printed (key order and number text kept), so
/// a one-field edit of a one-line body is a one-line difference; other text as it is; binary
/// as a hex listing.
QString comparableBody(const QByteArray &body);

} // namespace Hookbench
