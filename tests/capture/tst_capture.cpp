#include "capture/captureservice.h"
#include "capturetestclient.h"
#include "store/requeststore.h"
#include "store/storewriter.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// Real listeners on 127.0.0.1 port 0, a real SQLite file, real clients.
class TestCapture : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void byteExactThroughQNetworkAccessManager();
    void rawHeadAndHeaderOrderAreExact();
    void nonUtf8TargetIsKept();
    void keepAliveServesSeveralRequests();
    void idleConnectionsAreClosed();
    void aRequestMayOutlastTheIdleTimeout();
    void pipelinedAnswersComeInOrder();
    void expectContinue();
    void expectContinueRefusedWhenTooLarge();
    void chunkedWithTrailers();
    void limitsAreAnsweredAndRecorded_data();
    void limitsAreAnsweredAndRecorded();
    void connectionLimitRefusesPolitely();
    void uploadOverTheLimitStillReadsItsAnswer();
    void responseRuleWithDelayBlocksNoOtherConnection();
    void headRequestGetsNoBody();
    void clientClosingMidBodyIsRecorded();
    void storeFullAnswers503AndRecovers();
    void severalListenersAtOnce();
    void ipv6Listener();

private:
    quint16 startListener(const CaptureLimits &limits = {},
                          const QStringList &rules = {},
                          const QString &name = QStringLiteral("default"));
    CapturedRequest stored(qint64 id);
    static qint64 idFrom(const TestReply &reply);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CaptureService> m_service;
    std::unique_ptr<RequestStore> m_store;
};

void TestCapture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreOptions options;
    options.path = m_dir->filePath(QStringLiteral("capture.sqlite"));
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    QVERIFY2(m_writer->start(options, &error), qPrintable(error));
    m_service = std::make_unique<CaptureService>(m_writer.get(), 2);
    m_store = std::make_unique<RequestStore>();
    QVERIFY2(m_store->open(options, &error), qPrintable(error));
}

void TestCapture::cleanup()
{
    m_service.reset();
    m_writer.reset();
    m_store.reset();
    m_dir.reset();
}

quint16 TestCapture::startListener(const CaptureLimits &limits,
                                   const QStringList &rules,
                                   const QString &name)
{
    ListenerConfig config;
    config.name = name;
    config.limits = limits;
    for (const QString &spec : rules) {
        QString error;
        config.rules.append(*ResponseRule::parse(spec, &error));
    }
    QString error;
    const auto info = m_service->addListener(config, &error);
    if (!info)
        qWarning("%s", qPrintable(error));
    return info ? info->port : 0;
}

CapturedRequest TestCapture::stored(qint64 id)
{
    return m_store->request(id).value_or(CapturedRequest());
}

qint64 TestCapture::idFrom(const TestReply &reply)
{
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    return parsePublicRequestId(object.value(QStringLiteral("id")).toString());
}

void TestCapture::byteExactThroughQNetworkAccessManager()
{
    const quint16 port = startListener();
    QVERIFY(port != 0);
    QByteArray body;
    for (int i = 0; i < 4096; ++i)
        body.append(char(i % 256)); // every byte value, not valid UTF-8
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/bin?x=1").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/octet-stream"));
    request.setRawHeader("X-Signature", "t=1,v1=abc");
    QNetworkReply *reply = manager.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("captured"));
    const qint64 id = parsePublicRequestId(answer.value(QStringLiteral("id")).toString());
    QVERIFY(id > 0);
    reply->deleteLater();

    // The answer came after the commit, so the request is already readable.
    const CapturedRequest captured = stored(id);
    QCOMPARE(captured.body, body);
    QCOMPARE(captured.bodySize, body.size());
    QCOMPARE(captured.method, QByteArray("POST"));
    QCOMPARE(captured.target, QByteArray("/hooks/bin?x=1"));
    QCOMPARE(captured.headerValue("x-signature"), QByteArray("t=1,v1=abc"));
    QCOMPARE(captured.remoteAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(captured.remotePort != 0);
    QCOMPARE(captured.localPort, port);
    QCOMPARE(captured.listener, QStringLiteral("default"));
    QCOMPARE(captured.responseStatus, 200);
    QVERIFY(captured.receivedStartUs > 0);
    QVERIFY(captured.receivedEndUs >= captured.receivedStartUs);
}

