#include "problemlabel.h"

namespace Hookbench {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("problem"));
    setTextFormat(Qt::PlainText); // reasons may quote what a receiver or a payload said
    setWordWrap(true);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    setPalette(red);
    hide();
}

void ProblemLabel::setProblem(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString ProblemLabel::problem() const
{
    return isHidden() ? QString() : text();
}

} // namespace Hookbench
