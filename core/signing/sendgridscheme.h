#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// SendGrid Event Webhook: `X-Twilio-Email-Event-Webhook-Signature` (base64 DER ECDSA P-256 /
/// SHA-256) over `X-Twilio-Email-Event-Webhook-Timestamp` + the raw body (CRLFs kept). The key is
/// the base64 DER (or PEM) public key from Mail Settings; signing takes a private key of your
/// own (base64 DER or PEM). No replay window unless one is asked for.
class SendGridScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("sendgrid"); }
    bool detects(const SigningRequest &request) const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

    /// DER or PEM bytes of a key given as base64 DER or PEM text.
    static QByteArray keyBytes(const QByteArray &text);
};

} // namespace Hookbench
