#include "commandrun.h"
#include "delivery/deliverystore.h"
#include "deliverytesthelpers.h"
#include "resendcommand.h"
#include "signing/schemeregistry.h"
#include "testreceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// `hookbench resend` end to end: the real command on a store the capture writer made,
/// delivering to a receiver on 127.0.0.1. The command runs its own event loop, which serves
/// the receiver too.
class TestResendCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void waitPrintsTheDeliveredDelivery();
    void editedAndResigned();
    void failedDeliveryExitsOne();
    void withoutWaitPrintsThePendingDeliveryAndStillSends();
    void usageErrors_data();
    void usageErrors();

private:
    using Result = CommandResult;
    static Result run(const QStringList &arguments)
    {
        return runCommand(runResendCommand, QStringLiteral("resend"), arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_id = 0;
    QByteArray m_body;
};

void TestResendCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("hooks.sqlite"));
    StoreOptions options;
    options.path = m_db;
    StoreWriter writer;
    QString error;
    QVERIFY2(writer.start(options, &error), qPrintable(error));
    m_body = "{\"id\":\"evt_cli\",\"type\":\"invoice.paid\",\"amount\":4200}";
    m_id = storeCaptured(writer, sampleWebhook(m_body));
    QVERIFY(m_id > 0);
}

void TestResendCommand::waitPrintsTheDeliveredDelivery()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Result result = run({publicRequestId(m_id),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url("/cli")),
                               QStringLiteral("--wait")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("Delivered"));
    QCOMPARE(json.value(u"webhook_event_id").toString(), publicRequestId(m_id));
    QVERIFY(json.value(u"id").toString().startsWith(QLatin1String("wdlv_")));
    QCOMPARE(json.value(u"response").toObject().value(u"status").toInt(), 200);
    QCOMPARE(json.value(u"request").toObject().value(u"body").toString().toUtf8(), m_body);
    QCOMPARE(receiver.requests.size(), 1);
    QCOMPARE(receiver.requests.first().body, m_body);
    QCOMPARE(receiver.requests.first().headerValue("Stripe-Signature"), QByteArray("t=1,v1=0000"));
    // The store has the same row.
    DeliveryStore store;
    StoreOptions options;
    options.path = m_db;
    QString error;
    QVERIFY(store.open(options, &error));
    const auto row = store.delivery(json.value(u"id").toString());
    QVERIFY(row);
    QCOMPARE(row->status, DeliveryStatus::Delivered);
    QCOMPARE(row->requestId, m_id);
}

void TestResendCommand::editedAndResigned()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const QString bodyFile = m_dir.filePath(QStringLiteral("edited.json"));
    const QByteArray edited = "{\"id\":\"evt_cli\",\"type\":\"invoice.paid\",\"amount\":1}";
    {
        QFile file(bodyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(edited);
    }
    const Result result = run({publicRequestId(m_id),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url("/ignored")),
                               QStringLiteral("--method"),
                               QStringLiteral("PUT"),
                               QStringLiteral("--path"),
                               QStringLiteral("/staging/stripe"),
                               QStringLiteral("--header"),
                               QStringLiteral("X-Env: staging"),
                               QStringLiteral("--header"),
                               QStringLiteral("User-Agent: hookbench-test"),
                               QStringLiteral("--edit-body-file"),
                               bodyFile,
                               QStringLiteral("--sign-scheme"),
                               QStringLiteral("stripe"),
                               QStringLiteral("--secret"),
                               QStringLiteral("whsec_cli"),
                               QStringLiteral("--wait")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(receiver.requests.size(), 1);
    const CapturedRequest &got = receiver.requests.first();
    QCOMPARE(got.method, QByteArray("PUT"));
    QCOMPARE(got.target, QByteArray("/staging/stripe"));
    QCOMPARE(got.body, edited);
    QCOMPARE(got.headerValue("X-Env"), QByteArray("staging"));
    QCOMPARE(got.headerValue("User-Agent"), QByteArray("hookbench-test"));
    VerifyOptions now;
    now.nowSeconds = QDateTime::currentSecsSinceEpoch();
    const Verdict verdict = SchemeRegistry::find(u"stripe")->verify(
        SigningRequest::fromCaptured(got), {{QStringLiteral("k"), "whsec_cli"}}, now);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    // The key is not in the output (nor in the store: it is never written).
    QVERIFY(!result.out.contains("whsec_cli"));
}

void TestResendCommand::failedDeliveryExitsOne()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.fallback.status = 500;
    const Result result = run({publicRequestId(m_id),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url()),
                               QStringLiteral("--attempts"),
                               QStringLiteral("2"),
                               QStringLiteral("--wait")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("Failed"));
    QCOMPARE(json.value(u"failure_kind").toString(), QStringLiteral("http_status"));
    QCOMPARE(json.value(u"attempt").toInt(), 2); // the last attempt is printed
    QCOMPARE(receiver.requests.size(), 2);
}

