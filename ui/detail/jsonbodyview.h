#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace Hookbench {

class JsonDocument;
class JsonTreeModel;
class TextPane;

/// A JSON body: a lazy tree (key, value, type) beside the pretty text with colours and find.
class JsonBodyView final : public QWidget
{
    Q_OBJECT
public:
    /// Above this many characters of pretty text, colouring is off: QSyntaxHighlighter
    /// formats every line up front, which would stall the window on a 10 MB body.
    static constexpr qsizetype highlightLimit = 256 * 1024;
    /// "Expand all" stops at the depth where this many rows would be shown.
    static constexpr int expandLimit = 20'000;
    /// The pretty text stops after about this many bytes: a QPlainTextEdit lays out every
    /// line it holds (about 1 µs a character), while the tree is lazy and shows everything.
    static constexpr qsizetype maxTextBytes = 512 * 1024;

    explicit JsonBodyView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JsonBodyView)

    void setDocument(JsonDocument document);
    void clear();

    void expandAll();
    void collapseAll();
    /// Copies the current node's value (a string's text, the exact number, pretty JSON).
    void copyValue();
    /// Copies the current node's JSON path, e.g. `$.data.items[2].id`.
    void copyPath();

    QTreeView *tree() const { return m_tree; }
    JsonTreeModel *model() const { return m_model; }
    TextPane *textPane() const { return m_text; }
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The deepest level to expand so that at most `maxRows` rows are shown; -1: none.
    int depthWithin(int maxRows) const;

    JsonTreeModel *m_model;
    QTreeView *m_tree;
    TextPane *m_text;
    QLabel *m_note;
    QAction *m_copyValue;
    QAction *m_copyPath;
};

} // namespace Hookbench
