#include "verdict.h"

namespace Hookbench {

QString Verdict::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Invalid:
        return QStringLiteral("invalid");
    case Status::None:
        break;
    }
    return QStringLiteral("none");
}

QString Verdict::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Valid:
        return QStringLiteral("valid");
    case Reason::UnknownScheme:
        return QStringLiteral("unknown_scheme");
    case Reason::NoSecret:
        return QStringLiteral("no_secret");
    case Reason::UnusableSecret:
        return QStringLiteral("unusable_secret");
    case Reason::MissingHeader:
        return QStringLiteral("missing_header");
    case Reason::MalformedHeader:
        return QStringLiteral("malformed_header");
    case Reason::MissingUrl:
        return QStringLiteral("missing_url");
    case Reason::UnsupportedVersion:
        return QStringLiteral("unsupported_version");
    case Reason::TimestampTooOld:
        return QStringLiteral("timestamp_too_old");
    case Reason::TimestampTooNew:
        return QStringLiteral("timestamp_too_new");
    case Reason::SignatureMismatch:
        return QStringLiteral("signature_mismatch");
    case Reason::BodyHashMismatch:
        return QStringLiteral("body_hash_mismatch");
    case Reason::BodyTruncated:
        return QStringLiteral("body_truncated");
    }
    return QString();
}

QJsonObject Verdict::toJson() const
{
    QJsonObject json {{QStringLiteral("status"), statusName(status)},
                      {QStringLiteral("reason"), reasonName(reason)},
                      {QStringLiteral("message"), message}};
    if (!scheme.isEmpty())
        json.insert(QStringLiteral("scheme"), scheme);
    if (!header.isEmpty())
        json.insert(QStringLiteral("header"), QString::fromLatin1(header));
    if (!expected.isEmpty())
        json.insert(QStringLiteral("expected"), QString::fromLatin1(expected));
    if (!received.isEmpty())
        json.insert(QStringLiteral("received"), QString::fromLatin1(received));
    if (timestamp) {
        json.insert(QStringLiteral("timestamp"), timestamp);
        json.insert(QStringLiteral("skew_seconds"), skewSeconds);
    }
    if (toleranceSeconds)
        json.insert(QStringLiteral("tolerance_seconds"), toleranceSeconds);
    if (secretIndex >= 0) {
        json.insert(QStringLiteral("secret_index"), secretIndex);
        if (!secretId.isEmpty())
            json.insert(QStringLiteral("secret_id"), secretId);
    }
    return json;
}

Verdict Verdict::make(Status status, Reason reason, const QString &message)
{
    Verdict verdict;
    verdict.status = status;
    verdict.reason = reason;
    verdict.message = message;
    return verdict;
}

Verdict Verdict::invalid(Reason reason, const QString &message)
{
    return make(Status::Invalid, reason, message);
}

} // namespace Hookbench