void TestResendCommand::withoutWaitPrintsThePendingDeliveryAndStillSends()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Result result = run({publicRequestId(m_id),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url())});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().value(u"status").toString(), QStringLiteral("Pending"));
    // Sent before the command returned.
    DeliveryStore store;
    StoreOptions options;
    options.path = m_db;
    QString error;
    QVERIFY(store.open(options, &error));
    const auto row = store.delivery(result.json().value(u"id").toString());
    QVERIFY(row);
    QVERIFY2(row->status == DeliveryStatus::Delivered, qPrintable(row->failureMessage));
    QCOMPARE(receiver.requests.size(), 1);
}

void TestResendCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = m_dir.filePath(QStringLiteral("hooks.sqlite"));
    const QString id = QStringLiteral("wevt_1");
    const QString target = QStringLiteral("http://127.0.0.1:9/hook");
    auto args = [&](std::initializer_list<const char *> extra) {
        QStringList list {id, QStringLiteral("--db"), db, QStringLiteral("--target"), target};
        for (const char *word : extra)
            list.append(QString::fromUtf8(word));
        return list;
    };
    QTest::newRow("no id") << QStringList {QStringLiteral("--target"), target} << 2
                           << QStringLiteral("captured request id");
    QTest::newRow("bad id") << QStringList {QStringLiteral("evt_x"),
                                            QStringLiteral("--target"),
                                            target}
                            << 2 << QStringLiteral("not a request id");
    QTest::newRow("no target") << QStringList {id, QStringLiteral("--db"), db} << 2
                               << QStringLiteral("--target URL");
    QTest::newRow("bad header") << args({"--header", "NoColon"}) << 2
                                << QStringLiteral("Name: value");
    QTest::newRow("scheme without secret")
        << args({"--sign-scheme", "stripe"}) << 2 << QStringLiteral("--secret KEY");
    QTest::newRow("unknown scheme") << args({"--sign-scheme", "nope", "--secret", "k"}) << 2
                                    << QStringLiteral("unknown signing scheme");
    QTest::newRow("bad timeout") << args({"--timeout", "soon"}) << 2 << QStringLiteral("--timeout");
    QTest::newRow("too many attempts")
        << args({"--attempts", "1000"}) << 2 << QStringLiteral("attempts");
    QTest::newRow("self-signed remote")
        << QStringList {id,
                        QStringLiteral("--db"),
                        db,
                        QStringLiteral("--target"),
                        QStringLiteral("https://staging.example.com/"),
                        QStringLiteral("--allow-self-signed")}
        << 2 << QStringLiteral("this machine");
    QTest::newRow("relative path")
        << args({"--path", "relative"}) << 2 << QStringLiteral("start with '/'");
    QTest::newRow("unreadable body") << args({"--edit-body-file", "/nonexistent/body.json"}) << 2
                                     << QStringLiteral("cannot read");
    QTest::newRow("no such event") << QStringList {QStringLiteral("wevt_999"),
                                                   QStringLiteral("--db"),
                                                   db,
                                                   QStringLiteral("--target"),
                                                   target}
                                   << 1 << QStringLiteral("no event wevt_999");
    QTest::newRow("no store") << QStringList {id,
                                              QStringLiteral("--db"),
                                              m_dir.filePath(QStringLiteral("none.sqlite")),
                                              QStringLiteral("--target"),
                                              target}
                              << 1 << QStringLiteral("no store");
}

void TestResendCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestResendCommand)
#include "tst_resendcommand.moc"
