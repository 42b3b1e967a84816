#pragma once

#include "secretvault.h"

#include <QHash>

namespace Hookbench {

/// Keys held in this process only: the fallback when no keychain is available, so secrets
/// are never written anywhere the user did not choose.
class MemoryVault final : public SecretVault
{
    Q_OBJECT
public:
    using SecretVault::SecretVault;

    Kind kind() const override { return Kind::Memory; }
    void read(const QString &id, ReadDone done) override;
    void write(const QString &id, const QByteArray &key, WriteDone done) override;
    void remove(const QString &id, WriteDone done) override;

private:
    QHash<QString, QByteArray> m_keys;
};

} // namespace Hookbench
