#include "delivery/deliveryjson.h"
#include "delivery/deliverysettings.h"
#include "delivery/failureclassification.h"
#include "delivery/retrypolicy.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Hookbench;

Q_DECLARE_METATYPE(Hookbench::FailureKind)

/// The rules around an attempt: backoff, failure kinds, settings validation, names and JSON.
class TestDeliveryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void backoffCeiling_data();
    void backoffCeiling();
    void backoffIsFullJitter();
    void classification_data();
    void classification();
    void settingsValidation_data();
    void settingsValidation();
    void settingsJsonRoundTrip();
    void namesRoundTrip();
    void idsAreFreshAndPrefixed();
    void jsonShape();
};

void TestDeliveryPolicy::backoffCeiling_data()
{
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("cap");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("first retry waits up to base") << 1 << 1000 << 60000 << qint64(1000);
    QTest::newRow("doubles") << 3 << 1000 << 60000 << qint64(4000);
    QTest::newRow("capped") << 7 << 1000 << 60000 << qint64(60000);
    QTest::newRow("no overflow after many") << 90 << 1000 << 60000 << qint64(60000);
    QTest::newRow("no base, no wait") << 3 << 0 << 60000 << qint64(0);
}

void TestDeliveryPolicy::backoffCeiling()
{
    QFETCH(int, failed);
    QFETCH(int, base);
    QFETCH(int, cap);
    QFETCH(qint64, ceiling);
    QCOMPARE(backoffCeilingMs(failed, base, cap), ceiling);
}

void TestDeliveryPolicy::backoffIsFullJitter()
{
    QRandomGenerator random(42);
    qint64 smallest = LLONG_MAX;
    qint64 largest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = backoffDelayMs(3, 100, 10000, random);
        QVERIFY(delay >= 0 && delay <= 400);
        smallest = qMin(smallest, delay);
        largest = qMax(largest, delay);
    }
    // Spread over the whole range from 0, not around the ceiling.
    QVERIFY2(smallest < 40 && largest > 360,
             qPrintable(QStringLiteral("%1..%2").arg(smallest).arg(largest)));
}

void TestDeliveryPolicy::classification_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("tlsPending");
    QTest::addColumn<FailureKind>("kind");
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << true << FailureKind::Dns;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << true
                             << FailureKind::Refused;
    QTest::newRow("tls handshake")
        << QNetworkReply::SslHandshakeFailedError << false << FailureKind::Tls;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << false << FailureKind::Timeout;
    QTest::newRow("closed during handshake")
        << QNetworkReply::RemoteHostClosedError << true << FailureKind::Tls;
    QTest::newRow("closed over http")
        << QNetworkReply::RemoteHostClosedError << false << FailureKind::Network;
    QTest::newRow("own abort") << QNetworkReply::OperationCanceledError << true
                               << FailureKind::Network;
    QTest::newRow("no error") << QNetworkReply::NoError << false << FailureKind::None;
}

void TestDeliveryPolicy::classification()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, tlsPending);
    QFETCH(FailureKind, kind);
    QCOMPARE(classifyReplyError(error, tlsPending), kind);
}

void TestDeliveryPolicy::settingsValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: valid
    QTest::newRow("plain") << "http://localhost:3000/hooks" << false << QString() << QString();
    QTest::newRow("self-signed on localhost")
        << "https://localhost:8443/" << true << QString() << QString();
    QTest::newRow("self-signed on 127.0.0.1")
        << "https://127.0.0.1:8443/" << true << QString() << QString();
    QTest::newRow("self-signed on ::1") << "https://[::1]:8443/" << true << QString() << QString();
    QTest::newRow("self-signed elsewhere") << "https://staging.example.com/" << true << QString()
                                           << "only for targets on this machine";
    QTest::newRow("self-signed on a LAN address")
        << "https://192.168.1.5/" << true << QString() << "only for targets on this machine";
    QTest::newRow("not http") << "ftp://example.com/" << false << QString() << "not an http";
    QTest::newRow("no host") << "http:///x" << false << QString() << "not an http";
    QTest::newRow("known scheme") << "http://localhost/" << false << "stripe" << QString();
    QTest::newRow("unknown scheme") << "http://localhost/" << false << "nope"
                                    << "unknown signing scheme 'nope'";
}

