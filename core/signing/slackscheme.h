#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Slack and Zoom share one construction: `v0=<hex HMAC-SHA256("v0:" ts ":" body)>` with the
/// timestamp in its own header (Slack: X-Slack-Signature / X-Slack-Request-Timestamp; Zoom:
/// x-zm-signature / x-zm-request-timestamp). Both directions are checked, 5 minutes by default.
class SlackScheme final : public SignatureScheme
{
public:
    enum class Flavour { Slack, Zoom };

    explicit SlackScheme(Flavour flavour);

    QString name() const override;
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override { return 300; }
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

private:
    QByteArray signatureHeader() const;
    QByteArray timestampHeader() const;

    Flavour m_flavour;
};

} // namespace Hookbench
