#include "eventtableview.h"

#include "eventtablemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace Hookbench {

namespace {
const QString headerStateKey = QStringLiteral("eventList/header");
} // namespace

EventTableView::EventTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("eventTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Fixed row heights: the view never asks a million rows for their size.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &EventTableView::showColumnMenu);
}

void EventTableView::restoreState()
{
    QHeaderView *header = horizontalHeader();
    if (header->restoreState(QSettings().value(headerStateKey).toByteArray()))
        return;
    const int digit = fontMetrics().horizontalAdvance(u'0');
    setColumnWidth(EventTableModel::Received, digit * 15);
    setColumnWidth(EventTableModel::Method, digit * 8);
    setColumnWidth(EventTableModel::Path, digit * 28);
    setColumnWidth(EventTableModel::Provider, digit * 12);
    setColumnWidth(EventTableModel::EventType, digit * 28);
    setColumnWidth(EventTableModel::Size, digit * 9);
    setColumnWidth(EventTableModel::Status, digit * 10);
    setColumnWidth(EventTableModel::Signature, digit * 10);
    setColumnWidth(EventTableModel::Deliveries, digit * 10);
    header->setSortIndicator(EventTableModel::Received, Qt::DescendingOrder);
}

void EventTableView::saveState() const
{
    QSettings().setValue(headerStateKey, horizontalHeader()->saveState());
}

void EventTableView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action
            = menu.addAction(model()->headerData(column, Qt::Horizontal).toString(), this, [=] {
                  header->setSectionHidden(column, !header->isSectionHidden(column));
              });
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a list without columns cannot be brought back.
        action->setEnabled(header->isSectionHidden(column)
                           || header->hiddenSectionCount() + 1 < model()->columnCount());
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace Hookbench
