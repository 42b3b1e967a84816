#include "secretvault.h"

namespace Hookbench {

void SecretVault::answerLater(ReadDone done, std::optional<QByteArray> key)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), key = std::move(key)] { done(key, QString()); },
        Qt::QueuedConnection);
}

void SecretVault::answerLater(WriteDone done, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
}

} // namespace Hookbench
