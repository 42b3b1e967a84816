#include "deliveryfixture.h"
#include "deliverytesthelpers.h"
#include "testreceiver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>

using namespace Hookbench;

Q_DECLARE_METATYPE(Hookbench::DeliveryStatus)
Q_DECLARE_METATYPE(Hookbench::FailureKind)

namespace {
// A certificate for localhost, 127.0.0.1 and ::1, self-signed, valid 2000-2199 (test data).
const QString certificateFile
    = QStringLiteral(HOOKBENCH_SOURCE_DIR "/tests/delivery/data/localhost-cert.pem");
const QString keyFile
    = QStringLiteral(HOOKBENCH_SOURCE_DIR "/tests/delivery/data/localhost-key.pem");
} // namespace

/// Deliveries that fail (refused, timeout, TLS) with the right kind, TLS settings against a
/// real https receiver, and what a restart does with deliveries a quit left behind.
class TestDeliveryFailures : public DeliveryFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void failures_data();
    void failures();
    void tlsTargets_data();
    void tlsTargets();
    void restartResumesPendingAndFailsInterrupted();
    void commandLineEngineLeavesOthersDeliveries();
};

void TestDeliveryFailures::failures_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<FailureKind>("kind");
    QTest::newRow("refused, retried") << QStringLiteral("refused") << 2 << FailureKind::Refused;
    QTest::newRow("timeout") << QStringLiteral("timeout") << 1 << FailureKind::Timeout;
    QTest::newRow("tls to a plain server") << QStringLiteral("tls") << 1 << FailureKind::Tls;
}

void TestDeliveryFailures::failures()
{
    QFETCH(QString, situation);
    QFETCH(int, attempts);
    QFETCH(FailureKind, kind);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.fallback.silent = true;
    DeliverySettings settings = quick();
    settings.maxAttempts = attempts;
    QByteArray url = receiver.url();
    if (situation == QLatin1String("refused"))
        url = "http://127.0.0.1:" + QByteArray::number(closedPort()) + "/hook";
    else if (situation == QLatin1String("timeout"))
        settings.timeoutMs = 300;
    else
        url = receiver.url("/hook", "https");
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_4\"}");
    QString error;
    const QString id = m_engine->submit(order(captured, url, settings), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 15'000);

    const QList<Delivery> rows = m_store->group(id);
    QCOMPARE(rows.size(), attempts);
    for (const Delivery &row : rows) {
        QCOMPARE(row.status, DeliveryStatus::Failed);
        QCOMPARE(row.failureKind, kind);
        QVERIFY(!row.failureMessage.isEmpty());
        QVERIFY(row.failedUs >= row.startedUs && row.startedUs > 0);
        QCOMPARE(row.responseStatus, 0);
    }
    if (kind == FailureKind::Timeout) {
        QCOMPARE(receiver.requests.size(), 1); // it arrived; the answer never came
        QVERIFY(rows.first().durationMs >= 290);
        QVERIFY2(rows.first().failureMessage.contains(QLatin1String("300 ms")),
                 qPrintable(rows.first().failureMessage));
    }
    if (kind == FailureKind::Tls)
        QCOMPARE(receiver.notHttp, 1); // a handshake reached the plain server
}

void TestDeliveryFailures::tlsTargets_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("self-signed, not trusted")
        << QString() << false << DeliveryStatus::Failed << QStringLiteral("self-signed");
    QTest::newRow("self-signed allowed for 127.0.0.1")
        << QString() << true << DeliveryStatus::Delivered << QString();
    QTest::newRow("trusted through the CA file")
        << certificateFile << false << DeliveryStatus::Delivered << QString();
    QTest::newRow("CA file without certificates")
        << QStringLiteral(HOOKBENCH_SOURCE_DIR "/README.md") << false << DeliveryStatus::Failed
        << QStringLiteral("no PEM certificate");
}

