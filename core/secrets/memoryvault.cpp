#include "memoryvault.h"

namespace Hookbench {

void MemoryVault::read(const QString &id, ReadDone done)
{
    const auto found = m_keys.constFind(id);
    answerLater(std::move(done), found == m_keys.constEnd() ? std::nullopt : std::optional(*found));
}

void MemoryVault::write(const QString &id, const QByteArray &key, WriteDone done)
{
    m_keys.insert(id, key);
    answerLater(std::move(done));
}

void MemoryVault::remove(const QString &id, WriteDone done)
{
    m_keys.remove(id);
    answerLater(std::move(done));
}

} // namespace Hookbench
