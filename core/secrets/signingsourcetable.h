#pragma once

#include "signingsource.h"

#include <QSqlDatabase>

namespace Hookbench {

/// The one place that reads and writes signing sources and secret entries in the store.
/// Only ids and labels: keys are the vault's.
namespace SigningSourceTable {

bool load(QSqlDatabase &db,
          QList<SigningSource> *sources,
          QList<SecretEntry> *secrets,
          QString *error);
/// Inserts (id 0, which is then set) or updates a source.
bool save(QSqlDatabase &db, SigningSource *source, QString *error);
/// Removes a source and (by cascade) its secret entries.
bool remove(QSqlDatabase &db, qint64 sourceId, QString *error);

bool insertSecret(QSqlDatabase &db, const SecretEntry &secret, QString *error);
bool removeSecret(QSqlDatabase &db, const QString &secretId, QString *error);
/// Renumbers a source's secrets in the given order (rotation order).
bool reorderSecrets(QSqlDatabase &db, const QStringList &secretIds, QString *error);

} // namespace SigningSourceTable

} // namespace Hookbench
