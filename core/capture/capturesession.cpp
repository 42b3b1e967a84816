#include "capturesession.h"

#include <QThread>

namespace Hookbench {

int CaptureSessionOptions::defaultCaptureThreads()
{
    return qBound(1, QThread::idealThreadCount(), 2);
}

CaptureSession::CaptureSession(QObject *parent) : QObject(parent) { }

CaptureSession::~CaptureSession()
{
    // Normally shutdown() has stopped both. If not, the writer commits what it holds first, so
    // it never calls back into capture threads that are being torn down.
    m_reinspector.reset();
    if (m_deliveries)
        m_deliveries->stop();
    m_writer.stop();
    m_service.reset();
}

bool CaptureSession::openStore(const CaptureSessionOptions &options, QString *error)
{
    m_catalogs = std::make_unique<CatalogSet>(options.catalogFolder);
    for (const QString &problem : m_catalogs->errors())
        qWarning("Catalog not used: %s", qPrintable(problem));
    if (!m_writer.start(options.store, error))
        return false;
    if (options.inspect) {
        auto secrets = std::make_unique<SecretBook>(options.secrets);
        QString secretsError;
        if (secrets->open(options.store, &secretsError))
            m_secrets = std::move(secrets);
        else
            qWarning("Signatures cannot be verified: %s", qPrintable(secretsError));
        m_reinspector = std::make_unique<Reinspector>(&m_writer, m_catalogs.get(), m_secrets.get());
        QString inspectError;
        if (!m_reinspector->start(options.store, &inspectError))
            qWarning("Captured requests cannot be inspected: %s", qPrintable(inspectError));
    }
    startDeliveries(options.store);
    startForwarding(options.store);
    m_service = std::make_unique<CaptureService>(&m_writer, options.captureThreads);
    return true;
}

void CaptureSession::startDeliveries(const StoreOptions &store)
{
    auto engine = std::make_unique<DeliveryEngine>();
    // Called on the engine's thread: the verifier is an immutable snapshot handed out under
    // the book's lock, so it never reads the book's own lists while they change. The book
    // outlives the engine (stopped first in shutdown() and the destructor).
    engine->setSecretResolver([book = m_secrets.get()](const QString &secretId) {
        return book ? book->verifier()->secret(secretId) : SigningSecrets();
    });
    QString error;
    // The session is the store's one owner of deliveries: it resumes what an earlier run left.
    if (!engine->start(store, &error, DeliveryEngine::Recovery::TakeOver)) {
        qWarning("Captured requests cannot be delivered: %s", qPrintable(error));
        return;
    }
    m_deliveries = std::move(engine);
}

void CaptureSession::startForwarding(const StoreOptions &store)
{
    // Rules match on events, which only inspection writes.
    if (!m_reinspector || !m_deliveries)
        return;
    auto forwarder = std::make_unique<Forwarder>(m_reinspector.get(), m_deliveries.get());
    // Headless, nobody else would say why a rule sends nothing.
    connect(
        forwarder.get(), &Forwarder::ruleUnusable, this, [](qint64 ruleId, const QString &reason) {
            qWarning("Forwarding rule %lld forwards nothing: %s", ruleId, qPrintable(reason));
        });
    QString error;
    // Before any listener accepts: everything stored now is older than the forwarder.
    if (!forwarder->start(store, &error)) {
        qWarning("Captured requests cannot be forwarded: %s", qPrintable(error));
        return;
    }
    m_forwarder = std::move(forwarder);
}

std::optional<ListenerInfo> CaptureSession::addListener(const ListenerConfig &config,
                                                        QString *error)
{
    Q_ASSERT(m_service);
    return m_service->addListener(config, error);
}

void CaptureSession::shutdown(int drainTimeoutMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_service) {
        emit stopped();
        return;
    }
    connect(m_service.get(), &CaptureService::drained, this, [this] {
        m_reinspector.reset();
        // Stopped, not destroyed: whoever kept the pointer gets "not running" from submit().
        if (m_deliveries)
            m_deliveries->stop();
        m_writer.stop();
        emit stopped();
    });
    m_service->drain(drainTimeoutMs);
}

} // namespace Hookbench
