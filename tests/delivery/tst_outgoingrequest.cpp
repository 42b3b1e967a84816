#include "delivery/outgoingrequest.h"
#include "signing/linearscheme.h"
#include "signing/schemeregistry.h"

#include <QDateTime>
#include <QTest>

using namespace Hookbench;

Q_DECLARE_METATYPE(Hookbench::HeaderList)

namespace {

HeaderList headers(std::initializer_list<std::pair<const char *, const char *>> fields)
{
    HeaderList list;
    for (const auto &[name, value] : fields)
        list.append({QByteArray(name), QByteArray(value)});
    return list;
}

CapturedRequest captured()
{
    CapturedRequest request;
    request.id = 7;
    request.method = "POST";
    request.target = "/stripe?from=provider";
    request.httpVersion = "HTTP/1.1";
    request.setHeaders(headers({{"Host", "hooks.example.com"},
                                {"User-Agent", "Stripe/1.0"},
                                {"Content-Type", "application/json; charset=utf-8"},
                                {"Content-Length", "18"},
                                {"Connection", "keep-alive, X-Trace"},
                                {"X-Trace", "hop"},
                                {"Keep-Alive", "timeout=5"},
                                {"Stripe-Signature", "t=1,v1=old"},
                                {"x-custom", "Case Kept"}}));
    request.body = QByteArray("{\"id\":\"evt_1\"}\r\n\0\xff", 18);
    return request;
}

SigningRequest signingRequest(const OutgoingRequest &request)
{
    SigningRequest signing;
    signing.method = request.method;
    signing.url = request.url;
    signing.headers = request.headers;
    signing.body = request.body;
    return signing;
}

} // namespace

/// Building the request a resend sends: pure functions, no network.
class TestOutgoingRequest : public QObject
{
    Q_OBJECT
private slots:
    void forwardableHeaders_data();
    void forwardableHeaders();
    void targetHeadersReplaceCapturedOnes();
    void urlWithPath_data();
    void urlWithPath();
    void unchangedResendKeepsBytesAndOrder();
    void editsOverrideEverything();
    void badPathIsRefused();
    void resigningReplacesTheOldSignature_data();
    void resigningReplacesTheOldSignature();
    void urlSigningSchemesSignTheTargetUrl_data();
    void urlSigningSchemesSignTheTargetUrl();
    void signingErrorLeavesTheRequest();
    void linearResigningStampsTheBody_data();
    void linearResigningStampsTheBody();
    void linearNeedsAJsonObject();
    void repeatedFieldsFold();
};

void TestOutgoingRequest::forwardableHeaders_data()
{
    QTest::addColumn<HeaderList>("in");
    QTest::addColumn<HeaderList>("out");
    QTest::newRow("end-to-end kept in order") << headers({{"B", "2"}, {"a", "1"}, {"B", "3"}})
                                              << headers({{"B", "2"}, {"a", "1"}, {"B", "3"}});
    QTest::newRow("hop-by-hop removed, any case") << headers({{"connection", "close"},
                                                              {"KEEP-ALIVE", "5"},
                                                              {"Proxy-Authenticate", "x"},
                                                              {"Proxy-Authorization", "x"},
                                                              {"TE", "trailers"},
                                                              {"Trailer", "X"},
                                                              {"Transfer-Encoding", "chunked"},
                                                              {"Upgrade", "h2c"},
                                                              {"X-Keep", "yes"}})
                                                  << headers({{"X-Keep", "yes"}});
    QTest::newRow("host, length and expect are the stack's")
        << headers({{"Host", "a"}, {"content-length", "3"}, {"Expect", "100-continue"}, {"X", "1"}})
        << headers({{"X", "1"}});
    QTest::newRow("fields named by Connection") << headers(
        {{"Connection", "X-Hop , x-other"}, {"x-hop", "1"}, {"X-Other", "2"}, {"X-Stay", "3"}})
                                                << headers({{"X-Stay", "3"}});
}

void TestOutgoingRequest::forwardableHeaders()
{
    QFETCH(HeaderList, in);
    QFETCH(HeaderList, out);
    QCOMPARE(Hookbench::forwardableHeaders(in), out);
}

void TestOutgoingRequest::targetHeadersReplaceCapturedOnes()
{
    const HeaderList result = withHeaders(
        headers({{"Authorization", "Bearer prod"}, {"X-A", "1"}, {"authorization", "again"}}),
        headers({{"AUTHORIZATION", "Bearer staging"}, {"X-Env", "staging"}}));
    QCOMPARE(result,
             headers({{"X-A", "1"}, {"AUTHORIZATION", "Bearer staging"}, {"X-Env", "staging"}}));
}

void TestOutgoingRequest::urlWithPath_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no override") << QByteArray("http://localhost:3000/webhooks?k=1") << QByteArray()
                                 << QByteArray("http://localhost:3000/webhooks?k=1");
    QTest::newRow("path replaced, query kept")
        << QByteArray("https://staging.example.com:8443/webhooks?token=a%20b#frag")
        << QByteArray("/other/path")
        << QByteArray("https://staging.example.com:8443/other/path?token=a%20b");
    QTest::newRow("path and query replaced")
        << QByteArray("http://127.0.0.1:9/a?x=1") << QByteArray("/b?y=2")
        << QByteArray("http://127.0.0.1:9/b?y=2");
    QTest::newRow("encoded path kept as given")
        << QByteArray("http://[::1]:8080/") << QByteArray("/caf%C3%A9")
        << QByteArray("http://[::1]:8080/caf%C3%A9");
}

