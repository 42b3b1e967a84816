#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// Twilio: `X-Twilio-Signature`, base64 HMAC-SHA1 (auth token) of the full URL, followed for form
/// posts by every parameter (keys in byte order, each distinct value once, sorted). A JSON body is
/// covered by `bodySHA256=<hex sha256(body)>` in the signed URL instead. The URL is also tried
/// with and without its default port, as Twilio's validators do.
class TwilioScheme final : public SignatureScheme
{
public:
    QString name() const override { return QStringLiteral("twilio"); }
    bool detects(const SigningRequest &request) const override;
    Verdict verify(const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const override;
    SignResult sign(const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const override;

    /// The bytes signed after the URL for a form body: key+value for each sorted pair.
    static QByteArray formData(const QByteArray &body);
    /// The URL as given, then with its default port added or removed.
    static QByteArrayList urlVariants(const QByteArray &url);
    /// The value of the bodySHA256 query parameter; null when absent.
    static QByteArray bodyHashParameter(const QByteArray &url);
};

} // namespace Hookbench
