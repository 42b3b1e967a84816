#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Hookbench {

/// The outcome of checking one request's signature, with its reason in plain words. Never holds
/// a secret: `expected` is what the configured secret produces for this request, not the key.
struct Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::Verdict)

public:
    enum class Status {
        Valid, ///< a signature matched a configured secret and the time check passed
        Invalid, ///< the request fails the check a receiver would make
        None, ///< nothing to check: no scheme recognized, or no secret configured
    };
    enum class Reason {
        Valid,
        UnknownScheme, ///< auto detection found no known signature header
        NoSecret, ///< no secret configured
        UnusableSecret, ///< no configured secret is a key of the form the scheme needs
        MissingHeader, ///< a header the scheme needs is absent (also Linear's body timestamp)
        MalformedHeader, ///< a header is present but cannot be parsed
        MissingUrl, ///< the scheme signs the URL and none was given
        UnsupportedVersion, ///< only signatures in versions this scheme does not check
        TimestampTooOld,
        TimestampTooNew,
        SignatureMismatch,
        BodyHashMismatch, ///< Twilio's bodySHA256 does not match the body
        BodyTruncated, ///< the stored body was cut at the capture limit: nothing to check
    };

    Status status = Status::None;
    Reason reason = Reason::UnknownScheme;
    QString scheme; ///< registry name, e.g. "stripe"
    QString message; ///< the reason in plain words (translated)
    QByteArray header; ///< the header concerned, as the scheme names it
    QByteArray expected; ///< mismatch: what the first usable secret produces, encoded as sent
    QByteArray received; ///< mismatch: the (first) signature the request carried
    qint64 timestamp = 0; ///< the signed time, Unix seconds (0: none)
    qint64 skewSeconds = 0; ///< verification time minus the signed time
    qint64 toleranceSeconds = 0; ///< the window applied (0: no time check)
    int secretIndex = -1; ///< which configured secret matched (also when the time check failed)
    QString secretId;

    bool isValid() const { return status == Status::Valid; }

    static QString statusName(Status status); ///< "valid", "invalid", "none"
    static QString reasonName(Reason reason); ///< snake_case code, e.g. "timestamp_too_old"

    /// The verdict for the command line and the API: status, reason, message, scheme, and only
    /// the fields that apply.
    QJsonObject toJson() const;

    static Verdict make(Status status, Reason reason, const QString &message);
    static Verdict invalid(Reason reason, const QString &message);
};

} // namespace Hookbench
