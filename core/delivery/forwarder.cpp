#include "forwarder.h"

#include "capture/clock.h"
#include "deliveryengine.h"
#include "store/reinspector.h"
#include "store/searchquery.h"

namespace Hookbench {

namespace {

/// The rule's query compiled now (relative times such as `after:15m` count back from now);
/// nullopt with *error set when it does not parse.
std::optional<SearchQuery> compile(const ForwardingRule &rule, QString *error)
{
    auto parsed = SearchQuery::parse(rule.query, nowMicros());
    if (const auto *problem = std::get_if<SearchQueryError>(&parsed)) {
        *error
            = Forwarder::tr("Its query “%1” cannot be used: %2").arg(rule.query, problem->message);
        return std::nullopt;
    }
    return std::get<SearchQuery>(std::move(parsed));
}

QString missingTarget(const ForwardingRule &rule)
{
    return rule.targetId ? Forwarder::tr("Its target %1 does not exist.").arg(rule.targetId)
                         : Forwarder::tr("It has no target (the target was removed).");
}

} // namespace

Forwarder::Forwarder(Reinspector *reinspector, DeliveryEngine *engine, QObject *parent)
    : QObject(parent), m_reinspector(reinspector), m_engine(engine)
{ }

Forwarder::~Forwarder() = default;

bool Forwarder::start(const StoreOptions &options, QString *error)
{
    Q_ASSERT(!m_started);
    if (!m_connection.open(options, error) || !m_requests.open(options, error)
        || !m_targets.open(options, error))
        return false;
    m_watermark = m_requests.maxId();
    QList<ForwardingRule> stored;
    if (!ForwardingRuleTable::load(m_connection.database(), &stored, error))
        return false;
    adopt(std::move(stored));
    connect(m_reinspector, &Reinspector::inspected, this, &Forwarder::onInspected);
    m_started = true;
    return true;
}

bool Forwarder::saveRule(ForwardingRule *rule, QString *error)
{
    if (!ForwardingRuleTable::save(m_connection.database(), rule, error))
        return false;
    return reload(error);
}

bool Forwarder::removeRule(qint64 ruleId, QString *error)
{
    if (!ForwardingRuleTable::remove(m_connection.database(), ruleId, error))
        return false;
    return reload(error);
}

bool Forwarder::reload(QString *error)
{
    QList<ForwardingRule> stored;
    if (!ForwardingRuleTable::load(m_connection.database(), &stored, error))
        return false;
    adopt(std::move(stored));
    return true;
}

void Forwarder::adopt(QList<ForwardingRule> rules)
{
    // A new rule starts at the newest request stored now, even one not inspected yet: it
    // forwards what is captured after it was made.
    const qint64 newest = qMax(m_watermark, m_requests.maxId());
    QHash<qint64, qint64> startAfter;
    for (const ForwardingRule &rule : std::as_const(rules))
        startAfter.insert(rule.id, m_startAfter.value(rule.id, newest));
    m_startAfter = std::move(startAfter);
    m_rules = std::move(rules);
    for (auto it = m_problems.begin(); it != m_problems.end();)
        it = m_startAfter.contains(it.key()) ? std::next(it) : m_problems.erase(it);
    for (const ForwardingRule &rule : std::as_const(m_rules))
        check(rule);
    emit rulesChanged();
}

void Forwarder::check(const ForwardingRule &rule)
{
    if (!rule.enabled) {
        setProblem(rule.id, {});
        return;
    }
    QString error;
    if (!compile(rule, &error)) {
        setProblem(rule.id, error);
        return;
    }
    setProblem(rule.id,
               rule.targetId && m_targets.target(rule.targetId) ? QString() : missingTarget(rule));
}

void Forwarder::onInspected(qint64 firstId, qint64 lastId)
{
    // A full pass reports old requests again: everything up to the watermark has been seen.
    if (lastId <= m_watermark)
        return;
    const qint64 afterId = qMax(m_watermark, firstId - 1);
    m_watermark = lastId;
    // Read once for all the rules that match the same request.
    QHash<qint64, std::optional<CapturedRequest>> requests;
    for (const ForwardingRule &rule : std::as_const(m_rules)) {
        if (rule.enabled)
            apply(rule, qMax(afterId, m_startAfter.value(rule.id)), lastId, &requests);
    }
}

void Forwarder::apply(const ForwardingRule &rule,
                      qint64 afterId,
                      qint64 upToId,
                      QHash<qint64, std::optional<CapturedRequest>> *requests)
{
    if (afterId >= upToId)
        return;
    QString error;
    RequestFilter filter;
    const std::optional<SearchQuery> search = compile(rule, &error);
    if (!search) {
        setProblem(rule.id, error);
        return;
    }
    filter.search = *search;
    const QList<qint64> ids = m_requests.idsBetween(filter, afterId, upToId);
    if (ids.isEmpty())
        return;
    // Read when it is needed: the target may have been edited or removed since the rules were.
    const std::optional<DeliveryTarget> target
        = rule.targetId ? m_targets.target(rule.targetId) : std::nullopt;
    if (!target) {
        setProblem(rule.id, missingTarget(rule));
        return;
    }
    for (const qint64 id : ids) {
        auto found = requests->find(id);
        if (found == requests->end())
            found = requests->insert(id, m_requests.request(id));
        const std::optional<CapturedRequest> &captured = *found;
        if (!captured || captured->error != CaptureError::None || captured->bodyTruncated)
            continue;
        const std::optional<DeliveryOrder> order
            = DeliveryOrder::resend(*captured, *target, {}, &error);
        const QString deliveryId = order ? m_engine->submit(*order, &error) : QString();
        if (deliveryId.isEmpty()) {
            setProblem(rule.id,
                       tr("Its target “%1” refuses the request: %2").arg(target->name, error));
            continue;
        }
        setProblem(rule.id, {});
        emit forwarded(rule.id, id, deliveryId);
    }
}

void Forwarder::setProblem(qint64 ruleId, const QString &reason)
{
    if (reason.isEmpty()) {
        m_problems.remove(ruleId);
        return;
    }
    const auto existing = m_problems.constFind(ruleId);
    if (existing != m_problems.constEnd() && *existing == reason)
        return;
    m_problems.insert(ruleId, reason);
    emit ruleUnusable(ruleId, reason);
}

} // namespace Hookbench
