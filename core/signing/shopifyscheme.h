#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Shopify: `X-Shopify-Hmac-Sha256` (un-prefixed `shopify-hmac-sha256` for the newer Events),
/// base64 HMAC-SHA256 of the body with the app's client secret. No timestamp is signed.
class ShopifyScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("shopify"); }
    bool detects(const SigningRequest &request) const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;
};

} // namespace Hookbench
