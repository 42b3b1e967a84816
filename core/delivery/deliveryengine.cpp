#include "deliveryengine.h"

#include "capture/clock.h"
#include "deliveryworker.h"

#include <QThread>

namespace Hookbench {

DeliveryEngine::DeliveryEngine(QObject *parent) : QObject(parent) { }

DeliveryEngine::~DeliveryEngine()
{
    stop();
}

void DeliveryEngine::setSecretResolver(SecretResolver resolver)
{
    Q_ASSERT(!m_thread);
    m_resolver = std::move(resolver);
}

bool DeliveryEngine::start(const StoreOptions &options, QString *error, Recovery recovery)
{
    Q_ASSERT(!m_thread);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("hookbench-delivery"));
    auto *worker = new DeliveryWorker(m_resolver);
    // The connection and the network access manager belong to the thread that makes them.
    worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DeliveryWorker::deliveryChanged, this, &DeliveryEngine::deliveryChanged);
    connect(worker, &DeliveryWorker::deliveryFinished, this, &DeliveryEngine::deliveryFinished);
    connect(worker, &DeliveryWorker::rejected, this, &DeliveryEngine::rejected);
    m_thread->start();
    bool opened = false;
    // Recovery happens before start() returns, so rows written after it are never taken for
    // ones an earlier Hookbench left behind.
    QMetaObject::invokeMethod(
        worker,
        [&] {
            opened = worker->open(options, error);
            if (opened && recovery == Recovery::TakeOver)
                worker->recover();
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return false;
    }
    QMutexLocker lock(&m_workerMutex);
    m_worker = worker;
    return true;
}

void DeliveryEngine::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_workerMutex);
        m_worker = nullptr; // deleted on its thread as it finishes
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

bool DeliveryEngine::isRunning() const
{
    QMutexLocker lock(&m_workerMutex);
    return m_worker != nullptr;
}

QString DeliveryEngine::submit(const DeliveryOrder &order, QString *error, Delivery *created)
{
    QMutexLocker lock(&m_workerMutex);
    if (!m_worker) {
        *error = tr("the delivery engine is not running");
        return {};
    }
    if (order.requestId <= 0) {
        *error = tr("a delivery needs the captured request it replays");
        return {};
    }
    const QString problem = order.settings.validate(QUrl::fromEncoded(order.request.url));
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    if (!order.settings.signScheme.isEmpty() && order.secrets.isEmpty()
        && order.settings.signSecretId.isEmpty()) {
        *error = tr("signing with %1 needs a secret").arg(order.settings.signScheme);
        return {};
    }
    Delivery delivery;
    delivery.id = newDeliveryId();
    delivery.groupId = delivery.id;
    delivery.requestId = order.requestId;
    delivery.targetId = order.targetId;
    delivery.targetUrl
        = order.targetUrl.isEmpty() ? QString::fromUtf8(order.request.url) : order.targetUrl;
    delivery.settings = order.settings;
    delivery.request = order.request;
    delivery.createdUs = nowMicros();
    delivery.dueUs = delivery.createdUs;
    if (created)
        *created = delivery;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, delivery, secrets = order.secrets]() mutable {
                                  worker->submit(std::move(delivery), secrets);
                              });
    return delivery.id;
}

QString DeliveryEngine::retry(const QString &id)
{
    QMutexLocker lock(&m_workerMutex);
    if (!m_worker)
        return {};
    const QString newId = newDeliveryId();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, id, newId] { worker->retry(id, newId); });
    return newId;
}

void DeliveryEngine::cancel(const QString &id)
{
    QMutexLocker lock(&m_workerMutex);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->cancel(id); });
}

} // namespace Hookbench
