#pragma once

#include "delivery.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace Hookbench {

/// How one HTTP exchange ended.
struct AttemptOutcome
{
    bool delivered = false; ///< a 2xx answer
    FailureKind kind = FailureKind::None;
    QString message;
    int status = 0; ///< 0: no answer
    HeaderList headers;
    QByteArray body; ///< at most maxResponseBodyBytes
    qint64 durationMs = 0;
};

/// One HTTP exchange with a target through the worker's QNetworkAccessManager: sends the
/// request as given, enforces the attempt's time limit and the TLS settings, and classifies
/// the outcome. Lives on the delivery thread; finished() is emitted exactly once.
class DeliveryAttempt final : public QObject
{
    Q_OBJECT
public:
    /// Answers are kept up to this size (a misconfigured target may return a whole page).
    static constexpr qint64 maxResponseBodyBytes = 1024 * 1024;

    DeliveryAttempt(QNetworkAccessManager *network,
                    const OutgoingRequest &request,
                    const DeliverySettings &settings,
                    QObject *parent = nullptr);
    ~DeliveryAttempt() override;
    Q_DISABLE_COPY_MOVE(DeliveryAttempt)

    void start();
    /// Aborts the exchange; finished() reports Cancelled (possibly before this returns).
    void cancel();

signals:
    void finished(const Hookbench::AttemptOutcome &outcome);

private:
    enum class Abort { None, Timeout, Cancel };

    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void finish(AttemptOutcome outcome);
    void abort(Abort reason);

    QNetworkAccessManager *m_network;
    OutgoingRequest m_request;
    DeliverySettings m_settings;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline;
    QElapsedTimer m_clock;
    Abort m_abort = Abort::None;
    bool m_encrypted = false;
    bool m_done = false;
    QString m_sslErrors; ///< what the certificate check said, for the failure message
};

} // namespace Hookbench

Q_DECLARE_METATYPE(Hookbench::AttemptOutcome)
