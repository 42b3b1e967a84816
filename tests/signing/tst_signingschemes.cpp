#include "signing/generichmacscheme.h"
#include "signing/schemeregistry.h"
#include "signing/signatureheader.h"
#include "signing/signingcrypto.h"
#include "signing/twilioscheme.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Hookbench;

namespace {

// Test keys only: the published Ed25519 seeds of signatures.md and a P-256 pair made for this test.
constexpr char discordSeed[] = "0707070707070707070707070707070707070707070707070707070707070707";
constexpr char discordPublic[] = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
constexpr char p256Private[]
    = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgncl/CjCsbcyC1qGgkUOJg1vVoUr2HqZT2IuecgROTOuh"
      "RANCAAQLPFkJusIkSmnKbPvyh4hlxO6yew3BfGrAl99YQSb59ZLh1c2d6goPeUd6lbqA73orQCyQhVq4AcjlVPjhFMn"
      "v";
constexpr char p256Public[] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECzxZCbrCJEppymz78oeIZcTusnsNwX"
                              "xqwJffWEEm+fWS4dXNneoKD3lHepW6gO96K0AskIVauAHI5VT44RTJ7w==";
constexpr char whsk64[] = "whsk_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGKiOPddAnxlf1S2y08ul1"
                          "yymcJvx2UEhvzdIgBtA9vXA==";

SigningSecrets keys(const QByteArrayList &values)
{
    SigningSecrets result;
    for (const QByteArray &value : values)
        result.append({QString(), value});
    return result;
}

QByteArray headerOf(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

/// Signing (published vectors, then sign → verify for every scheme), header parsing, detection,
/// the generic HMAC scheme and the verdict's JSON.
class TestSigningSchemes : public QObject
{
    Q_OBJECT
private slots:
    void signReproducesVectors_data();
    void signReproducesVectors();
    void roundTrip_data();
    void roundTrip();
    void keyValueParsing_data();
    void keyValueParsing();
    void versionedListParsing_data();
    void versionedListParsing();
    void unixSeconds_data();
    void unixSeconds();
    void detection_data();
    void detection();
    void registryNames();
    void twilioUrlVariants_data();
    void twilioUrlVariants();
    void genericHmac_data();
    void genericHmac();
    void verdictJson();
    void cryptoPrimitives();
};

void TestSigningSchemes::signReproducesVectors_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArrayList>("secrets");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");

    const QByteArray swBody = R"({"test": 2432232314})";
    const QByteArray swId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    QTest::newRow("standard webhooks v1")
        << QStringLiteral("standard-webhooks")
        << QByteArrayList {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"} << swBody << QByteArray()
        << QByteArray() << qint64(1614265330) << swId << QByteArray("webhook-signature")
        << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    const QByteArray v1a
        = "v1a,Ykcu7AtGZGmZxFEH1Gaa2Nd7feY/CTuruoL4fqgnKwfbHU4DhemoVHZdvGfIvKvn4BIg"
          "wktLGGPGIr/i9nK7AA==";
    QTest::newRow("standard webhooks v1a, 32-byte key")
        << QStringLiteral("standard-webhooks")
        << QByteArrayList {"whsk_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="} << swBody
        << QByteArray() << QByteArray() << qint64(1614265330) << swId
        << QByteArray("webhook-signature") << v1a;
    QTest::newRow("standard webhooks v1a, 64-byte key")
        << QStringLiteral("standard-webhooks") << QByteArrayList {whsk64} << swBody << QByteArray()
        << QByteArray() << qint64(1614265330) << swId << QByteArray("webhook-signature") << v1a;
    QTest::newRow("svix") << QStringLiteral("svix")
                          << QByteArrayList {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"} << swBody
                          << QByteArray() << QByteArray() << qint64(1614265330) << swId
                          << QByteArray("svix-signature")
                          << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    QTest::newRow("stripe") << QStringLiteral("stripe") << QByteArrayList {"whsec_test_secret"}
                            << QByteArray("{\n  \"id\": \"evt_test_webhook\",\n  \"object\": "
                                          "\"event\"\n}")
                            << QByteArray() << QByteArray() << qint64(1700000000) << QByteArray()
                            << QByteArray("Stripe-Signature")
                            << QByteArray(
                                   "t=1700000000,v1=4f1cd7feda9826e746b7d482c4badebb657398df1"
                                   "099e1046364f6196a230150");
    QTest::newRow("github") << QStringLiteral("github")
                            << QByteArrayList {"It's a Secret to Everybody"}
                            << QByteArray("Hello, World!") << QByteArray() << QByteArray()
                            << qint64(0) << QByteArray() << QByteArray("X-Hub-Signature-256")
                            << QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c4"
                                          "6f4379c8b043e17");
    QTest::newRow("github sha1") << QStringLiteral("github")
                                 << QByteArrayList {"It's a Secret to Everybody"}
                                 << QByteArray("Hello, World!") << QByteArray() << QByteArray()
                                 << qint64(0) << QByteArray() << QByteArray("X-Hub-Signature")
                                 << QByteArray("sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59");
    QTest::newRow("paddle") << QStringLiteral("paddle") << QByteArrayList {"VALID_SECRET"}
                            << QByteArray(R"({"data": ["1", "2"]})") << QByteArray() << QByteArray()
                            << qint64(1698796800) << QByteArray() << QByteArray("Paddle-Signature")
                            << QByteArray("ts=1698796800;h1=a300428748dce5c70e4da19bffd60769591ea9"
                                          "69c99dea3105d0ec9612cf43f9");
    QTest::newRow("shopify")
        << QStringLiteral("shopify") << QByteArrayList {"hush-shopify-app-secret"}
        << QByteArray(
               R"({"id":820982911946154508,"email":"jon@example.com","topic":"orders/create"})")
        << QByteArray() << QByteArray() << qint64(0) << QByteArray()
        << QByteArray("X-Shopify-Hmac-Sha256")
        << QByteArray("nwPAkWqLZUf81tz2AXc0pMxvPngcPsCr7x1Fwct7beM=");
    QTest::newRow("square") << QStringLiteral("square") << QByteArrayList {"asdf1234"}
                            << QByteArray(R"({"hello":"world"})")
                            << QByteArray("https://example.com/webhook") << QByteArray()
                            << qint64(0) << QByteArray()
                            << QByteArray("x-square-hmacsha256-signature")
                            << QByteArray("2kRE5qRU2tR+tBGlDwMEw2avJ7QM4ikPYD/PJ3bd9Og=");
    QTest::newRow("twilio form")
        << QStringLiteral("twilio") << QByteArrayList {"12345"}
        << QByteArray("CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B1415867"
                      "5309&To=%2B18005551212")
        << QByteArray("https://mycompany.com/myapp.php?foo=1&bar=2")
        << QByteArray("application/x-www-form-urlencoded") << qint64(0) << QByteArray()
        << QByteArray("X-Twilio-Signature") << QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    QTest::newRow("twilio JSON") << QStringLiteral("twilio") << QByteArrayList {"12345"}
                                 << QByteArray(R"({"property": "value", "boolean": true})")
                                 << QByteArray("https://mycompany.com/myapp.php?foo=1&bar=2")
                                 << QByteArray("application/json") << qint64(0) << QByteArray()
                                 << QByteArray("X-Twilio-Signature")
                                 << QByteArray("a9nBmqA0ju/hNViExpshrM61xv4=");
    QTest::newRow("slack") << QStringLiteral("slack")
                           << QByteArrayList {"8f742231b10e8888abcd99yyyzzz85a5"}
                           << QByteArray("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_"
                                         "domain=testteamnow&channel_id=G8PSS9T3V&channel_name="
                                         "foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%"
                                         "2Fwebhook-collect&text=&response_url=https%3A%2F%"
                                         "2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%"
                                         "2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id="
                                         "398738663015.47445629121.803a0bc887a14d10d2c447fce8b670"
                                         "3c")
                           << QByteArray() << QByteArray() << qint64(1531420618) << QByteArray()
                           << QByteArray("X-Slack-Signature")
                           << QByteArray("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd2751966"
                                         "6489c69b503");
    QTest::newRow("discord") << QStringLiteral("discord") << QByteArrayList {discordSeed}
                             << QByteArray(R"({"type":1})") << QByteArray() << QByteArray()
                             << qint64(1700000000) << QByteArray()
                             << QByteArray("X-Signature-Ed25519")
                             << QByteArray("f7caed702889e902c2cde4a4fb00f601284aa47ff4caf84588d7c8c"
                                           "3d8fe7183fd73e13e30d0c07d1515b6684f7b3cfaa231c421768d96"
                                           "67b104f760cf0da302");
}

void TestSigningSchemes::signReproducesVectors()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArrayList, secrets);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, contentType);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);

    SigningRequest request;
    request.body = body;
    request.url = url;
    if (!contentType.isEmpty())
        request.headers.append({"Content-Type", contentType});
    const SignatureScheme *signer = SchemeRegistry::find(scheme);
    QVERIFY(signer);
    const SignResult result = signer->sign(request, keys(secrets), SignOptions {timestamp, id});
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(headerOf(result.headers, header), value);
}

