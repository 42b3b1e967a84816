#pragma once

#include "deliverystore.h"
#include "forwardingrule.h"
#include "store/requeststore.h"

#include <QHash>
#include <QObject>

namespace Hookbench {

class DeliveryEngine;
class Reinspector;

/// Applies the forwarding rules: each request captured while it runs is, once inspection has
/// written its event, submitted to the DeliveryEngine for every enabled rule whose query
/// matches it, at most once per rule.
///
/// A watermark (the highest request id already considered) keeps that promise across the
/// Reinspector's full passes, which report every stored request as inspected again: only ids
/// above it are looked at, and it starts at the newest stored request. So requests stored
/// before start(), among them those captured while Hookbench was not running, are never
/// forwarded, and a rule added later only forwards requests captured after it was added
/// (turning a rule off and on again skips what arrived in between). The watermark is not
/// stored: a restart begins at the newest request again. Requests whose capture failed or whose
/// body was cut at the size limit are not forwarded: they are not what the provider sent.
///
/// Lives in the thread that created it and reads the store on connections of its own there
/// (short reads by id range; the sending happens on the engine's thread).
class Forwarder final : public QObject
{
    Q_OBJECT
public:
    /// `reinspector` and `engine` must outlive this object.
    Forwarder(Reinspector *reinspector, DeliveryEngine *engine, QObject *parent = nullptr);
    ~Forwarder() override;
    Q_DISABLE_COPY_MOVE(Forwarder)

    /// Opens the store and reads the rules; forwards requests stored from now on.
    bool start(const StoreOptions &options, QString *error);

    /// The rules by id, as last read or saved.
    QList<ForwardingRule> rules() const { return m_rules; }
    /// Stores a rule (id 0: a new one, whose id is then set) and applies it from now on.
    bool saveRule(ForwardingRule *rule, QString *error);
    bool removeRule(qint64 ruleId, QString *error);
    /// Reads the rules again, after something else changed them in the store.
    bool reload(QString *error);
    /// Why rule `ruleId` forwards nothing at the moment (empty when it works or is off).
    QString problem(qint64 ruleId) const { return m_problems.value(ruleId); }

signals:
    /// Rule `ruleId` submitted request `requestId` as delivery `deliveryId`; its row follows
    /// with the engine's deliveryChanged(deliveryId).
    void forwarded(qint64 ruleId, qint64 requestId, const QString &deliveryId);
    /// Rule `ruleId` cannot be used, and why (its query does not parse, its target is gone or
    /// refuses the request): emitted when the reason first appears or changes.
    void ruleUnusable(qint64 ruleId, const QString &reason);
    /// The rules were saved, removed or read again.
    void rulesChanged();

private:
    void adopt(QList<ForwardingRule> rules);
    void check(const ForwardingRule &rule);
    void onInspected(qint64 firstId, qint64 lastId);
    /// Forwards what `rule` matches among ids afterId+1 .. upToId.
    void apply(const ForwardingRule &rule,
               qint64 afterId,
               qint64 upToId,
               QHash<qint64, std::optional<CapturedRequest>> *requests);
    void setProblem(qint64 ruleId, const QString &reason);

    Reinspector *m_reinspector;
    DeliveryEngine *m_engine;
    StoreConnection m_connection; ///< the rules table
    RequestStore m_requests;
    DeliveryStore m_targets;
    QList<ForwardingRule> m_rules;
    /// Per rule: the newest request stored when the rule first appeared (it forwards later ones).
    QHash<qint64, qint64> m_startAfter;
    qint64 m_watermark = 0;
    QHash<qint64, QString> m_problems;
    bool m_started = false;
};

} // namespace Hookbench
