#pragma once

#include "signaturescheme.h"
#include "signingcrypto.h"

#include <QJsonObject>

namespace Hookbench {

/// How a provider not listed signs: which header, which prefix, which digest and encoding, and
/// which bytes (a template over the request).
struct GenericHmacConfig
{
    enum class Encoding { Hex, Base64 };

    QByteArray signatureHeader = "X-Signature";
    QByteArray prefix; ///< e.g. "sha256=" (removed before decoding)
    SigningCrypto::Digest digest = SigningCrypto::Digest::Sha256;
    Encoding encoding = Encoding::Hex;
    /// The signed bytes: {body}, {timestamp}, {id}, {url} and {method} are replaced, everything
    /// else is taken literally, e.g. "{timestamp}.{body}".
    QByteArray contentTemplate = "{body}";
    QByteArray timestampHeader; ///< read for {timestamp} (Unix seconds, digits only)
    QByteArray idHeader; ///< read for {id}
    qint64 toleranceSeconds = 300; ///< when a timestamp is signed; 0: no time check
    bool rejectFuture = true; ///< false: only stale timestamps are rejected

    /// As stored with a signing source.
    QJsonObject toJson() const;
    /// Unknown or missing members keep their defaults.
    static GenericHmacConfig fromJson(const QJsonObject &json);
};

/// A configurable HMAC scheme for providers without a scheme of their own.
class GenericHmacScheme final : public SignatureScheme
{
public:
    explicit GenericHmacScheme(GenericHmacConfig config);

    QString name() const override { return QStringLiteral("generic"); }
    bool detects(const SigningRequest &request) const override;
    qint64 defaultToleranceSeconds() const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

    /// The template filled in; placeholders without a value become empty.
    static QByteArray expand(const QByteArray &pattern,
                             const QByteArray &body,
                             const QByteArray &timestamp,
                             const QByteArray &id,
                             const QByteArray &url,
                             const QByteArray &method);

    const GenericHmacConfig &config() const { return m_config; }

private:
    bool signsTimestamp() const { return m_config.contentTemplate.contains("{timestamp}"); }
    bool signsId() const { return m_config.contentTemplate.contains("{id}"); }
    QByteArray encode(const QByteArray &mac) const;

    GenericHmacConfig m_config;
};

} // namespace Hookbench
