#include "capture/httprequestparser.h"

#include <QTest>

using namespace Hookbench;

namespace {

struct ParseRun
{
    QList<CapturedRequest> requests;
    QList<HttpRequestParser::Event> events;
    bool failed = false;
};

/// Feeds the input in pieces of at most `piece` bytes, the way a socket may deliver it.
ParseRun parseAll(const QByteArray &input, qsizetype piece, const CaptureLimits &limits = {})
{
    HttpRequestParser parser(limits);
    ParseRun run;
    for (qsizetype offset = 0; offset < input.size() && !run.failed; offset += piece) {
        QByteArrayView rest
            = QByteArrayView(input).sliced(offset, qMin(piece, input.size() - offset));
        while (!rest.isEmpty() && !run.failed) {
            const auto step = parser.feed(rest, 1000);
            run.events.append(step.event);
            rest = rest.sliced(step.consumed);
            if (step.event == HttpRequestParser::Event::MessageComplete)
                run.requests.append(parser.takeRequest());
            if (step.event == HttpRequestParser::Event::Failed) {
                run.requests.append(parser.takeRequest());
                run.failed = true;
            }
            if (step.event == HttpRequestParser::Event::NeedMoreData && step.consumed == 0)
                break;
        }
    }
    return run;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void wellFormed_data();
    void wellFormed();
    void pipelinedRequestsKeepTheirOwnBytes_data();
    void pipelinedRequestsKeepTheirOwnBytes();
    void chunkedBodyIsDeframedAndTrailersKept();
    void failures_data();
    void failures();
    void contentLengthOverLimitFailsAtTheHead();
    void expectContinue();
    void keepAliveFollowsTheProtocolVersion_data();
    void keepAliveFollowsTheProtocolVersion();
    void externalFailureKeepsWhatArrived();
};

void TestHttpRequestParser::wellFormed_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("headerCount");

    QTest::newRow("get") << QByteArray("GET /a?b=c&d HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray()
                         << QByteArray("GET") << QByteArray("/a?b=c&d") << 1;
    QTest::newRow("post with case and duplicates")
        << QByteArray("POST /hooks/stripe HTTP/1.1\r\nHost: x\r\nX-Dup: one\r\nx-dup: two\r\n"
                      "Content-Type: application/json\r\nContent-Length: 11\r\n\r\n")
        << QByteArray("{\"a\": 1.10}") << QByteArray("POST") << QByteArray("/hooks/stripe") << 5;
    QTest::newRow("binary body") << QByteArray("PUT /bin HTTP/1.1\r\nContent-Length: 6\r\n\r\n")
                                 << QByteArray("\x00\xff\xfe\r\n\x80", 6) << QByteArray("PUT")
                                 << QByteArray("/bin") << 1;
    QTest::newRow("bare LF line ends")
        << QByteArray("DELETE /x HTTP/1.1\nHost: y\n\n") << QByteArray() << QByteArray("DELETE")
        << QByteArray("/x") << 1;
    QTest::newRow("empty header value")
        << QByteArray("PATCH /p HTTP/1.1\r\nX-Empty:\r\n\r\n") << QByteArray()
        << QByteArray("PATCH") << QByteArray("/p") << 1;
    QTest::newRow("empty value between fields")
        << QByteArray("GET /e HTTP/1.1\r\nX-Empty:\r\nX-B:  1 \r\nX-C:\r\n\r\n") << QByteArray()
        << QByteArray("GET") << QByteArray("/e") << 3;
}

void TestHttpRequestParser::wellFormed()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, headerCount);

    // Byte by byte and all at once must give the same exact result.
    for (const qsizetype piece : {qsizetype(1), qsizetype(7), head.size() + body.size()}) {
        const ParseRun run = parseAll(head + body, piece);
        QVERIFY2(!run.failed, qPrintable(run.requests.value(0).errorMessage));
        QCOMPARE(run.requests.size(), 1);
        const CapturedRequest &request = run.requests.first();
        QCOMPARE(request.rawHead, head);
        QCOMPARE(request.body, body);
        QCOMPARE(request.bodySize, body.size());
        QCOMPARE(request.method, method);
        QCOMPARE(request.target, target);
        QCOMPARE(request.httpVersion, QByteArray("HTTP/1.1"));
        QCOMPARE(request.headers().size(), headerCount);
        QCOMPARE(request.error, CaptureError::None);
    }
}

void TestHttpRequestParser::pipelinedRequestsKeepTheirOwnBytes_data()
{
    QTest::addColumn<qsizetype>("piece");
    QTest::newRow("one read") << qsizetype(4096);
    QTest::newRow("byte by byte") << qsizetype(1);
    QTest::newRow("odd pieces") << qsizetype(13);
}

void TestHttpRequestParser::pipelinedRequestsKeepTheirOwnBytes()
{
    QFETCH(qsizetype, piece);
    const QByteArray first = "POST /1 HTTP/1.1\r\nContent-Length: 3\r\n\r\n";
    const QByteArray second = "GET /2 HTTP/1.1\r\nX-A: b\r\n\r\n";
    const QByteArray third = "POST /3 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray input = first + "abc" + "\r\n" + second + third + "2\r\nxy\r\n0\r\n\r\n";
    const ParseRun run = parseAll(input, piece);
    QVERIFY(!run.failed);
    QCOMPARE(run.requests.size(), 3);
    QCOMPARE(run.requests[0].rawHead, first);
    QCOMPARE(run.requests[0].body, QByteArray("abc"));
    QCOMPARE(run.requests[1].rawHead, second); // the stray CRLF belongs to no request
    QCOMPARE(run.requests[1].body, QByteArray());
    QCOMPARE(run.requests[2].rawHead, third);
    QCOMPARE(run.requests[2].body, QByteArray("xy"));
}

