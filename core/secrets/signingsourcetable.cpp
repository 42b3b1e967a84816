#include "signingsourcetable.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Hookbench::SigningSourceTable {

namespace {

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

bool load(QSqlDatabase &db,
          QList<SigningSource> *sources,
          QList<SecretEntry> *secrets,
          QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, name, scheme, listener, path_prefix, "
        "tolerance_seconds, public_url, generic_config FROM signing_sources ORDER BY "
        "id"));
    if (!run(query, error))
        return false;
    sources->clear();
    while (query.next()) {
        SigningSource source;
        source.id = query.value(0).toLongLong();
        source.name = query.value(1).toString();
        source.scheme = query.value(2).toString();
        source.listener = query.value(3).toString();
        source.pathPrefix = query.value(4).toString();
        if (!query.value(5).isNull())
            source.toleranceSeconds = query.value(5).toLongLong();
        source.publicUrl = query.value(6).toString();
        source.generic = GenericHmacConfig::fromJson(
            QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
        sources->append(source);
    }
    query.prepare(QStringLiteral("SELECT id, source_id, label, position, created_us FROM "
                                 "signing_secrets ORDER BY source_id, position, created_us"));
    if (!run(query, error))
        return false;
    secrets->clear();
    while (query.next()) {
        secrets->append({query.value(0).toString(),
                         query.value(1).toLongLong(),
                         query.value(2).toString(),
                         query.value(3).toInt(),
                         query.value(4).toLongLong()});
    }
    return true;
}

bool save(QSqlDatabase &db, SigningSource *source, QString *error)
{
    QSqlQuery query(db);
    if (source->id) {
        query.prepare(QStringLiteral(
            "UPDATE signing_sources SET name = COALESCE(?, ''), scheme = ?, listener = "
            "COALESCE(?, ''), path_prefix = COALESCE(?, ''), "
            "tolerance_seconds = ?, public_url = COALESCE(?, ''), generic_config = ? WHERE id = "
            "?"));
    } else {
        // Qt binds a null QString as NULL: empty text ("any") is stored as ''.
        query.prepare(QStringLiteral("INSERT INTO signing_sources (name, scheme, listener, "
                                     "path_prefix, tolerance_seconds, public_url, generic_config) "
                                     "VALUES (COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, "
                                     "''), ?, COALESCE(?, ''), ?)"));
    }
    query.addBindValue(source->name);
    query.addBindValue(source->scheme);
    query.addBindValue(source->listener);
    query.addBindValue(source->pathPrefix);
    query.addBindValue(source->toleranceSeconds ? QVariant(*source->toleranceSeconds)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(source->publicUrl);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(source->generic.toJson()).toJson(QJsonDocument::Compact)));
    if (source->id)
        query.addBindValue(source->id);
    if (!run(query, error))
        return false;
    if (!source->id)
        source->id = query.lastInsertId().toLongLong();
    return true;
}

bool remove(QSqlDatabase &db, qint64 sourceId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM signing_sources WHERE id = ?"));
    query.addBindValue(sourceId);
    return run(query, error);
}

bool insertSecret(QSqlDatabase &db, const SecretEntry &secret, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO signing_secrets (id, source_id, label, position, "
                                 "created_us) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(secret.id);
    query.addBindValue(secret.sourceId);
    query.addBindValue(secret.label);
    query.addBindValue(secret.position);
    query.addBindValue(secret.createdUs);
    return run(query, error);
}

bool removeSecret(QSqlDatabase &db, const QString &secretId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM signing_secrets WHERE id = ?"));
    query.addBindValue(secretId);
    return run(query, error);
}

bool reorderSecrets(QSqlDatabase &db, const QStringList &secretIds, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE signing_secrets SET position = ? WHERE id = ?"));
    for (int position = 0; position < secretIds.size(); ++position) {
        query.addBindValue(position);
        query.addBindValue(secretIds[position]);
        if (!run(query, error))
            return false;
    }
    return true;
}

} // namespace Hookbench::SigningSourceTable
