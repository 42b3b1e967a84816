#include "sendgridscheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "X-Twilio-Email-Event-Webhook-Signature";
constexpr char timestampHeader[] = "X-Twilio-Email-Event-Webhook-Timestamp";
} // namespace

bool SendGridScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

QByteArray SendGridScheme::keyBytes(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith("-----BEGIN"))
        return trimmed;
    return SigningCrypto::fromBase64(trimmed).value_or(QByteArray());
}

Verdict SendGridScheme::verify(const SigningRequest &request,
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
    const auto signature = SigningCrypto::fromBase64(value);
    if (!signature || signature->isEmpty()) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(signatureHeader, Verdict::tr("it is not base64")),
            *this);
    }
    const QByteArray content = timestampText + request.body;
    Verdict verdict = SchemeSupport::matchKeys(
        {{value, *signature}},
        secrets,
        [&content](const SigningSecret &secret,
                   const SchemeSupport::Received &received) -> std::optional<bool> {
            const QByteArray key = keyBytes(secret.key);
            if (!SigningCrypto::isP256PublicKey(key))
                return std::nullopt;
            return SigningCrypto::ecdsaP256Verify(key, content, received.compared);
        },
        signatureHeader,
        Verdict::tr("the verification key (base64 P-256 public key)"));
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::Both);
    return SchemeSupport::finish(verdict, *this);
}

SignResult SendGridScheme::sign(const SigningRequest &request,
                                const SigningSecrets &secrets,
                                const SignOptions &options) const
{
    SignResult result;
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const QByteArray signature
        = secrets.isEmpty() ? QByteArray()
                            : SigningCrypto::ecdsaP256Sign(keyBytes(secrets.first().key),
                                                           QByteArray(timestamp + request.body));
    if (signature.isEmpty()) {
        result.error = Verdict::tr("sendgrid signing needs a P-256 private key of your own "
                                   "(base64 DER or PEM)");
        return result;
    }
    result.headers = {{signatureHeader, signature.toBase64()}, {timestampHeader, timestamp}};
    return result;
}

} // namespace Hookbench
