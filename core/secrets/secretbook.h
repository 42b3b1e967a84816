#pragma once

#include "requestverifier.h"
#include "secretvault.h"
#include "store/storeconnection.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

namespace Hookbench {

/// Where keys are kept. The keychain is the default; when none answers, keys stay in memory for
/// this run unless the user opted into a passphrase-encrypted file.
struct SecretsOptions
{
    enum class Storage { Keychain, Memory, EncryptedFile };
    Storage storage = Storage::Keychain;
    QString keychainService; ///< empty: KeychainVault::defaultService()
    QString encryptedFile; ///< Storage::EncryptedFile
    QByteArray passphrase; ///< Storage::EncryptedFile
    /// Storage::Memory chosen because the usual storage could not be used: shown as the vault
    /// problem, so the window warns that keys will not survive the run.
    QString memoryReason;
};

/// The signing sources and secrets of one store: their descriptions in the store, their keys
/// in a vault, and the RequestVerifier built from both for verification threads. Lives in the
/// thread that created it. The vault is not contacted until a secret needs it, so a store
/// without secrets never touches (or unlocks) the keychain.
class SecretBook final : public QObject
{
    Q_OBJECT
public:
    explicit SecretBook(SecretsOptions options = {}, QObject *parent = nullptr);
    ~SecretBook() override;
    Q_DISABLE_COPY_MOVE(SecretBook)

    /// Reads the sources and secret entries, then the keys (ready() follows, at once when there
    /// are no secrets). Fails when the store or an encrypted file cannot be opened.
    bool open(const StoreOptions &store, QString *error);
    /// Thread-safe: every stored key has been read (or found missing).
    bool isReady() const { return m_ready.loadAcquire() != 0; }
    /// Thread-safe: the current sources and keys, for verification.
    std::shared_ptr<const RequestVerifier> verifier() const;

    QList<SigningSource> sources() const { return m_sources; }
    std::optional<SigningSource> source(qint64 id) const;
    /// A source's secrets in rotation order.
    QList<SecretEntry> secrets(qint64 sourceId) const;
    std::optional<SecretEntry> secret(const QString &secretId) const;
    /// The key, for revealing on demand or signing; unset when the vault did not have it.
    std::optional<QByteArray> key(const QString &secretId) const;

    /// The vault in use: Memory after the keychain did not answer. Unknown until one is needed.
    std::optional<SecretVault::Kind> vaultKind() const;
    /// Why keys are not in the keychain (empty when they are, or nothing needed it yet).
    QString vaultProblem() const { return m_vaultProblem; }

    /// Adds (id 0) or updates a source.
    bool saveSource(SigningSource *source, QString *error);
    bool removeSource(qint64 sourceId, QString *error);
    /// Stores a key in the vault, then its entry first in the source's rotation order (the
    /// newest secret is tried first; older ones keep verifying until removed).
    /// `done(error)`: empty error when added.
    void addSecret(qint64 sourceId,
                   const QString &label,
                   const QByteArray &key,
                   std::function<void(QString error)> done);
    bool removeSecret(const QString &secretId, QString *error);
    /// The user's opt-in when no keychain answers: keys held so far move into a
    /// passphrase-encrypted file, which keeps them from now on.
    bool useEncryptedFile(const QString &path, const QByteArray &passphrase, QString *error);

signals:
    void ready();
    /// Sources, secrets or keys changed: stored verdicts need computing again.
    void changed();
    /// The keychain did not answer: keys are kept in memory for this run.
    void vaultProblemChanged(const QString &message);

private:
    void withVault(std::function<void()> then);
    void loadKeys();
    void publish();
    /// Drops a secret's entry and key here, and its key from the vault.
    void forget(const QString &secretId);

    SecretsOptions m_options;
    StoreConnection m_connection;
    std::unique_ptr<SecretVault> m_vault;
    bool m_probing = false;
    std::vector<std::function<void()>> m_waitingForVault;
    QString m_vaultProblem;

    QList<SigningSource> m_sources;
    QList<SecretEntry> m_secrets;
    QHash<QString, QByteArray> m_keys;

    QAtomicInteger<int> m_ready = 0;
    mutable QMutex m_mutex;
    std::shared_ptr<const RequestVerifier> m_verifier;
};

} // namespace Hookbench
