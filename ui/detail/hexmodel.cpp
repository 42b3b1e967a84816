#include "hexmodel.h"

#include <algorithm>

namespace Hookbench {

HexModel::HexModel(QObject *parent) : QAbstractTableModel(parent) { }

void HexModel::setBytes(const QByteArray &head, const QByteArray &body)
{
    beginResetModel();
    m_head = head;
    m_body = body;
    endResetModel();
}

void HexModel::clear()
{
    setBytes({}, {});
}

char HexModel::byteAt(qsizetype offset) const
{
    return offset < m_head.size() ? m_head.at(offset) : m_body.at(offset - m_head.size());
}

QString HexModel::offsetText(qsizetype offset)
{
    return QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
}

QString HexModel::hexText(int row) const
{
    static constexpr char digits[] = "0123456789abcdef";
    const qsizetype start = qsizetype(row) * bytesPerRow;
    const qsizetype end = std::min(start + bytesPerRow, size());
    QString text;
    text.reserve(bytesPerRow * 3 + 1);
    for (qsizetype at = start; at < end; ++at) {
        if (at > start)
            text += at - start == bytesPerRow / 2 ? QStringLiteral("  ") : QStringLiteral(" ");
        const auto byte = uchar(byteAt(at));
        text += QLatin1Char(digits[byte >> 4]);
        text += QLatin1Char(digits[byte & 0xf]);
    }
    return text;
}

QString HexModel::asciiText(int row) const
{
    const qsizetype start = qsizetype(row) * bytesPerRow;
    const qsizetype end = std::min(start + bytesPerRow, size());
    QString text;
    text.reserve(bytesPerRow);
    for (qsizetype at = start; at < end; ++at) {
        const auto byte = uchar(byteAt(at));
        text += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
    }
    return text;
}

int HexModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int((size() + bytesPerRow - 1) / bytesPerRow);
}

int HexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HexModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OffsetColumn:
            return offsetText(qsizetype(index.row()) * bytesPerRow);
        case HexColumn:
            return hexText(index.row());
        case TextColumn:
            return asciiText(index.row());
        default:
            return {};
        }
    }
    return {};
}

QVariant HexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OffsetColumn:
        return tr("Offset");
    case HexColumn:
        return tr("Hex");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace Hookbench
