#pragma once

#include "secretvault.h"

namespace Hookbench {

/// Keys in the OS keychain through QtKeychain, one entry per secret under a service name.
/// Never falls back to QtKeychain's plain-text store.
class KeychainVault final : public SecretVault
{
    Q_OBJECT
public:
    static QString defaultService(); ///< the application id, e.g. "io.github.hookbench.Hookbench"

    explicit KeychainVault(const QString &service = defaultService(), QObject *parent = nullptr);

    Kind kind() const override { return Kind::Keychain; }
    void read(const QString &id, ReadDone done) override;
    void write(const QString &id, const QByteArray &key, WriteDone done) override;
    void remove(const QString &id, WriteDone done) override;

    /// Asks the keychain for an entry that does not exist: `done(true, {})` when it answers,
    /// `done(false, why)` when there is no keychain to ask (no Secret Service running, locked
    /// and refused, …).
    void probe(std::function<void(bool available, QString why)> done);

private:
    QString m_service;
};

} // namespace Hookbench
