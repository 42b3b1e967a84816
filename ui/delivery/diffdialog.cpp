#include "diffdialog.h"

#include "detail/detailstyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Hookbench {

DiffDialog::DiffDialog(const QString &title,
                       const QString &leftName,
                       const QString &left,
                       const QString &rightName,
                       const QString &right,
                       QWidget *parent)
    : QDialog(parent)
    , m_lines(diffLines(left, right))
    , m_summary(new QLabel(this))
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);
    int removed = 0;
    int added = 0;
    for (const DiffLine &line : std::as_const(m_lines)) {
        removed += line.kind == DiffLine::Removed;
        added += line.kind == DiffLine::Added;
    }
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(removed + added == 0
                           ? tr("No difference between %1 and %2.").arg(leftName, rightName)
                           : tr("− %1 (%2 lines removed)   + %3 (%4 lines added)")
                                 .arg(leftName)
                                 .arg(removed)
                                 .arg(rightName)
                                 .arg(added));
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(payloadFont());

    // Text is inserted as plain text, block by block; only the block background says what
    // changed, so a payload's markup is never interpreted.
    const bool dark = isDarkPalette(palette());
    QTextBlockFormat removedFormat;
    removedFormat.setBackground(dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xff, 0xe0, 0xe0));
    QTextBlockFormat addedFormat;
    addedFormat.setBackground(dark ? QColor(0x1e, 0x4a, 0x2a) : QColor(0xdc, 0xf5, 0xe0));
    const QTextBlockFormat sameFormat;
    QTextCursor cursor(m_view->document());
    bool first = true;
    for (const DiffLine &line : std::as_const(m_lines)) {
        const QTextBlockFormat &format = line.kind == DiffLine::Removed ? removedFormat
                                         : line.kind == DiffLine::Added ? addedFormat
                                                                        : sameFormat;
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
        const QChar mark = line.kind == DiffLine::Removed ? u'-'
                           : line.kind == DiffLine::Added ? u'+'
                                                          : u' ';
        cursor.insertText(mark + QStringLiteral(" ") + line.text);
    }
    m_view->moveCursor(QTextCursor::Start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QString DiffDialog::summary() const
{
    return m_summary->text();
}

} // namespace Hookbench
