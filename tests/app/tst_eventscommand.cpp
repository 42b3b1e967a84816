#include "../capture/capturetestclient.h"
#include "store/storewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// `hookbench events ...` as users run it: the real binary on a real store.
class TestEventsCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listFiltersAndPages_data();
    void listFiltersAndPages();
    void showAsJson();
    void rawIsExact();
    void deleteRemovesOnce();
    void usageAndLookupErrors_data();
    void usageAndLookupErrors();
    void listsWhileAnotherProcessCaptures();
    void waitReturnsTheEventWhenItArrives();
    void waitOutcomes_data();
    void waitOutcomes();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static quint16 startCapture(QProcess &capture, const QString &db);
    static Result run(const QStringList &arguments,
                      const QString &command = QStringLiteral("events"));
    QStringList withDb(QStringList arguments) const;

    QTemporaryDir m_dir;
    QString m_db;
    QList<qint64> m_ids; // submission order
    QByteArray m_binaryBody;
};

TestEventsCommand::Result TestEventsCommand::run(const QStringList &arguments,
                                                 const QString &command)
{
    QProcess process;
    process.start(QStringLiteral(HOOKBENCH_BINARY), QStringList {command} + arguments);
    Result result;
    if (process.waitForFinished(20'000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Starts a headless Hookbench capturing into `db`; returns its port (0 if it did not start).
quint16 TestEventsCommand::startCapture(QProcess &capture, const QString &db)
{
    capture.start(QStringLiteral(HOOKBENCH_BINARY),
                  {QStringLiteral("--headless"),
                   QStringLiteral("--quiet"),
                   QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--db"),
                   db});
    if (!capture.waitForReadyRead(10'000))
        return 0;
    const auto match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/"))
                           .match(QString::fromUtf8(capture.readAllStandardOutput()));
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

QStringList TestEventsCommand::withDb(QStringList arguments) const
{
    return arguments << QStringLiteral("--db") << m_db;
}

void TestEventsCommand::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("events.sqlite"));
    StoreWriter writer;
    QString error;
    QVERIFY(writer.start(StoreOptions {m_db}, &error));
    for (int i = 0; i < 256; ++i)
        m_binaryBody.append(char(i));
    QObject context;
    for (int i = 0; i < 12; ++i) {
        CapturedRequest request;
        request.method = i % 4 == 0 ? "PUT" : "POST";
        request.target
            = i % 2 ? "/stripe/events?n=" + QByteArray::number(i) : QByteArray("/github");
        request.httpVersion = "HTTP/1.1";
        request.setHeaders({{"Content-Type", "application/json"}, {"X-N", QByteArray::number(i)}});
        request.rawHead = request.method + ' ' + request.target + " HTTP/1.1\r\n"
                          + request.headerFields + "\r\n";
        request.body = i == 11 ? m_binaryBody : R"({"n":)" + QByteArray::number(i) + '}';
        request.bodySize = request.body.size();
        request.receivedStartUs = 1'700'000'000'000'000 + qint64(i) * 60'000'000; // a minute apart
        request.responseStatus = 200;
        request.listener = QStringLiteral("default");
        request.remoteAddress = QStringLiteral("127.0.0.1");
        writer.submit(
            request, &context, [this](const CommitResult &result) { m_ids.append(result.id); });
        QTRY_COMPARE(m_ids.size(), i + 1);
    }
}

void TestEventsCommand::listFiltersAndPages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstId");

    auto row = [](const char *name, const QString &arguments, int total, int rows, int first) {
        QTest::newRow(name) << arguments.split(u' ', Qt::SkipEmptyParts) << total << rows
                            << QStringLiteral("wevt_%1").arg(first);
    };
    row("all, newest first", QString(), 12, 12, 12);
    row("method", QStringLiteral("--method PUT"), 3, 3, 9);
    row("path prefix", QStringLiteral("--path /stripe"), 6, 6, 12);
    row("since", QStringLiteral("--since 2023-11-14T22:23:20Z"), 2, 2, 12);
    row("until", QStringLiteral("--until 2023-11-14T22:16:20Z"), 3, 3, 3);
    row("page 2 of 5", QStringLiteral("--page 2 --page-size 5"), 12, 5, 7);
    row("past the end", QStringLiteral("--page 9 --page-size 5"), 12, 0, 0);
    row("search query", QStringLiteral("-q path:/stripe -q method:POST"), 6, 6, 12);
    row("negated search", QStringLiteral("--query -method:POST"), 3, 3, 9);
}

void TestEventsCommand::listFiltersAndPages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, total);
    QFETCH(int, rows);
    QFETCH(QString, firstId);
    const Result result
        = run(withDb(QStringList {QStringLiteral("list"), QStringLiteral("--json")} + arguments));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), total);
    const QJsonArray data = page.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), rows);
    if (rows > 0)
        QCOMPARE(data.first().toObject().value(QStringLiteral("id")).toString(), firstId);

    // The text form lists the same rows, one line each, and the total.
    const Result text = run(withDb(QStringList {QStringLiteral("list")} + arguments));
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count("\nwevt_") + (text.out.startsWith("wevt_") ? 1 : 0), rows);
    QVERIFY(text.out.contains(QByteArray(QByteArray::number(total) + " in all")));
}