void TestDeliveryPolicy::settingsValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, selfSigned);
    QFETCH(QString, scheme);
    QFETCH(QString, problem);
    DeliverySettings settings;
    settings.allowSelfSigned = selfSigned;
    settings.signScheme = scheme;
    const QString message = settings.validate(QUrl(url));
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestDeliveryPolicy::settingsJsonRoundTrip()
{
    DeliverySettings settings;
    settings.timeoutMs = 1234;
    settings.caFile = QStringLiteral("/etc/ca.pem");
    settings.allowSelfSigned = true;
    settings.signScheme = QStringLiteral("stripe");
    settings.signSecretId = QStringLiteral("secret-7");
    settings.maxAttempts = 9;
    settings.backoffBaseMs = 10;
    settings.backoffCapMs = 20;
    settings.maxConcurrency = 2;
    QCOMPARE(DeliverySettings::fromJson(settings.toJson()), settings);
    QCOMPARE(DeliverySettings::fromJson({}), DeliverySettings());
}

void TestDeliveryPolicy::namesRoundTrip()
{
    for (const auto status : {DeliveryStatus::Pending,
                              DeliveryStatus::InProgress,
                              DeliveryStatus::Delivered,
                              DeliveryStatus::Failed,
                              DeliveryStatus::Cancelled}) {
        QCOMPARE(deliveryStatusFromName(deliveryStatusName(status)), status);
    }
    QCOMPARE(deliveryStatusName(DeliveryStatus::InProgress), QStringLiteral("in_progress"));
    QCOMPARE(deliveryStatusTitle(DeliveryStatus::InProgress), QStringLiteral("In Progress"));
    for (const auto kind : {FailureKind::Dns,
                            FailureKind::Refused,
                            FailureKind::Tls,
                            FailureKind::Timeout,
                            FailureKind::HttpStatus,
                            FailureKind::Network,
                            FailureKind::Interrupted,
                            FailureKind::Cancelled,
                            FailureKind::Signing}) {
        QCOMPARE(failureKindFromName(failureKindName(kind)), kind);
    }
    QCOMPARE(failureKindName(FailureKind::HttpStatus), QStringLiteral("http_status"));
}

void TestDeliveryPolicy::idsAreFreshAndPrefixed()
{
    const QString a = newDeliveryId();
    const QString b = newDeliveryId();
    QVERIFY(a.startsWith(QLatin1String("wdlv_")));
    QCOMPARE(a.size(), 5 + 24);
    QVERIFY(a != b);
}

void TestDeliveryPolicy::jsonShape()
{
    Delivery d;
    d.id = QStringLiteral("wdlv_1");
    d.groupId = d.id;
    d.requestId = 12;
    d.targetUrl = QStringLiteral("http://localhost/hook");
    d.status = DeliveryStatus::Failed;
    d.createdUs = 1'700'000'000'000'000;
    d.startedUs = d.createdUs + 5;
    d.failedUs = d.createdUs + 10;
    d.failureKind = FailureKind::HttpStatus;
    d.failureMessage = QStringLiteral("the target answered 500 Scripted");
    d.request = {"POST", "http://localhost/hook", {{"A", "b"}}, QByteArray("\xff", 1)};
    d.responseStatus = 500;
    d.responseBody = "boom";
    d.durationMs = 3;
    const QJsonObject json = deliveryJson(d);
    QCOMPARE(json.value(u"id").toString(), QStringLiteral("wdlv_1"));
    QCOMPARE(json.value(u"webhook_event_id").toString(), QStringLiteral("wevt_12"));
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("Failed"));
    QCOMPARE(json.value(u"failure_kind").toString(), QStringLiteral("http_status"));
    QCOMPARE(json.value(u"created_at").toString(), QStringLiteral("2023-11-14T22:13:20.000000Z"));
    QVERIFY(json.value(u"delivered_at").isNull());
    QVERIFY(json.value(u"target_id").isNull());
    const QJsonObject request = json.value(u"request").toObject();
    QVERIFY(request.value(u"body").isNull()); // not UTF-8
    QCOMPARE(request.value(u"body_base64").toString(), QStringLiteral("/w=="));
    QCOMPARE(request.value(u"headers").toArray().at(0).toArray().at(1).toString(),
             QStringLiteral("b"));
    const QJsonObject response = json.value(u"response").toObject();
    QCOMPARE(response.value(u"status").toInt(), 500);
    QCOMPARE(response.value(u"body").toString(), QStringLiteral("boom"));
    d.responseStatus = 0;
    QVERIFY(deliveryJson(d).value(u"response").isNull());
}

QTEST_GUILESS_MAIN(TestDeliveryPolicy)
#include "tst_deliverypolicy.moc"
