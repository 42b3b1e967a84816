#pragma once

#include <QTimer>
#include <QWidget>

#include <QSet>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Hookbench {

class DeliveriesModel;
class DeliveryInspector;
class DeliveryStore;
struct Delivery;

/// Every event's deliveries, newest first, filtered by status, with the selected attempt in
/// full; retry, cancel, and a jump to the event. Follows the delivery engine live.
class DeliveriesWindow final : public QWidget
{
    Q_OBJECT
public:
    /// The newest this many are listed (older ones are reached through their event).
    static constexpr int maxRows = 1000;

    /// `store` must be open and outlive the window.
    explicit DeliveriesWindow(DeliveryStore *store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveriesWindow)

    /// Delivery `id` changed: shown within 100 ms (changes are coalesced).
    void deliveryChanged(const QString &id);
    /// Reads the list again with the current filter.
    void reload();

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    DeliveryInspector *inspector() const { return m_inspector; }
    QString countText() const;

signals:
    void retryRequested(const QString &deliveryId);
    void cancelRequested(const QString &deliveryId);
    void showEventRequested(qint64 requestId);

private:
    const Delivery *current() const;
    void applyChanges();
    void updateSelection();
    bool matchesFilter(const Delivery &delivery) const;

    DeliveryStore *m_store;
    DeliveriesModel *m_model;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_table;
    DeliveryInspector *m_inspector;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_showEvent;
    QSet<QString> m_changed;
    QTimer m_changesTimer;
};

} // namespace Hookbench
