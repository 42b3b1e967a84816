#pragma once

#include "signing/signingsecret.h"

#include <QWidget>

class QComboBox;

namespace Hookbench {

class SecretBook;

/// How a delivery is re-signed: "as captured" or a scheme, and the stored secret (by id)
/// whose key signs. Secrets are listed with their source; the key itself is never shown.
class SigningProfilePicker final : public QWidget
{
    Q_OBJECT
public:
    /// `secrets` may be null: only "send as captured" then makes sense, and it says so.
    explicit SigningProfilePicker(SecretBook *secrets, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SigningProfilePicker)

    void setProfile(const QString &scheme, const QString &secretId);
    QString scheme() const; ///< empty: send as captured
    QString secretId() const;
    /// The key of the chosen secret, for a preview; empty when none is chosen or readable.
    SigningSecrets secrets() const;

    QComboBox *schemeBox() const { return m_scheme; }
    QComboBox *secretBox() const { return m_secret; }

signals:
    void changed();

private:
    void reloadSecrets();

    SecretBook *m_secrets;
    QComboBox *m_scheme;
    QComboBox *m_secret;
};

} // namespace Hookbench
