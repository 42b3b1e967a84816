#include "../capture/capturetestclient.h"
#include "store/requeststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Hookbench;

static QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

/// The real hookbench binary as a child process.
class HeadlessProcess
{
public:
    ~HeadlessProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }

    /// Starts capturing on a free port; returns the port, or 0 when it did not come up.
    quint16 start(const QString &db, const QStringList &extra = {})
    {
        process.start(QStringLiteral(HOOKBENCH_BINARY),
                      words({"--headless", "--listen", "127.0.0.1:0", "--db"}) + QStringList {db}
                          + extra);
        static const QRegularExpression listening(
            QStringLiteral("Listening on http://127.0.0.1:(\\d+)/"));
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            const auto match = listening.match(output);
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
            if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
                return 0;
            output += QString::fromUtf8(process.readAllStandardOutput());
        }
        return 0;
    }

    QString finish(int timeoutMs = 20'000)
    {
        process.waitForFinished(timeoutMs);
        output += QString::fromUtf8(process.readAllStandardOutput());
        return output;
    }

    QProcess process;
    QString output;
};

class TestHeadless : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelpNeedNoDisplay_data();
    void versionAndHelpNeedNoDisplay();
    void usageErrorExitsWithTwo();
    void portInUseIsReported();
    void printsEachRequestAndASummary();
    void sigtermDrainsRequestsInFlight();
    void sigkillLosesNothingAcknowledged();
    void servesTheApiWithTheGivenToken();
};

void TestHeadless::versionAndHelpNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("--version")
                             << QStringLiteral("Hookbench " HOOKBENCH_VERSION);
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--headless");
    QTest::newRow("usage names the program")
        << QStringLiteral("--help") << QStringLiteral("Usage: hookbench [options]");
}

void TestHeadless::versionAndHelpNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : words({"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}))
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOOKBENCH_BINARY), {option});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(expected));
}

void TestHeadless::usageErrorExitsWithTwo()
{
    QProcess process;
    process.start(QStringLiteral(HOOKBENCH_BINARY), words({"--headless", "--listen", "nowhere:1"}));
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("nowhere")));
}

void TestHeadless::portInUseIsReported()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(HOOKBENCH_BINARY),
                  words({"--headless", "--listen"})
                      + QStringList {QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()),
                                     QStringLiteral("--db"),
                                     dir.filePath(QStringLiteral("s.sqlite"))});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(
        error.contains(QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(occupant.serverPort())),
        qPrintable(error));
}

void TestHeadless::printsEachRequestAndASummary()
{
    QTemporaryDir dir;
    HeadlessProcess hookbench;
    const quint16 port = hookbench.start(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(port != 0);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /hooks/github HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                "GET / HTTP/1.1\r\nBroken\r\n\r\n");
    QCOMPARE(client.readReply()->status, 200);
    QCOMPARE(client.readReply()->status, 400);
    QTRY_VERIFY(
        hookbench.output.append(QString::fromUtf8(hookbench.process.readAllStandardOutput()))
            .contains(QStringLiteral("400 malformed")));
    hookbench.process.terminate();
    const QString output = hookbench.finish();
    QCOMPARE(hookbench.process.exitCode(), 0);
    QVERIFY2(output.contains(QStringLiteral("wevt_1 POST /hooks/github 5 B 200")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Captured 2 requests (1 with errors)")),
             qPrintable(output));
}

void TestHeadless::sigtermDrainsRequestsInFlight()
{
    QTemporaryDir dir;
    HeadlessProcess hookbench;
    const quint16 port = hookbench.start(dir.filePath(QStringLiteral("s.sqlite")),
                                         words({"--rule", "/slow=202,delay=1500"}));
    QVERIFY(port != 0);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /slow HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi");
    QTest::qWait(300);
    hookbench.process.terminate(); // SIGTERM while the answer is still owed
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 202);
    QCOMPARE(reply->header("Connection"), QByteArray("close"));
    const QString output = hookbench.finish();
    QCOMPARE(hookbench.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hookbench.process.exitCode(), 0);
    QVERIFY2(output.contains(QStringLiteral("Captured 1 request ")), qPrintable(output));
}

