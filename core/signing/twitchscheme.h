#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Twitch EventSub: `Twitch-Eventsub-Message-Signature: sha256=<hex>` over message id, RFC 3339
/// timestamp and body with no separators. Timestamps older than 10 minutes are rejected.
class TwitchScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("twitch"); }
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override { return 600; }
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;
};

} // namespace Hookbench
