#include "rawpage.h"

#include "detailstyle.h"

#include "inspect/payloadkind.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Hookbench {

namespace {
// A prefix of `bytes` no longer than `max` that does not end inside a UTF-8 sequence.
QByteArrayView utf8Prefix(QByteArrayView bytes, qsizetype max)
{
    if (bytes.size() <= max)
        return bytes;
    qsizetype end = max;
    while (end > 0 && end > max - 4 && (uchar(bytes[end]) & 0xc0) == 0x80)
        --end;
    return bytes.first(end);
}
} // namespace

RawPage::RawPage(QWidget *parent)
    : DetailPage(parent), m_note(new QLabel(this)), m_editor(new QPlainTextEdit(this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    m_note->setObjectName(QStringLiteral("rawNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_editor->setObjectName(QStringLiteral("rawText"));
    m_editor->setReadOnly(true);
    m_editor->setFont(payloadFont());
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    setContent(content);
}

void RawPage::showRequest(const CapturedRequest &request)
{
    m_request = request;
    m_pending = true;
    if (isVisible())
        render();
    else
        showContent();
}

void RawPage::clear(const QString &hint)
{
    m_request = CapturedRequest();
    m_pending = false;
    m_editor->clear();
    showHint(hint);
}

void RawPage::showEvent(QShowEvent *event)
{
    if (m_pending)
        render();
    DetailPage::showEvent(event);
}

QPlainTextEdit *RawPage::editor()
{
    if (m_pending)
        render();
    return m_editor;
}

void RawPage::render()
{
    m_pending = false;
    const CapturedRequest &request = m_request;
    const QLocale locale;
    QStringList notes;
    QByteArray shown = request.rawHead;
    const QByteArray &body = request.body;
    if (!body.isEmpty() && looksBinary(body, false)) {
        notes << tr("The body (%1 bytes) is binary: see the Hex tab.")
                     .arg(locale.toString(qint64(body.size())));
    } else if (!body.isEmpty()) {
        const QByteArrayView part = utf8Prefix(body, maxRenderedBytes - shown.size());
        shown += part;
        if (part.size() < body.size()) {
            notes << tr("Showing the first %1 of %2 bytes of the body; the Hex tab has all of it.")
                         .arg(locale.toString(qint64(part.size())),
                              locale.toString(qint64(body.size())));
        }
    }
    if (request.headerValue("Transfer-Encoding").toLower().contains("chunked"))
        notes << tr("The body was sent in chunks; it is shown joined, without the chunk framing.");
    if (request.bodyTruncated) {
        notes << tr("Only the first %1 of %2 body bytes were captured (body size limit).")
                     .arg(locale.toString(qint64(body.size())), locale.toString(request.bodySize));
    }
    if (!isValidUtf8(shown))
        notes << tr("Bytes that are not valid UTF-8 are shown as \uFFFD.");
    if (request.rawHead.isEmpty() && shown.isEmpty()) {
        showHint(tr("Nothing was received for this request."));
        return;
    }
    QString text = QString::fromUtf8(shown);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (breakLongLines(text))
        notes << tr("Very long lines are broken for display.");
    m_editor->setPlainText(text);
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    showContent();
}

QString RawPage::note()
{
    if (m_pending)
        render();
    return m_note->text();
}

} // namespace Hookbench
