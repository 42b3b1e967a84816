#include "keyedhmacheader.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
std::optional<QByteArray> mac(const SigningSecret &secret, const QByteArray &content)
{
    if (secret.key.isEmpty())
        return std::nullopt;
    return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secret.key, content);
}
} // namespace

Verdict KeyedHmacHeader::verify(const SignatureScheme &scheme,
                                const SigningRequest &request,
                                const SigningSecrets &secrets,
                                const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(scheme.name()), scheme);
    if (!request.hasHeader(header))
        return SchemeSupport::finish(SchemeSupport::missingHeader(header), scheme);
    QByteArray timestampText;
    bool hasTimestamp = false;
    QList<SchemeSupport::Received> signatures;
    QByteArrayList others;
    for (const auto &item : SignatureHeader::parseKeyValues(request.header(header), separator)) {
        if (item.key == timestampKey && !hasTimestamp) {
            timestampText = item.value;
            hasTimestamp = true;
        } else if (item.key == signatureKey) {
            signatures.append(
                {item.value, SigningCrypto::fromHex(item.value).value_or(QByteArray())});
        } else if (item.key != timestampKey && !others.contains(item.key)) {
            others.append(item.key);
        }
    }
    const QString key = QString::fromLatin1(timestampKey);
    if (!hasTimestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(header, Verdict::tr("it has no %1= timestamp").arg(key)),
            scheme);
    }
    const auto timestamp = SignatureHeader::parseUnixSeconds(timestampText);
    if (!timestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(header,
                                           Verdict::tr("%1=%2 is not Unix seconds (digits only)")
                                               .arg(key, QString::fromLatin1(timestampText))),
            scheme);
    }
    if (signatures.isEmpty()) {
        return SchemeSupport::finish(
            SchemeSupport::unsupportedVersion(header, signatureKey, others.join(", ")), scheme);
    }
    const QByteArray content = timestampText + joiner + request.body;
    Verdict verdict = SchemeSupport::matchSecrets(
        signatures,
        secrets,
        [&content](const SigningSecret &secret) { return mac(secret, content); },
        SchemeSupport::hex,
        header,
        secretName);
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(scheme, options),
                             SchemeSupport::Window::PastOnly);
    return SchemeSupport::finish(verdict, scheme);
}

SignResult KeyedHmacHeader::sign(const SignatureScheme &scheme,
                                 const SigningRequest &request,
                                 const SigningSecrets &secrets,
                                 const SignOptions &options) const
{
    SignResult result;
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const QByteArray content = timestamp + joiner + request.body;
    QByteArray value = timestampKey + '=' + timestamp;
    bool any = false;
    for (const SigningSecret &secret : secrets) {
        if (const auto signature = mac(secret, content)) {
            value += separator + signatureKey + '=' + signature->toHex();
            any = true;
        }
    }
    if (!any)
        result.error = Verdict::tr("%1 signs with %2").arg(scheme.name(), secretName);
    else
        result.headers = {{header, value}};
    return result;
}

} // namespace Hookbench
