#include "fieldtablemodel.h"

#include <algorithm>
#include <numeric>

namespace Hookbench {

namespace {
constexpr qsizetype maxCellText = 2000;

QString cellText(const QString &text)
{
    QString shown = text.size() > maxCellText ? text.left(maxCellText) + u'…' : text;
    for (QChar &c : shown) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return shown;
}
} // namespace

FieldTableModel::FieldTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void FieldTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool FieldTableModel::hasTrailers() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.trailer; });
}

QString FieldTableModel::lines(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    QString text;
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        text += m_rows[row].name + QStringLiteral(": ") + m_rows[row].value + u'\n';
    }
    return text;
}

QString FieldTableModel::allLines() const
{
    QList<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    return lines(rows);
}

int FieldTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return cellText(row.name);
        case ValueColumn:
            return cellText(row.value);
        case SectionColumn:
            return row.trailer ? tr("trailer") : tr("header");
        default:
            return {};
        }
    }
    return {};
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SectionColumn:
        return tr("Section");
    default:
        return {};
    }
}

} // namespace Hookbench
