#include "deliveryworker.h"

#include "capture/clock.h"
#include "deliveryattempt.h"
#include "retrypolicy.h"
#include "signing/schemeregistry.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <tuple>

namespace Hookbench {

namespace {

// Stored with the row, the same in every language: it is what the user reads in the
// delivery's history, in whichever language the window later shows it.
const char interruptedMessage[] = "Hookbench quit while this delivery was in progress";

// The next attempt of a group: the same request (re-signed when it starts) to the same place.
Delivery followUp(const Delivery &previous, const QString &id, int attempt, qint64 nowUs)
{
    Delivery next;
    next.id = id;
    next.requestId = previous.requestId;
    next.targetId = previous.targetId;
    next.targetUrl = previous.targetUrl;
    next.attempt = attempt;
    next.groupId = previous.groupId;
    next.settings = previous.settings;
    next.request = previous.request;
    next.createdUs = nowUs;
    next.dueUs = nowUs;
    return next;
}

} // namespace

DeliveryWorker::DeliveryWorker(SecretResolver resolver)
    : m_resolver(std::move(resolver))
    , m_timer(new QTimer(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeliveryWorker::pump);
}

DeliveryWorker::~DeliveryWorker()
{
    // Attempts go first, before the manager deletes their replies, so no outcome is reported
    // (and written) while the worker is half destroyed. Their rows stay in progress: the next
    // start marks them interrupted (recover()).
    for (const Running &running : std::as_const(m_running))
        delete running.attempt;
    m_running.clear();
    delete m_network;
}

bool DeliveryWorker::open(const StoreOptions &options, QString *error)
{
    if (!m_store.open(options, error))
        return false;
    m_network = new QNetworkAccessManager(this);
    return true;
}

void DeliveryWorker::recover()
{
    const QStringList interrupted
        = m_store.markInterrupted(QString::fromLatin1(interruptedMessage), nowMicros());
    if (interrupted.isEmpty() && !m_store.lastError().isEmpty()) {
        qWarning("Hookbench: cannot fail the deliveries a quit interrupted: %s",
                 qPrintable(m_store.lastError()));
    }
    for (const QString &id : interrupted) {
        emit deliveryChanged(id);
        emit deliveryFinished(id);
    }
    for (Delivery &pending : m_store.withStatus(DeliveryStatus::Pending, INT_MAX)) {
        const QString id = pending.id;
        m_waiting.emplace(id, std::move(pending));
    }
    pump();
}

void DeliveryWorker::submit(Delivery delivery, const SigningSecrets &secrets)
{
    if (!write(delivery, true)) {
        emit rejected(delivery.id, m_store.lastError());
        return;
    }
    if (!secrets.isEmpty())
        m_secrets.insert(delivery.groupId, secrets);
    const QString id = delivery.id;
    m_waiting.emplace(id, std::move(delivery));
    emit deliveryChanged(id);
    pump();
}

void DeliveryWorker::retry(const QString &id, const QString &newId)
{
    const std::optional<Delivery> previous = m_store.delivery(id);
    if (!previous) {
        emit rejected(newId, tr("there is no delivery %1").arg(id));
        return;
    }
    if (previous->status != DeliveryStatus::Failed
        && previous->status != DeliveryStatus::Cancelled) {
        emit rejected(newId,
                      tr("only a failed or cancelled delivery can be retried; %1 is %2")
                          .arg(id, deliveryStatusTitle(previous->status)));
        return;
    }
    int lastAttempt = 0;
    for (const Delivery &sibling : m_store.group(previous->groupId)) {
        if (!sibling.isFinal()) {
            emit rejected(newId,
                          tr("attempt %1 of this delivery is still under way (%2)")
                              .arg(sibling.attempt)
                              .arg(sibling.id));
            return;
        }
        lastAttempt = qMax(lastAttempt, sibling.attempt);
    }
    Delivery next = followUp(*previous, newId, lastAttempt + 1, nowMicros());
    if (!write(next, true)) {
        emit rejected(newId, m_store.lastError());
        return;
    }
    m_waiting.emplace(newId, std::move(next));
    emit deliveryChanged(newId);
    pump();
}

void DeliveryWorker::cancel(const QString &id)
{
    if (const auto waiting = m_waiting.find(id); waiting != m_waiting.end()) {
        Delivery delivery = std::move(waiting->second);
        m_waiting.erase(waiting);
        delivery.status = DeliveryStatus::Cancelled;
        delivery.failedUs = nowMicros();
        delivery.failureKind = FailureKind::Cancelled;
        delivery.failureMessage = tr("cancelled before it started");
        conclude(delivery);
        pump();
        return;
    }
    if (const auto running = m_running.constFind(id); running != m_running.constEnd())
        running->attempt->cancel(); // attemptFinished() records it
}

QString DeliveryWorker::slotKey(const Delivery &delivery)
{
    if (delivery.targetId != 0)
        return QStringLiteral("target:%1").arg(delivery.targetId);
    // An ad-hoc URL: its origin stands for the target.
    return QStringLiteral("origin:")
           + QUrl(delivery.targetUrl)
                 .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                           | QUrl::RemoveFragment)
                 .toString();
}

