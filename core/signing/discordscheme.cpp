#include "discordscheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "X-Signature-Ed25519";
constexpr char timestampHeader[] = "X-Signature-Timestamp";
} // namespace

bool DiscordScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

std::optional<QByteArray> DiscordScheme::seedOf(const QByteArray &hexKey)
{
    const auto key = SigningCrypto::fromHex(hexKey.trimmed());
    if (!key || (key->size() != 32 && key->size() != 64))
        return std::nullopt;
    const QByteArray seed = key->first(32);
    if (key->size() == 64 && key->sliced(32) != SigningCrypto::ed25519PublicKey(seed))
        return std::nullopt;
    return seed;
}

Verdict DiscordScheme::verify(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    for (const char *header : {signatureHeader, timestampHeader}) {
        if (!request.hasHeader(header))
            return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    }
    const QByteArray timestampText = request.header(timestampHeader);
    const auto timestamp = SignatureHeader::parseUnixSeconds(timestampText);
    if (!timestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedTimestamp(timestampHeader, timestampText), *this);
    }
    const QByteArray value = request.header(signatureHeader);
    const auto signature = SigningCrypto::fromHex(value);
    if (!signature || signature->size() != 64) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(signatureHeader,
                                           Verdict::tr("an Ed25519 signature is 128 hex digits")),
            *this);
    }
    const QByteArray content = timestampText + request.body;
    Verdict verdict = SchemeSupport::matchKeys(
        {{value, *signature}},
        secrets,
        [&content](const SigningSecret &secret,
                   const SchemeSupport::Received &received) -> std::optional<bool> {
            const auto key = SigningCrypto::fromHex(secret.key.trimmed());
            if (!key || key->size() != 32)
                return std::nullopt;
            return SigningCrypto::ed25519Verify(*key, content, received.compared);
        },
        signatureHeader,
        Verdict::tr("the application's public key (64 hex digits)"));
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::Both);
    return SchemeSupport::finish(verdict, *this);
}

SignResult DiscordScheme::sign(const SigningRequest &request,
                               const SigningSecrets &secrets,
                               const SignOptions &options) const
{
    SignResult result;
    const auto seed = secrets.isEmpty() ? std::nullopt : seedOf(secrets.first().key);
    if (!seed) {
        result.error = Verdict::tr("discord signing needs an Ed25519 private key of your own "
                                   "(hex seed, 32 or 64 bytes)");
        return result;
    }
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    result.headers
        = {{signatureHeader,
            SigningCrypto::ed25519Sign(*seed, QByteArray(timestamp + request.body)).toHex()},
           {timestampHeader, timestamp}};
    return result;
}

} // namespace Hookbench
