#include "requestverifier.h"

#include "signing/generichmacscheme.h"
#include "signing/schemeregistry.h"
#include "signing/signingrequest.h"

namespace Hookbench {

RequestVerifier::RequestVerifier(QList<SigningSource> sources,
                                 QHash<qint64, SigningSecrets> secrets)
    : m_sources(std::move(sources)), m_secrets(std::move(secrets))
{ }

const SigningSource *RequestVerifier::sourceFor(const QString &listener,
                                                const QByteArray &path) const
{
    const SigningSource *best = nullptr;
    auto specificity = [](const SigningSource &source) {
        return std::pair(source.pathPrefix.size(), source.listener.isEmpty() ? 0 : 1);
    };
    for (const SigningSource &source : m_sources) {
        if (source.matches(listener, path) && (!best || specificity(source) > specificity(*best)))
            best = &source;
    }
    return best;
}

SigningSecrets RequestVerifier::secret(const QString &secretId) const
{
    for (const SigningSecrets &secrets : m_secrets) {
        for (const SigningSecret &candidate : secrets) {
            if (candidate.id == secretId)
                return {candidate};
        }
    }
    return {};
}

QByteArray RequestVerifier::signedUrl(const CapturedRequest &request, const SigningSource *source)
{
    QByteArray base = source ? source->publicUrl.toUtf8() : QByteArray();
    if (base.isEmpty())
        base = "http://" + request.headerValue("Host");
    while (base.endsWith('/'))
        base.chop(1);
    return base + request.target;
}

Verdict RequestVerifier::verify(const CapturedRequest &request) const
{
    const SigningSource *source = sourceFor(request.listener, request.path());
    const SigningRequest signing
        = SigningRequest::fromCaptured(request, signedUrl(request, source));
    VerifyOptions options;
    options.nowSeconds = request.receivedStartUs / 1000000;
    SigningSecrets secrets;
    QString scheme = QStringLiteral("auto");
    if (source) {
        options.toleranceSeconds = source->toleranceSeconds;
        secrets = m_secrets.value(source->id);
        scheme = source->scheme;
    }
    Verdict verdict = source && scheme == QLatin1String("generic")
                          ? GenericHmacScheme(source->generic).verify(signing, secrets, options)
                          : SchemeRegistry::verify(scheme, signing, secrets, options);
    if (request.bodyTruncated && verdict.status != Verdict::Status::None) {
        // A signature over bytes that were not kept cannot be judged either way.
        const QString name = verdict.scheme;
        verdict = Verdict::make(Verdict::Status::None,
                                Verdict::Reason::BodyTruncated,
                                Verdict::tr("The body was cut at the capture size limit, so its "
                                            "signature cannot be checked."));
        verdict.scheme = name;
    }
    return verdict;
}

} // namespace Hookbench
