#include "signingprofilepicker.h"

#include "secrets/secretbook.h"
#include "signing/schemeregistry.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace Hookbench {

SigningProfilePicker::SigningProfilePicker(SecretBook *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_scheme(new QComboBox(this))
    , m_secret(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // One line high in a form, however much room the form has.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_scheme->setObjectName(QStringLiteral("signScheme"));
    m_secret->setObjectName(QStringLiteral("signSecret"));
    m_scheme->addItem(tr("Send as captured (no re-signing)"), QString());
    for (const QString &name : SchemeRegistry::names())
        m_scheme->addItem(tr("Re-sign as %1").arg(name), name);
    layout->addWidget(m_scheme, 1);
    layout->addWidget(m_secret, 1);
    reloadSecrets();
    if (m_secrets)
        connect(m_secrets, &SecretBook::changed, this, &SigningProfilePicker::reloadSecrets);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->setEnabled(!scheme().isEmpty());
        emit changed();
    });
    connect(m_secret, &QComboBox::currentIndexChanged, this, &SigningProfilePicker::changed);
    m_secret->setEnabled(false);
}

void SigningProfilePicker::reloadSecrets()
{
    const QString current = secretId();
    const QSignalBlocker blocker(m_secret);
    m_secret->clear();
    if (!m_secrets) {
        m_secret->addItem(tr("No secrets (the store could not be opened)"), QString());
        return;
    }
    for (const SigningSource &source : m_secrets->sources()) {
        for (const SecretEntry &entry : m_secrets->secrets(source.id))
            m_secret->addItem(tr("%1 (%2)").arg(entry.label, source.name), entry.id);
    }
    if (m_secret->count() == 0)
        m_secret->addItem(tr("No secrets yet: add one in File › Signing Secrets"), QString());
    const int index = m_secret->findData(current);
    m_secret->setCurrentIndex(qMax(0, index));
}

void SigningProfilePicker::setProfile(const QString &scheme, const QString &secretId)
{
    const int schemeIndex = m_scheme->findData(scheme);
    m_scheme->setCurrentIndex(qMax(0, schemeIndex));
    const int secretIndex = m_secret->findData(secretId);
    if (secretIndex >= 0)
        m_secret->setCurrentIndex(secretIndex);
    m_secret->setEnabled(!this->scheme().isEmpty());
}

QString SigningProfilePicker::scheme() const
{
    return m_scheme->currentData().toString();
}

QString SigningProfilePicker::secretId() const
{
    return m_secret->currentData().toString();
}

SigningSecrets SigningProfilePicker::secrets() const
{
    if (!m_secrets || secretId().isEmpty())
        return {};
    const std::optional<QByteArray> key = m_secrets->key(secretId());
    if (!key || key->isEmpty())
        return {};
    return {{secretId(), *key}};
}

} // namespace Hookbench
