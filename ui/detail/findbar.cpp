#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>

namespace Hookbench {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in text"));
    m_field->setClearButtonEnabled(true);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3, Enter)"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000 of 000000")));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    m_field->installEventFilter(this);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    // F3 works from the field and from the text it searches.
    for (QWidget *scope : {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_editor)}) {
        auto *next = new QShortcut(QKeySequence::FindNext, scope);
        next->setContext(Qt::WidgetShortcut);
        connect(next, &QShortcut::activated, this, &FindBar::findNext);
        auto *previous = new QShortcut(QKeySequence::FindPrevious, scope);
        previous->setContext(Qt::WidgetShortcut);
        connect(previous, &QShortcut::activated, this, &FindBar::findPrevious);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_field);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_editor, [this] { m_editor->setFocus(); });
    updateStatus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::setHaystack(const QString &text)
{
    m_haystack = text;
    search();
}

void FindBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setNeedle(const QString &needle)
{
    m_field->setText(needle); // searches through textChanged
}

QString FindBar::needle() const
{
    return m_field->text();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    if (!needle.isEmpty()) {
        for (qsizetype at = m_haystack.indexOf(needle, 0, Qt::CaseInsensitive);
             at >= 0 && m_matches.size() < size_t(maxMatches);
             at = m_haystack.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            m_matches.push_back(at);
        }
    }
    if (!m_matches.empty()) {
        // Start at the first match after the cursor, so typing does not jump back to the top.
        const qsizetype from = m_editor->textCursor().selectionStart();
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
        select(it == m_matches.end() ? 0 : int(it - m_matches.begin()));
    }
    updateStatus();
}

void FindBar::findNext()
{
    if (m_matches.empty())
        return;
    select(m_current + 1 >= matchCount() ? 0 : m_current + 1);
    updateStatus();
}

void FindBar::findPrevious()
{
    if (m_matches.empty())
        return;
    select(m_current <= 0 ? matchCount() - 1 : m_current - 1);
    updateStatus();
}

void FindBar::select(int match)
{
    m_current = match;
    const qsizetype at = m_matches[size_t(match)];
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + m_field->text().size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::updateStatus()
{
    const bool any = !m_matches.empty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (!any)
        m_status->setText(tr("not found"));
    else if (matchCount() >= maxMatches)
        m_status->setText(tr("%1 of %2+").arg(m_current + 1).arg(maxMatches));
    else
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(matchCount()));
}

} // namespace Hookbench