void TestOutgoingRequest::urlWithPath()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QString error;
    const auto url = Hookbench::urlWithPath(target, path, &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(*url, expected);
}

void TestOutgoingRequest::unchangedResendKeepsBytesAndOrder()
{
    QString error;
    const auto request = buildResend(
        captured(), "http://localhost:3000/webhooks", headers({{"X-Env", "staging"}}), {}, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url, QByteArray("http://localhost:3000/webhooks"));
    QCOMPARE(request->body, captured().body); // NUL, CRLF and a non-UTF-8 byte included
    QCOMPARE(request->headers,
             headers({{"User-Agent", "Stripe/1.0"},
                      {"Content-Type", "application/json; charset=utf-8"},
                      {"Stripe-Signature", "t=1,v1=old"},
                      {"x-custom", "Case Kept"},
                      {"X-Env", "staging"}}));
}

void TestOutgoingRequest::editsOverrideEverything()
{
    ResendEdits edits;
    edits.method = "PUT";
    edits.path = "/edited?n=2";
    edits.headers = headers({{"Content-Type", "text/plain"}, {"Content-Length", "999"}});
    edits.body = "not json {";
    QString error;
    const auto request
        = buildResend(captured(), "http://localhost:3000/webhooks?k=1", {}, edits, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->method, QByteArray("PUT"));
    QCOMPARE(request->url, QByteArray("http://localhost:3000/edited?n=2"));
    QCOMPARE(request->headers, headers({{"Content-Type", "text/plain"}}));
    QCOMPARE(request->body, QByteArray("not json {"));
}

void TestOutgoingRequest::badPathIsRefused()
{
    for (const QByteArray &path : {QByteArray("relative"), QByteArray("/with space")}) {
        ResendEdits edits;
        edits.path = path;
        QString error;
        QVERIFY(!buildResend(captured(), "http://localhost/", {}, edits, &error));
        QVERIFY2(error.contains(QLatin1String("must start with '/'")), qPrintable(error));
    }
    QString error;
    QVERIFY(!buildResend(captured(), "no url", {}, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestOutgoingRequest::resigningReplacesTheOldSignature_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<HeaderList>("stale");
    QTest::newRow("stripe") << QStringLiteral("stripe") << QByteArray("whsec_test")
                            << headers({{"stripe-signature", "t=1,v1=00"}});
    QTest::newRow("standard-webhooks") << QStringLiteral("standard-webhooks")
                                       << QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                                       << headers({{"webhook-id", "msg_old"},
                                                   {"webhook-timestamp", "1"},
                                                   {"webhook-signature", "v1,AAAA"}});
    QTest::newRow("github") << QStringLiteral("github") << QByteArray("It's a Secret")
                            << headers({{"X-Hub-Signature-256", "sha256=00"}});
}

void TestOutgoingRequest::resigningReplacesTheOldSignature()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, secret);
    QFETCH(HeaderList, stale);
    const SignatureScheme *signer = SchemeRegistry::find(scheme);
    QVERIFY(signer);
    OutgoingRequest request;
    request.method = "POST";
    request.url = "http://localhost:3000/hook";
    request.headers = headers({{"Content-Type", "application/json"}}) + stale;
    request.body = "{\"edited\":true}";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(signOutgoing(request, *signer, {{QStringLiteral("k"), secret}}, {now, {}}), QString());
    for (const auto &[name, value] : stale) {
        QCOMPARE(signingRequest(request).headerValues(name).size(), 1);
        QVERIFY2(!request.headers.contains(qMakePair(name, value)), name.constData());
    }
    VerifyOptions options;
    options.nowSeconds = now;
    const Verdict verdict
        = signer->verify(signingRequest(request), {{QStringLiteral("k"), secret}}, options);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
}

void TestOutgoingRequest::urlSigningSchemesSignTheTargetUrl_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("urlChanges");
    QTest::newRow("square") << QStringLiteral("square") << QByteArray("application/json") << false;
    QTest::newRow("twilio form") << QStringLiteral("twilio")
                                 << QByteArray("application/x-www-form-urlencoded") << false;
    QTest::newRow("twilio json (bodySHA256)")
        << QStringLiteral("twilio") << QByteArray("application/json") << true;
}

