#pragma once

#include "signaturescheme.h"

#include <functional>
#include <optional>

namespace Hookbench {

/// The steps every scheme shares: the verdicts for missing input, matching received signatures
/// against each configured secret in constant time, and the replay-window check.
class SchemeSupport final
{
public:
    enum class Window {
        Both, ///< reject timestamps too far in the past or the future
        PastOnly, ///< reject only stale timestamps (Stripe, Paddle, Twitch)
    };

    struct Received
    {
        QByteArray text; ///< the signature as the header carries it
        QByteArray compared; ///< what is compared with the expected value (usually decoded)
    };

    /// Returns the secret's expected value for this request in the compared form, or nullopt
    /// when the secret is not a key this scheme can use.
    using Expected = std::function<std::optional<QByteArray>(const SigningSecret &)>;
    /// The expected value as the header would carry it (hex, base64, with prefix).
    using Shown = std::function<QByteArray(const QByteArray &)>;
    /// Asymmetric schemes: does this (public) key verify this received signature? nullopt when
    /// the key is unusable.
    using KeyCheck = std::function<std::optional<bool>(const SigningSecret &, const Received &)>;

    static Verdict missingHeader(QByteArrayView header);
    static Verdict malformedHeader(QByteArrayView header, const QString &why);
    /// A timestamp header whose value `text` is not Unix seconds (digits only).
    static Verdict malformedTimestamp(QByteArrayView header, const QByteArray &text);
    static Verdict noSecret(const QString &scheme);
    static Verdict missingUrl(const QString &scheme);
    static Verdict
    unsupportedVersion(QByteArrayView header, QByteArrayView wanted, const QByteArray &found);

    static Verdict matchSecrets(const QList<Received> &received,
                                const SigningSecrets &secrets,
                                const Expected &expected,
                                const Shown &shown,
                                QByteArrayView header,
                                const QString &keyForm);
    static Verdict matchKeys(const QList<Received> &received,
                             const SigningSecrets &secrets,
                             const KeyCheck &check,
                             QByteArrayView header,
                             const QString &keyForm);

    /// Applies the replay window to a verdict whose signature matched: records the time and the
    /// skew, and turns it invalid when the time is outside the window. tolerance 0: no check.
    static void checkTime(Verdict *verdict,
                          qint64 timestamp,
                          qint64 nowSeconds,
                          qint64 toleranceSeconds,
                          Window window);
    /// The tolerance in force: the caller's, else the scheme's default.
    static qint64 tolerance(const SignatureScheme &scheme, const VerifyOptions &options);

    /// Finishes a verdict: records the scheme name.
    static Verdict finish(Verdict verdict, const SignatureScheme &scheme);

    static QByteArray hex(const QByteArray &bytes) { return bytes.toHex(); }
    static QByteArray base64(const QByteArray &bytes) { return bytes.toBase64(); }
    /// A message id like the providers': prefix + 24 random URL-safe characters.
    static QByteArray randomId(QByteArrayView prefix);
};

} // namespace Hookbench
