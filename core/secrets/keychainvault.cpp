#include "keychainvault.h"

#include <qt6keychain/keychain.h>

namespace Hookbench {

namespace {

/// Jobs delete themselves after `finished`; insecureFallback stays off so QtKeychain never
/// writes a key to a plain-text settings file when no keychain answers.
template<typename Job>
Job *makeJob(const QString &service, const QString &id)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    return job;
}

QString describe(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return KeychainVault::tr("No keychain is available (%1).").arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
        return KeychainVault::tr("Access to the keychain was refused.");
    case QKeychain::AccessDenied:
        return KeychainVault::tr("The keychain denied access (%1).").arg(job.errorString());
    default:
        return KeychainVault::tr("The keychain failed: %1").arg(job.errorString());
    }
}

} // namespace

QString KeychainVault::defaultService()
{
    return QStringLiteral(HOOKBENCH_APP_ID);
}

KeychainVault::KeychainVault(const QString &service, QObject *parent)
    : SecretVault(parent), m_service(service)
{ }

void KeychainVault::read(const QString &id, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, id);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->binaryData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, describe(*job));
    });
    job->start();
}

void KeychainVault::write(const QString &id, const QByteArray &key, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, id);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : describe(*job));
    });
    job->start();
}

void KeychainVault::remove(const QString &id, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, id);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool gone
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : describe(*job));
    });
    job->start();
}

void KeychainVault::probe(std::function<void(bool available, QString why)> done)
{
    read(QStringLiteral("hookbench-keychain-probe"),
         [done = std::move(done)](const std::optional<QByteArray> &, const QString &error) {
             done(error.isEmpty(), error);
         });
}

} // namespace Hookbench
