#include "capture/capturesession.h"
#include "delivery/deliverystore.h"
#include "delivery/forwarder.h"
#include "deliverytesthelpers.h"
#include "testreceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// Forwarding rules in a real capture session: webhooks POSTed to a listener on 127.0.0.1
/// port 0 are inspected (built-in Paket catalog) and sent by the session's delivery engine to
/// real receivers, as the rules route them.
class TestForwarding : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sessionOwnsAnEngineAndAForwarder();
    void routesByEventType();
    void reinspectionForwardsNothingAgain();
    void disabledRuleForwardsNothing();
    void newRuleForwardsOnlyLaterRequests();
    void ruleForAMissingTargetIsRefused();
    void unusableRulesAreReported_data();
    void unusableRulesAreReported();
    void requestsStoredWhileStoppedAreNotForwarded();

private:
    void startSession();
    void stopSession();
    /// POSTs `body` to the listener; returns the stored request's id (0 on failure).
    qint64 post(const QByteArray &body);
    /// Waits until inspection has passed request `id` (the forwarder has seen it by then).
    bool inspectedUpTo(qint64 id);
    qint64 addTarget(const TestReceiver &receiver, const QByteArray &path);
    ForwardingRule addRule(const QString &query, qint64 targetId, bool enabled = true);
    /// Whether delivery `id` has ended (deliveryFinished seen).
    bool finished(const QString &id) const { return m_finished.contains(id); }

    static QByteArray paketEvent(const QByteArray &type, const QByteArray &eventId);

    std::unique_ptr<QTemporaryDir> m_dir;
    CaptureSessionOptions m_options;
    std::unique_ptr<CaptureSession> m_session;
    quint16 m_port = 0;
    qint64 m_inspectedUpTo = 0;
    QList<qint64> m_committed;
    QStringList m_finished;
    DeliveryStore m_deliveries;
    QNetworkAccessManager m_client;
};

QByteArray TestForwarding::paketEvent(const QByteArray &type, const QByteArray &eventId)
{
    // Paket's envelope (seed 001), recognized by the built-in catalog.
    return R"({"id":")" + eventId + R"(","object":"event","type":")" + type
           + R"(","created":1709679883853,"api_version":"2023-12-10",)"
             R"("request":{"id":"req_1","idempotency_key":null},)"
             R"("data":{"context_id":"ctx_1","session_id":"ses_9"}})";
}

void TestForwarding::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_options = {};
    m_options.store.path = m_dir->filePath(QStringLiteral("forwarding.sqlite"));
    m_options.catalogFolder.clear(); // the built-in catalogs only
    m_options.secrets.storage = SecretsOptions::Storage::Memory;
    m_options.captureThreads = 1;
    m_committed.clear();
    m_finished.clear();
    m_inspectedUpTo = 0;
    startSession();
    QString error;
    QVERIFY2(m_deliveries.open(m_options.store, &error), qPrintable(error));
}

void TestForwarding::cleanup()
{
    stopSession();
    m_dir.reset();
}

void TestForwarding::startSession()
{
    m_session = std::make_unique<CaptureSession>();
    m_inspectedUpTo = 0;
    QString error;
    QVERIFY2(m_session->openStore(m_options, &error), qPrintable(error));
    const auto listener = m_session->addListener(ListenerConfig(), &error);
    QVERIFY2(listener, qPrintable(error));
    m_port = listener->port;
    connect(m_session->writer(),
            &StoreWriter::committed,
            m_session.get(),
            [this](const QList<RequestRow> &rows) {
                for (const RequestRow &row : rows)
                    m_committed.append(row.id);
            });
    QVERIFY(m_session->reinspector());
    connect(m_session->reinspector(),
            &Reinspector::inspected,
            m_session.get(),
            [this](qint64, qint64 lastId) { m_inspectedUpTo = qMax(m_inspectedUpTo, lastId); });
    QVERIFY(m_session->deliveries());
    connect(m_session->deliveries(),
            &DeliveryEngine::deliveryFinished,
            m_session.get(),
            [this](const QString &id) { m_finished.append(id); });
}

void TestForwarding::stopSession()
{
    if (!m_session)
        return;
    QSignalSpy stopped(m_session.get(), &CaptureSession::stopped);
    m_session->shutdown(1000);
    QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
    m_session.reset();
}

