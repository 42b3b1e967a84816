#include "twitchscheme.h"

#include "inspect/timestamps.h"
#include "schemesupport.h"
#include "signatureheader.h"
#include "signingcrypto.h"

#include <QDateTime>
#include <QUuid>

namespace Hookbench {

namespace {
constexpr char idHeader[] = "Twitch-Eventsub-Message-Id";
constexpr char timestampHeader[] = "Twitch-Eventsub-Message-Timestamp";
constexpr char signatureHeader[] = "Twitch-Eventsub-Message-Signature";
constexpr char typeHeader[] = "Twitch-Eventsub-Message-Type";

std::optional<QByteArray> twitchMac(const SigningSecret &secret, const QByteArray &content)
{
    if (secret.key.isEmpty())
        return std::nullopt;
    return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secret.key, content);
}
} // namespace

bool TwitchScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

Verdict TwitchScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    for (const char *header : {idHeader, timestampHeader, signatureHeader}) {
        if (!request.hasHeader(header))
            return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    }
    const QByteArray timestampText = request.header(timestampHeader);
    const auto timestampUs = parseIsoTimestampUs(QString::fromLatin1(timestampText));
    if (!timestampUs) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(timestampHeader,
                                           Verdict::tr("'%1' is not an RFC 3339 time")
                                               .arg(QString::fromLatin1(timestampText))),
            *this);
    }
    const QByteArray value = request.header(signatureHeader);
    const auto hex = SignatureHeader::afterPrefix(value, "sha256=");
    if (!hex) {
        const qsizetype equals = value.indexOf('=');
        return SchemeSupport::finish(
            SchemeSupport::unsupportedVersion(
                signatureHeader, "sha256", equals > 0 ? value.left(equals) : QByteArray()),
            *this);
    }
    const QByteArray content = request.header(idHeader) + timestampText + request.body;
    Verdict verdict = SchemeSupport::matchSecrets(
        {{value, SigningCrypto::fromHex(*hex).value_or(QByteArray())}},
        secrets,
        [&content](const SigningSecret &secret) { return twitchMac(secret, content); },
        [](const QByteArray &mac) { return QByteArray("sha256=" + mac.toHex()); },
        signatureHeader,
        Verdict::tr("the subscription secret"));
    // Floor division, so that a fraction of a second never makes a time look newer.
    const qint64 seconds
        = *timestampUs >= 0 ? *timestampUs / 1'000'000 : (*timestampUs - 999'999) / 1'000'000;
    SchemeSupport::checkTime(&verdict,
                             seconds,
                             options.nowSeconds,
                             SchemeSupport::tolerance(*this, options),
                             SchemeSupport::Window::PastOnly);
    return SchemeSupport::finish(verdict, *this);
}

SignResult TwitchScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &options) const
{
    SignResult result;
    const QByteArray id
        = options.id.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : options.id;
    const QByteArray timestamp = QDateTime::fromSecsSinceEpoch(options.timestamp, Qt::UTC)
                                     .toString(Qt::ISODate)
                                     .toLatin1();
    const auto mac = secrets.isEmpty()
                         ? std::nullopt
                         : twitchMac(secrets.first(), QByteArray(id + timestamp + request.body));
    if (!mac) {
        result.error = Verdict::tr("twitch signs with the subscription secret");
        return result;
    }
    result.headers = {{idHeader, id},
                      {timestampHeader, timestamp},
                      {signatureHeader, QByteArray("sha256=" + mac->toHex())},
                      {typeHeader, "notification"}};
    return result;
}

} // namespace Hookbench
