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
    m_service = std::make_unique<CaptureService>(&m_writer, options.captureThreads);
    return true;
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
        m_writer.stop();
        emit stopped();
    });
    m_service->drain(drainTimeoutMs);
}

} // namespace Hookbench
