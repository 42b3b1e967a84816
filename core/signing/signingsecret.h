#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Hookbench {

/// One configured key: an HMAC secret, or for Ed25519/ECDSA schemes a public key (to verify) or
/// a private key (to sign), in the provider's text form. Several are tried in order (rotation).
struct SigningSecret
{
    QString id; ///< how a verdict names the secret that matched (never the key itself)
    QByteArray key;
};

using SigningSecrets = QList<SigningSecret>;

} // namespace Hookbench
