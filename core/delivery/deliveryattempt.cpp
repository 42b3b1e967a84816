#include "deliveryattempt.h"

#include "failureclassification.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace Hookbench {

namespace {

class AttemptText final
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::DeliveryAttempt)
};

bool isSelfSignedError(const QSslError &error)
{
    return error.error() == QSslError::SelfSignedCertificate
           || error.error() == QSslError::SelfSignedCertificateInChain;
}

} // namespace

DeliveryAttempt::DeliveryAttempt(QNetworkAccessManager *network,
                                 const OutgoingRequest &request,
                                 const DeliverySettings &settings,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_settings(settings)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    // Never before the timeout (a coarse timer may fire 5 % early).
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, [this] { abort(Abort::Timeout); });
}

DeliveryAttempt::~DeliveryAttempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DeliveryAttempt::start()
{
    const QUrl url = QUrl::fromEncoded(m_request.url);
    QNetworkRequest request(url);
    for (const auto &[name, value] : foldRepeatedHeaders(m_request.headers))
        request.setRawHeader(name, value);
    // A provider does not follow redirects, keep cookies or use a cache: a 3xx is the
    // target's answer, and no attempt may depend on an earlier one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/1.1 like the captured request: HTTP/2 would lower-case every header name.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_settings.caFile.isEmpty()) {
            const QList<QSslCertificate> certificates
                = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
            if (certificates.isEmpty()) {
                AttemptOutcome outcome;
                outcome.kind = FailureKind::Tls;
                outcome.message
                    = AttemptText::tr("no PEM certificate could be read from the CA file %1")
                          .arg(m_settings.caFile);
                // Reported from the event loop, like every other outcome.
                QMetaObject::invokeMethod(
                    this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
                return;
            }
            tls.addCaCertificates(certificates);
        }
        request.setSslConfiguration(tls);
    }
    m_clock.start();
    m_deadline->start(m_settings.timeoutMs);
    m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &DeliveryAttempt::onFinished);
    connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(m_reply, &QNetworkReply::sslErrors, this, &DeliveryAttempt::onSslErrors);
}

void DeliveryAttempt::cancel()
{
    abort(Abort::Cancel);
}

void DeliveryAttempt::abort(Abort reason)
{
    if (m_done || m_abort != Abort::None)
        return;
    m_abort = reason;
    if (m_reply)
        m_reply->abort(); // finished() follows, then onFinished() reports the reason
    else
        onFinished(); // aborted before anything was sent (the CA file was unusable)
}

void DeliveryAttempt::onSslErrors(const QList<QSslError> &errors)
{
    // Self-signed certificates pass only where the settings allow them, and the settings
    // allow them only for targets on this machine (DeliverySettings::validate()).
    const bool onlySelfSigned = std::all_of(errors.cbegin(), errors.cend(), isSelfSignedError);
    if (m_settings.allowSelfSigned && onlySelfSigned && isLocalHost(m_reply->url().host())) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    m_sslErrors = texts.join(QStringLiteral("; "));
}

void DeliveryAttempt::onFinished()
{
    AttemptOutcome outcome;
    outcome.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_reply) {
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            outcome.status = status.toInt();
            outcome.headers = m_reply->rawHeaderPairs();
            outcome.body = m_reply->read(maxResponseBodyBytes);
        }
    }
    switch (m_abort) {
    case Abort::Timeout:
        outcome.kind = FailureKind::Timeout;
        outcome.message
            = AttemptText::tr("no complete answer within %1 ms").arg(m_settings.timeoutMs);
        break;
    case Abort::Cancel:
        outcome.kind = FailureKind::Cancelled;
        outcome.message = AttemptText::tr("cancelled while in progress");
        break;
    case Abort::None:
        if (outcome.status >= 200 && outcome.status < 300) {
            outcome.delivered = true;
        } else if (outcome.status != 0) {
            outcome.kind = FailureKind::HttpStatus;
            const QString reason
                = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            outcome.message = AttemptText::tr("the target answered %1 %2")
                                  .arg(outcome.status)
                                  .arg(reason)
                                  .trimmed();
        } else {
            const bool https = m_reply->url().scheme() == QLatin1String("https");
            outcome.kind = classifyReplyError(m_reply->error(), https && !m_encrypted);
            outcome.message = m_reply->errorString();
            if (!m_sslErrors.isEmpty())
                outcome.message += QStringLiteral(": ") + m_sslErrors;
        }
        break;
    }
    if (m_abort == Abort::None && outcome.kind == FailureKind::Tls && m_sslErrors.isEmpty()
        && m_reply && m_reply->error() != QNetworkReply::SslHandshakeFailedError) {
        outcome.message = AttemptText::tr("the TLS handshake did not complete (%1); does the "
                                          "target speak https?")
                              .arg(outcome.message);
    }
    finish(std::move(outcome));
}

void DeliveryAttempt::finish(AttemptOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    emit finished(outcome);
}

} // namespace Hookbench
