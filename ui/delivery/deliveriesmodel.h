#pragma once

#include "delivery/delivery.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace Hookbench {

/// Deliveries, one attempt per row, with the fields of seed 003 (webhook event deliveries)
/// and the response; status colour-coded. Used for one event's deliveries (oldest first) and
/// for the deliveries of every event (newest first).
class DeliveriesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        EventColumn,
        AttemptColumn,
        StatusColumn,
        TargetColumn,
        CreatedColumn,
        StartedColumn,
        EndedColumn,
        ResponseColumn,
        DurationColumn,
        FailureReasonColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DeliveriesModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveriesModel)

    void setDeliveries(QList<Delivery> deliveries);
    /// Replaces the row with the delivery's id, or adds it (at the end, or at the top when
    /// `newestFirst`). Returns its row.
    int upsert(const Delivery &delivery, bool newestFirst = false);
    /// The palette status colours are picked for (the view's).
    void setPalette(const QPalette &palette);
    const QList<Delivery> &deliveries() const { return m_rows; }
    const Delivery *deliveryAt(int row) const;
    int rowOf(const QString &id) const;

    /// The colour of a status on `palette`: Pending and Cancelled grey, In Progress blue,
    /// Delivered green, Failed red (lighter tones on a dark base).
    static QColor statusColor(DeliveryStatus status, const QPalette &palette);
    /// The status as shown to the user (translated seed words).
    static QString statusText(DeliveryStatus status);
    /// Why an attempt failed, in plain words (translated), with the stored message.
    static QString failureText(const Delivery &delivery);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Delivery &delivery, int column) const;

    QList<Delivery> m_rows;
    QPalette m_palette;
};

} // namespace Hookbench
