#include "commandrun.h"
#include "delivery/deliverystore.h"
#include "inspect/catalogset.h"
#include "inspect/inspector.h"
#include "signing/schemeregistry.h"
#include "store/requeststore.h"
#include "testreceiver.h"
#include "triggercommand.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// `hookbench trigger` end to end: the command makes up an event from a built-in catalog,
/// stores it and delivers it to a receiver on 127.0.0.1, which the inspector and the signing
/// schemes then judge. The command runs its own event loop, which serves the receiver too.
class TestTriggerCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deliversTheRequestedType_data();
    void deliversTheRequestedType();
    void storesTheEventAsTriggered();
    void signedTriggerVerifies_data();
    void signedTriggerVerifies();
    void failedDeliveryExitsOne();
    void unknownTypeExitsTwoFromTheBinary();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    using Result = CommandResult;
    static Result run(const QStringList &arguments)
    {
        return runCommand(runTriggerCommand, QStringLiteral("trigger"), arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QList<Catalog> m_catalogs;
};

void TestTriggerCommand::initTestCase()
{
    // The command reads the user's catalog folder too: a test one, not the real one.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("hooks.sqlite"));
    const CatalogSet builtIn {QString()};
    m_catalogs = builtIn.catalogs();
}

void TestTriggerCommand::deliversTheRequestedType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("provider");
    QTest::newRow("webhook-guide")
        << QStringLiteral("user.created") << QStringLiteral("webhook-guide");
    QTest::newRow("paket") << QStringLiteral("context.session.deleted") << QStringLiteral("paket");
    QTest::newRow("anthropic") << QStringLiteral("vault_credential.created")
                               << QStringLiteral("anthropic");
    QTest::newRow("webhook-events")
        << QStringLiteral("enrollment.accepted") << QStringLiteral("webhook-events");
}

void TestTriggerCommand::deliversTheRequestedType()
{
    QFETCH(QString, type);
    QFETCH(QString, provider);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Result result = run({type,
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url("/receiver")),
                               QStringLiteral("--wait")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().value(u"status").toString(), QStringLiteral("Delivered"));
    QCOMPARE(receiver.requests.size(), 1);
    const CapturedRequest &got = receiver.requests.first();
    QCOMPARE(got.target, QByteArray("/receiver"));
    const EventInfo event = Inspector::inspect(got, m_catalogs).event;
    QCOMPARE(event.provider, provider);
    QCOMPARE(event.eventName, type);
    QVERIFY(event.knownType);
    QVERIFY2(event.conformance.isEmpty(), qPrintable(event.conformance.join(u"; ")));
    QVERIFY(qAbs(event.occurredAtUs / 1'000'000 - QDateTime::currentSecsSinceEpoch()) < 30);
}

void TestTriggerCommand::storesTheEventAsTriggered()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Result result = run({QStringLiteral("project.created"),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url()),
                               QStringLiteral("--wait")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const qint64 id = parsePublicRequestId(result.json().value(u"webhook_event_id").toString());
    QVERIFY(id > 0);
    StoreOptions options;
    options.path = m_db;
    RequestStore requests;
    QString error;
    QVERIFY2(requests.open(options, &error), qPrintable(error));
    const std::optional<CapturedRequest> stored = requests.request(id);
    QVERIFY(stored);
    QCOMPARE(stored->listener, QStringLiteral("trigger"));
    QVERIFY(stored->remoteAddress.isEmpty());
    QCOMPARE(stored->body, receiver.requests.first().body);
    const std::optional<EventInfo> event = requests.event(id);
    QVERIFY(event);
    QCOMPARE(event->provider, QStringLiteral("webhook-guide"));
    QCOMPARE(event->eventName, QStringLiteral("project.created"));
    // The delivery row points at it.
    DeliveryStore deliveries;
    QVERIFY2(deliveries.open(options, &error), qPrintable(error));
    const auto delivery = deliveries.delivery(result.json().value(u"id").toString());
    QVERIFY(delivery);
    QCOMPARE(delivery->requestId, id);
    QCOMPARE(delivery->status, DeliveryStatus::Delivered);
}

void TestTriggerCommand::signedTriggerVerifies_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("signing");
    QTest::addColumn<QString>("verifyAs");
    QTest::addColumn<QByteArray>("secret");
    const QByteArray whsec = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    QTest::newRow("standard-webhooks")
        << QStringLiteral("user.deleted")
        << QStringList {QStringLiteral("--sign-scheme"), QStringLiteral("standard-webhooks")}
        << QStringLiteral("standard-webhooks") << whsec;
    // Only --secret: the anthropic catalog's provider has a scheme of its own.
    QTest::newRow("anthropic by default") << QStringLiteral("session.created") << QStringList()
                                          << QStringLiteral("anthropic") << whsec;
    QTest::newRow("stripe") << QStringLiteral("subscription.invoice.created")
                            << QStringList {QStringLiteral("--sign-scheme"),
                                            QStringLiteral("stripe")}
                            << QStringLiteral("stripe") << QByteArray("whsec_trigger");
    QTest::newRow("linear") << QStringLiteral(
        "user.updated") << QStringList {QStringLiteral("--sign-scheme"), QStringLiteral("linear")}
                            << QStringLiteral("linear") << QByteArray("lin_wh_trigger");
}

