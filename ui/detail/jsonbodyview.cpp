#include "jsonbodyview.h"

#include "detailstyle.h"
#include "jsontreemodel.h"
#include "textpane.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace Hookbench {

JsonBodyView::JsonBodyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_text(new TextPane(this))
    , m_note(new QLabel(this))
    , m_copyValue(new QAction(tr("Copy value"), this))
    , m_copyPath(new QAction(tr("Copy JSON path"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    auto *expand = new QToolButton(this);
    expand->setObjectName(QStringLiteral("expandAll"));
    expand->setText(tr("Expand all"));
    expand->setToolTip(tr("Expand every object and array in the tree"));
    auto *collapse = new QToolButton(this);
    collapse->setObjectName(QStringLiteral("collapseAll"));
    collapse->setText(tr("Collapse all"));
    m_note->setObjectName(QStringLiteral("jsonNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(expand);
    bar->addWidget(collapse);
    bar->addSpacing(8);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);

    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_model);
    m_tree->setFont(payloadFont());
    m_tree->setUniformRowHeights(true); // lets the view skip measuring rows it never shows
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 200);
    m_tree->setColumnWidth(JsonTreeModel::TypeColumn, 70);

    m_copyValue->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetShortcut);
    m_copyPath->setObjectName(QStringLiteral("copyPathAction"));
    // Not Ctrl+Shift+C: the window uses it to copy the listener URL.
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyPath->setShortcutContext(Qt::WidgetShortcut);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *expandAction = new QAction(tr("Expand all"), this);
    auto *collapseAction = new QAction(tr("Collapse all"), this);
    m_tree->addActions({m_copyValue, m_copyPath, separator, expandAction, collapseAction});
    connect(m_copyValue, &QAction::triggered, this, &JsonBodyView::copyValue);
    connect(m_copyPath, &QAction::triggered, this, &JsonBodyView::copyPath);
    connect(expandAction, &QAction::triggered, this, &JsonBodyView::expandAll);
    connect(collapseAction, &QAction::triggered, this, &JsonBodyView::collapseAll);
    connect(expand, &QToolButton::clicked, this, &JsonBodyView::expandAll);
    connect(collapse, &QToolButton::clicked, this, &JsonBodyView::collapseAll);

    m_text->setObjectName(QStringLiteral("jsonText"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("jsonSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
}

void JsonBodyView::setDocument(JsonDocument document)
{
    m_model->setColors(SyntaxColors::forPalette(palette()));
    m_model->setDocument(std::move(document));
    bool complete = true;
    const QString pretty = QString::fromUtf8(m_model->prettyText(maxTextBytes, &complete));
    const bool highlight = pretty.size() <= highlightLimit;
    m_text->setText(pretty, highlight);
    QStringList notes;
    const QLocale locale;
    if (!complete) {
        notes << tr("The text shows the first %1 KB of the indented JSON; the tree has all %2 "
                    "values.")
                     .arg(maxTextBytes / 1024)
                     .arg(locale.toString(qint64(m_model->document().nodes().size())));
    }
    if (!highlight)
        notes << tr("Colouring is off for large documents.");
    if (m_text->hasBrokenLines())
        notes << tr("Very long lines are broken for display.");
    m_note->setText(notes.join(u' '));
    const int depth = depthWithin(500);
    if (depth >= 0)
        m_tree->expandToDepth(depth);
}

void JsonBodyView::clear()
{
    m_model->clear();
    m_text->clear();
    m_note->clear();
}

int JsonBodyView::depthWithin(int maxRows) const
{
    // Rows visible when expanding to depth d: every node down to depth d + 1 (the root's
    // members are depth 1 and always shown).
    const auto &nodes = m_model->document().nodes();
    std::vector<int> perDepth;
    for (const JsonNode &node : nodes) {
        if (size_t(node.depth) >= perDepth.size())
            perDepth.resize(size_t(node.depth) + 1);
        ++perDepth[size_t(node.depth)];
    }
    int shown = perDepth.size() > 1 ? perDepth[1] : 0;
    int depth = -1;
    for (size_t level = 2; level < perDepth.size(); ++level) {
        shown += perDepth[level];
        if (shown > maxRows)
            break;
        depth = int(level) - 2;
    }
    return depth;
}

void JsonBodyView::expandAll()
{
    const int depth = depthWithin(expandLimit);
    const int deepest = [this] {
        int max = 0;
        for (const JsonNode &node : m_model->document().nodes())
            max = std::max(max, node.depth);
        return max;
    }();
    if (depth >= deepest - 2) {
        m_tree->expandAll();
        return;
    }
    m_tree->expandToDepth(std::max(depth, 0));
    const int levels = std::max(depth, 0) + 1;
    m_note->setText(levels == 1 ? tr("Expanded one level: expanding everything would show too "
                                     "many rows.")
                                : tr("Expanded %1 levels: expanding everything would show too "
                                     "many rows.")
                                      .arg(levels));
}

void JsonBodyView::collapseAll()
{
    m_tree->collapseAll();
}

void JsonBodyView::copyValue()
{
    const int node = m_model->node(m_tree->currentIndex());
    if (node >= 0)
        QGuiApplication::clipboard()->setText(m_model->copyText(node));
}

void JsonBodyView::copyPath()
{
    const int node = m_model->node(m_tree->currentIndex());
    if (node >= 0)
        QGuiApplication::clipboard()->setText(m_model->document().path(node));
}

QString JsonBodyView::note() const
{
    return m_note->text();
}

void JsonBodyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setColors(SyntaxColors::forPalette(palette()));
    QWidget::changeEvent(event);
}

} // namespace Hookbench
