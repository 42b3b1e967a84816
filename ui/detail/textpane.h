#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Hookbench {

class FindBar;
class JsonHighlighter;

/// Read-only payload text in a monospace editor, with a find bar over it and optional JSON
/// colouring. Text is always set as plain text: markup in a payload stays literal.
class TextPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TextPane(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TextPane)

    /// Shows `text` (line breaks normalised to '\n' so find positions match the document).
    void setText(QString text, bool highlightJson = false);
    void clear();
    QString text() const { return m_text; }
    bool isHighlighting() const;
    /// Whether setText() had to break very long lines (breakLongLines()).
    bool hasBrokenLines() const { return m_brokenLines; }
    void setWordWrap(bool wrap);

    QPlainTextEdit *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    FindBar *m_findBar;
    JsonHighlighter *m_highlighter;
    QString m_text;
    bool m_brokenLines = false;
};

} // namespace Hookbench
