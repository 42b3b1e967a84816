#include "delivery/deliverystore.h"
#include "deliverytesthelpers.h"
#include "store/requeststore.h"
#include "store/storeschema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// Targets and deliveries in SQLite, on a store the capture writer made.
class TestDeliveryStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void targetsRoundTrip();
    void deliveriesRoundTrip();
    void listings();
    void markInterrupted();
    void removingTheRequestRemovesItsDeliveries();
    void removingTheTargetKeepsItsDeliveries();
    void writesBesideTheCaptureWriter();

private:
    Delivery sample(qint64 requestId, int attempt = 1, const QString &groupId = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreOptions m_options;
    std::unique_ptr<StoreWriter> m_writer;
    qint64 m_requestId = 0;
};

void TestDeliveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_options.path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    QVERIFY2(m_writer->start(m_options, &error), qPrintable(error));
    m_requestId = storeCaptured(*m_writer, sampleWebhook("{\"id\":\"evt_1\"}"));
    QVERIFY(m_requestId > 0);
}

void TestDeliveryStore::cleanup()
{
    m_writer.reset();
    m_dir.reset();
}

Delivery TestDeliveryStore::sample(qint64 requestId, int attempt, const QString &groupId) const
{
    Delivery d;
    d.id = newDeliveryId();
    d.groupId = groupId.isEmpty() ? d.id : groupId;
    d.requestId = requestId;
    d.targetUrl = QStringLiteral("http://localhost:3000/hooks");
    d.attempt = attempt;
    d.settings.maxAttempts = 3;
    d.settings.signScheme = QStringLiteral("stripe");
    d.settings.signSecretId = QStringLiteral("secret-1");
    d.createdUs = nowMicros() + attempt;
    d.dueUs = d.createdUs + 1000;
    d.request = {"POST",
                 "http://localhost:3000/hooks",
                 {{"Content-Type", "application/json"}, {"X-A", "1"}, {"X-A", "2"}},
                 QByteArray("{\"a\":1}\0\xff", 9)};
    return d;
}

void TestDeliveryStore::targetsRoundTrip()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    QCOMPARE(StoreSchema::currentVersion(), 8);

    DeliveryTarget staging;
    staging.name = QStringLiteral("staging");
    staging.url = QStringLiteral("https://staging.example.com/webhooks");
    staging.headers = {{"Authorization", "Bearer s"}, {"X-Env", "staging"}};
    staging.settings.timeoutMs = 5000;
    staging.settings.caFile = QStringLiteral("/etc/staging-ca.pem");
    staging.settings.signScheme = QStringLiteral("standard-webhooks");
    staging.settings.signSecretId = QStringLiteral("keychain-id-1");
    staging.settings.maxAttempts = 8;
    staging.settings.backoffBaseMs = 500;
    staging.settings.backoffCapMs = 30000;
    staging.settings.maxConcurrency = 2;
    QVERIFY2(store.saveTarget(&staging), qPrintable(store.lastError()));
    QVERIFY(staging.id > 0);
    DeliveryTarget local;
    local.name = QStringLiteral("local");
    local.url = QStringLiteral("https://localhost:8443/");
    local.settings.allowSelfSigned = true;
    QVERIFY(store.saveTarget(&local));

    QCOMPARE(store.target(staging.id), staging);
    QCOMPARE(store.targets(), (QList<DeliveryTarget> {local, staging})); // by name

    staging.settings.maxAttempts = 2;
    staging.headers.removeLast();
    QVERIFY(store.saveTarget(&staging));
    QCOMPARE(store.target(staging.id), staging);

    QVERIFY(store.removeTarget(local.id));
    QVERIFY(!store.target(local.id));
    QVERIFY(!store.removeTarget(local.id));
    DeliveryTarget missing = local;
    QVERIFY(!store.saveTarget(&missing)); // its row is gone
}

void TestDeliveryStore::deliveriesRoundTrip()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    Delivery d = sample(m_requestId);
    QVERIFY2(store.insert(d), qPrintable(store.lastError()));
    QCOMPARE(store.delivery(d.id)->request, d.request);
    QCOMPARE(store.delivery(d.id)->settings, d.settings);
    QCOMPARE(store.delivery(d.id)->status, DeliveryStatus::Pending);
    QCOMPARE(store.delivery(d.id)->startedUs, 0);
    QCOMPARE(store.delivery(d.id)->durationMs, -1);
    QVERIFY(!store.insert(d)); // the id is the key

    d.status = DeliveryStatus::Failed;
    d.startedUs = d.createdUs + 5;
    d.failedUs = d.createdUs + 9;
    d.failureKind = FailureKind::HttpStatus;
    d.failureMessage = QStringLiteral("the target answered 503");
    d.responseStatus = 503;
    d.responseHeaders = {{"Retry-After", "1"}};
    d.responseBody = QByteArray();
    d.durationMs = 0;
    QVERIFY2(store.update(d), qPrintable(store.lastError()));
    const Delivery read = *store.delivery(d.id);
    QCOMPARE(read.status, DeliveryStatus::Failed);
    QCOMPARE(read.startedUs, d.startedUs);
    QCOMPARE(read.failedUs, d.failedUs);
    QCOMPARE(read.deliveredUs, 0);
    QCOMPARE(read.failureKind, FailureKind::HttpStatus);
    QCOMPARE(read.failureMessage, d.failureMessage);
    QCOMPARE(read.responseStatus, 503);
    QCOMPARE(read.responseHeaders, d.responseHeaders);
    QVERIFY(read.responseBody.isEmpty());
    QCOMPARE(read.durationMs, 0);

    Delivery unknown = sample(m_requestId);
    QVERIFY(!store.update(unknown));
    QVERIFY(!store.delivery(unknown.id));
}