void TestSigningSchemes::roundTrip_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArrayList>("signKeys");
    QTest::addColumn<QByteArrayList>("verifyKeys");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QByteArray json = "{\"event\":\"ping\",\"text\":\"caf\xc3\xa9\"}\r\n";
    const QByteArray form = "Body=hello+world&From=%2B15005550006&Digits=2&Digits=1";
    const QByteArray linear = R"({"type":"Issue","webhookTimestamp":1700000000000})";
    for (const QString &name : SchemeRegistry::names()) {
        QByteArrayList sign {"first-secret-0123"};
        QByteArrayList verify = sign;
        QByteArray type = "application/json";
        QByteArray body = json;
        if (name == QLatin1String("standard-webhooks") || name == QLatin1String("svix")
            || name == QLatin1String("anthropic") || name == QLatin1String("openai")) {
            sign = verify = {"whsec_Zmlyc3Qtc2VjcmV0LWZvci10ZXN0cw=="};
        } else if (name == QLatin1String("discord")) {
            sign = {discordSeed};
            verify = {discordPublic};
        } else if (name == QLatin1String("sendgrid")) {
            sign = {p256Private};
            verify = {p256Public};
        } else if (name == QLatin1String("linear")) {
            body = linear;
        }
        QTest::addRow("%s", qPrintable(name)) << name << sign << verify << type << body;
        if (name == QLatin1String("twilio")) {
            QTest::addRow("twilio form") << name << sign << verify
                                         << QByteArray("application/x-www-form-urlencoded") << form;
        }
    }
    QTest::newRow("standard-webhooks v1a")
        << QStringLiteral("standard-webhooks") << QByteArrayList {whsk64}
        << QByteArrayList {"whpk_iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="}
        << QByteArray("application/json") << json;
    QTest::newRow("stripe, two secrets")
        << QStringLiteral("stripe") << QByteArrayList {"whsec_a", "whsec_b"}
        << QByteArrayList {"whsec_b"} << QByteArray("application/json") << json;
    QTest::newRow("standard-webhooks v1 + v1a")
        << QStringLiteral("standard-webhooks")
        << QByteArrayList {"whsec_Zmlyc3Qtc2VjcmV0LWZvci10ZXN0cw==", whsk64}
        << QByteArrayList {"whpk_iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="}
        << QByteArray("application/json") << json;
}

