#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Paddle Billing: `Paddle-Signature: ts=…;h1=…[;h1=…]`, hex HMAC-SHA256 of ts ":" body. Every h1
/// is checked (the SDK keeps only the last); only stale timestamps are rejected, 5 s by default.
class PaddleScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("paddle"); }
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override { return 5; }
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;
};

} // namespace Hookbench
