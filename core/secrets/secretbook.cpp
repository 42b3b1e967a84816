#include "secretbook.h"

#include "encryptedfilevault.h"
#include "keychainvault.h"
#include "memoryvault.h"
#include "signingsourcetable.h"

#include <QDateTime>
#include <QUuid>

namespace Hookbench {

SecretBook::SecretBook(SecretsOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_verifier(std::make_shared<const RequestVerifier>())
{
    if (m_options.keychainService.isEmpty())
        m_options.keychainService = KeychainVault::defaultService();
}

SecretBook::~SecretBook() = default;

bool SecretBook::open(const StoreOptions &store, QString *error)
{
    if (!m_connection.open(store, error))
        return false;
    if (m_options.storage == SecretsOptions::Storage::EncryptedFile) {
        auto vault = std::make_unique<EncryptedFileVault>();
        if (!vault->open(m_options.encryptedFile, m_options.passphrase, error))
            return false;
        m_vault = std::move(vault);
    }
    m_options.passphrase.clear();
    m_vaultProblem = m_options.memoryReason;
    if (!SigningSourceTable::load(m_connection.database(), &m_sources, &m_secrets, error))
        return false;
    loadKeys();
    return true;
}

void SecretBook::loadKeys()
{
    if (m_secrets.isEmpty()) {
        publish();
        m_ready.storeRelease(1);
        emit ready();
        return;
    }
    withVault([this] {
        auto remaining = std::make_shared<qsizetype>(m_secrets.size());
        for (const SecretEntry &entry : std::as_const(m_secrets)) {
            m_vault->read(
                entry.id,
                [this, remaining, id = entry.id](const std::optional<QByteArray> &key,
                                                 const QString &readError) {
                    if (key)
                        m_keys.insert(id, *key);
                    else if (!readError.isEmpty())
                        qWarning("Secret %s unreadable: %s", qPrintable(id), qPrintable(readError));
                    if (--*remaining)
                        return;
                    publish();
                    m_ready.storeRelease(1);
                    emit ready();
                });
        }
    });
}

void SecretBook::withVault(std::function<void()> then)
{
    if (m_vault && !m_probing) {
        then();
        return;
    }
    m_waitingForVault.push_back(std::move(then));
    if (m_probing)
        return;
    auto runWaiting = [this] {
        m_probing = false;
        for (auto &waiting : std::exchange(m_waitingForVault, {}))
            waiting();
    };
    if (m_options.storage == SecretsOptions::Storage::Memory) {
        m_vault = std::make_unique<MemoryVault>();
        runWaiting();
        return;
    }
    m_probing = true;
    auto keychain = std::make_unique<KeychainVault>(m_options.keychainService);
    KeychainVault *probed = keychain.get();
    m_vault = std::move(keychain);
    probed->probe([this, runWaiting](bool available, const QString &why) {
        if (!available) {
            // Never somewhere the user did not choose: memory only, and say so.
            m_vault = std::make_unique<MemoryVault>();
            m_vaultProblem = tr("No keychain answered, so signing secrets are kept in memory "
                                "for this run only. (%1)")
                                 .arg(why);
            emit vaultProblemChanged(m_vaultProblem);
        }
        runWaiting();
    });
}

std::shared_ptr<const RequestVerifier> SecretBook::verifier() const
{
    QMutexLocker lock(&m_mutex);
    return m_verifier;
}

void SecretBook::publish()
{
    QHash<qint64, SigningSecrets> keys;
    for (const SecretEntry &entry : std::as_const(m_secrets)) {
        const auto key = m_keys.constFind(entry.id);
        if (key != m_keys.constEnd())
            keys[entry.sourceId].append({entry.id, *key});
    }
    auto next = std::make_shared<const RequestVerifier>(m_sources, std::move(keys));
    QMutexLocker lock(&m_mutex);
    m_verifier = std::move(next);
}

std::optional<SigningSource> SecretBook::source(qint64 id) const
{
    for (const SigningSource &source : m_sources) {
        if (source.id == id)
            return source;
    }
    return std::nullopt;
}

QList<SecretEntry> SecretBook::secrets(qint64 sourceId) const
{
    QList<SecretEntry> result;
    for (const SecretEntry &entry : m_secrets) {
        if (entry.sourceId == sourceId)
            result.append(entry);
    }
    return result;
}

std::optional<SecretEntry> SecretBook::secret(const QString &secretId) const
{
    for (const SecretEntry &entry : m_secrets) {
        if (entry.id == secretId)
            return entry;
    }
    return std::nullopt;
}

std::optional<QByteArray> SecretBook::key(const QString &secretId) const
{
    const auto found = m_keys.constFind(secretId);
    return found == m_keys.constEnd() ? std::nullopt : std::optional(*found);
}

std::optional<SecretVault::Kind> SecretBook::vaultKind() const
{
    if (!m_vault || m_probing)
        return std::nullopt;
    return m_vault->kind();
}

bool SecretBook::saveSource(SigningSource *source, QString *error)
{
    if (!SigningSourceTable::save(m_connection.database(), source, error))
        return false;
    auto existing = std::find_if(
        m_sources.begin(), m_sources.end(), [&](const auto &s) { return s.id == source->id; });
    if (existing == m_sources.end())
        m_sources.append(*source);
    else
        *existing = *source;
    publish();
    emit changed();
    return true;
}

bool SecretBook::removeSource(qint64 sourceId, QString *error)
{
    const QList<SecretEntry> entries = secrets(sourceId);
    if (!SigningSourceTable::remove(m_connection.database(), sourceId, error))
        return false;
    m_sources.removeIf([&](const SigningSource &s) { return s.id == sourceId; });
    for (const SecretEntry &entry : entries)
        forget(entry.id);
    publish();
    emit changed();
    return true;
}

void SecretBook::addSecret(qint64 sourceId,
                           const QString &label,
                           const QByteArray &key,
                           std::function<void(QString error)> done)
{
    if (!source(sourceId)) {
        done(tr("The source no longer exists."));
        return;
    }
    const QString id
        = QStringLiteral("secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    withVault([this, sourceId, label, key, id, done = std::move(done)] {
        m_vault->write(id, key, [this, sourceId, label, key, id, done](const QString &writeError) {
            if (!writeError.isEmpty()) {
                done(writeError);
                return;
            }
            const SecretEntry entry {
                id, sourceId, label, -1, QDateTime::currentMSecsSinceEpoch() * 1000};
            QStringList order {id};
            for (const SecretEntry &other : secrets(sourceId))
                order.append(other.id);
            QString error;
            QSqlDatabase &db = m_connection.database();
            if (!db.transaction() || !SigningSourceTable::insertSecret(db, entry, &error)
                || !SigningSourceTable::reorderSecrets(db, order, &error) || !db.commit()) {
                db.rollback();
                m_vault->remove(id, [](const QString &) {});
                done(tr("The secret cannot be recorded in the store: %1").arg(error));
                return;
            }
            m_secrets.append(entry);
            for (SecretEntry &other : m_secrets) {
                if (other.sourceId == sourceId)
                    other.position = int(order.indexOf(other.id));
            }
            std::stable_sort(m_secrets.begin(), m_secrets.end(), [](const auto &a, const auto &b) {
                return std::pair(a.sourceId, a.position) < std::pair(b.sourceId, b.position);
            });
            m_keys.insert(id, key);
            publish();
            emit changed();
            done(QString());
        });
    });
}

bool SecretBook::removeSecret(const QString &secretId, QString *error)
{
    if (!SigningSourceTable::removeSecret(m_connection.database(), secretId, error))
        return false;
    forget(secretId);
    publish();
    emit changed();
    return true;
}

bool SecretBook::useEncryptedFile(const QString &path, const QByteArray &passphrase, QString *error)
{
    if (m_probing) {
        *error = tr("The keychain has not answered yet; try again in a moment.");
        return false;
    }
    auto vault = std::make_unique<EncryptedFileVault>();
    if (!vault->open(path, passphrase, error) || !vault->insert(m_keys, error))
        return false;
    m_vault = std::move(vault);
    m_probing = false;
    m_options.storage = SecretsOptions::Storage::EncryptedFile;
    m_options.encryptedFile = path;
    m_vaultProblem.clear();
    emit vaultProblemChanged(m_vaultProblem);
    return true;
}

void SecretBook::forget(const QString &secretId)
{
    m_secrets.removeIf([&](const SecretEntry &e) { return e.id == secretId; });
    m_keys.remove(secretId);
    withVault([this, secretId] {
        m_vault->remove(secretId, [secretId](const QString &removeError) {
            if (!removeError.isEmpty())
                qWarning("Secret %s stays in the vault: %s",
                         qPrintable(secretId),
                         qPrintable(removeError));
        });
    });
}

} // namespace Hookbench
