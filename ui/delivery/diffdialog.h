#pragma once

#include "linediff.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Hookbench {

/// Two texts compared line by line: removed lines red with "-", added green with "+", the
/// rest plain; counts above. Used for the original body against the edited one, and for two
/// deliveries' responses.
class DiffDialog final : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const QString &title,
               const QString &leftName,
               const QString &left,
               const QString &rightName,
               const QString &right,
               QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DiffDialog)

    const QList<DiffLine> &lines() const { return m_lines; }
    QString summary() const;
    QPlainTextEdit *view() const { return m_view; }

private:
    QList<DiffLine> m_lines;
    QLabel *m_summary;
    QPlainTextEdit *m_view;
};

} // namespace Hookbench
