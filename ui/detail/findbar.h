#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Hookbench {

/// Find in a read-only text view: counts every match ("3 of 41"), Enter/F3 goes to the
/// next one, Shift+Enter/Shift+F3 to the previous. It searches its own copy of the text
/// (shared, not copied) instead of asking QTextDocument, so a 20 MB text stays responsive.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    /// Matches beyond this are not counted: "n of 100000+".
    static constexpr int maxMatches = 100'000;

    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindBar)

    /// The text shown in the editor, exactly (positions in it are document positions).
    void setHaystack(const QString &text);
    void focusField();
    void setNeedle(const QString &needle);
    QString needle() const;
    void findNext();
    void findPrevious();

    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } ///< 0-based; -1 when none
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void select(int match);
    void updateStatus();

    QPlainTextEdit *m_editor;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QString m_haystack;
    std::vector<qsizetype> m_matches;
    int m_current = -1;
};

} // namespace Hookbench