void TestCapture::rawHeadAndHeaderOrderAreExact()
{
    const quint16 port = startListener();
    const QByteArray head = "POST /stripe HTTP/1.1\r\nHost: localhost\r\nX-Dup: first\r\n"
                            "content-TYPE: application/json\r\nx-dup: second\r\n"
                            "Content-Encoding: gzip\r\nContent-Length: 4\r\n\r\n";
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send(head + QByteArray("\x1f\x8b\x08\x00", 4));
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const CapturedRequest captured = stored(idFrom(*reply));
    QCOMPARE(captured.rawHead, head);
    const HeaderList expected = {{"Host", "localhost"},
                                 {"X-Dup", "first"},
                                 {"content-TYPE", "application/json"},
                                 {"x-dup", "second"},
                                 {"Content-Encoding", "gzip"},
                                 {"Content-Length", "4"}};
    QCOMPARE(captured.headers(), expected);
    QCOMPARE(captured.body, QByteArray("\x1f\x8b\x08\x00", 4)); // content coding left as received
}

void TestCapture::nonUtf8TargetIsKept()
{
    const quint16 port = startListener();
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /caf\xe9?q=\xff\xfe HTTP/1.1\r\nX-Latin: \xe9t\xe9\r\n\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const CapturedRequest captured = stored(idFrom(*reply));
    QCOMPARE(captured.target, QByteArray("/caf\xe9?q=\xff\xfe"));
    QCOMPARE(captured.path(), QByteArray("/caf\xe9"));
    QCOMPARE(captured.headerValue("X-Latin"), QByteArray("\xe9t\xe9"));
}

void TestCapture::keepAliveServesSeveralRequests()
{
    const quint16 port = startListener();
    RawClient client;
    QVERIFY(client.connectTo(port));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        client.send("POST /k/" + QByteArray::number(i) + " HTTP/1.1\r\nContent-Length: 1\r\n\r\n"
                    + QByteArray::number(i));
        const auto reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QVERIFY(reply->header("Connection").isEmpty());
        ids.append(idFrom(*reply));
    }
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(stored(ids[i]).body, QByteArray::number(i));
}

void TestCapture::idleConnectionsAreClosed()
{
    CaptureLimits limits;
    limits.idleTimeoutMs = 300;
    const quint16 port = startListener(limits);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /once HTTP/1.1\r\n\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QVERIFY(client.waitForClosed());
}

void TestCapture::aRequestMayOutlastTheIdleTimeout()
{
    // The connection's timer is armed for the idle deadline when the second request starts;
    // that request has longer (its own timeout), so the timer firing must not end it.
    CaptureLimits limits;
    limits.idleTimeoutMs = 1000;
    limits.requestTimeoutMs = 4000;
    const quint16 port = startListener(limits);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /first HTTP/1.1\r\n\r\n");
    const auto first = client.readReply();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    client.send("POST /second HTTP/1.1\r\nContent-Length: 4\r\n\r\nab");
    QTest::qWait(1500);
    client.send("cd");
    const auto second = client.readReply();
    QVERIFY(second);
    QCOMPARE(second->status, 200);
    QCOMPARE(stored(idFrom(*second)).body, QByteArray("abcd"));
}

void TestCapture::pipelinedAnswersComeInOrder()
{
    // The first request is answered late; the ones behind it must still come after it.
    const quint16 port = startListener({}, {QStringLiteral("/slow=200,delay=300")});
    RawClient client;
    QVERIFY(client.connectTo(port));
    QByteArray burst = "GET /slow HTTP/1.1\r\n\r\n";
    for (int i = 0; i < 4; ++i)
        burst += "POST /p" + QByteArray::number(i) + " HTTP/1.1\r\nContent-Length: 2\r\n\r\nok";
    client.send(burst);
    QList<QByteArray> targets;
    for (int i = 0; i < 5; ++i) {
        const auto reply = client.readReply();
        QVERIFY(reply);
        targets.append(stored(idFrom(*reply)).target);
    }
    QCOMPARE(targets, (QList<QByteArray> {"/slow", "/p0", "/p1", "/p2", "/p3"}));
}

