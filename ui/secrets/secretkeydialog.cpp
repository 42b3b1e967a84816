#include "secretkeydialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookbench {

SecretKeyDialog::SecretKeyDialog(const QString &title,
                                 const QString &explanation,
                                 const QString &label,
                                 QWidget *parent)
    : QDialog(parent), m_label(new QLineEdit(label, this)), m_key(new QLineEdit(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("secretKeyDialog"));
    m_label->setObjectName(QStringLiteral("secretLabel"));
    m_key->setObjectName(QStringLiteral("secretKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("whsec_…, a hex or base64 key, or a public key"));
    QAction *reveal = m_key->addAction(QIcon::fromTheme(QStringLiteral("view-visible")),
                                       QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show"));
    reveal->setToolTip(tr("Show or hide the key"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Key:"), m_key);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    auto *ok = buttons->button(QDialogButtonBox::Ok);
    auto update = [this, ok] {
        ok->setEnabled(!m_label->text().trimmed().isEmpty() && !m_key->text().trimmed().isEmpty());
    };
    connect(m_label, &QLineEdit::textChanged, this, update);
    connect(m_key, &QLineEdit::textChanged, this, update);
    update();
    m_key->setFocus();
}

QString SecretKeyDialog::label() const
{
    return m_label->text().trimmed();
}

QByteArray SecretKeyDialog::key() const
{
    return m_key->text().trimmed().toUtf8();
}

} // namespace Hookbench
