#include "linearscheme.h"

#include "schemesupport.h"
#include "signingcrypto.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "Linear-Signature";
} // namespace

bool LinearScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

std::optional<qint64> LinearScheme::bodyTimestampMs(const QByteArray &body)
{
    const QJsonValue value
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("webhookTimestamp"));
    // Within ±2^53 a double holds every integer exactly; past it is no plausible time.
    if (!value.isDouble() || !std::isfinite(value.toDouble())
        || std::fabs(value.toDouble()) > 9007199254740992.0)
        return std::nullopt;
    return qint64(value.toDouble());
}

Verdict LinearScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    if (!request.hasHeader(signatureHeader))
        return SchemeSupport::finish(SchemeSupport::missingHeader(signatureHeader), *this);
    const QByteArray value = request.header(signatureHeader);
    Verdict verdict = SchemeSupport::matchSecrets(
        {{value, SigningCrypto::fromHex(value).value_or(QByteArray())}},
        secrets,
        [&](const SigningSecret &secret) -> std::optional<QByteArray> {
            if (secret.key.isEmpty())
                return std::nullopt;
            return SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secret.key, request.body);
        },
        SchemeSupport::hex,
        signatureHeader,
        Verdict::tr("the webhook signing secret"));
    const qint64 tolerance = SchemeSupport::tolerance(*this, options);
    if (verdict.isValid() && tolerance > 0) {
        const auto milliseconds = bodyTimestampMs(request.body);
        if (!milliseconds) {
            verdict.status = Verdict::Status::Invalid;
            verdict.reason = Verdict::Reason::MissingHeader;
            verdict.header = "webhookTimestamp";
            verdict.message = Verdict::tr("The signature matches, but the body has no "
                                          "webhookTimestamp to check the time against.");
        } else {
            const qint64 seconds
                = *milliseconds >= 0 ? *milliseconds / 1000 : (*milliseconds - 999) / 1000;
            SchemeSupport::checkTime(
                &verdict, seconds, options.nowSeconds, tolerance, SchemeSupport::Window::Both);
        }
    }
    return SchemeSupport::finish(verdict, *this);
}

SignResult LinearScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &) const
{
    // The time lives in the body: re-signing for a new time means editing webhookTimestamp first.
    SignResult result;
    if (secrets.isEmpty() || secrets.first().key.isEmpty()) {
        result.error = Verdict::tr("linear signs with the webhook signing secret");
        return result;
    }
    result.headers
        = {{signatureHeader,
            SigningCrypto::hmac(SigningCrypto::Digest::Sha256, secrets.first().key, request.body)
                .toHex()}};
    return result;
}

} // namespace Hookbench
