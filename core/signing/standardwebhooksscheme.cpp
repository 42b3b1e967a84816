#include "standardwebhooksscheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {

bool isAsymmetricKey(const QByteArray &key)
{
    return key.startsWith("whpk_") || key.startsWith("whsk_");
}

} // namespace

StandardWebhooksScheme::StandardWebhooksScheme(Flavour flavour) : m_flavour(flavour) { }

QString StandardWebhooksScheme::name() const
{
    switch (m_flavour) {
    case Flavour::Svix:
        return QStringLiteral("svix");
    case Flavour::OpenAi:
        return QStringLiteral("openai");
    case Flavour::Anthropic:
        return QStringLiteral("anthropic");
    case Flavour::Standard:
        break;
    }
    return QStringLiteral("standard-webhooks");
}

bool StandardWebhooksScheme::detects(const SigningRequest &request) const
{
    // OpenAI and Anthropic send plain Standard Webhooks headers: detection says
    // standard-webhooks, which verifies them the same way.
    switch (m_flavour) {
    case Flavour::Svix:
        return request.hasHeader("svix-signature");
    case Flavour::Standard:
        return request.hasHeader("webhook-signature");
    case Flavour::OpenAi:
    case Flavour::Anthropic:
        break;
    }
    return false;
}

QByteArray StandardWebhooksScheme::headerPrefix(const SigningRequest &request) const
{
    // Svix prefers its own headers and falls back to webhook-*, like its SDK.
    if (m_flavour == Flavour::Svix && request.hasHeader("svix-signature"))
        return "svix-";
    return "webhook-";
}

std::optional<QByteArray> StandardWebhooksScheme::hmacKey(const SigningSecret &secret) const
{
    if (isAsymmetricKey(secret.key))
        return std::nullopt;
    if (secret.key.startsWith("whsec_")) {
        auto key = SigningCrypto::fromBase64(QByteArrayView(secret.key).sliced(6));
        return key && !key->isEmpty() ? key : std::nullopt;
    }
    if (m_flavour == Flavour::OpenAi)
        return secret.key.isEmpty() ? std::nullopt : std::optional(secret.key);
    auto key = SigningCrypto::fromBase64(secret.key);
    return key && !key->isEmpty() ? key : std::nullopt;
}

std::optional<QByteArray> StandardWebhooksScheme::publicKey(const SigningSecret &secret)
{
    if (secret.key.startsWith("whpk_")) {
        auto key = SigningCrypto::fromBase64(QByteArrayView(secret.key).sliced(5));
        return key && key->size() == 32 ? key : std::nullopt;
    }
    if (const auto seed = privateSeed(secret))
        return SigningCrypto::ed25519PublicKey(*seed);
    return std::nullopt;
}

std::optional<QByteArray> StandardWebhooksScheme::privateSeed(const SigningSecret &secret)
{
    if (!secret.key.startsWith("whsk_"))
        return std::nullopt;
    const auto key = SigningCrypto::fromBase64(QByteArrayView(secret.key).sliced(5));
    if (!key || (key->size() != 32 && key->size() != 64))
        return std::nullopt;
    const QByteArray seed = key->first(32);
    // The 64-byte form (seed ‖ public key) must carry the public key of its own seed.
    if (key->size() == 64 && key->sliced(32) != SigningCrypto::ed25519PublicKey(seed))
        return std::nullopt;
    return seed;
}

