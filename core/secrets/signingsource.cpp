#include "signingsource.h"

namespace Hookbench {

bool SigningSource::matches(const QString &requestListener, const QByteArray &requestPath) const
{
    if (!listener.isEmpty() && listener != requestListener)
        return false;
    const QByteArray prefix = pathPrefix.toUtf8();
    if (!requestPath.startsWith(prefix))
        return false;
    // "/stripe" covers "/stripe" and "/stripe/…", not "/stripes".
    return prefix.isEmpty() || prefix.endsWith('/') || requestPath.size() == prefix.size()
           || requestPath.at(prefix.size()) == '/';
}

} // namespace Hookbench