void TestSigningSchemes::roundTrip()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArrayList, signKeys);
    QFETCH(QByteArrayList, verifyKeys);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    SigningRequest request;
    request.url = "https://staging.example/hooks/in?x=1";
    request.body = body;
    request.headers.append({"Content-Type", contentType});
    const qint64 now = 1700000000;
    const SignatureScheme *signer = SchemeRegistry::find(scheme);
    QVERIFY(signer);
    const SignResult signedHeaders
        = signer->sign(request, keys(signKeys), SignOptions {now, "id_1"});
    QVERIFY2(signedHeaders.error.isEmpty(), qPrintable(signedHeaders.error));
    QVERIFY(!signedHeaders.headers.isEmpty());
    request.headers += signedHeaders.headers;
    if (!signedHeaders.url.isEmpty())
        request.url = signedHeaders.url;

    Verdict verdict = SchemeRegistry::verify(scheme, request, keys(verifyKeys), {now, {}});
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    // Detection finds the same family (OpenAI/Anthropic requests are plain Standard Webhooks).
    const SignatureScheme *detected = SchemeRegistry::detect(request);
    QVERIFY(detected);
    QVERIFY(SchemeRegistry::verify(u"auto", request, keys(verifyKeys), {now, {}}).isValid());

    // Every scheme notices one changed body byte.
    request.body[request.body.size() / 2] = char(request.body[request.body.size() / 2] ^ 0x20);
    verdict = SchemeRegistry::verify(scheme, request, keys(verifyKeys), {now, {}});
    QVERIFY2(!verdict.isValid(), qPrintable(verdict.message));
    QVERIFY(verdict.reason == Verdict::Reason::SignatureMismatch
            || verdict.reason == Verdict::Reason::BodyHashMismatch);
}

