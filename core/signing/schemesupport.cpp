#include "schemesupport.h"

#include "signingcrypto.h"

#include <QRandomGenerator>

namespace Hookbench {

namespace {

QString secretName(const SigningSecrets &secrets, int index)
{
    const QString &id = secrets.at(index).id;
    return id.isEmpty() ? Verdict::tr("#%1").arg(index + 1) : id;
}

Verdict matched(const SigningSecrets &secrets, int index)
{
    Verdict verdict = Verdict::make(
        Verdict::Status::Valid,
        Verdict::Reason::Valid,
        Verdict::tr("The signature matches secret %1.").arg(secretName(secrets, index)));
    verdict.secretIndex = index;
    verdict.secretId = secrets.at(index).id;
    return verdict;
}

Verdict unusableSecrets(const QString &keyForm)
{
    return Verdict::invalid(Verdict::Reason::UnusableSecret,
                            Verdict::tr("No configured secret is usable here: this scheme needs "
                                        "%1.")
                                .arg(keyForm));
}

} // namespace

Verdict SchemeSupport::missingHeader(QByteArrayView header)
{
    Verdict verdict = Verdict::invalid(
        Verdict::Reason::MissingHeader,
        Verdict::tr("The %1 header is missing.").arg(QString::fromLatin1(header)));
    verdict.header = header.toByteArray();
    return verdict;
}

Verdict SchemeSupport::malformedHeader(QByteArrayView header, const QString &why)
{
    Verdict verdict = Verdict::invalid(
        Verdict::Reason::MalformedHeader,
        Verdict::tr("The %1 header cannot be read: %2").arg(QString::fromLatin1(header), why));
    verdict.header = header.toByteArray();
    return verdict;
}

Verdict SchemeSupport::malformedTimestamp(QByteArrayView header, const QByteArray &text)
{
    return malformedHeader(
        header,
        Verdict::tr("'%1' is not Unix seconds (digits only)").arg(QString::fromLatin1(text)));
}

Verdict SchemeSupport::noSecret(const QString &scheme)
{
    return Verdict::make(Verdict::Status::None,
                         Verdict::Reason::NoSecret,
                         Verdict::tr("No secret is configured for %1, so the signature was not "
                                     "checked.")
                             .arg(scheme));
}

Verdict SchemeSupport::missingUrl(const QString &scheme)
{
    return Verdict::invalid(
        Verdict::Reason::MissingUrl,
        Verdict::tr("%1 signs the URL: give the full URL the provider called.").arg(scheme));
}

Verdict SchemeSupport::unsupportedVersion(QByteArrayView header,
                                          QByteArrayView wanted,
                                          const QByteArray &found)
{
    Verdict verdict = Verdict::invalid(
        Verdict::Reason::UnsupportedVersion,
        Verdict::tr("The %1 header carries no %2 signature (it has: %3).")
            .arg(QString::fromLatin1(header),
                 QString::fromLatin1(wanted),
                 found.isEmpty() ? Verdict::tr("nothing") : QString::fromLatin1(found)));
    verdict.header = header.toByteArray();
    return verdict;
}

Verdict SchemeSupport::matchSecrets(const QList<Received> &received,
                                    const SigningSecrets &secrets,
                                    const Expected &expected,
                                    const Shown &shown,
                                    QByteArrayView header,
                                    const QString &keyForm)
{
    std::optional<QByteArray> firstExpected;
    for (int index = 0; index < secrets.size(); ++index) {
        const std::optional<QByteArray> value = expected(secrets.at(index));
        if (!value)
            continue;
        if (!firstExpected)
            firstExpected = value;
        // Every received signature is compared, none skipped on a match, so timing does not
        // tell which one matched.
        bool any = false;
        for (const Received &signature : received)
            any |= SigningCrypto::equal(signature.compared, *value);
        if (any)
            return matched(secrets, index);
    }
    if (!firstExpected)
        return unusableSecrets(keyForm);
    Verdict verdict = Verdict::invalid(
        Verdict::Reason::SignatureMismatch,
        secrets.size() == 1
            ? Verdict::tr("The signature does not match the secret: expected %1, received %2.")
                  .arg(QString::fromLatin1(shown(*firstExpected)),
                       QString::fromLatin1(received.value(0).text))
            : Verdict::tr("The signature matches none of the %1 secrets: expected %2 (the first "
                          "usable secret), received %3.")
                  .arg(secrets.size())
                  .arg(QString::fromLatin1(shown(*firstExpected)),
                       QString::fromLatin1(received.value(0).text)));
    verdict.header = header.toByteArray();
    verdict.expected = shown(*firstExpected);
    verdict.received = received.value(0).text;
    return verdict;
}

Verdict SchemeSupport::matchKeys(const QList<Received> &received,
                                 const SigningSecrets &secrets,
                                 const KeyCheck &check,
                                 QByteArrayView header,
                                 const QString &keyForm)
{
    bool anyUsable = false;
    for (int index = 0; index < secrets.size(); ++index) {
        for (const Received &signature : received) {
            const std::optional<bool> verified = check(secrets.at(index), signature);
            if (!verified)
                break; // the key is unusable, whatever the signature
            anyUsable = true;
            if (*verified)
                return matched(secrets, index);
        }
    }
    if (!anyUsable)
        return unusableSecrets(keyForm);
    Verdict verdict = Verdict::invalid(
        Verdict::Reason::SignatureMismatch,
        Verdict::tr("The signature %1 does not verify with the configured public key(s).")
            .arg(QString::fromLatin1(received.value(0).text)));
    verdict.header = header.toByteArray();
    verdict.received = received.value(0).text;
    return verdict;
}

void SchemeSupport::checkTime(
    Verdict *verdict, qint64 timestamp, qint64 nowSeconds, qint64 toleranceSeconds, Window window)
{
    verdict->timestamp = timestamp;
    verdict->skewSeconds = nowSeconds - timestamp;
    verdict->toleranceSeconds = toleranceSeconds;
    if (!verdict->isValid() || toleranceSeconds <= 0)
        return;
    const QString matchedNote = verdict->message;
    if (verdict->skewSeconds > toleranceSeconds) {
        verdict->status = Verdict::Status::Invalid;
        verdict->reason = Verdict::Reason::TimestampTooOld;
        verdict->message = Verdict::tr("The timestamp is too old: %1 s before the verification "
                                       "time, %2 s more than the %3 s allowed. %4")
                               .arg(verdict->skewSeconds)
                               .arg(verdict->skewSeconds - toleranceSeconds)
                               .arg(toleranceSeconds)
                               .arg(matchedNote);
    } else if (window == Window::Both && -verdict->skewSeconds > toleranceSeconds) {
        verdict->status = Verdict::Status::Invalid;
        verdict->reason = Verdict::Reason::TimestampTooNew;
        verdict->message = Verdict::tr("The timestamp is too new: %1 s after the verification "
                                       "time, %2 s more than the %3 s allowed. %4")
                               .arg(-verdict->skewSeconds)
                               .arg(-verdict->skewSeconds - toleranceSeconds)
                               .arg(toleranceSeconds)
                               .arg(matchedNote);
    }
}

qint64 SchemeSupport::tolerance(const SignatureScheme &scheme, const VerifyOptions &options)
{
    return options.toleranceSeconds.value_or(scheme.defaultToleranceSeconds());
}

Verdict SchemeSupport::finish(Verdict verdict, const SignatureScheme &scheme)
{
    verdict.scheme = scheme.name();
    return verdict;
}

QByteArray SchemeSupport::randomId(QByteArrayView prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray id = prefix.toByteArray();
    for (int i = 0; i < 24; ++i)
        id.append(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

} // namespace Hookbench