void TestCapture::expectContinue()
{
    const quint16 port = startListener();
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /upload HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QVERIFY(client.expectBytes("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("hello");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(stored(idFrom(*reply)).body, QByteArray("hello"));
}

void TestCapture::expectContinueRefusedWhenTooLarge()
{
    CaptureLimits limits;
    limits.maxBodyBytes = 100;
    const quint16 port = startListener(limits);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /big HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n");
    const auto reply = client.readReply(); // final answer, no 100 Continue, no body sent
    QVERIFY(reply);
    QCOMPARE(reply->status, 413);
    const CapturedRequest captured = stored(idFrom(*reply));
    QCOMPARE(captured.error, CaptureError::BodyTooLarge);
    QCOMPARE(captured.responseStatus, 413);
    QVERIFY(client.waitForClosed());
}

void TestCapture::chunkedWithTrailers()
{
    const quint16 port = startListener();
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /chunked HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n");
    QTest::qWait(50); // the rest arrives in a later segment
    client.send("5\r\npedia\r\n0\r\nX-Checksum: 42\r\n\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const CapturedRequest captured = stored(idFrom(*reply));
    QCOMPARE(captured.body, QByteArray("Wikipedia"));
    QCOMPARE(captured.trailers(), (HeaderList {{"X-Checksum", "42"}}));
}

void TestCapture::limitsAreAnsweredAndRecorded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorKind");

    QTest::newRow("413 content-length")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5000\r\n\r\n") << 413
        << QStringLiteral("body_too_large");
    QTest::newRow("413 chunked") << QByteArray(
        "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" + QByteArray(2048, 'x')
        + "\r\n") << 413 << QStringLiteral("body_too_large");
    QTest::newRow("431") << QByteArray("GET / HTTP/1.1\r\nX-Huge: " + QByteArray(3000, 'h')
                                       + "\r\n\r\n")
                         << 431 << QStringLiteral("headers_too_large");
    QTest::newRow("400") << QByteArray("GET / HTTP/1.1\r\nBad Header\r\n\r\n") << 400
                         << QStringLiteral("malformed");
    QTest::newRow("408") << QByteArray("POST /slow HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")
                         << 408 << QStringLiteral("timeout");
}

void TestCapture::limitsAreAnsweredAndRecorded()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, errorKind);
    CaptureLimits limits;
    limits.maxBodyBytes = 1024;
    limits.maxHeaderBytes = 2048;
    limits.requestTimeoutMs = 300;
    const quint16 port = startListener(limits);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send(input);
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    QCOMPARE(reply->header("Connection"), QByteArray("close"));
    const QJsonObject error
        = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), errorKind);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(client.waitForClosed());

    const CapturedRequest captured = stored(idFrom(*reply));
    QCOMPARE(captureErrorName(captured.error), errorKind);
    QCOMPARE(captured.responseStatus, status);
    QVERIFY(!captured.errorMessage.isEmpty());
    QVERIFY(!captured.rawHead.isEmpty());
    QVERIFY(input.startsWith(captured.rawHead.left(16)));
}

void TestCapture::connectionLimitRefusesPolitely()
{
    CaptureLimits limits;
    limits.maxConnections = 2;
    const quint16 port = startListener(limits);
    RawClient first, second, third;
    for (RawClient *client : {&first, &second}) {
        QVERIFY(client->connectTo(port));
        client->send("GET /held HTTP/1.1\r\n\r\n");
        QVERIFY(client->readReply()); // the connection is established and counted
    }
    QVERIFY(third.connectTo(port));
    const auto refused = third.readReply();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->header("Retry-After"), QByteArray("1"));
    QVERIFY(third.waitForClosed());
    QTRY_COMPARE(m_store->count(), 3); // the refusal is on record too

    // Once a connection closes there is room again (the server sees the close shortly after).
    first.socket().disconnectFromHost();
    auto statusOfNewConnection = [port] {
        RawClient client;
        if (!client.connectTo(port))
            return 0;
        client.send("GET /again HTTP/1.1\r\n\r\n");
        return client.readReply(2000).value_or(TestReply()).status;
    };
    int status = statusOfNewConnection();
    for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
        QTest::qWait(50);
        status = statusOfNewConnection();
    }
    QCOMPARE(status, 200);
}

void TestCapture::uploadOverTheLimitStillReadsItsAnswer()
{
    // The client is still sending when the 413 goes out: closing at once would reset the
    // connection and lose the answer, so the server stops sending and drains instead.
    CaptureLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    const quint16 port = startListener(limits);
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/upload").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/octet-stream"));
    QNetworkReply *reply = manager.post(request, QByteArray(4 * 1024 * 1024, 'u'));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(
        error.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("body_too_large"));
    reply->deleteLater();
}

