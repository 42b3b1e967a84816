#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hookbench {

/// "Send what matches this query to that target", like `stripe listen --forward-to`: a row of
/// `forwarding_rules`, applied by the Forwarder to requests captured while it runs.
struct ForwardingRule
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    bool enabled = true;
    /// In the search language (SearchQuery), e.g. `provider:paket type:subscription.*`;
    /// empty: every request.
    QString query;
    qint64 targetId = 0; ///< a delivery target; 0 when it has been removed

    friend bool operator==(const ForwardingRule &, const ForwardingRule &) = default;
};

/// The one place that reads and writes forwarding rules in the store.
namespace ForwardingRuleTable {

/// Every rule, by id (the order they were created in).
bool load(QSqlDatabase &db, QList<ForwardingRule> *rules, QString *error);
/// Inserts (id 0, which is then set) or updates a rule; fails when its target does not exist.
bool save(QSqlDatabase &db, ForwardingRule *rule, QString *error);
/// False with *error set when there is no such rule.
bool remove(QSqlDatabase &db, qint64 ruleId, QString *error);

} // namespace ForwardingRuleTable

} // namespace Hookbench