void DeliveryWorker::pump()
{
    m_timer->stop();
    const qint64 now = nowMicros();
    std::vector<const Delivery *> candidates;
    candidates.reserve(m_waiting.size());
    for (const auto &entry : m_waiting)
        candidates.push_back(&entry.second);
    std::sort(candidates.begin(), candidates.end(), [](const Delivery *a, const Delivery *b) {
        return std::tie(a->dueUs, a->createdUs, a->id) < std::tie(b->dueUs, b->createdUs, b->id);
    });
    qint64 nextDueUs = LLONG_MAX;
    QStringList ready;
    for (const Delivery *candidate : candidates) {
        if (candidate->dueUs > now) {
            nextDueUs = qMin(nextDueUs, candidate->dueUs);
            continue;
        }
        // A full target is pumped again when one of its attempts finishes.
        int &inFlight = m_inFlight[slotKey(*candidate)];
        if (inFlight >= qMax(1, candidate->settings.maxConcurrency))
            continue;
        ++inFlight;
        ready.append(candidate->id);
    }
    bool slotFreed = false;
    for (const QString &id : std::as_const(ready)) {
        auto node = m_waiting.extract(id);
        if (!startAttempt(std::move(node.mapped())))
            slotFreed = true;
    }
    if (slotFreed)
        m_timer->start(0);
    else if (nextDueUs != LLONG_MAX)
        m_timer->start(int(qMin<qint64>((nextDueUs - now + 999) / 1000, INT_MAX)));
}

bool DeliveryWorker::startAttempt(Delivery delivery)
{
    const QString key = slotKey(delivery);
    delivery.status = DeliveryStatus::InProgress;
    delivery.startedUs = nowMicros();
    if (const std::optional<QString> problem = sign(delivery)) {
        --m_inFlight[key];
        delivery.status = DeliveryStatus::Failed;
        delivery.failedUs = delivery.startedUs;
        delivery.failureKind = FailureKind::Signing;
        delivery.failureMessage = *problem;
        conclude(delivery);
        return false;
    }
    // The row records what goes on the wire, which keeps one field per name.
    delivery.request.headers = foldRepeatedHeaders(delivery.request.headers);
    if (!write(delivery, false)) {
        // Nothing is sent that could not be recorded: try again in a moment.
        --m_inFlight[key];
        Delivery waiting = delivery;
        waiting.status = DeliveryStatus::Pending;
        waiting.startedUs = 0;
        waiting.dueUs = nowMicros() + 1'000'000;
        const QString id = waiting.id;
        m_waiting.emplace(id, std::move(waiting));
        return false;
    }
    emit deliveryChanged(delivery.id);
    auto *attempt = new DeliveryAttempt(m_network, delivery.request, delivery.settings, this);
    connect(attempt,
            &DeliveryAttempt::finished,
            this,
            [this, deliveryId = delivery.id](const AttemptOutcome &outcome) {
                attemptFinished(deliveryId, outcome);
            });
    m_running.insert(delivery.id, {delivery, attempt});
    attempt->start();
    return true;
}

