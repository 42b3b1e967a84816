#include "shopifyscheme.h"

#include "schemesupport.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "X-Shopify-Hmac-Sha256";
constexpr char eventsHeader[] = "shopify-hmac-sha256";
} // namespace

bool ShopifyScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader) || request.hasHeader(eventsHeader);
}

Verdict ShopifyScheme::verify(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const VerifyOptions &) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    const QByteArray header = request.hasHeader(signatureHeader) || !request.hasHeader(eventsHeader)
                                  ? signatureHeader
                                  : eventsHeader;
    if (!request.hasHeader(header))
        return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    const QByteArray value = request.header(header);
    const Verdict verdict = SchemeSupport::matchSecrets(
        {{value, SigningCrypto::fromBase64(value).value_or(QByteArray())}},
        secrets,
        [&](const SigningSecret &secret) -> std::optional<QByteArray> {
            if (secret.key.isEmpty())
                return std::nullopt;
            return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secret.key, request.body);
        },
        SchemeSupport::base64,
        header,
        Verdict::tr("the app's client secret"));
    return SchemeSupport::finish(verdict, *this);
}

SignResult ShopifyScheme::sign(const SigningRequest &request,
                               const SigningSecrets &secrets,
                               const SignOptions &) const
{
    SignResult result;
    if (secrets.isEmpty() || secrets.first().key.isEmpty()) {
        result.error = Verdict::tr("shopify signs with the app's client secret");
        return result;
    }
    result.headers
        = {{signatureHeader,
            SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secrets.first().key, request.body)
                .toBase64()}};
    return result;
}

} // namespace Hookbench
