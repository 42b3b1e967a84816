#pragma once

#include "detailpage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Hookbench {

class DeliveriesModel;
class DeliveryInspector;
struct Delivery;

/// The Deliveries tab: every attempt to deliver the selected event to a target, status
/// colour-coded, with what was sent and the response of the selected one; buttons to resend,
/// retry, cancel, and compare two responses.
class DeliveriesPage final : public DetailPage
{
    Q_OBJECT
public:
    explicit DeliveriesPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveriesPage)

    /// The event's deliveries, oldest first (keeps the selected one selected).
    void setDeliveries(const QList<Delivery> &deliveries);
    /// Whether resending is possible at all (a delivery engine runs, an event is selected).
    void setResendEnabled(bool enabled);

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeliveryInspector *inspector() const { return m_inspector; }
    QString emptyHint() const;
    /// The deliveries selected in the table, in table order.
    QList<const Delivery *> selectedDeliveries() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *compareButton() const { return m_compare; }
    /// Opens the comparison of the two selected deliveries' responses (modeless).
    void compareSelected();

signals:
    void resendRequested(bool edit);
    void retryRequested(const QString &deliveryId);
    void cancelRequested(const QString &deliveryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyHint();
    void updateSelection();

    DeliveriesModel *m_model;
    QTableView *m_table;
    DeliveryInspector *m_inspector;
    QLabel *m_empty;
    QPushButton *m_resend;
    QPushButton *m_editResend;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_compare;
};

} // namespace Hookbench