void TestDeliveryStore::listings()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    const qint64 other = storeCaptured(*m_writer, sampleWebhook("{}"));
    Delivery first = sample(m_requestId, 1);
    Delivery second = sample(m_requestId, 2, first.groupId);
    Delivery elsewhere = sample(other, 1);
    first.status = DeliveryStatus::Failed;
    second.dueUs = first.dueUs - 100; // due earlier, listed first among the pending
    for (const Delivery &d : {second, elsewhere, first})
        QVERIFY(store.insert(d));
    auto ids = [](const QList<Delivery> &list) {
        QStringList result;
        for (const Delivery &d : list)
            result.append(d.id);
        return result;
    };
    QCOMPARE(ids(store.forRequest(m_requestId)), (QStringList {first.id, second.id}));
    QCOMPARE(ids(store.group(first.groupId)), (QStringList {first.id, second.id}));
    QCOMPARE(ids(store.withStatus(DeliveryStatus::Failed)), QStringList {first.id});
    QCOMPARE(ids(store.withStatus(DeliveryStatus::Pending)),
             (QStringList {second.id, elsewhere.id}));
    QCOMPARE(store.withStatus(DeliveryStatus::Pending, 1).size(), 1);
}

void TestDeliveryStore::markInterrupted()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    Delivery running = sample(m_requestId);
    running.status = DeliveryStatus::InProgress;
    running.startedUs = running.createdUs;
    Delivery pending = sample(m_requestId);
    QVERIFY(store.insert(running));
    QVERIFY(store.insert(pending));
    QCOMPARE(store.markInterrupted(QStringLiteral("quit"), 42), QStringList {running.id});
    const Delivery marked = *store.delivery(running.id);
    QCOMPARE(marked.status, DeliveryStatus::Failed);
    QCOMPARE(marked.failureKind, FailureKind::Interrupted);
    QCOMPARE(marked.failureMessage, QStringLiteral("quit"));
    QCOMPARE(marked.failedUs, 42);
    QCOMPARE(store.delivery(pending.id)->status, DeliveryStatus::Pending);
    QCOMPARE(store.markInterrupted(QStringLiteral("quit"), 43), QStringList());
}

void TestDeliveryStore::removingTheRequestRemovesItsDeliveries()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    const Delivery d = sample(m_requestId);
    QVERIFY(store.insert(d));
    RequestStore requests;
    QVERIFY(requests.open(m_options, &error));
    QVERIFY2(requests.remove(m_requestId, &error), qPrintable(error));
    QVERIFY(!store.delivery(d.id));
    // A delivery of a request that does not exist is refused.
    QVERIFY(!store.insert(sample(m_requestId)));
}

void TestDeliveryStore::removingTheTargetKeepsItsDeliveries()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    DeliveryTarget target;
    target.name = QStringLiteral("t");
    target.url = QStringLiteral("http://localhost/");
    QVERIFY(store.saveTarget(&target));
    Delivery d = sample(m_requestId);
    d.targetId = target.id;
    QVERIFY(store.insert(d));
    QCOMPARE(store.delivery(d.id)->targetId, target.id);
    QVERIFY(store.removeTarget(target.id));
    const Delivery kept = *store.delivery(d.id);
    QCOMPARE(kept.targetId, 0);
    QCOMPARE(kept.targetUrl, d.targetUrl);
}

void TestDeliveryStore::writesBesideTheCaptureWriter()
{
    DeliveryStore store;
    QString error;
    QVERIFY2(store.open(m_options, &error), qPrintable(error));
    // The writer commits batches on its thread while deliveries are written here: WAL and the
    // busy timeout let both through, nothing fails.
    int stored = 0;
    QObject context;
    for (int i = 0; i < 300; ++i) {
        m_writer->submit(asCaptured(sampleWebhook(QByteArray(2048, 'x'))),
                         &context,
                         [&stored](const CommitResult &result) { stored += result.stored; });
    }
    for (int i = 0; i < 100; ++i)
        QVERIFY2(store.insert(sample(m_requestId)), qPrintable(store.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(stored, 300, 20'000);
    QCOMPARE(store.forRequest(m_requestId).size(), 100);
}

QTEST_GUILESS_MAIN(TestDeliveryStore)
#include "tst_deliverystore.moc"
