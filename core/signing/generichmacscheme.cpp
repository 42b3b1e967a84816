#include "generichmacscheme.h"

#include "schemesupport.h"
#include "signatureheader.h"

namespace Hookbench {

namespace {
const char *const digestNames[] = {"sha1", "sha256", "sha512"};
} // namespace

QJsonObject GenericHmacConfig::toJson() const
{
    return {
        {QStringLiteral("header"), QString::fromLatin1(signatureHeader)},
        {QStringLiteral("prefix"), QString::fromLatin1(prefix)},
        {QStringLiteral("digest"), QLatin1String(digestNames[int(digest)])},
        {QStringLiteral("encoding"),
         encoding == Encoding::Hex ? QStringLiteral("hex") : QStringLiteral("base64")},
        {QStringLiteral("template"), QString::fromUtf8(contentTemplate)},
        {QStringLiteral("timestamp_header"), QString::fromLatin1(timestampHeader)},
        {QStringLiteral("id_header"), QString::fromLatin1(idHeader)},
        {QStringLiteral("tolerance_seconds"), toleranceSeconds},
        {QStringLiteral("reject_future"), rejectFuture},
    };
}

GenericHmacConfig GenericHmacConfig::fromJson(const QJsonObject &json)
{
    GenericHmacConfig config;
    auto text = [&json](const char *key, QByteArray *value, bool utf8 = false) {
        const QJsonValue member = json.value(QLatin1String(key));
        if (member.isString())
            *value = utf8 ? member.toString().toUtf8() : member.toString().toLatin1();
    };
    text("header", &config.signatureHeader);
    text("prefix", &config.prefix);
    text("template", &config.contentTemplate, true);
    text("timestamp_header", &config.timestampHeader);
    text("id_header", &config.idHeader);
    const QString digest = json.value(QLatin1String("digest")).toString();
    for (int i = 0; i < int(std::size(digestNames)); ++i) {
        if (digest == QLatin1String(digestNames[i]))
            config.digest = SigningCrypto::Digest(i);
    }
    if (json.value(QLatin1String("encoding")).toString() == QLatin1String("base64"))
        config.encoding = Encoding::Base64;
    config.toleranceSeconds
        = json.value(QLatin1String("tolerance_seconds")).toInteger(config.toleranceSeconds);
    config.rejectFuture = json.value(QLatin1String("reject_future")).toBool(config.rejectFuture);
    return config;
}

GenericHmacScheme::GenericHmacScheme(GenericHmacConfig config) : m_config(std::move(config)) { }

bool GenericHmacScheme::detects(const SigningRequest &request) const
{
    return !m_config.signatureHeader.isEmpty() && request.hasHeader(m_config.signatureHeader);
}

qint64 GenericHmacScheme::defaultToleranceSeconds() const
{
    return signsTimestamp() ? m_config.toleranceSeconds : 0;
}

QByteArray GenericHmacScheme::expand(const QByteArray &pattern,
                                     const QByteArray &body,
                                     const QByteArray &timestamp,
                                     const QByteArray &id,
                                     const QByteArray &url,
                                     const QByteArray &method)
{
    static const QList<QPair<QByteArray, int>> names
        = {{"{body}", 0}, {"{timestamp}", 1}, {"{id}", 2}, {"{url}", 3}, {"{method}", 4}};
    QByteArray result;
    qsizetype at = 0;
    while (at < pattern.size()) {
        bool replaced = false;
        if (pattern[at] == '{') {
            for (const auto &[placeholder, index] : names) {
                if (QByteArrayView(pattern).sliced(at).startsWith(placeholder)) {
                    const QByteArray *values[] = {&body, &timestamp, &id, &url, &method};
                    result += *values[index];
                    at += placeholder.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            result += pattern[at++];
    }
    return result;
}

QByteArray GenericHmacScheme::encode(const QByteArray &mac) const
{
    return m_config.prefix
           + (m_config.encoding == GenericHmacConfig::Encoding::Hex ? mac.toHex() : mac.toBase64());
}

Verdict GenericHmacScheme::verify(const SigningRequest &request,
                                  const SigningSecrets &secrets,
                                  const VerifyOptions &options) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    QByteArrayList required {m_config.signatureHeader};
    if (signsTimestamp())
        required.append(m_config.timestampHeader);
    if (signsId())
        required.append(m_config.idHeader);
    for (const QByteArray &header : required) {
        if (header.isEmpty() || !request.hasHeader(header))
            return SchemeSupport::finish(SchemeSupport::missingHeader(header), *this);
    }
    const QByteArray timestampText
        = signsTimestamp() ? request.header(m_config.timestampHeader) : QByteArray();
    std::optional<qint64> timestamp;
    if (signsTimestamp()) {
        timestamp = SignatureHeader::parseUnixSeconds(timestampText);
        if (!timestamp) {
            return SchemeSupport::finish(
                SchemeSupport::malformedTimestamp(m_config.timestampHeader, timestampText), *this);
        }
    }
    const QByteArray value = request.header(m_config.signatureHeader);
    const auto encoded = SignatureHeader::afterPrefix(value, m_config.prefix);
    if (!encoded) {
        return SchemeSupport::finish(
            SchemeSupport::malformedHeader(
                m_config.signatureHeader,
                Verdict::tr("it does not start with %1").arg(QString::fromLatin1(m_config.prefix))),
            *this);
    }
    const auto decoded = m_config.encoding == GenericHmacConfig::Encoding::Hex
                             ? SigningCrypto::fromHex(*encoded)
                             : SigningCrypto::fromBase64(*encoded);
    const QByteArray content = expand(m_config.contentTemplate,
                                      request.body,
                                      timestampText,
                                      signsId() ? request.header(m_config.idHeader) : QByteArray(),
                                      request.url,
                                      request.method);
    Verdict verdict = SchemeSupport::matchSecrets(
        {{value, decoded.value_or(QByteArray())}},
        secrets,
        [&](const SigningSecret &secret) -> std::optional<QByteArray> {
            if (secret.key.isEmpty())
                return std::nullopt;
            return SigningCrypto::hmac(m_config.digest, secret.key, content);
        },
        [this](const QByteArray &mac) { return encode(mac); },
        m_config.signatureHeader,
        Verdict::tr("the shared secret"));
    if (timestamp) {
        SchemeSupport::checkTime(&verdict,
                                 *timestamp,
                                 options.nowSeconds,
                                 SchemeSupport::tolerance(*this, options),
                                 m_config.rejectFuture ? SchemeSupport::Window::Both
                                                       : SchemeSupport::Window::PastOnly);
    }
    return SchemeSupport::finish(verdict, *this);
}

SignResult GenericHmacScheme::sign(const SigningRequest &request,
                                   const SigningSecrets &secrets,
                                   const SignOptions &options) const
{
    SignResult result;
    if (secrets.isEmpty() || secrets.first().key.isEmpty()) {
        result.error = Verdict::tr("generic HMAC signs with the shared secret");
        return result;
    }
    const QByteArray timestamp = QByteArray::number(options.timestamp);
    const QByteArray id = options.id.isEmpty() ? SchemeSupport::randomId("msg_") : options.id;
    const QByteArray content = expand(
        m_config.contentTemplate, request.body, timestamp, id, request.url, request.method);
    if (signsTimestamp() && !m_config.timestampHeader.isEmpty())
        result.headers.append({m_config.timestampHeader, timestamp});
    if (signsId() && !m_config.idHeader.isEmpty())
        result.headers.append({m_config.idHeader, id});
    result.headers.append(
        {m_config.signatureHeader,
         encode(SigningCrypto::hmac(m_config.digest, secrets.first().key, content))});
    return result;
}

} // namespace Hookbench
