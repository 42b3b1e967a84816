#include "textpane.h"

#include "detailstyle.h"
#include "findbar.h"
#include "jsonhighlighter.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Hookbench {

TextPane::TextPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_highlighter(new JsonHighlighter(nullptr))
{
    m_highlighter->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_editor->setObjectName(QStringLiteral("payloadText"));
    m_editor->setReadOnly(true);
    m_editor->setFont(payloadFont());
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_findBar);
    layout->addWidget(m_editor, 1);
}

void TextPane::setText(QString text, bool highlightJson)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    m_brokenLines = breakLongLines(text);
    m_text = text;
    // Attached after the text is in: the highlighter then colours it once, not per insertion.
    m_highlighter->setDocument(nullptr);
    m_editor->setPlainText(m_text);
    if (highlightJson) {
        m_highlighter->setDocument(m_editor->document());
        m_highlighter->setColors(SyntaxColors::forPalette(palette())); // colours it now
    }
    m_findBar->setHaystack(m_text);
}

void TextPane::clear()
{
    setText(QString());
}

bool TextPane::isHighlighting() const
{
    return m_highlighter->document() != nullptr;
}

void TextPane::setWordWrap(bool wrap)
{
    m_editor->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void TextPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setColors(SyntaxColors::forPalette(palette()));
    QWidget::changeEvent(event);
}

} // namespace Hookbench