void TestTriggerCommand::signedTriggerVerifies()
{
    QFETCH(QString, type);
    QFETCH(QStringList, signing);
    QFETCH(QString, verifyAs);
    QFETCH(QByteArray, secret);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Result result = run(QStringList {type,
                                           QStringLiteral("--db"),
                                           m_db,
                                           QStringLiteral("--target"),
                                           QString::fromUtf8(receiver.url()),
                                           QStringLiteral("--secret"),
                                           QString::fromUtf8(secret),
                                           QStringLiteral("--wait")}
                              + signing);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(receiver.requests.size(), 1);
    const CapturedRequest &got = receiver.requests.first();
    VerifyOptions now;
    now.nowSeconds = QDateTime::currentSecsSinceEpoch();
    const Verdict verdict = SchemeRegistry::find(verifyAs)->verify(
        SigningRequest::fromCaptured(got), {{QStringLiteral("k"), secret}}, now);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    // Still the requested event after signing (Linear's webhookTimestamp is added to the body).
    const EventInfo event = Inspector::inspect(got, m_catalogs).event;
    QCOMPARE(event.eventName, type);
    QVERIFY(!result.out.contains(secret));
}

void TestTriggerCommand::failedDeliveryExitsOne()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.fallback.status = 500;
    const Result result = run({QStringLiteral("vault.created"),
                               QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("--target"),
                               QString::fromUtf8(receiver.url()),
                               QStringLiteral("--wait")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.json().value(u"status").toString(), QStringLiteral("Failed"));
    QCOMPARE(result.json().value(u"failure_kind").toString(), QStringLiteral("http_status"));
}

void TestTriggerCommand::unknownTypeExitsTwoFromTheBinary()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString db = home.filePath(QStringLiteral("never.sqlite"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOOKBENCH_BINARY),
                  {QStringLiteral("trigger"),
                   QStringLiteral("user.craeted"),
                   QStringLiteral("--db"),
                   db,
                   QStringLiteral("--target"),
                   QStringLiteral("http://127.0.0.1:9/hook")});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("'user.craeted'")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("did you mean user.created")), qPrintable(err));
    QVERIFY2(!QFile::exists(db), "a usage error must not create a store");
}

void TestTriggerCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString target = QStringLiteral("--target");
    const QString url = QStringLiteral("http://127.0.0.1:9/hook");
    QTest::newRow("no type") << QStringList {target, url} << QStringLiteral("give one event type");
    QTest::newRow("no target") << QStringList {QStringLiteral("user.created")}
                               << QStringLiteral("--target URL");
    QTest::newRow("bad url") << QStringList {QStringLiteral("user.created"),
                                             target,
                                             QStringLiteral("not a url")}
                             << QStringLiteral("is not a URL with a host");
    QTest::newRow("unknown provider") << QStringList {QStringLiteral("user.created"),
                                                      target,
                                                      url,
                                                      QStringLiteral("--provider"),
                                                      QStringLiteral("acme")}
                                      << QStringLiteral("no catalog for provider 'acme'");
    QTest::newRow("type of another provider")
        << QStringList {QStringLiteral("user.created"),
                        target,
                        url,
                        QStringLiteral("--provider"),
                        QStringLiteral("paket")}
        << QStringLiteral("the paket catalog does not document the event type 'user.created'");
    QTest::newRow("secret without a known scheme") << QStringList {QStringLiteral("user.created"),
                                                                   target,
                                                                   url,
                                                                   QStringLiteral("--secret"),
                                                                   QStringLiteral("k")}
                                                   << QStringLiteral("add --sign-scheme NAME");
    QTest::newRow("scheme without secret") << QStringList {QStringLiteral("user.created"),
                                                           target,
                                                           url,
                                                           QStringLiteral("--sign-scheme"),
                                                           QStringLiteral("stripe")}
                                           << QStringLiteral("--secret KEY");
    QTest::newRow("unknown scheme") << QStringList {QStringLiteral("user.created"),
                                                    target,
                                                    url,
                                                    QStringLiteral("--sign-scheme"),
                                                    QStringLiteral("rot13"),
                                                    QStringLiteral("--secret"),
                                                    QStringLiteral("k")}
                                    << QStringLiteral("unknown scheme 'rot13'");
}

void TestTriggerCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(QStringLiteral("usage.sqlite"));
    const Result result = run(arguments + QStringList {QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(db));
}

void TestTriggerCommand::help()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("hookbench trigger"));
    QVERIFY(result.out.contains("--sign-scheme"));
}

QTEST_GUILESS_MAIN(TestTriggerCommand)
#include "tst_triggercommand.moc"