void TestDeliveryFailures::tlsTargets()
{
    QFETCH(QString, caFile);
    QFETCH(bool, selfSigned);
    QFETCH(DeliveryStatus, status);
    QFETCH(QString, message);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
    QCOMPARE(certificates.size(), 1);
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificates.first());
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    TestReceiver receiver;
    QVERIFY(receiver.listenTls(tls));
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_tls\"}");
    DeliverySettings settings = quick();
    settings.caFile = caFile;
    settings.allowSelfSigned = selfSigned;
    QString error;
    const QString id
        = m_engine->submit(order(captured, receiver.url("/secure", "https"), settings), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 15'000);

    const Delivery delivery = *m_store->delivery(id);
    QCOMPARE(delivery.status, status);
    if (status == DeliveryStatus::Delivered) {
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(receiver.requests.first().body, captured.body);
    } else {
        QCOMPARE(delivery.failureKind, FailureKind::Tls);
        QVERIFY2(delivery.failureMessage.contains(message), qPrintable(delivery.failureMessage));
        QCOMPARE(receiver.requests.size(), 0);
    }
}

void TestDeliveryFailures::restartResumesPendingAndFailsInterrupted()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_8\"}");
    const DeliveryOrder built = order(captured, receiver.url("/resumed"));
    // Rows a Hookbench left behind when it quit: one waiting, one on its way.
    auto leftBehind = [&](DeliveryStatus status) {
        Delivery d;
        d.id = newDeliveryId();
        d.groupId = d.id;
        d.requestId = captured.id;
        d.targetUrl = built.targetUrl;
        d.settings = built.settings;
        d.request = built.request;
        d.status = status;
        d.createdUs = nowMicros();
        d.dueUs = d.createdUs;
        d.startedUs = status == DeliveryStatus::InProgress ? d.createdUs : 0;
        return d;
    };
    const Delivery pending = leftBehind(DeliveryStatus::Pending);
    const Delivery inProgress = leftBehind(DeliveryStatus::InProgress);
    QVERIFY(m_store->insert(pending));
    QVERIFY(m_store->insert(inProgress));
    m_engine.reset();
    QCOMPARE(receiver.requests.size(), 0);

    startEngine();
    QTRY_VERIFY_WITH_TIMEOUT(m_finished.contains(pending.id), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_finished.contains(inProgress.id), 15'000);
    QCOMPARE(m_store->delivery(pending.id)->status, DeliveryStatus::Delivered);
    QCOMPARE(receiver.requests.size(), 1);
    QCOMPARE(receiver.requests.first().target, QByteArray("/resumed"));
    const Delivery interrupted = *m_store->delivery(inProgress.id);
    QCOMPARE(interrupted.status, DeliveryStatus::Failed);
    QCOMPARE(interrupted.failureKind, FailureKind::Interrupted);
    QCOMPARE(interrupted.failureMessage,
             QStringLiteral("Hookbench quit while this delivery was in progress"));
    QVERIFY(interrupted.failedUs > 0);
}

void TestDeliveryFailures::commandLineEngineLeavesOthersDeliveries()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_9\"}");
    DeliveryOrder built = order(captured, receiver.url("/theirs"));
    Delivery theirs;
    theirs.id = newDeliveryId();
    theirs.groupId = theirs.id;
    theirs.requestId = captured.id;
    theirs.targetUrl = built.targetUrl;
    theirs.request = built.request;
    theirs.status = DeliveryStatus::InProgress;
    theirs.createdUs = theirs.dueUs = theirs.startedUs = nowMicros();
    QVERIFY(m_store->insert(theirs));
    m_engine.reset();

    startEngine(DeliveryEngine::Recovery::OwnOnly);
    QString error;
    const QString mine = m_engine->submit(order(captured, receiver.url("/mine")), &error);
    QTRY_VERIFY_WITH_TIMEOUT(ended(mine), 15'000);
    QCOMPARE(receiver.requests.size(), 1);
    QCOMPARE(receiver.requests.first().target, QByteArray("/mine"));
    QCOMPARE(m_store->delivery(theirs.id)->status, DeliveryStatus::InProgress);
}

QTEST_GUILESS_MAIN(TestDeliveryFailures)
#include "tst_deliveryfailures.moc"