void TestSigningSchemes::keyValueParsing_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QByteArrayList>("expected"); // key=value, in order

    QTest::newRow("stripe") << QByteArray("t=1,v1=ab,v0=cd,v1=ef") << ','
                            << QByteArrayList {"t=1", "v1=ab", "v0=cd", "v1=ef"};
    QTest::newRow("paddle") << QByteArray("ts=1;h1=ab;h2=x") << ';'
                            << QByteArrayList {"ts=1", "h1=ab", "h2=x"};
    QTest::newRow("no '='") << QByteArray("t,v1=a=b") << ',' << QByteArrayList {"t=", "v1=a=b"};
    QTest::newRow("empty") << QByteArray() << ',' << QByteArrayList {"="};
    QTest::newRow("spaces kept") << QByteArray("t=1, v1=a") << ','
                                 << QByteArrayList {"t=1", " v1=a"};
}

void TestSigningSchemes::keyValueParsing()
{
    QFETCH(QByteArray, header);
    QFETCH(char, separator);
    QFETCH(QByteArrayList, expected);
    QByteArrayList actual;
    for (const auto &item : SignatureHeader::parseKeyValues(header, separator))
        actual.append(item.key + '=' + item.value);
    QCOMPARE(actual, expected);
}

void TestSigningSchemes::versionedListParsing_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("anyWhitespace");
    QTest::addColumn<QByteArrayList>("expected"); // key|value

    QTest::newRow("two") << QByteArray("v1,abc v1a,def") << false
                         << QByteArrayList {"v1|abc", "v1a|def"};
    QTest::newRow("extra spaces") << QByteArray("  v1,abc   v2,x ") << false
                                  << QByteArrayList {"v1|abc", "v2|x"};
    QTest::newRow("tab kept by default")
        << QByteArray("v1,a\tv1,b") << false << QByteArrayList {"v1|a\tv1,b"};
    QTest::newRow("tab splits for openai")
        << QByteArray("v1,a\tv1,b") << true << QByteArrayList {"v1|a", "v1|b"};
    QTest::newRow("bare signature") << QByteArray("abc=") << false << QByteArrayList {"|abc="};
    QTest::newRow("empty") << QByteArray("") << false << QByteArrayList {};
}

void TestSigningSchemes::versionedListParsing()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, anyWhitespace);
    QFETCH(QByteArrayList, expected);
    QByteArrayList actual;
    for (const auto &item : SignatureHeader::parseVersionedList(header, anyWhitespace))
        actual.append(item.key + '|' + item.value);
    QCOMPARE(actual, expected);
}

void TestSigningSchemes::unixSeconds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected"); // -1: rejected

    QTest::newRow("plain") << QByteArray("1614265330") << qint64(1614265330);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("letters after") << QByteArray("1614265330abc") << qint64(-1);
    QTest::newRow("sign") << QByteArray("-5") << qint64(-1);
    QTest::newRow("plus") << QByteArray("+5") << qint64(-1);
    QTest::newRow("space") << QByteArray(" 5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("5.5") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("19 digits") << QByteArray("9223372036854775807") << qint64(-1);
    QTest::newRow("18 digits") << QByteArray("999999999999999999") << qint64(999999999999999999);
}

void TestSigningSchemes::unixSeconds()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QCOMPARE(SignatureHeader::parseUnixSeconds(text).value_or(-1), expected);
}

