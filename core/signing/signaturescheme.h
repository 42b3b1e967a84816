#pragma once

#include "signingrequest.h"
#include "signingsecret.h"
#include "verdict.h"

#include <QString>

#include <optional>

namespace Hookbench {

/// How a verification runs. The time is an input, so a verdict can be reproduced later.
struct VerifyOptions
{
    qint64 nowSeconds = 0; ///< the verification time, Unix seconds
    /// Overrides the scheme's replay window; 0 turns the time check off.
    std::optional<qint64> toleranceSeconds;
};

/// What signing needs besides the request and the key.
struct SignOptions
{
    qint64 timestamp = 0; ///< the signed time, Unix seconds
    QByteArray id; ///< message id for schemes that sign one (generated when empty)
};

/// Headers a provider would send for a request; `url` is set when the scheme needs the request
/// sent elsewhere than asked (Twilio adds bodySHA256 to the URL of a JSON body).
struct SignResult
{
    HeaderList headers;
    QByteArray url;
    QString error; ///< non-empty when nothing could be signed (unusable key, no URL)
};

/// One signature scheme family: verifies a request against configured secrets and signs a request
/// the way the provider does. Implementations are stateless and thread-safe.
class SignatureScheme
{
public:
    virtual ~SignatureScheme() = default;

    /// The command-line name, e.g. "stripe".
    virtual QString name() const = 0;
    /// True when the request carries this scheme's signature header(s).
    virtual bool detects(const SigningRequest &request) const = 0;
    /// The replay window in seconds when the caller sets none; 0: the scheme has none.
    virtual qint64 defaultToleranceSeconds() const { return 0; }

    virtual Verdict verify(const SigningRequest &request,
                           const SigningSecrets &secrets,
                           const VerifyOptions &options) const = 0;
    /// Signs with every secret where the header carries several signatures, else the first.
    virtual SignResult sign(const SigningRequest &request,
                            const SigningSecrets &secrets,
                            const SignOptions &options) const = 0;
};

} // namespace Hookbench
