#include "detailpage.h"

#include <QLabel>

namespace Hookbench {

DetailPage::DetailPage(QWidget *parent) : QStackedWidget(parent), m_hint(new QLabel(this))
{
    m_hint->setObjectName(QStringLiteral("pageHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(24, 24, 24, 24);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_hint);
}

void DetailPage::setContent(QWidget *content)
{
    if (m_content) {
        removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    if (m_content)
        addWidget(m_content);
}

void DetailPage::showHint(const QString &text)
{
    m_hint->setText(text);
    setCurrentWidget(m_hint);
}

void DetailPage::showContent()
{
    if (m_content)
        setCurrentWidget(m_content);
}

bool DetailPage::isShowingHint() const
{
    return currentWidget() == m_hint;
}

QString DetailPage::hint() const
{
    return m_hint->text();
}

} // namespace Hookbench
