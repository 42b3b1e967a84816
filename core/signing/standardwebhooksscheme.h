#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Standard Webhooks (v1 HMAC-SHA256 and v1a Ed25519) and the providers that use it: Svix (svix-*
/// headers), OpenAI's own implementation and Anthropic's SDK (both v1 only).
/// Signed bytes: webhook-id "." webhook-timestamp "." body, the timestamp as its header text.
class StandardWebhooksScheme final : public SignatureScheme
{
public:
    enum class Flavour { Standard, Svix, OpenAi, Anthropic };

    explicit StandardWebhooksScheme(Flavour flavour);

    QString name() const override;
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override { return 300; }
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

    /// The HMAC key of a secret: `whsec_` + base64, or bare base64 (OpenAI: bare is raw UTF-8).
    std::optional<QByteArray> hmacKey(const SigningSecret &secret) const;
    /// The Ed25519 public key of a `whpk_` key, or the one derived from a `whsk_` private key.
    static std::optional<QByteArray> publicKey(const SigningSecret &secret);
    /// The Ed25519 seed of a `whsk_` key: 32 bytes, or 64 (seed ‖ public key, checked).
    static std::optional<QByteArray> privateSeed(const SigningSecret &secret);

private:
    bool signsV1a() const { return m_flavour == Flavour::Standard; }
    QByteArray headerPrefix(const SigningRequest &request) const;

    Flavour m_flavour;
};

} // namespace Hookbench
