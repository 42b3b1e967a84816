#include "deliverieswindow.h"

#include "delivery/deliveriesmodel.h"
#include "delivery/deliveryinspector.h"
#include "delivery/deliverystore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookbench {

DeliveriesWindow::DeliveriesWindow(DeliveryStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_model(new DeliveriesModel(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_inspector(new DeliveryInspector(this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_cancel(new QPushButton(tr("&Cancel Delivery"), this))
    , m_showEvent(new QPushButton(tr("Show &Event"), this))
{
    setObjectName(QStringLiteral("deliveriesWindow"));
    setWindowTitle(tr("Deliveries — Hookbench"));
    resize(1100, 700);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (DeliveryStatus status : {DeliveryStatus::Pending,
                                  DeliveryStatus::InProgress,
                                  DeliveryStatus::Delivered,
                                  DeliveryStatus::Failed,
                                  DeliveryStatus::Cancelled})
        m_status->addItem(DeliveriesModel::statusText(status), deliveryStatusName(status));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    m_count->setTextFormat(Qt::PlainText);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_showEvent);
    bar->addWidget(m_retry);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("allDeliveries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DeliveriesModel::IdColumn, 190);
    m_table->setColumnWidth(DeliveriesModel::TargetColumn, 220);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_inspector);
    layout->addWidget(splitter, 1);

    m_changesTimer.setSingleShot(true);
    m_changesTimer.setInterval(100);
    connect(&m_changesTimer, &QTimer::timeout, this, &DeliveriesWindow::applyChanges);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesWindow::reload);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &DeliveriesWindow::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeliveriesWindow::updateSelection);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const Delivery *delivery = current())
            emit retryRequested(delivery->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const Delivery *delivery = current())
            emit cancelRequested(delivery->id);
    });
    connect(m_showEvent, &QPushButton::clicked, this, [this] {
        if (const Delivery *delivery = current())
            emit showEventRequested(delivery->requestId);
    });
    connect(m_table, &QTableView::doubleClicked, m_showEvent, &QPushButton::click);
    reload();
}

bool DeliveriesWindow::matchesFilter(const Delivery &delivery) const
{
    const QString wanted = m_status->currentData().toString();
    return wanted.isEmpty() || deliveryStatusName(delivery.status) == wanted;
}

void DeliveriesWindow::reload()
{
    const auto status = deliveryStatusFromName(m_status->currentData().toString());
    m_model->setDeliveries(m_store->recent(status, maxRows));
    m_count->setText(countText());
    updateSelection();
}

QString DeliveriesWindow::countText() const
{
    const int shown = m_model->rowCount();
    return shown >= maxRows ? tr("The newest %1 deliveries").arg(maxRows)
                            : tr("Deliveries: %1").arg(shown);
}

void DeliveriesWindow::deliveryChanged(const QString &id)
{
    m_changed.insert(id);
    if (!m_changesTimer.isActive())
        m_changesTimer.start();
}

void DeliveriesWindow::applyChanges()
{
    for (const QString &id : std::exchange(m_changed, {})) {
        const std::optional<Delivery> delivery = m_store->delivery(id);
        if (!delivery)
            continue;
        // A row that leaves the filter (a pending one was delivered) stays, showing its new
        // status, until the filter is chosen again: rows never vanish under the pointer.
        if (matchesFilter(*delivery) || m_model->rowOf(id) >= 0)
            m_model->upsert(*delivery, true);
    }
    m_count->setText(countText());
}

const Delivery *DeliveriesWindow::current() const
{
    return m_model->deliveryAt(m_table->currentIndex().row());
}

void DeliveriesWindow::updateSelection()
{
    const Delivery *delivery = current();
    if (delivery)
        m_inspector->showDelivery(*delivery);
    else
        m_inspector->clear();
    m_retry->setEnabled(delivery
                        && (delivery->status == DeliveryStatus::Failed
                            || delivery->status == DeliveryStatus::Cancelled));
    m_cancel->setEnabled(delivery && !delivery->isFinal());
    m_showEvent->setEnabled(delivery != nullptr);
}

} // namespace Hookbench
