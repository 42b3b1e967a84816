#pragma once

#include "store/searchquery.h"

#include <QLineEdit>
#include <QTimer>

namespace Hookbench {

/// The event list's search box: the search language, checked as you type. A valid query is
/// applied a moment after typing stops (or on Enter); an invalid one is marked with the
/// reason and the list keeps its previous filter.
class SearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchField)

    /// Why the text is not a valid query; empty when it is.
    QString problem() const { return m_problem; }

signals:
    /// A new valid query (empty text: everything).
    void queryChanged(const Hookbench::SearchQuery &query);
    /// The text stopped or started being a valid query (message empty when valid).
    void problemChanged(const QString &message);

private:
    void apply();

    QTimer m_debounce;
    QString m_problem;
    QString m_applied;
};

} // namespace Hookbench
