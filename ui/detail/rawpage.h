#pragma once

#include "detailpage.h"

#include "capture/capturedrequest.h"

class QLabel;
class QPlainTextEdit;

namespace Hookbench {

/// The Raw tab: the bytes received (request head, then the body) as text. Bytes that are not
/// UTF-8 show as U+FFFD, binary bodies are left to the Hex tab, and only the first
/// `maxRenderedBytes` are rendered, so a 25 MB body cannot freeze the window. The text is
/// built when the tab is first shown (or asked for), not on every selection.
class RawPage final : public DetailPage
{
    Q_OBJECT
public:
    static constexpr qsizetype maxRenderedBytes = 1024 * 1024;

    explicit RawPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RawPage)

    void showRequest(const CapturedRequest &request);
    void clear(const QString &hint);
    QString note();
    QPlainTextEdit *editor();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();

    QLabel *m_note;
    QPlainTextEdit *m_editor;
    CapturedRequest m_request; // shares the bytes with the caller's copy
    bool m_pending = false;
};

} // namespace Hookbench
