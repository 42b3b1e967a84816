#pragma once

#include <QDialog>

class QLineEdit;

namespace Hookbench {

/// Asks for a secret's label and key (typed hidden, revealable). Used to add and to rotate.
class SecretKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    SecretKeyDialog(const QString &title,
                    const QString &explanation,
                    const QString &label,
                    QWidget *parent = nullptr);

    QString label() const;
    QByteArray key() const;

private:
    QLineEdit *m_label;
    QLineEdit *m_key;
};

} // namespace Hookbench
