#include "deliveryfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Hookbench;

namespace {

constexpr char receiverSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

} // namespace

/// Edited events re-signed by the delivery engine, checked by the providers' own npm libraries:
/// node/receiver.mjs answers 200 when standardwebhooks or stripe accept the signature and 400
/// with their error when not (the libraries come from tests/signing/node, `npm ci` there).
class TestNodeReceiver : public DeliveryFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void editedAndResigned_data();
    void editedAndResigned();

private:
    QProcess m_receiver;
    QByteArray m_base; ///< http://127.0.0.1:PORT
};

void TestNodeReceiver::initTestCase()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed (scripts/test.sh installs nodejs)");
    m_receiver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_receiver.start(node,
                     {QStringLiteral(HOOKBENCH_SOURCE_DIR "/tests/delivery/node/receiver.mjs"),
                      QString::fromLatin1(receiverSecret)});
    QVERIFY2(m_receiver.waitForStarted(10'000), qPrintable(m_receiver.errorString()));
    // It prints its port once it listens.
    while (!m_receiver.canReadLine()) {
        QVERIFY2(m_receiver.waitForReadyRead(30'000),
                 "receiver.mjs printed no port (is `npm ci` done in tests/signing/node?)");
    }
    const QByteArray port = m_receiver.readLine().trimmed();
    QVERIFY2(port.toUShort() > 0, port.constData());
    m_base = "http://127.0.0.1:" + port;
}

void TestNodeReceiver::cleanupTestCase()
{
    if (m_receiver.state() != QProcess::NotRunning) {
        m_receiver.kill();
        m_receiver.waitForFinished(5'000);
    }
}

void TestNodeReceiver::editedAndResigned_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("accepted");
    const QByteArray wrong = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    QTest::newRow("standard-webhooks")
        << QStringLiteral("standard-webhooks") << QByteArray("/standard")
        << QByteArray(receiverSecret) << true;
    QTest::newRow("stripe") << QStringLiteral("stripe") << QByteArray("/stripe")
                            << QByteArray(receiverSecret) << true;
    QTest::newRow("standard-webhooks, wrong secret")
        << QStringLiteral("standard-webhooks") << QByteArray("/standard") << wrong << false;
    QTest::newRow("stripe, wrong secret")
        << QStringLiteral("stripe") << QByteArray("/stripe") << wrong << false;
}

void TestNodeReceiver::editedAndResigned()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, secret);
    QFETCH(bool, accepted);
    // Captured with the provider's (now stale) signature, then edited: only re-signing at the
    // time of sending can make it acceptable again.
    const CapturedRequest captured = storedWebhook(
        "{\"id\":\"evt_node\",\"object\":\"event\",\"type\":\"invoice.paid\",\"amount\":4200}");
    QVERIFY(captured.id > 0);
    ResendEdits edits;
    edits.body
        = "{\"id\":\"evt_node\",\"object\":\"event\",\"type\":\"invoice.paid\",\"amount\":1}";
    DeliverySettings settings = quick();
    settings.signScheme = scheme;
    DeliveryOrder signedOrder = order(captured, m_base + path, settings, edits);
    signedOrder.secrets = {{QStringLiteral("test"), secret}};
    QString error;
    const QString id = m_engine->submit(signedOrder, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 20'000);

    const Delivery delivery = *m_store->delivery(id);
    QCOMPARE(delivery.request.body, *edits.body);
    const QJsonObject answer = QJsonDocument::fromJson(delivery.responseBody).object();
    if (accepted) {
        QVERIFY2(delivery.status == DeliveryStatus::Delivered, delivery.responseBody.constData());
        QCOMPARE(delivery.responseStatus, 200);
        QCOMPARE(answer.value(u"ok").toBool(), true);
    } else {
        QCOMPARE(delivery.status, DeliveryStatus::Failed);
        QCOMPARE(delivery.responseStatus, 400);
        QCOMPARE(delivery.failureKind, FailureKind::HttpStatus);
        QVERIFY2(!answer.value(u"error").toString().isEmpty(), delivery.responseBody.constData());
    }
}

QTEST_GUILESS_MAIN(TestNodeReceiver)
#include "tst_nodereceiver.moc"