Verdict StandardWebhooksScheme::verify(const SigningRequest &request,
                                       const SigningSecrets &secrets,
                                       const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    const QByteArray prefix = headerPrefix(request);
    const QByteArray idName = prefix + "id";
    const QByteArray timestampName = prefix + "timestamp";
    const QByteArray signatureName = prefix + "signature";
    for (const QByteArray &header : {idName, timestampName, signatureName}) {
        if (!request.hasHeader(header))
            return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    }
    const QByteArray id = request.header(idName);
    const QByteArray timestampText = request.header(timestampName);
    const auto timestamp = SignatureHeader::parseUnixSeconds(timestampText);
    if (!timestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedTimestamp(timestampName, timestampText), *this);
    }

    const bool openAi = m_flavour == Flavour::OpenAi;
    QList<SchemeSupport::Received> v1;
    QList<SchemeSupport::Received> v1a;
    QByteArrayList versions;
    for (const auto &item :
         SignatureHeader::parseVersionedList(request.header(signatureName), openAi)) {
        const QByteArray text = item.key.isEmpty() ? item.value : item.key + ',' + item.value;
        if (item.key == "v1" || (openAi && item.key.isEmpty()))
            v1.append({text, SigningCrypto::fromBase64(item.value).value_or(QByteArray())});
        else if (item.key == "v1a" && signsV1a())
            v1a.append({text, SigningCrypto::fromBase64(item.value).value_or(QByteArray())});
        else if (!versions.contains(item.key))
            versions.append(item.key);
    }
    if (v1.isEmpty() && v1a.isEmpty()) {
        return SchemeSupport::finish(SchemeSupport::unsupportedVersion(signatureName,
                                                                       signsV1a() ? "v1/v1a" : "v1",
                                                                       versions.join(", ")),
                                     *this);
    }

    const QByteArray content = id + '.' + timestampText + '.' + request.body;
    Verdict verdict;
    Verdict keyVerdict;
    if (!v1.isEmpty()) {
        verdict = SchemeSupport::matchSecrets(
            v1,
            secrets,
            [&](const SigningSecret &secret) -> std::optional<QByteArray> {
                const auto key = hmacKey(secret);
                if (!key)
                    return std::nullopt;
                return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, *key, content);
            },
            [](const QByteArray &mac) { return QByteArray("v1," + mac.toBase64()); },
            signatureName,
            Verdict::tr("a whsec_ secret (base64)"));
    }
    if (!verdict.isValid() && !v1a.isEmpty()) {
        keyVerdict = SchemeSupport::matchKeys(
            v1a,
            secrets,
            [&](const SigningSecret &secret,
                const SchemeSupport::Received &signature) -> std::optional<bool> {
                const auto key = publicKey(secret);
                if (!key)
                    return std::nullopt;
                return SigningCrypto::ed25519Verify(*key, content, signature.compared);
            },
            signatureName,
            Verdict::tr("a whpk_ public key (or whsk_ private key)"));
        if (v1.isEmpty() || keyVerdict.isValid()
            || (verdict.reason == Verdict::Reason::UnusableSecret
                && keyVerdict.reason != Verdict::Reason::UnusableSecret))
            verdict = keyVerdict;
    }
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::Both);
    return SchemeSupport::finish(verdict, *this);
}

SignResult StandardWebhooksScheme::sign(const SigningRequest &request,
                                        const SigningSecrets &secrets,
                                        const SignOptions &options) const
{
    SignResult result;
    const QByteArray id
        = options.id.isEmpty()
              ? SchemeSupport::randomId(m_flavour == Flavour::OpenAi ? "wh_" : "msg_")
              : options.id;
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const QByteArray content = id + '.' + timestamp + '.' + request.body;
    QByteArrayList signatures;
    for (const SigningSecret &secret : secrets) {
        if (const auto key = hmacKey(secret)) {
            signatures.append(QByteArray(
                "v1,"
                + SigningCrypto::hmac(SigningCrypto::Digest::Sha256, *key, content).toBase64()));
        } else if (const auto seed = signsV1a() ? privateSeed(secret) : std::nullopt) {
            signatures.append(
                QByteArray("v1a," + SigningCrypto::ed25519Sign(*seed, content).toBase64()));
        }
    }
    if (signatures.isEmpty()) {
        result.error = signsV1a() ? Verdict::tr("standard-webhooks signs with a whsec_ secret "
                                                "(v1) or a whsk_ private key (v1a)")
                                  : Verdict::tr("%1 signs with a whsec_ secret").arg(name());
        return result;
    }
    const QByteArray prefix = m_flavour == Flavour::Svix ? "svix-" : "webhook-";
    result.headers = {{prefix + "id", id},
                      {prefix + "timestamp", timestamp},
                      {prefix + "signature", signatures.join(' ')}};
    return result;
}

} // namespace Hookbench
