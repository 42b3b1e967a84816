#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Square: `x-square-hmacsha256-signature`, base64 HMAC-SHA256 of notification URL + body (legacy
/// `x-square-signature`: HMAC-SHA1). The URL must be the subscribed one, byte for byte.
class SquareScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("square"); }
    bool detects(const SigningRequest &request) const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;
};

} // namespace Hookbench
