#include "deliveriespage.h"

#include "deliveriesmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookbench {

DeliveriesPage::DeliveriesPage(QWidget *parent)
    : DetailPage(parent)
    , m_model(new DeliveriesModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DeliveriesModel::IdColumn, 150);
    m_table->setColumnWidth(DeliveriesModel::StatusColumn, 90);
    m_table->setColumnWidth(DeliveriesModel::TargetColumn, 180);
    m_empty->setObjectName(QStringLiteral("deliveriesEmptyHint"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(
        tr("No deliveries yet: resend this event to a target to see each attempt here."));
    // The hint sits inside the empty table, the way an empty list says what would be there.
    auto *overlay = new QVBoxLayout(m_table->viewport());
    overlay->addWidget(m_empty, 0, Qt::AlignCenter);
    layout->addWidget(m_table, 1);
    setContent(content);

    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveriesPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveriesPage::updateEmptyHint);
    updateEmptyHint();
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
