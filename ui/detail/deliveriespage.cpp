#include "deliveriespage.h"

#include "delivery/deliveriesmodel.h"
#include "delivery/deliveryinspector.h"
#include "delivery/diffdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookbench {

DeliveriesPage::DeliveriesPage(QWidget *parent)
    : DetailPage(parent)
    , m_model(new DeliveriesModel(this))
    , m_table(new QTableView(this))
    , m_inspector(new DeliveryInspector(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_resend(new QPushButton(tr("&Resend"), this))
    , m_editResend(new QPushButton(tr("&Edit and Resend…"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_cancel(new QPushButton(tr("&Cancel Delivery"), this))
    , m_compare(new QPushButton(tr("Com&pare Responses"), this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_resend->setToolTip(tr("Send this event again, unchanged, to a target"));
    m_editResend->setToolTip(tr("Change the method, path, headers or body, re-sign, and send"));
    m_retry->setToolTip(tr("One more attempt of the selected failed or cancelled delivery"));
    m_compare->setToolTip(tr("Compare the responses of the two selected deliveries"));
    for (QPushButton *button : {m_resend, m_editResend, m_retry, m_cancel, m_compare})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(DeliveriesModel::EventColumn, true);
    m_table->setColumnWidth(DeliveriesModel::IdColumn, 190);
    m_table->setColumnWidth(DeliveriesModel::StatusColumn, 90);
    m_table->setColumnWidth(DeliveriesModel::TargetColumn, 220);
    m_empty->setObjectName(QStringLiteral("deliveriesEmptyHint"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(
        tr("No deliveries yet: resend this event to a target to see each attempt here."));
    // The hint sits inside the empty table, the way an empty list says what would be there.
    auto *overlay = new QVBoxLayout(m_table->viewport());
    overlay->addWidget(m_empty, 0, Qt::AlignCenter);

    m_table->setMinimumHeight(110);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setContent(content);

    connect(m_resend, &QPushButton::clicked, this, [this] { emit resendRequested(false); });
    connect(m_editResend, &QPushButton::clicked, this, [this] { emit resendRequested(true); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const QList<const Delivery *> selected = selectedDeliveries(); selected.size() == 1)
            emit retryRequested(selected.first()->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (const Delivery *delivery : selectedDeliveries()) {
            if (!delivery->isFinal())
                emit cancelRequested(delivery->id);
        }
    });
    connect(m_compare, &QPushButton::clicked, this, &DeliveriesPage::compareSelected);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &DeliveriesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeliveriesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveriesPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveriesPage::updateEmptyHint);
    updateEmptyHint();
    setResendEnabled(false);
}

void DeliveriesPage::setResendEnabled(bool enabled)
{
    m_resend->setEnabled(enabled);
    m_editResend->setEnabled(enabled);
    updateSelection();
}

void DeliveriesPage::setDeliveries(const QList<Delivery> &deliveries)
{
    QStringList selectedIds;
    for (const Delivery *delivery : selectedDeliveries())
        selectedIds.append(delivery->id);
    // A new attempt (a retry, a resend) is what the user wants to watch: it takes the selection.
    const bool grew = deliveries.size() > m_model->rowCount();
    m_model->setDeliveries(deliveries);
    if ((selectedIds.isEmpty() || grew) && !deliveries.isEmpty())
        selectedIds = {deliveries.last().id};
    for (const QString &id : std::as_const(selectedIds)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateSelection();
}

QList<const Delivery *> DeliveriesPage::selectedDeliveries() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<const Delivery *> result;
    for (int row : std::as_const(rows)) {
        if (const Delivery *delivery = m_model->deliveryAt(row))
            result.append(delivery);
    }
    return result;
}

void DeliveriesPage::updateSelection()
{
    const QList<const Delivery *> selected = selectedDeliveries();
    if (selected.size() == 1)
        m_inspector->showDelivery(*selected.first());
    else
        m_inspector->clear();
    const bool one = selected.size() == 1;
    m_retry->setEnabled(m_resend->isEnabled() && one
                        && (selected.first()->status == DeliveryStatus::Failed
                            || selected.first()->status == DeliveryStatus::Cancelled));
    m_cancel->setEnabled(m_resend->isEnabled()
                         && std::any_of(selected.begin(), selected.end(), [](const Delivery *d) {
                                return !d->isFinal();
                            }));
    m_compare->setEnabled(selected.size() == 2);
}

void DeliveriesPage::compareSelected()
{
    const QList<const Delivery *> selected = selectedDeliveries();
    if (selected.size() != 2)
        return;
    const Delivery &left = *selected[0];
    const Delivery &right = *selected[1];
    // Bodies pretty-printed when JSON, and no durations: only what the receiver said.
    const auto comparable = [](const Delivery &delivery) -> QString {
        if (delivery.responseStatus == 0)
            return DeliveryInspector::responseText(delivery);
        return QStringLiteral("HTTP %1\n").arg(delivery.responseStatus)
               + DeliveryInspector::headerText(delivery.responseHeaders) + u'\n'
               + comparableBody(delivery.responseBody);
    };
    auto *dialog = new DiffDialog(
        tr("Compare Responses"), left.id, comparable(left), right.id, comparable(right), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString DeliveriesPage::emptyHint() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void DeliveriesPage::updateEmptyHint()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

void DeliveriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    DetailPage::changeEvent(event);
}

} // namespace Hookbench
