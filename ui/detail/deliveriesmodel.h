#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace Hookbench {

/// One delivery of an event to a target, with the fields of seed 003 (webhook event
/// deliveries): times are µs since the epoch, UTC, 0 when the step has not happened.
struct DeliveryRow
{
    QString id; ///< e.g. "wdlv_..."
    QString status; ///< "Pending", "In Progress", "Delivered" or "Failed"
    QString target; ///< the target (subscription) it was sent to
    qint64 createdUs = 0;
    qint64 startedUs = 0;
    qint64 deliveredUs = 0;
    qint64 failedUs = 0;
    QString failureReason;
};

/// The deliveries of the selected event, newest last, status colour-coded.
class DeliveriesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        StatusColumn,
        TargetColumn,
        CreatedColumn,
        StartedColumn,
        DeliveredColumn,
        FailedColumn,
        FailureReasonColumn,
        ColumnCount
    };

    explicit DeliveriesModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveriesModel)

    void setDeliveries(QList<DeliveryRow> deliveries);
    /// The palette status colours are picked for (the view's).
    void setPalette(const QPalette &palette);
    const QList<DeliveryRow> &deliveries() const { return m_rows; }
    /// The colour of a delivery status on `palette`: Pending grey, In Progress blue,
    /// Delivered green, Failed red (lighter tones on a dark base); invalid when unknown.
    static QColor statusColor(QStringView status, const QPalette &palette);
    /// The status as shown to the user (translated).
    static QString statusText(QStringView status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeliveryRow> m_rows;
    QPalette m_palette;
};

} // namespace Hookbench
