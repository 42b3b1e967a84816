#include "deliveriesmodel.h"

#include "detailstyle.h"

#include <QApplication>
#include <QPalette>

namespace Hookbench {

DeliveriesModel::DeliveriesModel(QObject *parent)
    : QAbstractTableModel(parent), m_palette(QApplication::palette())
{ }

void DeliveriesModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void DeliveriesModel::setDeliveries(QList<DeliveryRow> deliveries)
{
    beginResetModel();
    m_rows = std::move(deliveries);
    endResetModel();
}

QColor DeliveriesModel::statusColor(QStringView status, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    if (status.compare(u"Pending", Qt::CaseInsensitive) == 0)
        return palette.color(QPalette::PlaceholderText);
    if (status.compare(u"In Progress", Qt::CaseInsensitive) == 0)
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xd0);
    if (status.compare(u"Delivered", Qt::CaseInsensitive) == 0)
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38);
    if (status.compare(u"Failed", Qt::CaseInsensitive) == 0)
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
    return {};
}

QString DeliveriesModel::statusText(QStringView status)
{
    if (status.compare(u"Pending", Qt::CaseInsensitive) == 0)
        return tr("Pending");
    if (status.compare(u"In Progress", Qt::CaseInsensitive) == 0)
        return tr("In Progress");
    if (status.compare(u"Delivered", Qt::CaseInsensitive) == 0)
        return tr("Delivered");
    if (status.compare(u"Failed", Qt::CaseInsensitive) == 0)
        return tr("Failed");
    return status.toString();
}

int DeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeliveryRow &row = m_rows[index.row()];
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const QColor color = statusColor(row.status, m_palette);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case StatusColumn:
        return statusText(row.status);
    case TargetColumn:
        return row.target;
    case CreatedColumn:
        return localTimeText(row.createdUs, false);
    case StartedColumn:
        return localTimeText(row.startedUs, false);
    case DeliveredColumn:
        return localTimeText(row.deliveredUs, false);
    case FailedColumn:
        return localTimeText(row.failedUs, false);
    case FailureReasonColumn:
        return row.failureReason;
    default:
        return {};
    }
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Delivery");
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Target");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedColumn:
        return tr("Failed");
    case FailureReasonColumn:
        return tr("Failure reason");
    default:
        return {};
    }
}

} // namespace Hookbench
