#pragma once

#include "secretvault.h"

#include <QHash>

namespace Hookbench {

/// Keys in one file encrypted with a passphrase (AES-256-GCM, key from PBKDF2-HMAC-SHA256):
/// the opt-in for machines without a keychain. The whole file is rewritten atomically, readable
/// by the user only, on every change.
class EncryptedFileVault final : public SecretVault
{
    Q_OBJECT
public:
    static constexpr int iterations = 600000; ///< OWASP's 2023 figure for PBKDF2-SHA256

    using SecretVault::SecretVault;
    ~EncryptedFileVault() override;

    /// Reads (or prepares to create) the file; fails on a wrong passphrase or a damaged file.
    bool open(const QString &path, const QByteArray &passphrase, QString *error);

    /// Adds keys in one write (moving keys here from another vault).
    bool insert(const QHash<QString, QByteArray> &keys, QString *error);

    Kind kind() const override { return Kind::EncryptedFile; }
    void read(const QString &id, ReadDone done) override;
    void write(const QString &id, const QByteArray &key, WriteDone done) override;
    void remove(const QString &id, WriteDone done) override;

private:
    QString save();

    QString m_path;
    QByteArray m_salt;
    QByteArray m_fileKey; ///< derived once: PBKDF2 is slow on purpose
    QHash<QString, QByteArray> m_keys;
};

} // namespace Hookbench