void TestSigningSchemes::detection_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("scheme");

    QTest::newRow("svix") << QByteArray("svix-signature") << QStringLiteral("svix");
    QTest::newRow("standard") << QByteArray("Webhook-Signature")
                              << QStringLiteral("standard-webhooks");
    QTest::newRow("stripe") << QByteArray("stripe-signature") << QStringLiteral("stripe");
    QTest::newRow("github") << QByteArray("X-HUB-SIGNATURE-256") << QStringLiteral("github");
    QTest::newRow("github sha1") << QByteArray("X-Hub-Signature") << QStringLiteral("github");
    QTest::newRow("slack") << QByteArray("X-Slack-Signature") << QStringLiteral("slack");
    QTest::newRow("shopify") << QByteArray("X-Shopify-Hmac-Sha256") << QStringLiteral("shopify");
    QTest::newRow("shopify events")
        << QByteArray("shopify-hmac-sha256") << QStringLiteral("shopify");
    QTest::newRow("twilio") << QByteArray("X-Twilio-Signature") << QStringLiteral("twilio");
    QTest::newRow("paddle") << QByteArray("Paddle-Signature") << QStringLiteral("paddle");
    QTest::newRow("twitch") << QByteArray("Twitch-Eventsub-Message-Signature")
                            << QStringLiteral("twitch");
    QTest::newRow("zoom") << QByteArray("x-zm-signature") << QStringLiteral("zoom");
    QTest::newRow("square") << QByteArray("x-square-hmacsha256-signature")
                            << QStringLiteral("square");
    QTest::newRow("square legacy") << QByteArray("x-square-signature") << QStringLiteral("square");
    QTest::newRow("linear") << QByteArray("Linear-Signature") << QStringLiteral("linear");
    QTest::newRow("discord") << QByteArray("X-Signature-Ed25519") << QStringLiteral("discord");
    QTest::newRow("sendgrid") << QByteArray("X-Twilio-Email-Event-Webhook-Signature")
                              << QStringLiteral("sendgrid");
    QTest::newRow("nothing") << QByteArray("X-Request-Id") << QString();
}

void TestSigningSchemes::detection()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, scheme);
    SigningRequest request;
    request.headers = {{"Content-Type", "application/json"}, {header, "x"}};
    const SignatureScheme *detected = SchemeRegistry::detect(request);
    QCOMPARE(detected ? detected->name() : QString(), scheme);
    // A secret's prefix never decides: the same request with a whsec_ secret stays what it was.
    request.headers = {{header, "x"}};
    const Verdict verdict = SchemeRegistry::verify(
        u"auto", request, keys({"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}), {});
    QCOMPARE(verdict.scheme, scheme);
}

void TestSigningSchemes::registryNames()
{
    const QStringList expected {QStringLiteral("standard-webhooks"),
                                QStringLiteral("svix"),
                                QStringLiteral("openai"),
                                QStringLiteral("anthropic"),
                                QStringLiteral("stripe"),
                                QStringLiteral("github"),
                                QStringLiteral("slack"),
                                QStringLiteral("shopify"),
                                QStringLiteral("twilio"),
                                QStringLiteral("paddle"),
                                QStringLiteral("twitch"),
                                QStringLiteral("zoom"),
                                QStringLiteral("square"),
                                QStringLiteral("linear"),
                                QStringLiteral("discord"),
                                QStringLiteral("sendgrid")};
    QCOMPARE(SchemeRegistry::names(), expected);
    for (const QString &name : expected)
        QCOMPARE(SchemeRegistry::find(name)->name(), name);
    QVERIFY(!SchemeRegistry::find(u"auto"));
    QCOMPARE(SchemeRegistry::verify(u"nope", {}, {}, {}).reason, Verdict::Reason::UnknownScheme);
}

void TestSigningSchemes::twilioUrlVariants_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArrayList>("variants");

    QTest::newRow("https, no port")
        << QByteArray("https://a.example/x?y=1")
        << QByteArrayList {"https://a.example/x?y=1", "https://a.example:443/x?y=1"};
    QTest::newRow("https, :443") << QByteArray("https://a.example:443/x")
                                 << QByteArrayList {"https://a.example:443/x",
                                                    "https://a.example/x"};
    QTest::newRow("http, no path") << QByteArray("http://a.example")
                                   << QByteArrayList {"http://a.example", "http://a.example:80"};
    QTest::newRow("other port") << QByteArray("https://a.example:8443/x")
                                << QByteArrayList {"https://a.example:8443/x"};
    QTest::newRow("IPv6") << QByteArray("https://[::1]/x")
                          << QByteArrayList {"https://[::1]/x", "https://[::1]:443/x"};
    QTest::newRow("not a URL") << QByteArray("/x") << QByteArrayList {"/x"};
}

void TestSigningSchemes::twilioUrlVariants()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArrayList, variants);
    QCOMPARE(TwilioScheme::urlVariants(url), variants);
}