void TestHeadless::sigkillLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    HeadlessProcess hookbench;
    const quint16 port = hookbench.start(db, words({"--quiet"}));
    QVERIFY(port != 0);

    QNetworkAccessManager manager;
    QHash<qint64, QByteArray> acknowledged; // stored id -> body sent
    int sent = 0;
    bool killed = false;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/durable").arg(port));
    std::function<void()> sendOne = [&] {
        const QByteArray body = QByteArray(R"({"id":"evt_)") + QByteArray::number(++sent)
                                + R"(","type":"invoice.paid","data":{"pad":")"
                                + QByteArray(600, 'p') + "\"}}";
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, body] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                const auto answer = QJsonDocument::fromJson(reply->readAll()).object();
                acknowledged.insert(
                    parsePublicRequestId(answer.value(QStringLiteral("id")).toString()), body);
            }
            if (!killed)
                sendOne();
        });
    };
    for (int i = 0; i < 24; ++i)
        sendOne();
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 300, 30'000);
    ::kill(pid_t(hookbench.process.processId()), SIGKILL); // mid-stream, no chance to flush
    killed = true;
    QVERIFY(hookbench.process.waitForFinished(10'000));
    QCOMPARE(hookbench.process.exitStatus(), QProcess::CrashExit);
    QTest::qWait(200); // let the clients see their connections fail

    RequestStore store;
    QString error;
    QVERIFY2(store.open(StoreOptions {db}, &error), qPrintable(error)); // reopens cleanly
    qsizetype missing = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto request = store.request(it.key());
        if (!request || request->body != it.value())
            ++missing;
    }
    qInfo("%lld acknowledged of %d sent, %lld stored",
          qlonglong(acknowledged.size()),
          sent,
          store.count());
    QCOMPARE(missing, 0);
    QVERIFY(store.count() >= acknowledged.size());

    // And capture carries on in the same store after the crash.
    HeadlessProcess again;
    const quint16 newPort = again.start(db, words({"--quiet"}));
    QVERIFY(newPort != 0);
    RawClient client;
    QVERIFY(client.connectTo(newPort));
    client.send("POST /after-crash HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(client.readReply()->status, 200);
}

void TestHeadless::servesTheApiWithTheGivenToken()
{
    QTemporaryDir dir;
    HeadlessProcess hookbench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOOKBENCH_API_TOKEN"), QStringLiteral("from-environment"));
    hookbench.process.setProcessEnvironment(environment);
    const quint16 port = hookbench.start(dir.filePath(QStringLiteral("s.sqlite")),
                                         words({"--api", "127.0.0.1:0"}));
    QVERIFY(port != 0);
    QTRY_VERIFY(
        hookbench.output.append(QString::fromUtf8(hookbench.process.readAllStandardOutput()))
            .contains(QStringLiteral("API on ")));
    const auto match
        = QRegularExpression(QStringLiteral("API on (http://\\S+/v1/)")).match(hookbench.output);
    QVERIFY(match.hasMatch());
    QVERIFY(!hookbench.output.contains(QStringLiteral("token:"))); // given, so not shown

    QNetworkAccessManager manager;
    auto get = [&](const QByteArray &token) {
        QNetworkRequest request(QUrl(match.captured(1) + QStringLiteral("stats")));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        reply->deleteLater();
        return std::pair {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          QJsonDocument::fromJson(reply->readAll()).object()};
    };
    const auto [status, stats] = get("from-environment");
    QCOMPARE(status, 200);
    const QJsonArray listeners = stats.value(QStringLiteral("listeners")).toArray();
    QCOMPARE(listeners.size(), 1);
    QVERIFY(listeners.first()
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .contains(QString::number(port)));
    QCOMPARE(get({}).first, 401);
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
