#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Hookbench {

class SecretBook;
struct GenericHmacConfig;

/// The secrets manager: signing sources (scheme, listener, path prefix, time window, public
/// URL) and each one's secrets — added, rotated (the new one is tried first, the old one keeps
/// verifying until removed), revealed on demand, removed. Source edits are saved as they are
/// made; every change re-verifies the stored requests.
class SecretsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SecretsDialog(SecretBook *secrets, QWidget *parent = nullptr);
    ~SecretsDialog() override;

    /// Selects the source covering `pathPrefix`, or creates one with this scheme and prefix.
    void showSourceFor(const QString &scheme, const QString &pathPrefix);

private:
    void reloadSources(qint64 selectId);
    void showSource();
    void saveSource();
    GenericHmacConfig genericConfig() const;
    void showGenericConfig(const GenericHmacConfig &config);
    void addSource(const QString &scheme, const QString &pathPrefix);
    void removeSource();
    void reloadSecrets();
    void addSecret(bool rotate);
    void toggleReveal();
    void removeSecret();
    qint64 currentSourceId() const;
    QString currentSecretId() const;
    void showError(const QString &message);
    void updateVaultWarning();
    void useEncryptedFile();

    QPointer<SecretBook> m_secrets;
    QLabel *m_vaultWarning;
    QPushButton *m_encrypt;
    QListWidget *m_sources;
    QPushButton *m_removeSource;
    QWidget *m_sourceForm;
    QLineEdit *m_name;
    QComboBox *m_scheme;
    QLineEdit *m_listener;
    QLineEdit *m_pathPrefix;
    QSpinBox *m_tolerance;
    QLineEdit *m_publicUrl;
    QWidget *m_genericForm; ///< shown for the generic HMAC scheme only
    QLineEdit *m_genericHeader;
    QLineEdit *m_genericPrefix;
    QComboBox *m_genericDigest;
    QComboBox *m_genericEncoding;
    QLineEdit *m_genericTemplate;
    QLineEdit *m_genericTimestampHeader;
    QLineEdit *m_genericIdHeader;
    QTableWidget *m_secretTable;
    QPushButton *m_addSecret;
    QPushButton *m_rotate;
    QPushButton *m_reveal;
    QPushButton *m_removeSecret;
    QString m_revealed; ///< the secret whose key is shown; others stay masked
    bool m_loading = false;
};

} // namespace Hookbench
