#include "forwardingrule.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Hookbench::ForwardingRuleTable {

namespace {

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// Qt binds a null QString as NULL, and the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

bool load(QSqlDatabase &db, QList<ForwardingRule> *rules, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, name, enabled, query, target_id FROM forwarding_rules ORDER BY id"));
    if (!run(query, error))
        return false;
    rules->clear();
    while (query.next()) {
        rules->append({query.value(0).toLongLong(),
                       query.value(1).toString(),
                       query.value(2).toBool(),
                       query.value(3).toString(),
                       query.value(4).toLongLong()});
    }
    return true;
}

bool save(QSqlDatabase &db, ForwardingRule *rule, QString *error)
{
    QSqlQuery query(db);
    if (rule->id) {
        query.prepare(QStringLiteral("UPDATE forwarding_rules SET name = ?, enabled = ?, "
                                     "query = ?, target_id = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO forwarding_rules (name, enabled, query, "
                                     "target_id) VALUES (?, ?, ?, ?)"));
    }
    query.addBindValue(text(rule->name));
    query.addBindValue(rule->enabled);
    query.addBindValue(text(rule->query));
    // A missing target is NULL, which the foreign key accepts; a wrong one it refuses.
    query.addBindValue(rule->targetId ? QVariant(rule->targetId) : QVariant());
    if (rule->id)
        query.addBindValue(rule->id);
    if (!query.exec()) {
        // The foreign key's own message ("FOREIGN KEY constraint failed") names no target.
        const bool noTarget = query.lastError().text().contains(QLatin1String("FOREIGN KEY"));
        *error = noTarget ? QStringLiteral("there is no delivery target %1").arg(rule->targetId)
                          : query.lastError().text();
        return false;
    }
    if (!rule->id)
        rule->id = query.lastInsertId().toLongLong();
    else if (query.numRowsAffected() == 0) {
        *error = QStringLiteral("there is no forwarding rule %1").arg(rule->id);
        return false;
    }
    return true;
}

bool remove(QSqlDatabase &db, qint64 ruleId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM forwarding_rules WHERE id = ?"));
    query.addBindValue(ruleId);
    if (!run(query, error))
        return false;
    if (query.numRowsAffected() == 0) {
        *error = QStringLiteral("there is no forwarding rule %1").arg(ruleId);
        return false;
    }
    return true;
}

} // namespace Hookbench::ForwardingRuleTable
