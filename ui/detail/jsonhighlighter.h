#pragma once

#include "detailstyle.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Hookbench {

/// Colours JSON text line by line: keys, strings, numbers and the literals true/false/null.
/// JSON strings cannot span lines, so no state is carried from one block to the next.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document = nullptr);
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

    /// Takes colours that read on the current palette and re-colours the text.
    void setColors(const SyntaxColors &colors);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace Hookbench
