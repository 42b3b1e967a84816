#pragma once

#include <QLabel>

namespace Hookbench {

/// A dialog's "why this cannot be done" line: red plain text, hidden while there is nothing
/// to say.
class ProblemLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemLabel)

    /// Shows `message`; an empty one hides the line.
    void setProblem(const QString &message);
    /// What is shown; empty while hidden.
    QString problem() const;
};

} // namespace Hookbench
