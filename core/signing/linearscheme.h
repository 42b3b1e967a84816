#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Linear: `Linear-Signature`, hex HMAC-SHA256 of the body. The time is inside the signed body
/// (`webhookTimestamp`, milliseconds) and must be within 60 s either way, as Linear's SDK checks.
class LinearScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("linear"); }
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override { return 60; }
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

    /// `webhookTimestamp` of a JSON body, in milliseconds; nullopt when absent or not a number.
    static std::optional<qint64> bodyTimestampMs(const QByteArray &body);
};

} // namespace Hookbench
