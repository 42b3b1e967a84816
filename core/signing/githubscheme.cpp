#include "githubscheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
constexpr char sha256Header[] = "X-Hub-Signature-256";
constexpr char sha1Header[] = "X-Hub-Signature";
} // namespace

bool GitHubScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(sha256Header) || request.hasHeader(sha1Header);
}

Verdict GitHubScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    // The SHA-256 header wins; the SHA-1 one is checked only when it is the only one sent.
    const bool legacy = !request.hasHeader(sha256Header) && request.hasHeader(sha1Header);
    const QByteArray header = legacy ? sha1Header : sha256Header;
    const QByteArray prefix = legacy ? "sha1=" : "sha256=";
    const auto digest = legacy ? SigningCrypto::Digest::Sha1 : SigningCrypto::Digest::Sha256;
    if (!request.hasHeader(header))
        return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    const QByteArray value = request.header(header);
    if (!value.startsWith(prefix)) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(
                header, Verdict::tr("it does not start with %1").arg(QString::fromLatin1(prefix))),
            *this);
    }
    const Verdict verdict = SchemeSupport::matchSecrets(
        {{value, value}},
        secrets,
        [&](const SigningSecret &secret) -> std::optional<QByteArray> {
            if (secret.key.isEmpty())
                return std::nullopt;
            return QByteArray(prefix
                              + SigningCrypto::hmac(digest, secret.key, request.body).toHex());
        },
        [](const QByteArray &text) { return text; },
        header,
        Verdict::tr("the webhook secret"));
    return SchemeSupport::finish(verdict, *this);
}

SignResult GitHubScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &) const
{
    SignResult result;
    if (secrets.isEmpty() || secrets.first().key.isEmpty()) {
        result.error = Verdict::tr("github signs with the webhook secret");
        return result;
    }
    const QByteArray &key = secrets.first().key;
    result.headers
        = {{sha256Header,
            QByteArray(
                "sha256="
                + SigningCrypto::hmac(SigningCrypto::Digest::Sha256, key, request.body).toHex())},
           {sha1Header,
            QByteArray(
                "sha1="
                + SigningCrypto::hmac(SigningCrypto::Digest::Sha1, key, request.body).toHex())}};
    return result;
}

} // namespace Hookbench
