#include "deliveriesmodel.h"

#include "detail/detailstyle.h"

#include <QApplication>
#include <QLocale>

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

void DeliveriesModel::setDeliveries(QList<Delivery> deliveries)
{
    beginResetModel();
    m_rows = std::move(deliveries);
    endResetModel();
}

int DeliveriesModel::upsert(const Delivery &delivery, bool newestFirst)
{
    const int existing = rowOf(delivery.id);
    if (existing >= 0) {
        m_rows[existing] = delivery;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    const int row = newestFirst ? 0 : int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.insert(row, delivery);
    endInsertRows();
    return row;
}

const Delivery *DeliveriesModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DeliveriesModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QColor DeliveriesModel::statusColor(DeliveryStatus status, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (status) {
    case DeliveryStatus::Pending:
    case DeliveryStatus::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    case DeliveryStatus::InProgress:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xd0);
    case DeliveryStatus::Delivered:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38);
    case DeliveryStatus::Failed:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
    }
    return {};
}

QString DeliveriesModel::statusText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Pending");
    case DeliveryStatus::InProgress:
        return tr("In Progress");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Failed:
        return tr("Failed");
    case DeliveryStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DeliveriesModel::failureText(const Delivery &delivery)
{
    QString kind;
    switch (delivery.failureKind) {
    case FailureKind::None:
        return {};
    case FailureKind::Dns:
        kind = tr("Host name not found");
        break;
    case FailureKind::Refused:
        kind = tr("Connection refused");
        break;
    case FailureKind::Tls:
        kind = tr("TLS failure");
        break;
    case FailureKind::Timeout:
        kind = tr("Timed out");
        break;
    case FailureKind::HttpStatus:
        kind = tr("HTTP %1").arg(delivery.responseStatus);
        break;
    case FailureKind::Network:
        kind = tr("Network error");
        break;
    case FailureKind::Interrupted:
        kind = tr("Interrupted");
        break;
    case FailureKind::Cancelled:
        kind = tr("Cancelled");
        break;
    case FailureKind::Signing:
        kind = tr("Could not sign");
        break;
    }
    // The message may quote a receiver's words: it is only ever shown as plain text.
    return delivery.failureMessage.isEmpty() ? kind
                                             : tr("%1: %2").arg(kind, delivery.failureMessage);
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
    const Delivery &delivery = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(delivery, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FailureReasonColumn || index.column() == StatusColumn)
            return failureText(delivery);
        if (index.column() == TargetColumn)
            return delivery.targetUrl;
        if (index.column() == CreatedColumn)
            return localTimeText(delivery.createdUs);
        if (index.column() == StartedColumn)
            return localTimeText(delivery.startedUs);
        if (index.column() == EndedColumn)
            return localTimeText(delivery.deliveredUs ? delivery.deliveredUs : delivery.failedUs);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusColor(delivery.status, m_palette);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptColumn || index.column() == ResponseColumn
            || index.column() == DurationColumn || index.column() == EventColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return delivery.id;
    default:
        return {};
    }
}

QVariant DeliveriesModel::display(const Delivery &delivery, int column) const
{
    switch (column) {
    case IdColumn:
        return delivery.id;
    case EventColumn:
        return QString::number(delivery.requestId);
    case AttemptColumn:
        return delivery.settings.maxAttempts > 1
                   ? tr("%1 of %2").arg(delivery.attempt).arg(delivery.settings.maxAttempts)
                   : QString::number(delivery.attempt);
    case StatusColumn:
        return statusText(delivery.status);
    case TargetColumn:
        return delivery.targetUrl;
    case CreatedColumn:
        return listTimeText(delivery.createdUs);
    case StartedColumn:
        return listTimeText(delivery.startedUs);
    case EndedColumn:
        return listTimeText(delivery.deliveredUs ? delivery.deliveredUs : delivery.failedUs);
    case ResponseColumn:
        return delivery.responseStatus ? QString::number(delivery.responseStatus) : QString();
    case DurationColumn:
        return delivery.durationMs >= 0 ? tr("%1 ms").arg(QLocale().toString(delivery.durationMs))
                                        : QString();
    case FailureReasonColumn:
        return failureText(delivery);
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
    case EventColumn:
        return tr("Event");
    case AttemptColumn:
        return tr("Attempt");
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Target");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case ResponseColumn:
        return tr("Response");
    case DurationColumn:
        return tr("Duration");
    case FailureReasonColumn:
        return tr("Failure reason");
    default:
        return {};
    }
}

} // namespace Hookbench