std::optional<QString> DeliveryWorker::sign(Delivery &delivery)
{
    const DeliverySettings &settings = delivery.settings;
    if (settings.signScheme.isEmpty())
        return std::nullopt;
    const SignatureScheme *scheme = SchemeRegistry::find(settings.signScheme);
    if (!scheme)
        return tr("unknown signing scheme '%1'").arg(settings.signScheme);
    SigningSecrets secrets = m_secrets.value(delivery.groupId);
    if (secrets.isEmpty() && !settings.signSecretId.isEmpty() && m_resolver)
        secrets = m_resolver(settings.signSecretId);
    if (secrets.isEmpty()) {
        return settings.signSecretId.isEmpty()
                   ? tr("no signing key: it was given to a Hookbench that has quit since")
                   : tr("the signing secret %1 is not available").arg(settings.signSecretId);
    }
    // Signed at the moment it goes out, so each retry carries a fresh timestamp (and a fresh
    // message id where the scheme has one) that the receiver's replay window accepts.
    const QString error = signOutgoing(
        delivery.request, *scheme, secrets, SignOptions {delivery.startedUs / 1'000'000, {}});
    if (!error.isEmpty())
        return error;
    return std::nullopt;
}

void DeliveryWorker::attemptFinished(const QString &id, const AttemptOutcome &outcome)
{
    const auto found = m_running.find(id);
    if (found == m_running.end())
        return;
    Delivery delivery = found->delivery;
    found->attempt->deleteLater();
    m_running.erase(found);
    const QString key = slotKey(delivery);
    if (--m_inFlight[key] <= 0)
        m_inFlight.remove(key);

    const qint64 now = nowMicros();
    delivery.responseStatus = outcome.status;
    delivery.responseHeaders = outcome.headers;
    delivery.responseBody = outcome.body;
    delivery.durationMs = outcome.durationMs;
    if (outcome.delivered) {
        delivery.status = DeliveryStatus::Delivered;
        delivery.deliveredUs = now;
        m_secrets.remove(delivery.groupId);
    } else {
        delivery.status = outcome.kind == FailureKind::Cancelled ? DeliveryStatus::Cancelled
                                                                 : DeliveryStatus::Failed;
        delivery.failedUs = now;
        delivery.failureKind = outcome.kind;
        delivery.failureMessage = outcome.message;
    }
    const bool retries = delivery.status == DeliveryStatus::Failed
                         && delivery.attempt < delivery.settings.maxAttempts;
    if (!retries) {
        conclude(delivery);
    } else {
        write(delivery, false);
        emit deliveryChanged(delivery.id);
        Delivery next = followUp(delivery, newDeliveryId(), delivery.attempt + 1, now);
        const DeliverySettings &settings = delivery.settings;
        next.dueUs
            += 1000
               * backoffDelayMs(
                   delivery.attempt, settings.backoffBaseMs, settings.backoffCapMs, m_random);
        if (write(next, true)) {
            const QString nextId = next.id;
            m_waiting.emplace(nextId, std::move(next));
            emit deliveryChanged(nextId);
        } else {
            emit deliveryFinished(delivery.id); // the retry could not be stored: this is the end
        }
    }
    pump();
}

void DeliveryWorker::conclude(const Delivery &delivery)
{
    write(delivery, false);
    emit deliveryChanged(delivery.id);
    emit deliveryFinished(delivery.id);
}

bool DeliveryWorker::write(const Delivery &delivery, bool insert)
{
    const bool ok = insert ? m_store.insert(delivery) : m_store.update(delivery);
    if (!ok) {
        qWarning("Hookbench: cannot record delivery %s: %s",
                 qPrintable(delivery.id),
                 qPrintable(m_store.lastError()));
    }
    return ok;
}

} // namespace Hookbench