void TestEventsCommand::showAsJson()
{
    const Result result
        = run(withDb({QStringLiteral("show"), QStringLiteral("wevt_2"), QStringLiteral("--json")}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject event = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(event.value(QStringLiteral("id")).toString(), QStringLiteral("wevt_2"));
    QCOMPARE(event.value(QStringLiteral("path")).toString(), QStringLiteral("/stripe/events"));
    QCOMPARE(event.value(QStringLiteral("query")).toString(), QStringLiteral("n=1"));
    QCOMPARE(event.value(QStringLiteral("body")).toString(), QStringLiteral(R"({"n":1})"));
    QCOMPARE(event.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2023-11-14T22:14:20.000000Z"));
    const QJsonArray headers = event.value(QStringLiteral("headers")).toArray();
    QCOMPARE(headers.at(1).toArray().at(0).toString(), QStringLiteral("X-N"));
    QCOMPARE(headers.at(1).toArray().at(1).toString(), QStringLiteral("1"));

    const Result binary
        = run(withDb({QStringLiteral("show"), QStringLiteral("12"), QStringLiteral("--json")}));
    const QJsonObject binaryEvent = QJsonDocument::fromJson(binary.out).object();
    QVERIFY(binaryEvent.value(QStringLiteral("body")).isNull()); // not UTF-8: no text
    QCOMPARE(QByteArray::fromBase64(
                 binaryEvent.value(QStringLiteral("body_base64")).toString().toLatin1()),
             m_binaryBody);
}

void TestEventsCommand::rawIsExact()
{
    const Result result = run(withDb({QStringLiteral("raw"), QStringLiteral("wevt_12")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("POST /stripe/events?n=11 HTTP/1.1\r\n"));
    QVERIFY(result.out.endsWith(QByteArray("\r\n\r\n" + m_binaryBody)));
}

void TestEventsCommand::deleteRemovesOnce()
{
    QCOMPARE(run(withDb({QStringLiteral("delete"), QStringLiteral("wevt_1")})).exitCode, 0);
    const Result again = run(withDb({QStringLiteral("delete"), QStringLiteral("wevt_1")}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("no event wevt_1"));
    QCOMPARE(run(withDb({QStringLiteral("show"), QStringLiteral("wevt_1")})).exitCode, 1);
}

void TestEventsCommand::usageAndLookupErrors_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QString() << 2 << "expected list, show, raw or delete";
    QTest::newRow("unknown command") << "frob" << 2 << "expected list";
    QTest::newRow("missing id") << "show" << 2 << "one event id";
    QTest::newRow("bad id") << "show wdlv_3" << 2 << "not an event id";
    QTest::newRow("bad time") << "list --since yesterday" << 2 << "RFC 3339";
    QTest::newRow("page size") << "list --page-size 1001" << 2 << "--page-size";
    QTest::newRow("unknown id") << "raw wevt_999" << 1 << "no event wevt_999";
    QTest::newRow("bad query") << "list -q type:" << 2 << "invalid query";
}

void TestEventsCommand::usageAndLookupErrors()
{
    QFETCH(QString, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Result result = run(withDb(arguments.split(u' ', Qt::SkipEmptyParts)));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());

    const Result noStore = run({QStringLiteral("list"),
                                QStringLiteral("--db"),
                                m_dir.filePath(QStringLiteral("missing.sqlite"))});
    QCOMPARE(noStore.exitCode, 1);
    QVERIFY(noStore.err.contains("no store at"));
}

void TestEventsCommand::listsWhileAnotherProcessCaptures()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("live.sqlite"));
    QProcess capture;
    const quint16 port = startCapture(capture, db);
    QVERIFY(port > 0);
    RawClient client;
    QVERIFY(client.connectTo(port));
    int previousTotal = -1;
    for (int round = 0; round < 5; ++round) {
        QByteArray burst;
        for (int i = 0; i < 50; ++i)
            burst += "POST /live HTTP/1.1\r\nContent-Length: 2\r\n\r\nok";
        client.send(burst);
        for (int i = 0; i < 50; ++i)
            QVERIFY(client.readReply());
        const Result listed
            = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(listed.exitCode, 0);
        const int total
            = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("total")).toInt();
        QVERIFY(total >= (round + 1) * 50); // every acknowledged request is visible at once
        QVERIFY(total > previousTotal);
        previousTotal = total;
    }
    capture.terminate();
    QVERIFY(capture.waitForFinished(10'000));
}

void TestEventsCommand::waitReturnsTheEventWhenItArrives()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("wait.sqlite"));
    // The waiter starts first, before the store even exists, as in a CI script.
    QProcess waiter;
    waiter.start(QStringLiteral(HOOKBENCH_BINARY),
                 {QStringLiteral("wait"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--event-name"),
                  QStringLiteral("user.created"),
                  QStringLiteral("--timeout"),
                  QStringLiteral("30")});
    QVERIFY(waiter.waitForStarted());
    QProcess capture;
    const quint16 port = startCapture(capture, db);
    QVERIFY(port > 0);
    RawClient client;
    QVERIFY(client.connectTo(port));
    auto post = [&](const QByteArray &body) {
        client.send("POST /hooks HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return client.readReply();
    };
    // Seed 004's shapes: another type first, which must not end the wait.
    QVERIFY(post(R"({"id":"evt_1","type":"user.updated","created_at":"2023-01-01T12:00:00Z",)"
                 R"("data":{"user_id":"usr_456def"}})"));
    QTest::qWait(300);
    QCOMPARE(waiter.state(), QProcess::Running);
    QVERIFY(post(R"({"id":"evt_2","type":"user.created","created_at":"2023-01-01T12:00:00Z",)"
                 R"("data":{"user_id":"usr_456def","email":"user@example.com"}})"));
    QVERIFY(waiter.waitForFinished(10'000));
    QCOMPARE(waiter.exitCode(), 0);
    QCOMPARE(waiter.readAllStandardOutput(), QByteArray("wevt_2\n"));

    // Listing by event name and showing the event's fields from the command line.
    const Result listed = run({QStringLiteral("list"),
                               QStringLiteral("--event-name"),
                               QStringLiteral("user.updated"),
                               QStringLiteral("--db"),
                               db});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.startsWith("wevt_1 "), listed.out.constData());
    QVERIFY(listed.out.contains("webhook-guide user.updated"));
    const Result shown = run({QStringLiteral("show"),
                              QStringLiteral("wevt_2"),
                              QStringLiteral("--json"),
                              QStringLiteral("--db"),
                              db});
    const QJsonObject event = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(event.value(QStringLiteral("provider")).toString(), QStringLiteral("webhook-guide"));
    QCOMPARE(event.value(QStringLiteral("event_id")).toString(), QStringLiteral("evt_2"));
    QCOMPARE(event.value(QStringLiteral("resource_id")).toString(), QStringLiteral("usr_456def"));
    QCOMPARE(event.value(QStringLiteral("occurred_at")).toString(),
             QStringLiteral("2023-01-01T12:00:00.000000Z"));
    capture.terminate();
    QVERIFY(capture.waitForFinished(10'000));
}

void TestEventsCommand::waitOutcomes_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("times out") << "--event-name user.created --timeout 0.3" << 1
                               << "no matching event within 0.3 s";
    // PUT requests are wevt_1, 5 and 9; deleteRemovesOnce() removed wevt_1.
    QTest::newRow("earlier events with --since: the oldest match")
        << "-q method:PUT --since 2000-01-01T00:00:00Z --timeout 5" << 0 << "wevt_5";
    QTest::newRow("nothing to wait for") << "--timeout 1" << 2 << "say what to wait for";
    QTest::newRow("bad timeout") << "--event-name x --timeout soon" << 2 << "--timeout";
    QTest::newRow("bad query") << "-q status:0" << 2 << "invalid query";
}

void TestEventsCommand::waitOutcomes()
{
    QFETCH(QString, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Result result
        = run(withDb(arguments.split(u' ', Qt::SkipEmptyParts)), QStringLiteral("wait"));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(exitCode == 0 ? result.out : result.err).contains(output),
             QByteArray(result.out + result.err).constData());
}

QTEST_GUILESS_MAIN(TestEventsCommand)
#include "tst_eventscommand.moc"
