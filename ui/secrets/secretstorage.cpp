#include "secretstorage.h"

#include "secrets/encryptedfilevault.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace Hookbench::SecretStorage {

namespace {
const auto storageKey = QLatin1String("secrets/storage");
const auto fileKey = QLatin1String("secrets/file");
const auto encryptedFileValue = QLatin1String("encrypted-file");
} // namespace

QString defaultEncryptedFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/secrets.enc");
}

void rememberEncryptedFile(const QString &path)
{
    QSettings settings;
    settings.setValue(storageKey, encryptedFileValue);
    settings.setValue(fileKey, path);
}

SecretsOptions load(QWidget *parent)
{
    SecretsOptions options;
    const QSettings settings;
    if (settings.value(storageKey).toString() != encryptedFileValue)
        return options;
    const QString path = settings.value(fileKey, defaultEncryptedFile()).toString();
    QString problem;
    for (;;) {
        bool ok = false;
        QString prompt = QCoreApplication::translate("Hookbench::SecretStorage",
                                                     "Passphrase for the signing secrets in %1:")
                             .arg(path);
        if (!problem.isEmpty())
            prompt = problem + QStringLiteral("\n\n") + prompt;
        const QString passphrase = QInputDialog::getText(
            parent,
            QCoreApplication::translate("Hookbench::SecretStorage", "Unlock Signing Secrets"),
            prompt,
            QLineEdit::Password,
            QString(),
            &ok);
        if (!ok)
            break;
        EncryptedFileVault probe;
        if (probe.open(path, passphrase.toUtf8(), &problem)) {
            options.storage = SecretsOptions::Storage::EncryptedFile;
            options.encryptedFile = path;
            options.passphrase = passphrase.toUtf8();
            return options;
        }
    }
    options.storage = SecretsOptions::Storage::Memory;
    options.memoryReason = QCoreApplication::translate(
        "Hookbench::SecretStorage",
        "The secrets file was not unlocked: new secrets are kept in memory "
        "for this run only, and stored verdicts may say \"no secret\".");
    return options;
}

QByteArray askNewPassphrase(QWidget *parent)
{
    for (;;) {
        bool ok = false;
        const QString first = QInputDialog::getText(
            parent,
            QCoreApplication::translate("Hookbench::SecretStorage", "Encrypt Signing Secrets"),
            QCoreApplication::translate(
                "Hookbench::SecretStorage",
                "Choose a passphrase for the secrets file. Hookbench asks for it at each start; "
                "it cannot be recovered."),
            QLineEdit::Password,
            QString(),
            &ok);
        if (!ok)
            return {};
        const QString second = QInputDialog::getText(
            parent,
            QCoreApplication::translate("Hookbench::SecretStorage", "Encrypt Signing Secrets"),
            QCoreApplication::translate("Hookbench::SecretStorage", "Type the passphrase again:"),
            QLineEdit::Password,
            QString(),
            &ok);
        if (!ok)
            return {};
        if (first.size() >= 8 && first == second)
            return first.toUtf8();
        QMessageBox::warning(
            parent,
            QCoreApplication::translate("Hookbench::SecretStorage", "Encrypt Signing Secrets"),
            first == second ? QCoreApplication::translate("Hookbench::SecretStorage",
                                                          "Use at least 8 characters.")
                            : QCoreApplication::translate("Hookbench::SecretStorage",
                                                          "The two passphrases differ."));
    }
}

} // namespace Hookbench::SecretStorage
