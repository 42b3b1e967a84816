#include "headerspage.h"

#include "fieldtablemodel.h"

#include "inspect/payloadkind.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hookbench {

namespace {
// Header bytes are usually ASCII; other bytes are shown as Latin-1 when they are not UTF-8
// (what old servers meant), never dropped.
QString headerText(const QByteArray &bytes)
{
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}
} // namespace

HeadersPage::HeadersPage(QWidget *parent)
    : DetailPage(parent), m_model(new FieldTableModel(this)), m_table(new QTableView(this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *copySelected = new QToolButton(content);
    copySelected->setObjectName(QStringLiteral("copySelectedHeaders"));
    copySelected->setText(tr("Copy selected"));
    auto *copyAll = new QToolButton(content);
    copyAll->setObjectName(QStringLiteral("copyAllHeaders"));
    copyAll->setText(tr("Copy all"));
    copyAll->setToolTip(tr("Copy every header as \"Name: value\" lines"));
    bar->addWidget(copySelected);
    bar->addWidget(copyAll);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("headersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FieldTableModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(FieldTableModel::NameColumn, 220);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copySelectedAction = new QAction(tr("Copy selected"), m_table);
    copySelectedAction->setShortcut(QKeySequence::Copy);
    copySelectedAction->setShortcutContext(Qt::WidgetShortcut);
    auto *copyAllAction = new QAction(tr("Copy all"), m_table);
    m_table->addActions({copySelectedAction, copyAllAction});
    layout->addWidget(m_table, 1);
    setContent(content);

    connect(copySelected, &QToolButton::clicked, this, &HeadersPage::copySelected);
    connect(copySelectedAction, &QAction::triggered, this, &HeadersPage::copySelected);
    connect(copyAll, &QToolButton::clicked, this, &HeadersPage::copyAll);
    connect(copyAllAction, &QAction::triggered, this, &HeadersPage::copyAll);
}

void HeadersPage::showRequest(const CapturedRequest &request)
{
    QList<FieldTableModel::Row> rows;
    for (const auto &[name, value] : request.headers())
        rows.append({headerText(name), headerText(value), false});
    for (const auto &[name, value] : request.trailers())
        rows.append({headerText(name), headerText(value), true});
    m_model->setRows(rows);
    m_table->setColumnHidden(FieldTableModel::SectionColumn, !m_model->hasTrailers());
    if (rows.isEmpty())
        showHint(tr("This request has no header fields."));
    else
        showContent();
}

void HeadersPage::copySelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(m_model->lines(rows));
}

void HeadersPage::copyAll()
{
    QGuiApplication::clipboard()->setText(m_model->allLines());
}

} // namespace Hookbench