void TestSigningSchemes::genericHmac_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<int>("digest");
    QTest::addColumn<bool>("base64");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("expectedContent");

    QTest::newRow("body, sha256 hex")
        << QByteArray("{body}") << 1 << false << QByteArray("sha256=") << QByteArray("BODY");
    QTest::newRow("timestamp.body, sha512 base64") << QByteArray("{timestamp}.{body}") << 2 << true
                                                   << QByteArray() << QByteArray("1700000000.BODY");
    QTest::newRow("everything, sha1")
        << QByteArray("{method} {url}|{id}|{timestamp}|{body}|{x}") << 0 << false
        << QByteArray("v1=") << QByteArray("POST https://h/p|id_9|1700000000|BODY|{x}");
}

void TestSigningSchemes::genericHmac()
{
    QFETCH(QByteArray, pattern);
    QFETCH(int, digest);
    QFETCH(bool, base64);
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, expectedContent);

    GenericHmacConfig config;
    config.signatureHeader = "X-My-Signature";
    config.prefix = prefix;
    config.digest = SigningCrypto::Digest(digest);
    config.encoding
        = base64 ? GenericHmacConfig::Encoding::Base64 : GenericHmacConfig::Encoding::Hex;
    config.contentTemplate = pattern;
    config.timestampHeader = "X-My-Timestamp";
    config.idHeader = "X-My-Id";
    const GenericHmacScheme scheme(config);
    QCOMPARE(
        GenericHmacScheme::expand(pattern, "BODY", "1700000000", "id_9", "https://h/p", "POST"),
        expectedContent);

    SigningRequest request;
    request.url = "https://h/p";
    request.body = "BODY";
    const SignResult result = scheme.sign(request, keys({"k"}), {1700000000, "id_9"});
    QVERIFY(result.error.isEmpty());
    const QByteArray mac = SigningCrypto::hmac(config.digest, "k", expectedContent);
    QCOMPARE(headerOf(result.headers, "x-my-signature"),
             prefix + (base64 ? mac.toBase64() : mac.toHex()));
    request.headers = result.headers;
    QVERIFY(scheme.verify(request, keys({"k"}), {1700000000, {}}).isValid());
    QCOMPARE(scheme.verify(request, keys({"other", "k"}), {1700000000, {}}).secretIndex, 1);
    QCOMPARE(scheme.verify(request, keys({"wrong"}), {1700000000, {}}).reason,
             Verdict::Reason::SignatureMismatch);
    if (pattern.contains("{timestamp}")) {
        QCOMPARE(scheme.verify(request, keys({"k"}), {1700000301, {}}).reason,
                 Verdict::Reason::TimestampTooOld);
        QCOMPARE(scheme.verify(request, keys({"k"}), {1700000301, 0}).reason,
                 Verdict::Reason::Valid);
    }
}

