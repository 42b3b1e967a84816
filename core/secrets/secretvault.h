#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Hookbench {

/// Where secrets' keys are kept, by id. Asynchronous because the OS keychain is (it may ask
/// the user to unlock it); callbacks run in the vault's thread. Keys never leave a vault except
/// to verify, sign, or be revealed on the user's request.
class SecretVault : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Keychain, ///< the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service)
        Memory, ///< this run only: nothing survives a restart
        EncryptedFile, ///< a passphrase-encrypted file the user opted into
    };
    /// `key` is unset when there is none; `error` says why (empty for a missing entry).
    using ReadDone = std::function<void(std::optional<QByteArray> key, QString error)>;
    using WriteDone = std::function<void(QString error)>;

    using QObject::QObject;

    virtual Kind kind() const = 0;
    virtual void read(const QString &id, ReadDone done) = 0;
    virtual void write(const QString &id, const QByteArray &key, WriteDone done) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual void remove(const QString &id, WriteDone done) = 0;

protected:
    /// Answers later, from the event loop, as a real keychain would: callers never depend on
    /// being called back re-entrantly.
    void answerLater(ReadDone done, std::optional<QByteArray> key);
    void answerLater(WriteDone done, const QString &error = QString());
};

} // namespace Hookbench