void TestOutgoingRequest::urlSigningSchemesSignTheTargetUrl()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, urlChanges);
    const SignatureScheme *signer = SchemeRegistry::find(scheme);
    QVERIFY(signer);
    OutgoingRequest request;
    request.method = "POST";
    request.url = "https://staging.example.com/hooks/sms";
    request.headers = headers({{"Content-Type", contentType.constData()}});
    request.body = contentType.contains("form") ? "To=%2B1&Body=hi" : "{\"a\":1}";
    const SigningSecrets secrets {{QStringLiteral("k"), "token"}};
    QCOMPARE(signOutgoing(request, *signer, secrets, {QDateTime::currentSecsSinceEpoch(), {}}),
             QString());
    QVERIFY(request.url.startsWith("https://staging.example.com/hooks/sms"));
    QCOMPARE(request.url.contains("bodySHA256="), urlChanges);
    VerifyOptions options;
    options.nowSeconds = QDateTime::currentSecsSinceEpoch();
    QVERIFY(signer->verify(signingRequest(request), secrets, options).isValid());
    // The signature covers the staging URL: the production URL does not verify.
    SigningRequest elsewhere = signingRequest(request);
    elsewhere.url.replace("staging.example.com", "api.example.com");
    QVERIFY(!signer->verify(elsewhere, secrets, options).isValid());
}

void TestOutgoingRequest::signingErrorLeavesTheRequest()
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = "http://localhost/";
    request.headers = headers({{"Stripe-Signature", "t=1,v1=00"}});
    request.body = "{}";
    const OutgoingRequest before = request;
    const QString error = signOutgoing(request, *SchemeRegistry::find(u"stripe"), {}, {1, {}});
    QVERIFY(!error.isEmpty());
    QCOMPARE(request, before);
}

void TestOutgoingRequest::linearResigningStampsTheBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("stamped"); ///< with NOW for the signing time in ms
    // A captured Linear event: spacing, key order and number texts (0.50, 1e0) must survive.
    const QByteArray captured
        = "{\"action\": \"create\", \"type\": \"Issue\",\n"
          " \"data\": {\"id\": \"2174add1\", \"priority\": 0.50, \"estimate\": 1e0,"
          " \"webhookTimestamp\": 5},\n"
          " \"webhookTimestamp\" : 1700000000000, \"webhookId\": \"wh_1\"}\n";
    QByteArray expected = captured;
    expected.replace("\"webhookTimestamp\" : 1700000000000", "\"webhookTimestamp\" : NOW");
    QTest::newRow("captured event") << captured << expected;
    QTest::newRow("missing: added first")
        << QByteArray("{\"action\":\"remove\"}")
        << QByteArray("{\"webhookTimestamp\":NOW,\"action\":\"remove\"}");
    QTest::newRow("empty object") << QByteArray(" {} ")
                                  << QByteArray(" {\"webhookTimestamp\":NOW} ");
    QTest::newRow("string value") << QByteArray("{\"webhookTimestamp\":\"1\",\"a\":[1]}")
                                  << QByteArray("{\"webhookTimestamp\":NOW,\"a\":[1]}");
}

void TestOutgoingRequest::linearResigningStampsTheBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, stamped);
    const SignatureScheme *linear = SchemeRegistry::find(u"linear");
    QVERIFY(linear);
    const SigningSecrets secrets {{QStringLiteral("k"), "lin_wh_test_secret_0123456789"}};
    OutgoingRequest request;
    request.method = "POST";
    request.url = "http://localhost:3000/linear";
    request.headers = headers({{"Content-Type", "application/json; charset=utf-8"},
                               {"Linear-Delivery", "d-1"},
                               {"Linear-Signature", "00"}});
    request.body = body;
    const qint64 now = QDateTime::currentSecsSinceEpoch() + 3600; // a new time, not the captured
    QCOMPARE(signOutgoing(request, *linear, secrets, {now, {}}), QString());
    QCOMPARE(request.body, stamped.replace("NOW", QByteArray::number(now * 1000)));
    QCOMPARE(LinearScheme::bodyTimestampMs(request.body), std::optional<qint64>(now * 1000));
    QCOMPARE(signingRequest(request).headerValues("Linear-Signature").size(), 1);
    VerifyOptions options;
    options.nowSeconds = now;
    const Verdict verdict = linear->verify(signingRequest(request), secrets, options);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    // The window is about the body's time: an hour earlier it is out of it.
    options.nowSeconds = now - 3600;
    QVERIFY(!linear->verify(signingRequest(request), secrets, options).isValid());
}

void TestOutgoingRequest::linearNeedsAJsonObject()
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = "http://localhost/";
    request.body = "[{\"webhookTimestamp\":1}]";
    const OutgoingRequest before = request;
    const QString error = signOutgoing(
        request, *SchemeRegistry::find(u"linear"), {{QStringLiteral("k"), "s"}}, {1, {}});
    QVERIFY2(error.contains(QLatin1String("webhookTimestamp")), qPrintable(error));
    QCOMPARE(request, before);
}

void TestOutgoingRequest::repeatedFieldsFold()
{
    QCOMPARE(foldRepeatedHeaders(headers({{"Accept", "a"},
                                          {"X-One", "1"},
                                          {"accept", "b"},
                                          {"Cookie", "a=1"},
                                          {"cookie", "b=2"}})),
             headers({{"Accept", "a, b"}, {"X-One", "1"}, {"Cookie", "a=1; b=2"}}));
}

QTEST_GUILESS_MAIN(TestOutgoingRequest)
#include "tst_outgoingrequest.moc"
