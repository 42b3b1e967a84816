#pragma once

#include "secrets/secretbook.h"

class QWidget;

namespace Hookbench {

/// Where the window keeps signing keys: the keychain unless the user opted into an encrypted
/// file, whose passphrase is asked for at start.
namespace SecretStorage {

QString defaultEncryptedFile(); ///< in the app-data folder, next to the store
/// The storage the settings name. For an encrypted file, asks for the passphrase until it opens
/// the file; when the user gives up, keys stay in memory for the run, with a warning.
SecretsOptions load(QWidget *parent);
/// Remembers the opt-in, so the next start asks for the passphrase.
void rememberEncryptedFile(const QString &path);
/// Asks for a new passphrase twice; empty when the user cancelled.
QByteArray askNewPassphrase(QWidget *parent);

} // namespace SecretStorage

} // namespace Hookbench
