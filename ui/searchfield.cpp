#include "searchfield.h"

#include <QDateTime>

namespace Hookbench {

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setPlaceholderText(
        tr("Search: type:order.* provider:stripe -status:200 or any text  (Ctrl+L)"));
    setToolTip(tr("Filters: %1. Free text searches paths, headers and bodies; prefix a term "
                  "with - to exclude it.")
                   .arg(SearchQuery::operators().join(QStringLiteral(", "))));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::apply);
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(this, &QLineEdit::returnPressed, this, &SearchField::apply);
    // The clear button changes the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            apply();
    });
}

void SearchField::apply()
{
    m_debounce.stop();
    const QString text = this->text().trimmed();
    auto parsed = SearchQuery::parse(text, QDateTime::currentMSecsSinceEpoch() * 1000);
    QString problem;
    if (const auto *error = std::get_if<SearchQueryError>(&parsed))
        problem = tr("Column %1: %2").arg(error->position + 1).arg(error->message);
    if (problem != m_problem) {
        m_problem = problem;
        setStyleSheet(problem.isEmpty() ? QString()
                                        : QStringLiteral("QLineEdit { border: 1px solid #d32f2f; "
                                                         "border-radius: 3px; padding: 2px; }"));
        emit problemChanged(problem);
    }
    if (!problem.isEmpty() || text == m_applied)
        return;
    m_applied = text;
    emit queryChanged(std::get<SearchQuery>(parsed));
}

} // namespace Hookbench