qint64 TestForwarding::post(const QByteArray &body)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/paket?source=test").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Paket-Delivery", "d-1");
    const qsizetype before = m_committed.size();
    std::unique_ptr<QNetworkReply> reply(m_client.post(request, body));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(10'000) || reply->error() != QNetworkReply::NoError)
        return 0;
    // The listener answers once the request is stored; its commit notice may trail the answer.
    if (!QTest::qWaitFor([&] { return m_committed.size() > before; }, 10'000))
        return 0;
    return m_committed.last();
}

bool TestForwarding::inspectedUpTo(qint64 id)
{
    return QTest::qWaitFor([&] { return m_inspectedUpTo >= id; }, 10'000);
}

qint64 TestForwarding::addTarget(const TestReceiver &receiver, const QByteArray &path)
{
    DeliveryTarget target;
    target.name = QString::fromUtf8(path);
    target.url = QString::fromUtf8(receiver.url(path));
    target.settings.maxAttempts = 1;
    target.settings.timeoutMs = 10'000;
    return m_deliveries.saveTarget(&target) ? target.id : 0;
}

ForwardingRule TestForwarding::addRule(const QString &query, qint64 targetId, bool enabled)
{
    ForwardingRule rule;
    rule.name = query;
    rule.query = query;
    rule.targetId = targetId;
    rule.enabled = enabled;
    QString error;
    if (!m_session->forwarder()->saveRule(&rule, &error))
        qWarning("saveRule: %s", qPrintable(error));
    return rule;
}

void TestForwarding::sessionOwnsAnEngineAndAForwarder()
{
    CaptureSession unopened;
    QCOMPARE(unopened.deliveries(), nullptr);
    QCOMPARE(unopened.forwarder(), nullptr);
    QVERIFY(m_session->deliveries()->isRunning());
    QVERIFY(m_session->forwarder());
    QVERIFY(m_session->forwarder()->rules().isEmpty());

    // Shutting down stops the engine before the store closes; the object stays for those
    // that kept it (the API server), answering "not running".
    DeliveryEngine *engine = m_session->deliveries();
    QSignalSpy stopped(m_session.get(), &CaptureSession::stopped);
    m_session->shutdown(1000);
    QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
    QCOMPARE(m_session->deliveries(), engine);
    QVERIFY(!engine->isRunning());
    QString error;
    DeliveryOrder order;
    order.requestId = 1;
    QVERIFY(engine->submit(order, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("not running")), qPrintable(error));
    m_session.reset();
}

void TestForwarding::routesByEventType()
{
    TestReceiver subscriptions;
    TestReceiver sessions;
    QVERIFY(subscriptions.listen());
    QVERIFY(sessions.listen());
    const qint64 subscriptionsTarget = addTarget(subscriptions, "/subscriptions");
    const qint64 sessionsTarget = addTarget(sessions, "/sessions");
    QVERIFY(subscriptionsTarget && sessionsTarget);
    Forwarder *forwarder = m_session->forwarder();
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    QSignalSpy unusable(forwarder, &Forwarder::ruleUnusable);
    const ForwardingRule toSubscriptions
        = addRule(QStringLiteral("provider:paket type:subscription.*"), subscriptionsTarget);
    const ForwardingRule toSessions
        = addRule(QStringLiteral("type:context.session.*"), sessionsTarget);
    QVERIFY(toSubscriptions.id && toSessions.id);
    QCOMPARE(forwarder->rules(), (QList<ForwardingRule> {toSubscriptions, toSessions}));

    const QByteArray renewed = paketEvent("subscription.status.renewed", "evt_1");
    const QByteArray added = paketEvent("context.session.context_added", "evt_2");
    const QByteArray other = paketEvent("invoice.paid", "evt_3");
    const qint64 renewedId = post(renewed);
    const qint64 addedId = post(added);
    const qint64 otherId = post(other);
    QVERIFY(renewedId && addedId && otherId);
    QVERIFY(inspectedUpTo(otherId));

    QCOMPARE(forwarded.size(), 2);
    QCOMPARE(forwarded.at(0).at(0).toLongLong(), toSubscriptions.id);
    QCOMPARE(forwarded.at(0).at(1).toLongLong(), renewedId);
    QCOMPARE(forwarded.at(1).at(0).toLongLong(), toSessions.id);
    QCOMPARE(forwarded.at(1).at(1).toLongLong(), addedId);
    const QString toSubscriptionsId = forwarded.at(0).at(2).toString();
    const QString toSessionsId = forwarded.at(1).at(2).toString();
    QTRY_VERIFY_WITH_TIMEOUT(finished(toSubscriptionsId) && finished(toSessionsId), 15'000);

    QCOMPARE(subscriptions.requests.size(), 1);
    QCOMPARE(subscriptions.requests.first().body, renewed);
    QCOMPARE(subscriptions.requests.first().target, QByteArray("/subscriptions"));
    QCOMPARE(subscriptions.requests.first().headerValue("Paket-Delivery"), QByteArray("d-1"));
    QCOMPARE(sessions.requests.size(), 1);
    QCOMPARE(sessions.requests.first().body, added);

    const std::optional<Delivery> delivery = m_deliveries.delivery(toSubscriptionsId);
    QVERIFY(delivery);
    QCOMPARE(delivery->requestId, renewedId);
    QCOMPARE(delivery->targetId, subscriptionsTarget);
    QCOMPARE(delivery->status, DeliveryStatus::Delivered);
    QCOMPARE(m_deliveries.forRequest(addedId).size(), 1);
    QCOMPARE(m_deliveries.forRequest(addedId).first().targetId, sessionsTarget);
    QVERIFY(m_deliveries.forRequest(otherId).isEmpty());
    QCOMPARE(unusable.size(), 0);
}

void TestForwarding::reinspectionForwardsNothingAgain()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const qint64 target = addTarget(receiver, "/all");
    Forwarder *forwarder = m_session->forwarder();
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    addRule(QStringLiteral("provider:paket"), target);
    const qint64 first = post(paketEvent("subscription.status.renewed", "evt_1"));
    const qint64 second = post(paketEvent("context.session.context_added", "evt_2"));
    QVERIFY(inspectedUpTo(second));
    QCOMPARE(forwarded.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(finished(forwarded.at(0).at(2).toString())
                                 && finished(forwarded.at(1).at(2).toString()),
                             15'000);

    // A full pass (catalogs or secrets changed) reports both requests as inspected again.
    QSignalSpy passDone(m_session->reinspector(), &Reinspector::finished);
    m_session->reinspector()->reinspectAll();
    QVERIFY(passDone.wait(10'000));
    // And a request captured after the pass is forwarded once, not its predecessors again.
    const qint64 third = post(paketEvent("subscription.status.renewed", "evt_3"));
    QVERIFY(inspectedUpTo(third));
    QCOMPARE(forwarded.size(), 3);
    QCOMPARE(forwarded.at(2).at(1).toLongLong(), third);
    QTRY_VERIFY_WITH_TIMEOUT(finished(forwarded.at(2).at(2).toString()), 15'000);
    QCOMPARE(receiver.requests.size(), 3);
    QCOMPARE(m_deliveries.forRequest(first).size(), 1);
    QCOMPARE(m_deliveries.forRequest(second).size(), 1);
}

void TestForwarding::disabledRuleForwardsNothing()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const qint64 target = addTarget(receiver, "/off");
    Forwarder *forwarder = m_session->forwarder();
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    ForwardingRule rule = addRule(QString(), target, false); // empty query: everything
    QVERIFY(rule.id);
    const qint64 id = post(paketEvent("subscription.status.renewed", "evt_1"));
    QVERIFY(inspectedUpTo(id));
    QCOMPARE(forwarded.size(), 0);
    QTest::qWait(200);
    QCOMPARE(receiver.requests.size(), 0);
    QVERIFY(m_deliveries.forRequest(id).isEmpty());
    QCOMPARE(forwarder->problem(rule.id), QString());

    // Turned on: what arrived while it was off stays unsent; the next request goes.
    rule.enabled = true;
    QString error;
    QVERIFY2(forwarder->saveRule(&rule, &error), qPrintable(error));
    const qint64 next = post(paketEvent("context.session.context_added", "evt_2"));
    QVERIFY(inspectedUpTo(next));
    QCOMPARE(forwarded.size(), 1);
    QCOMPARE(forwarded.at(0).at(1).toLongLong(), next);
}

void TestForwarding::newRuleForwardsOnlyLaterRequests()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const qint64 target = addTarget(receiver, "/late");
    const qint64 before = post(paketEvent("subscription.status.renewed", "evt_1"));
    QVERIFY(inspectedUpTo(before));
    Forwarder *forwarder = m_session->forwarder();
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    const ForwardingRule rule = addRule(QStringLiteral("type:subscription.*"), target);
    QSignalSpy passDone(m_session->reinspector(), &Reinspector::finished);
    m_session->reinspector()->reinspectAll();
    QVERIFY(passDone.wait(10'000));
    QCOMPARE(forwarded.size(), 0);
    const qint64 after = post(paketEvent("subscription.status.renewed", "evt_2"));
    QVERIFY(inspectedUpTo(after));
    QCOMPARE(forwarded.size(), 1);
    QCOMPARE(forwarded.at(0).at(0).toLongLong(), rule.id);
    QCOMPARE(forwarded.at(0).at(1).toLongLong(), after);

    // Removed: nothing more.
    QString error;
    QVERIFY2(forwarder->removeRule(rule.id, &error), qPrintable(error));
    QVERIFY(forwarder->rules().isEmpty());
    const qint64 last = post(paketEvent("subscription.status.renewed", "evt_3"));
    QVERIFY(inspectedUpTo(last));
    QCOMPARE(forwarded.size(), 1);
    QVERIFY(!forwarder->removeRule(rule.id, &error));
}

void TestForwarding::ruleForAMissingTargetIsRefused()
{
    ForwardingRule rule;
    rule.name = QStringLiteral("nowhere");
    rule.targetId = 999;
    QString error;
    QVERIFY(!m_session->forwarder()->saveRule(&rule, &error));
    QVERIFY2(error.contains(QStringLiteral("no delivery target 999")), qPrintable(error));
    QVERIFY(m_session->forwarder()->rules().isEmpty());
    DeliveryTarget target;
    target.name = QStringLiteral("somewhere");
    target.url = QStringLiteral("http://127.0.0.1:9/");
    QVERIFY(m_deliveries.saveTarget(&target));
    rule.targetId = target.id;
    rule.id = 42; // never stored
    QVERIFY(!m_session->forwarder()->saveRule(&rule, &error));
    QVERIFY2(error.contains(QStringLiteral("no forwarding rule 42")), qPrintable(error));
}

void TestForwarding::unusableRulesAreReported_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("removeTarget");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad query") << QStringLiteral("type:") << false
                               << QStringLiteral("query “type:” cannot be used");
    QTest::newRow("unknown filter")
        << QStringLiteral("colour:red") << false << QStringLiteral("colour");
    QTest::newRow("target removed")
        << QStringLiteral("provider:paket") << true << QStringLiteral("no target");
}

void TestForwarding::unusableRulesAreReported()
{
    QFETCH(QString, query);
    QFETCH(bool, removeTarget);
    QFETCH(QString, reason);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const qint64 target = addTarget(receiver, "/broken");
    Forwarder *forwarder = m_session->forwarder();
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    QSignalSpy unusable(forwarder, &Forwarder::ruleUnusable);
    const ForwardingRule rule = addRule(query, target);
    QVERIFY(rule.id);
    if (removeTarget) {
        QCOMPARE(unusable.size(), 0);
        // Removed by another connection (the window's targets dialog): read again.
        QVERIFY(m_deliveries.removeTarget(target));
        QString error;
        QVERIFY2(forwarder->reload(&error), qPrintable(error));
        QCOMPARE(forwarder->rules().first().targetId, 0);
    }
    QCOMPARE(unusable.size(), 1);
    QCOMPARE(unusable.first().at(0).toLongLong(), rule.id);
    const QString said = unusable.first().at(1).toString();
    QVERIFY2(said.contains(reason), qPrintable(said));
    QCOMPARE(forwarder->problem(rule.id), said);

    // Said once, not for every request; nothing is sent.
    const qint64 id = post(paketEvent("subscription.status.renewed", "evt_1"));
    QVERIFY(inspectedUpTo(id));
    QCOMPARE(unusable.size(), 1);
    QCOMPARE(forwarded.size(), 0);
    QTest::qWait(100);
    QCOMPARE(receiver.requests.size(), 0);
}

void TestForwarding::requestsStoredWhileStoppedAreNotForwarded()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const qint64 target = addTarget(receiver, "/restart");
    const ForwardingRule rule = addRule(QStringLiteral("provider:paket"), target);
    stopSession();

    // Stored while no session ran (inspection catches up at the next start).
    StoreWriter writer;
    QString error;
    QVERIFY2(writer.start(m_options.store, &error), qPrintable(error));
    CapturedRequest offline;
    offline.method = "POST";
    offline.target = "/hooks/paket";
    offline.setHeaders({{"Content-Type", "application/json"}});
    offline.body = paketEvent("subscription.status.renewed", "evt_offline");
    const qint64 offlineId = storeCaptured(writer, offline);
    QVERIFY(offlineId);
    writer.stop();

    startSession();
    Forwarder *forwarder = m_session->forwarder();
    QCOMPARE(forwarder->rules(), QList<ForwardingRule> {rule});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    QVERIFY(inspectedUpTo(offlineId));
    const qint64 live = post(paketEvent("subscription.status.renewed", "evt_live"));
    QVERIFY(inspectedUpTo(live));
    QCOMPARE(forwarded.size(), 1);
    QCOMPARE(forwarded.first().at(1).toLongLong(), live);
    QVERIFY(m_deliveries.forRequest(offlineId).isEmpty());
}

QTEST_MAIN(TestForwarding)
#include "tst_forwarding.moc"
