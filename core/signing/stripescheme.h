#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Stripe: `Stripe-Signature: t=…,v1=…[,v1=…]`, hex HMAC-SHA256 of t "." body keyed with the whole
/// endpoint secret as UTF-8 (`whsec_` included). Only stale timestamps are rejected, as the SDKs
/// do.
class StripeScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("stripe"); }
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override { return 300; }
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;
};

} // namespace Hookbench
