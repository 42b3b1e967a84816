#pragma once

#include <QStackedWidget>

class QLabel;

namespace Hookbench {

/// One tab of the detail view: its content, or a centred hint when there is nothing to show
/// (no event selected, no body, no deliveries yet).
class DetailPage : public QStackedWidget
{
    Q_OBJECT
public:
    explicit DetailPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DetailPage)

    /// Replaces the content widget (the page takes ownership; the previous one is deleted).
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    void showHint(const QString &text);
    void showContent();
    bool isShowingHint() const;
    QString hint() const;

private:
    QLabel *m_hint;
    QWidget *m_content = nullptr;
};

} // namespace Hookbench
