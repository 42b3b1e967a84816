#include "squarescheme.h"

#include "schemesupport.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char sha256Header[] = "x-square-hmacsha256-signature";
constexpr char sha1Header[] = "x-square-signature";
} // namespace

bool SquareScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(sha256Header) || request.hasHeader(sha1Header);
}

Verdict SquareScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    const bool legacy = !request.hasHeader(sha256Header) && request.hasHeader(sha1Header);
    const QByteArray header = legacy ? sha1Header : sha256Header;
    const auto digest = legacy ? SigningCrypto::Digest::Sha1 : SigningCrypto::Digest::Sha256;
    if (!request.hasHeader(header))
        return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    if (request.url.isEmpty())
        return SchemeSupport::finish(SchemeSupport::missingUrl(name()), *this);
    const QByteArray value = request.header(header);
    const QByteArray content = request.url + request.body;
    const Verdict verdict = SchemeSupport::matchSecrets(
        {{value, SigningCrypto::fromBase64(value).value_or(QByteArray())}},
        secrets,
        [&](const SigningSecret &secret) -> std::optional<QByteArray> {
            if (secret.key.isEmpty())
                return std::nullopt;
            return SigningCrypto::hmac(digest, secret.key, content);
        },
        SchemeSupport::base64,
        header,
        Verdict::tr("the subscription's signature key"));
    return SchemeSupport::finish(verdict, *this);
}

SignResult SquareScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &) const
{
    SignResult result;
    if (request.url.isEmpty()) {
        result.error = Verdict::tr("square signs the notification URL: give it");
        return result;
    }
    if (secrets.isEmpty() || secrets.first().key.isEmpty()) {
        result.error = Verdict::tr("square signs with the subscription's signature key");
        return result;
    }
    const QByteArray &key = secrets.first().key;
    const QByteArray content = request.url + request.body;
    result.headers = {
        {sha256Header, SigningCrypto::hmac(SigningCrypto::Digest::Sha256, key, content).toBase64()},
        {sha1Header, SigningCrypto::hmac(SigningCrypto::Digest::Sha1, key, content).toBase64()}};
    return result;
}

} // namespace Hookbench
