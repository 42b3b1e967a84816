#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Discord interactions: `X-Signature-Ed25519` (hex) over `X-Signature-Timestamp` + body. The key
/// is the application's public key (hex, 32 bytes); signing takes a hex seed (32 bytes, or 64:
/// seed ‖ public key) of a key pair of your own. No replay window unless one is asked for.
class DiscordScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("discord"); }
    bool detects(const SigningRequest &request) const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

    static std::optional<QByteArray> seedOf(const QByteArray &hexKey);
};

} // namespace Hookbench
