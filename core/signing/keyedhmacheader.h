#pragma once

#include "signaturescheme.h"

namespace Hookbench {

/// The shape Stripe and Paddle share: one header of key=value items holding a Unix-seconds
/// timestamp and hex HMAC-SHA256 signatures of timestamp, joiner, body, keyed with the secret
/// as given (Stripe `t=…,v1=…`, Paddle `ts=…;h1=…`). Only stale timestamps are rejected.
struct KeyedHmacHeader
{
    const char *header;
    char separator; ///< between items
    QByteArray timestampKey;
    QByteArray signatureKey;
    char joiner; ///< between timestamp and body in the signed content
    QString secretName; ///< for messages: "the endpoint secret (whsec_…)"

    Verdict verify(const SignatureScheme &scheme,
                   const SigningRequest &request,
                   const SigningSecrets &secrets,
                   const VerifyOptions &options) const;
    SignResult sign(const SignatureScheme &scheme,
                    const SigningRequest &request,
                    const SigningSecrets &secrets,
                    const SignOptions &options) const;
};

} // namespace Hookbench