void TestCapture::responseRuleWithDelayBlocksNoOtherConnection()
{
    const quint16 port = startListener(
        {}, {QStringLiteral("/slow=202,delay=1500,header=X-Rule: slow,body=accepted {id}")});
    RawClient slow, fast;
    QVERIFY(slow.connectTo(port));
    QVERIFY(fast.connectTo(port));
    QElapsedTimer clock;
    clock.start();
    slow.send("POST /slow/x HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    fast.send("POST /fast HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    const auto fastReply = fast.readReply();
    QVERIFY(fastReply);
    QCOMPARE(fastReply->status, 200);
    QVERIFY2(clock.elapsed() < 1000, "a delayed answer held up another connection");
    const auto slowReply = slow.readReply();
    QVERIFY(slowReply);
    QVERIFY(clock.elapsed() >= 1400);
    QCOMPARE(slowReply->status, 202);
    QCOMPARE(slowReply->header("X-Rule"), QByteArray("slow"));
    QVERIFY(slowReply->body.startsWith("accepted wevt_"));
    const qint64 id = parsePublicRequestId(QString::fromLatin1(slowReply->body.mid(9)));
    QCOMPARE(stored(id).responseStatus, 202);
}

void TestCapture::headRequestGetsNoBody()
{
    const quint16 port = startListener();
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("HEAD /h HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\n\r\n");
    // Content-Length announces the GET-equivalent body, but none follows a HEAD answer, so the
    // next answer must start right after the head.
    const QByteArray received = client.readUntil("HTTP/1.1 200 OK\r\n", 2);
    const qsizetype firstHeadEnd = received.indexOf("\r\n\r\n");
    QVERIFY(firstHeadEnd > 0);
    QVERIFY(received.first(firstHeadEnd).contains("Content-Length: "));
    QVERIFY(received.sliced(firstHeadEnd + 4).startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(m_store->count(), 2);
}

void TestCapture::clientClosingMidBodyIsRecorded()
{
    const quint16 port = startListener();
    {
        RawClient client;
        QVERIFY(client.connectTo(port));
        client.send("POST /cut HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123456789");
        QTest::qWait(50);
        client.socket().disconnectFromHost();
    }
    QTRY_COMPARE(m_store->count(), 1);
    const CapturedRequest captured = stored(m_store->ids().first());
    QCOMPARE(captured.error, CaptureError::ConnectionClosed);
    QCOMPARE(captured.body, QByteArray("0123456789"));
    QCOMPARE(captured.target, QByteArray("/cut"));
}

void TestCapture::storeFullAnswers503AndRecovers()
{
    const quint16 port = startListener();
    QSignalSpy health(m_writer.get(), &StoreWriter::healthChanged);
    m_writer->setMaxBytes(1); // SQLite's page limit: the file may not grow any more
    const QByteArray big(300 * 1024, 'z');
    const QByteArray request = "POST /full HTTP/1.1\r\nContent-Length: "
                               + QByteArray::number(big.size()) + "\r\n\r\n" + big;
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send(request);
    const auto refused = client.readReply();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->header("Retry-After"), QByteArray("5"));
    const QString message = QJsonDocument::fromJson(refused->body)
                                .object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("full")), qPrintable(message));
    QCOMPARE(m_store->count(), 0); // not stored, so not acknowledged
    QTRY_COMPARE(health.size(), 1);
    QCOMPARE(health.first().at(0).toBool(), false);
    QVERIFY(!m_writer->isHealthy());

    m_writer->setMaxBytes(0); // space again: capture resumes by itself
    client.send(request);
    const auto accepted = client.readReply();
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 200);
    QCOMPARE(stored(idFrom(*accepted)).body, big);
    QTRY_COMPARE(health.size(), 2);
    QCOMPARE(health.last().at(0).toBool(), true);
}

void TestCapture::severalListenersAtOnce()
{
    const quint16 stripe = startListener({}, {}, QStringLiteral("stripe"));
    const quint16 github = startListener({}, {}, QStringLiteral("github"));
    QVERIFY(stripe != 0 && github != 0 && stripe != github);
    QCOMPARE(m_service->listeners().size(), 2);
    for (const auto &[port, name] : {std::pair {stripe, "stripe"}, std::pair {github, "github"}}) {
        RawClient client;
        QVERIFY(client.connectTo(port));
        client.send("POST /x HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        const auto reply = client.readReply();
        QVERIFY(reply);
        const CapturedRequest captured = stored(idFrom(*reply));
        QCOMPARE(captured.listener, QString::fromLatin1(name));
        QCOMPARE(captured.localPort, port);
    }
    QString error;
    ListenerConfig busy;
    busy.port = stripe;
    QVERIFY(!m_service->addListener(busy, &error));
    QVERIFY2(error.contains(QString::number(stripe)), qPrintable(error));
}

void TestCapture::ipv6Listener()
{
    ListenerConfig config;
    config.address = QHostAddress(QHostAddress::LocalHostIPv6);
    QString error;
    const auto info = m_service->addListener(config, &error);
    if (!info)
        QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + error));
    QCOMPARE(info->url().host(), QStringLiteral("::1"));
    RawClient client;
    QVERIFY(client.connectTo(info->port, QHostAddress(QHostAddress::LocalHostIPv6)));
    client.send("POST /v6 HTTP/1.1\r\nContent-Length: 2\r\n\r\nv6");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const CapturedRequest captured = stored(idFrom(*reply));
    QCOMPARE(captured.remoteAddress, QStringLiteral("::1"));
    QCOMPARE(captured.body, QByteArray("v6"));
}

QTEST_MAIN(TestCapture)
#include "tst_capture.moc"
