#include "encryptedfilevault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace Hookbench {

namespace {

constexpr int keyBytes = 32;
constexpr int saltBytes = 16;
constexpr int nonceBytes = 12;
constexpr int tagBytes = 16;
const auto formatName = QLatin1String("hookbench-secrets");

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

QByteArray deriveKey(const QByteArray &passphrase, const QByteArray &salt, int rounds)
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(),
                          int(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()),
                          rounds,
                          EVP_sha256(),
                          keyBytes,
                          reinterpret_cast<unsigned char *>(key.data()))
        != 1) {
        return {};
    }
    return key;
}

/// AES-256-GCM; the result is ciphertext followed by the tag.
QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plain)
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(plain.size() + tagBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    int tail = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(),
                              EVP_aes_256_gcm(),
                              nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
               != 1
        || EVP_EncryptUpdate(ctx.get(),
                             o,
                             &length,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size()))
               != 1
        || EVP_EncryptFinal_ex(ctx.get(), o + length, &tail) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, o + plain.size()) != 1) {
        return {};
    }
    return out;
}

std::optional<QByteArray> unseal(const QByteArray &key, const QByteArray &nonce, QByteArray sealed)
{
    if (sealed.size() < tagBytes)
        return std::nullopt;
    QByteArray tag = sealed.right(tagBytes);
    sealed.chop(tagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray plain(sealed.size(), Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(plain.data());
    int length = 0;
    int tail = 0;
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(),
                              EVP_aes_256_gcm(),
                              nullptr,
                              reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
               != 1
        || EVP_DecryptUpdate(ctx.get(),
                             p,
                             &length,
                             reinterpret_cast<const unsigned char *>(sealed.constData()),
                             int(sealed.size()))
               != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), p + length, &tail) != 1) {
        return std::nullopt; // wrong passphrase, or the file was altered
    }
    return plain;
}

} // namespace

EncryptedFileVault::~EncryptedFileVault()
{
    m_fileKey.fill('\0');
}

bool EncryptedFileVault::open(const QString &path, const QByteArray &passphrase, QString *error)
{
    m_path = path;
    QFile file(path);
    if (!file.exists()) {
        m_salt = randomBytes(saltBytes);
        m_fileKey = deriveKey(passphrase, m_salt, iterations);
        if (m_salt.isEmpty() || m_fileKey.isEmpty()) {
            *error = tr("No random bytes or key derivation available for %1.").arg(path);
            return false;
        }
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the secrets file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const int rounds = json.value(QLatin1String("iterations")).toInt();
    m_salt = QByteArray::fromBase64(json.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray nonce
        = QByteArray::fromBase64(json.value(QLatin1String("nonce")).toString().toLatin1());
    const QByteArray data
        = QByteArray::fromBase64(json.value(QLatin1String("data")).toString().toLatin1());
    if (json.value(QLatin1String("format")).toString() != formatName || rounds <= 0
        || m_salt.size() != saltBytes || nonce.size() != nonceBytes) {
        *error = tr("%1 is not a Hookbench secrets file.").arg(path);
        return false;
    }
    m_fileKey = deriveKey(passphrase, m_salt, rounds);
    const std::optional<QByteArray> plain = unseal(m_fileKey, nonce, data);
    if (!plain) {
        *error = tr("The passphrase does not open %1 (or the file was altered).").arg(path);
        return false;
    }
    const QJsonObject keys = QJsonDocument::fromJson(*plain).object();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        m_keys.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return true;
}

QString EncryptedFileVault::save()
{
    QJsonObject keys;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        keys.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QByteArray nonce = randomBytes(nonceBytes); // fresh for every write: GCM requires it
    const QByteArray sealed = seal(m_fileKey, nonce, QJsonDocument(keys).toJson());
    if (nonce.isEmpty() || sealed.isEmpty())
        return tr("Encrypting the secrets file failed.");
    const QJsonObject json {
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), 1},
        {QStringLiteral("kdf"), QStringLiteral("pbkdf2-sha256")},
        {QStringLiteral("iterations"), iterations},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("data"), QString::fromLatin1(sealed.toBase64())},
    };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson());
    if (!file.commit())
        return tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString());
    return QString();
}

bool EncryptedFileVault::insert(const QHash<QString, QByteArray> &keys, QString *error)
{
    const QHash<QString, QByteArray> before = m_keys;
    m_keys.insert(keys);
    *error = save();
    if (!error->isEmpty())
        m_keys = before;
    return error->isEmpty();
}

void EncryptedFileVault::read(const QString &id, ReadDone done)
{
    const auto found = m_keys.constFind(id);
    answerLater(std::move(done), found == m_keys.constEnd() ? std::nullopt : std::optional(*found));
}

void EncryptedFileVault::write(const QString &id, const QByteArray &key, WriteDone done)
{
    const std::optional<QByteArray> previous
        = m_keys.contains(id) ? std::optional(m_keys.value(id)) : std::nullopt;
    m_keys.insert(id, key);
    const QString error = save();
    if (!error.isEmpty()) {
        if (previous)
            m_keys.insert(id, *previous);
        else
            m_keys.remove(id);
    }
    answerLater(std::move(done), error);
}

void EncryptedFileVault::remove(const QString &id, WriteDone done)
{
    answerLater(std::move(done), m_keys.remove(id) ? save() : QString());
}

} // namespace Hookbench
