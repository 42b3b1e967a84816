#include "linediff.h"

#include "delivery/deliveryinspector.h"
#include "inspect/jsondocument.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace Hookbench {

namespace {

std::vector<QString> splitLines(const QString &text)
{
    const QList<QString> lines = text.split(u'\n');
    return {lines.begin(), lines.end()};
}

} // namespace

QList<DiffLine> diffLines(const QString &left, const QString &right)
{
    const std::vector<QString> a = splitLines(left);
    const std::vector<QString> b = splitLines(right);
    dtl::Diff<QString> diff(a, b);
    // Bodies can be tens of thousands of lines: trade the minimal edit for bounded memory.
    diff.onHuge();
    diff.compose();
    QList<DiffLine> lines;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        DiffLine line;
        line.text = text;
        switch (info.type) {
        case dtl::SES_COMMON:
            line.kind = DiffLine::Same;
            line.leftLine = int(info.beforeIdx);
            line.rightLine = int(info.afterIdx);
            break;
        case dtl::SES_DELETE:
            line.kind = DiffLine::Removed;
            line.leftLine = int(info.beforeIdx);
            break;
        case dtl::SES_ADD:
            line.kind = DiffLine::Added;
            line.rightLine = int(info.afterIdx);
            break;
        }
        lines.append(line);
    }
    return lines;
}

QString comparableBody(const QByteArray &body)
{
    const JsonDocument json = JsonDocument::parse(body);
    if (json.isValid())
        return QString::fromUtf8(json.pretty());
    return DeliveryInspector::bodyText(body);
}

} // namespace Hookbench