void TestHttpRequestParser::chunkedBodyIsDeframedAndTrailersKept()
{
    const QByteArray head
        = "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n";
    const QByteArray input
        = head + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Sum: abc\r\nX-Sum: def\r\n\r\n";
    const ParseRun run = parseAll(input, 3);
    QVERIFY(!run.failed);
    QCOMPARE(run.requests.size(), 1);
    QCOMPARE(run.requests[0].rawHead, head);
    QCOMPARE(run.requests[0].body, QByteArray("hello world"));
    const HeaderList expected = {{"X-Sum", "abc"}, {"X-Sum", "def"}};
    QCOMPARE(run.requests[0].trailers(), expected);
}

void TestHttpRequestParser::failures_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");

    QTest::newRow("not http") << QByteArray("hello there\r\n\r\n") << int(CaptureError::Malformed)
                              << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/9.x\r\n\r\n")
                                 << int(CaptureError::Malformed) << 400;
    QTest::newRow("control byte in header name")
        << QByteArray("GET / HTTP/1.1\r\nBad\x01Name: x\r\n\r\n") << int(CaptureError::Malformed)
        << 400;
    QTest::newRow("bad chunk size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << int(CaptureError::Malformed) << 400;
    QTest::newRow("both lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\n"
                                                "Transfer-Encoding: chunked\r\n\r\n")
                                  << int(CaptureError::Malformed) << 400;
    QTest::newRow("head too large")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n")
        << int(CaptureError::HeadersTooLarge) << 431;
    QTest::newRow("chunked body too large")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n"
                      + QByteArray(1024, 'b') + "\r\n0\r\n\r\n")
        << int(CaptureError::BodyTooLarge) << 413;
}

void TestHttpRequestParser::failures()
{
    QFETCH(QByteArray, input);
    QFETCH(int, error);
    QFETCH(int, status);
    CaptureLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 1000;
    limits.maxRecordedErrorBytes = 100;
    for (const qsizetype piece : {qsizetype(1), input.size()}) {
        const ParseRun run = parseAll(input, piece, limits);
        QVERIFY(run.failed);
        QCOMPARE(run.requests.size(), 1);
        const CapturedRequest &request = run.requests.first();
        QCOMPARE(int(request.error), error);
        QCOMPARE(HttpRequestParser::statusForError(request.error), status);
        QVERIFY(!request.errorMessage.isEmpty());
        QVERIFY(!request.rawHead.isEmpty()); // what arrived is kept for the inspector...
        QVERIFY(request.rawHead.size() <= limits.maxHeaderBytes + limits.maxRecordedErrorBytes);
        QVERIFY(request.body.size() <= limits.maxRecordedErrorBytes); // ...bounded
    }
}

void TestHttpRequestParser::contentLengthOverLimitFailsAtTheHead()
{
    CaptureLimits limits;
    limits.maxBodyBytes = 10;
    const QByteArray head = "POST /big HTTP/1.1\r\nContent-Length: 11\r\n\r\n";
    const ParseRun run = parseAll(head, head.size(), limits); // no body bytes sent at all
    QVERIFY(run.failed);
    QCOMPARE(run.requests.first().error, CaptureError::BodyTooLarge);
    QCOMPARE(run.requests.first().rawHead, head);
    QCOMPARE(run.requests.first().target, QByteArray("/big"));
}

void TestHttpRequestParser::expectContinue()
{
    HttpRequestParser parser {CaptureLimits()};
    const QByteArray head = "POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n";
    const auto step = parser.feed(head, 1);
    QCOMPARE(step.event, HttpRequestParser::Event::HeadersComplete);
    QVERIFY(parser.expectsContinue());
    QVERIFY(parser.inMessage());
    const auto rest = parser.feed(QByteArrayView(head).sliced(step.consumed), 2);
    QCOMPARE(rest.event, HttpRequestParser::Event::NeedMoreData);
    QCOMPARE(parser.feed("ok", 3).event, HttpRequestParser::Event::MessageComplete);
    const CapturedRequest request = parser.takeRequest();
    QCOMPARE(request.body, QByteArray("ok"));
    QCOMPARE(request.receivedStartUs, 1);
    QCOMPARE(request.receivedEndUs, 3);
}

void TestHttpRequestParser::keepAliveFollowsTheProtocolVersion_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
                               << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAliveFollowsTheProtocolVersion()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser {CaptureLimits()};
    QByteArrayView rest(input);
    HttpRequestParser::Event event = HttpRequestParser::Event::NeedMoreData;
    while (!rest.isEmpty() && event != HttpRequestParser::Event::MessageComplete) {
        const auto step = parser.feed(rest, 0);
        event = step.event;
        rest = rest.sliced(step.consumed);
    }
    QCOMPARE(event, HttpRequestParser::Event::MessageComplete);
    QCOMPARE(parser.keepAlive(), keepAlive);
}

void TestHttpRequestParser::externalFailureKeepsWhatArrived()
{
    HttpRequestParser parser {CaptureLimits()};
    const QByteArray partial = "POST /slow HTTP/1.1\r\nContent-Length: 10\r\n\r\n";
    QByteArrayView rest(partial);
    while (!rest.isEmpty())
        rest = rest.sliced(parser.feed(rest, 5).consumed);
    parser.feed("abc", 6);
    QVERIFY(parser.inMessage());
    parser.fail(CaptureError::Timeout, QStringLiteral("too slow"), 9);
    QVERIFY(parser.hasFailed());
    const CapturedRequest request = parser.takeRequest();
    QCOMPARE(request.error, CaptureError::Timeout);
    QCOMPARE(request.rawHead, partial);
    QCOMPARE(request.body, QByteArray("abc"));
    QCOMPARE(request.receivedEndUs, 9);
}

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
