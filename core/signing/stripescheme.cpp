#include "stripescheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "Stripe-Signature";

std::optional<QByteArray> stripeMac(const SigningSecret &secret, const QByteArray &content)
{
    if (secret.key.isEmpty())
        return std::nullopt;
    return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secret.key, content);
}
} // namespace

bool StripeScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

Verdict StripeScheme::verify(const SigningRequest &request,
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
    for (const auto &item : SignatureHeader::parseKeyValues(request.header(signatureHeader), ',')) {
        if (item.key == "t" && !hasTimestamp) {
            timestampText = item.value;
            hasTimestamp = true;
        } else if (item.key == "v1") {
            signatures.append(
                {item.value, SigningCrypto::fromHex(item.value).value_or(QByteArray())});
        } else if (item.key != "t" && !others.contains(item.key)) {
            others.append(item.key);
        }
    }
    if (!hasTimestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(signatureHeader, Verdict::tr("it has no t= timestamp")),
            *this);
    }
    const auto timestamp = SignatureHeader::parseUnixSeconds(timestampText);
    if (!timestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(signatureHeader,
                                           Verdict::tr("t=%1 is not Unix seconds (digits only)")
                                               .arg(QString::fromLatin1(timestampText))),
            *this);
    }
    if (signatures.isEmpty()) {
        return SchemeSupport::finish(
            SchemeSupport::unsupportedVersion(signatureHeader, "v1", others.join(", ")), *this);
    }
    const QByteArray content = timestampText + '.' + request.body;
    Verdict verdict = SchemeSupport::matchSecrets(
        signatures,
        secrets,
        [&content](const SigningSecret &secret) { return stripeMac(secret, content); },
        SchemeSupport::hex,
        signatureHeader,
        Verdict::tr("the endpoint secret (whsec_…)"));
    if (verdict.reason == Verdict::Reason::SignatureMismatch) {
        for (const SigningSecret &secret : secrets) {
            if (secret.key.trimmed() != secret.key || secret.key.contains(' ')) {
                // Stripe's SDK gives the same hint: a pasted secret often carries white space.
                verdict.message += u' ';
                verdict.message += Verdict::tr("A configured secret contains white space.");
                break;
            }
        }
    }
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::PastOnly);
    return SchemeSupport::finish(verdict, *this);
}

SignResult StripeScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &options) const
{
    SignResult result;
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const QByteArray content = timestamp + '.' + request.body;
    QByteArray header = "t=" + timestamp;
    bool any = false;
    for (const SigningSecret &secret : secrets) {
        if (const auto mac = stripeMac(secret, content)) {
            header += ",v1=" + mac->toHex();
            any = true;
        }
    }
    if (!any)
        result.error = Verdict::tr("stripe signs with the endpoint secret (whsec_…)");
    else
        result.headers = {{signatureHeader, header}};
    return result;
}

} // namespace Hookbench
