#include "slackscheme.h"

#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

namespace Hookbench {

namespace {
std::optional<QByteArray>
v0Mac(const SigningSecret &secret, const QByteArray &timestamp, const QByteArray &body)
{
    if (secret.key.isEmpty())
        return std::nullopt;
    return SigningCrypto::hmac(
        SigningCrypto::Digest::Sha256, secret.key, QByteArray("v0:" + timestamp + ':' + body));
}
} // namespace

SlackScheme::SlackScheme(Flavour flavour) : m_flavour(flavour) { }

QString SlackScheme::name() const
{
    return m_flavour == Flavour::Zoom ? QStringLiteral("zoom") : QStringLiteral("slack");
}

QByteArray SlackScheme::signatureHeader() const
{
    return m_flavour == Flavour::Zoom ? "x-zm-signature" : "X-Slack-Signature";
}

QByteArray SlackScheme::timestampHeader() const
{
    return m_flavour == Flavour::Zoom ? "x-zm-request-timestamp" : "X-Slack-Request-Timestamp";
}

bool SlackScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader());
}

Verdict SlackScheme::verify(const SigningRequest &request,
                            const SigningSecrets &secrets,
                            const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    for (const QByteArray &header : {signatureHeader(), timestampHeader()}) {
        if (!request.hasHeader(header))
            return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    }
    const QByteArray timestampText = request.header(timestampHeader());
    const auto timestamp = SignatureHeader::parseUnixSeconds(timestampText);
    if (!timestamp) {
        return SchemeSupport::finish(
            SchemeSupport::malformedTimestamp(timestampHeader(), timestampText), *this);
    }
    const QByteArray value = request.header(signatureHeader());
    const auto hex = SignatureHeader::afterPrefix(value, "v0=");
    if (!hex) {
        const qsizetype equals = value.indexOf('=');
        return SchemeSupport::finish(
            SchemeSupport::unsupportedVersion(
                signatureHeader(), "v0", equals > 0 ? value.left(equals) : QByteArray()),
            *this);
    }
    Verdict verdict = SchemeSupport::matchSecrets(
        {{value, SigningCrypto::fromHex(*hex).value_or(QByteArray())}},
        secrets,
        [&](const SigningSecret &secret) { return v0Mac(secret, timestampText, request.body); },
        [](const QByteArray &mac) { return QByteArray("v0=" + mac.toHex()); },
        signatureHeader(),
        m_flavour == Flavour::Zoom ? Verdict::tr("the webhook secret token")
                                   : Verdict::tr("the signing secret"));
    SchemeSupport::checkTime(&verdict,
                             *timestamp,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::Both);
    return SchemeSupport::finish(verdict, *this);
}

SignResult SlackScheme::sign(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const SignOptions &options) const
{
    SignResult result;
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const auto mac
        = secrets.isEmpty() ? std::nullopt : v0Mac(secrets.first(), timestamp, request.body);
    if (!mac) {
        result.error = Verdict::tr("%1 signs with its secret").arg(name());
        return result;
    }
    result.headers
        = {{timestampHeader(), timestamp}, {signatureHeader(), QByteArray("v0=" + mac->toHex())}};
    return result;
}

} // namespace Hookbench