void TestSigningSchemes::verdictJson()
{
    SigningRequest request;
    request.body = "Hello, World!";
    request.headers = {{"X-Hub-Signature-256", "sha256=00"}};
    const Verdict mismatch = SchemeRegistry::verify(
        u"github", request, {{QStringLiteral("gh-1"), "topsecret-value"}}, {});
    const QJsonObject json = mismatch.toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("signature_mismatch"));
    QCOMPARE(json.value(QStringLiteral("scheme")).toString(), QStringLiteral("github"));
    QCOMPARE(json.value(QStringLiteral("received")).toString(), QStringLiteral("sha256=00"));
    QVERIFY(json.value(QStringLiteral("expected")).toString().startsWith(u"sha256="));
    QVERIFY(!json.contains(QStringLiteral("secret_index")));
    QVERIFY(!QJsonDocument(json).toJson().contains("topsecret"));

    request.headers = {{"Stripe-Signature", "t=1000,v1=00"}};
    const SigningSecret stripeKey {QStringLiteral("stripe-live"), "whsec_x"};
    request.headers[0].second
        = "t=1000,v1="
          + SigningCrypto::hmac(SigningCrypto::Digest::Sha256, "whsec_x", "1000.Hello, World!")
                .toHex();
    const Verdict old = SchemeRegistry::verify(u"stripe", request, {stripeKey}, {1400, {}});
    const QJsonObject oldJson = old.toJson();
    QCOMPARE(oldJson.value(QStringLiteral("reason")).toString(),
             QStringLiteral("timestamp_too_old"));
    QCOMPARE(oldJson.value(QStringLiteral("skew_seconds")).toInteger(), 400);
    QCOMPARE(oldJson.value(QStringLiteral("tolerance_seconds")).toInteger(), 300);
    QCOMPARE(oldJson.value(QStringLiteral("secret_index")).toInt(), 0);
    QCOMPARE(oldJson.value(QStringLiteral("secret_id")).toString(), QStringLiteral("stripe-live"));
    QVERIFY2(old.message.contains(u"400") && old.message.contains(u"100"), qPrintable(old.message));
    QCOMPARE(SchemeRegistry::verify(u"stripe", request, {stripeKey}, {1400, 0}).status,
             Verdict::Status::Valid);
}

void TestSigningSchemes::cryptoPrimitives()
{
    // stripe-node test/crypto/helpers.ts, key "test_secret".
    QCOMPARE(SigningCrypto::hmac(SigningCrypto::Digest::Sha256, "test_secret", "").toHex(),
             QByteArray("f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd"));
    QCOMPARE(SigningCrypto::hmac(
                 SigningCrypto::Digest::Sha256, "test_secret", R"({"obj1":"hello","obj2":"world"})")
                 .toHex(),
             QByteArray("bebb1a643997f419b315ddba19e6f5411e1ce7f810ba6d3617ce72823092f363"));
    QCOMPARE(SigningCrypto::hmac(SigningCrypto::Digest::Sha256, "test_secret", "\xf0\x9f\x98\x80")
                 .toHex(),
             QByteArray("837da296d05c4fe31f61d5d7ead035099d9585a5bcde87de952012a78f0b0c43"));
    // Zoom's URL validation answer.
    QCOMPARE(SigningCrypto::hmac(SigningCrypto::Digest::Sha256,
                                 "zoom-secret-token-abc123",
                                 "qgg8vlvZRS6UYooatFL8Aw")
                 .toHex(),
             QByteArray("df9953a1f18ae60c7a20d0239ce67dc9f1ef1c56fa6781991110a102a19bd50c"));
    QCOMPARE(SigningCrypto::hash(SigningCrypto::Digest::Sha256,
                                 R"({"property": "value", "boolean": true})")
                 .toHex(),
             QByteArray("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"));
    QVERIFY(SigningCrypto::equal("abc", "abc"));
    QVERIFY(!SigningCrypto::equal("abc", "abd"));
    QVERIFY(!SigningCrypto::equal("abc", "ab"));
    QVERIFY(SigningCrypto::equal("", ""));
    QCOMPARE(SigningCrypto::fromHex("0aFf").value_or("?"), QByteArray("\x0a\xff"));
    QVERIFY(!SigningCrypto::fromHex("0g"));
    QVERIFY(!SigningCrypto::fromHex("abc"));
    QCOMPARE(SigningCrypto::fromBase64("c2VjcmV0Cg==").value_or("?"), QByteArray("secret\n"));
    QCOMPARE(SigningCrypto::fromBase64("c2VjcmV0Cg").value_or("?"), QByteArray("secret\n"));
    QVERIFY(!SigningCrypto::fromBase64("c2Vj cmV0"));
    QVERIFY(!SigningCrypto::fromBase64("!!!!"));
    QCOMPARE(SigningCrypto::ed25519PublicKey(QByteArray(32, '\x07')).toHex(),
             QByteArray(discordPublic));
    QCOMPARE(SigningCrypto::ecdsaP256PublicKeyOf(QByteArray::fromBase64(p256Private)).toBase64(),
             QByteArray(p256Public));
    QVERIFY(!SigningCrypto::isP256PublicKey("not a key"));
}

QTEST_GUILESS_MAIN(TestSigningSchemes)
#include "tst_signingschemes.moc"
