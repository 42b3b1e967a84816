#include "paddlescheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "Paddle-Signature";

std::optional<QByteArray> paddleMac(const SigningSecret &secret, const QByteArray &content)
{
    if (secret.key.isEmpty())
        return std::nullopt;
    return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secret.key, content);
}
} // namespace

bool PaddleScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

Verdict PaddleScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    if (!request.hasHeader(signatureHeader))
        return SchemeSupport::finish(SchemeSupport::missingHeader(signatureHeader), *this);
    QByteArray timestampText;
    bool hasTimestamp = false;
    QList<SchemeSupport::Received> signatures;
    QByteArrayList others;
    for (const auto &item : SignatureHeader::parseKeyValues(request.header(signatureHeader), ';')) {
        if (item.key == "ts" && !hasTimestamp) {
            timestampText = item.value;
            hasTimestamp = true;
        } else if (item.key == "h1") {
            signatures.append(
                {item.value, SigningCrypto::fromHex(item.value).value_or(QByteArray())});
        } else if (item.key != "ts" && !others.contains(item.key)) {
            others.append(item.key);
        }
    }
    if (!hasTimestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(signatureHeader, Verdict::tr("it has no ts= timestamp")),
            *this);
    }
    const auto timestamp = SignatureHeader::parseUnixSeconds(timestampText);
    if (!timestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(signatureHeader,
                                           Verdict::tr("ts=%1 is not Unix seconds (digits only)")
                                               .arg(QString::fromLatin1(timestampText))),
            *this);
    }
    if (signatures.isEmpty()) {
        return SchemeSupport::finish(
            SchemeSupport::unsupportedVersion(signatureHeader, "h1", others.join(", ")), *this);
    }
    const QByteArray content = timestampText + ':' + request.body;
    Verdict verdict = SchemeSupport::matchSecrets(
        signatures,
        secrets,
        [&content](const SigningSecret &secret) { return paddleMac(secret, content); },
        SchemeSupport::hex,
        signatureHeader,
        Verdict::tr("the notification secret key"));
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::PastOnly);
    return SchemeSupport::finish(verdict, *this);
}

SignResult PaddleScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &options) const
{
    SignResult result;
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const QByteArray content = timestamp + ':' + request.body;
    QByteArray header = "ts=" + timestamp;
    bool any = false;
    for (const SigningSecret &secret : secrets) {
        if (const auto mac = paddleMac(secret, content)) {
            header += ";h1=" + mac->toHex();
            any = true;
        }
    }
    if (!any)
        result.error = Verdict::tr("paddle signs with the notification secret key");
    else
        result.headers = {{signatureHeader, header}};
    return result;
}

} // namespace Hookbench
