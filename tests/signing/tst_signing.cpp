#include "verifytable.h"

using namespace Hookbench;
using VerifyTable::addRow;
using VerifyTable::changedByte;

namespace {

// Published vectors (signatures.md; the providers' docs and SDK tests) and derived ones computed
// independently with node:crypto. The keys are the published test keys, not secrets.
constexpr char swSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr char swId[] = "msg_p5jXN8AQM9LWM0D4loKWxJek";
constexpr qint64 swTime = 1614265330;
constexpr char swBody[] = R"({"test": 2432232314})";
constexpr char swSignature[] = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
constexpr char swOther[] = "Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
constexpr char v1aSignature[]
    = "v1a,Ykcu7AtGZGmZxFEH1Gaa2Nd7feY/CTuruoL4fqgnKwfbHU4DhemoVHZdvGfIvKv"
      "n4BIgwktLGGPGIr/i9nK7AA==";
constexpr char whpk[] = "whpk_iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=";
constexpr char whsk32[] = "whsk_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
constexpr char whsk64[] = "whsk_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGKiOPddAnxlf1S2y08ul1"
                          "yymcJvx2UEhvzdIgBtA9vXA==";

constexpr char openAiSecret[] = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
constexpr char openAiBody[]
    = R"({"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": )"
      R"(1750861210, "type": "response.completed", "data": {"id": "resp_123"}})";

constexpr char stripeBody[] = "{\n  \"id\": \"evt_test_webhook\",\n  \"object\": \"event\"\n}";
constexpr char stripeHeader[]
    = "Stripe-Signature: t=1700000000,v1=4f1cd7feda9826e746b7d482c4badebb657398df1099e1046364f619"
      "6a230150";

constexpr char slackBody[]
    = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
      "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
      "collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%"
      "2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
      "803a0bc887a14d10d2c447fce8b6703c";
constexpr char slackSignature[]
    = "X-Slack-Signature: v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

constexpr char zoomBody[]
    = R"({"event":"meeting.started","payload":{"account_id":"abc"},"event_ts":1700000000000})";

QByteArray swHeaders(const QByteArray &signature,
                     const QByteArray &prefix = "webhook-",
                     const QByteArray &timestamp = QByteArray::number(swTime))
{
    return prefix + "id: " + swId + '\n' + prefix + "timestamp: " + timestamp + '\n' + prefix
           + "signature: " + signature;
}

} // namespace

/// Verification against published vectors and tampered requests: the Standard Webhooks family
/// (Svix, OpenAI, Anthropic), Stripe, GitHub, Slack and Zoom.
class TestSigning : public QObject
{
    Q_OBJECT
private slots:
    void verify_data();
    void verify();
};

void TestSigning::verify_data()
{
    VerifyTable::addColumns();
    const QByteArray sw = swHeaders(swSignature);

    // Standard Webhooks v1 / v1a
    addRow("sw: official vector", "standard-webhooks", sw, swBody, {swSecret}, swTime, "valid");
    addRow("sw: several signatures, one valid",
           "standard-webhooks",
           swHeaders(QByteArray("v1,") + swOther + " v2," + swOther + ' ' + swSignature + " v1,"
                     + swOther),
           swBody,
           {swSecret},
           swTime,
           "valid");
    addRow("sw: v1a with whpk_",
           "standard-webhooks",
           swHeaders(v1aSignature),
           swBody,
           {whpk},
           swTime,
           "valid");
    addRow("sw: v1a with 32-byte whsk_",
           "standard-webhooks",
           swHeaders(v1aSignature),
           swBody,
           {whsk32},
           swTime,
           "valid");
    addRow("sw: v1a with 64-byte whsk_",
           "standard-webhooks",
           swHeaders(v1aSignature),
           swBody,
           {whsk64},
           swTime,
           "valid");
    addRow("sw: v1 and v1a, key pair only",
           "standard-webhooks",
           swHeaders(QByteArray(swSignature) + ' ' + v1aSignature),
           swBody,
           {whpk},
           swTime,
           "valid");
    addRow("sw: rotation, second secret",
           "standard-webhooks",
           sw,
           swBody,
           {"whsec_c2VjcmV0Cg==", swSecret},
           swTime,
           "valid",
           1);
    addRow("sw: unprefixed base64 secret",
           "standard-webhooks",
           sw,
           swBody,
           {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"},
           swTime,
           "valid");
    addRow("sw: header names in any case",
           "standard-webhooks",
           swHeaders(swSignature, "Webhook-"),
           swBody,
           {swSecret},
           swTime,
           "valid");
    addRow("sw: wrong secret",
           "standard-webhooks",
           sw,
           swBody,
           {"whsec_c2VjcmV0Cg=="},
           swTime,
           "signature_mismatch");
    addRow("sw: one body byte changed",
           "standard-webhooks",
           sw,
           changedByte(swBody),
           {swSecret},
           swTime,
           "signature_mismatch");
    addRow("sw: v1a, body changed",
           "standard-webhooks",
           swHeaders(v1aSignature),
           changedByte(swBody),
           {whpk},
           swTime,
           "signature_mismatch");
    addRow("sw: 301 s old",
           "standard-webhooks",
           sw,
           swBody,
           {swSecret},
           swTime + 301,
           "timestamp_too_old",
           0);
    addRow("sw: 300 s old", "standard-webhooks", sw, swBody, {swSecret}, swTime + 300, "valid");
    addRow("sw: 301 s in the future",
           "standard-webhooks",
           sw,
           swBody,
           {swSecret},
           swTime - 301,
           "timestamp_too_new",
           0);
    addRow("sw: wrong version tag",
           "standard-webhooks",
           swHeaders(QByteArray(swSignature).replace("v1,", "v2,")),
           swBody,
           {swSecret},
           swTime,
           "unsupported_version");
    addRow("sw: timestamp with letters",
           "standard-webhooks",
           swHeaders(swSignature, "webhook-", "1614265330abc"),
           swBody,
           {swSecret},
           swTime,
           "malformed_header");
    addRow("sw: signed timestamp",
           "standard-webhooks",
           swHeaders(swSignature, "webhook-", "+1614265330"),
           swBody,
           {swSecret},
           swTime,
           "malformed_header");
    addRow("sw: missing id",
           "standard-webhooks",
           sw.mid(sw.indexOf('\n') + 1),
           swBody,
           {swSecret},
           swTime,
           "missing_header");
    addRow("sw: no secret", "standard-webhooks", sw, swBody, {}, swTime, "no_secret");
    addRow("sw: secret not base64",
           "standard-webhooks",
           sw,
           swBody,
           {"whsec_!!!"},
           swTime,
           "unusable_secret");
    addRow("sw: 64-byte whsk_ with a foreign public half",
           "standard-webhooks",
           swHeaders(v1aSignature),
           swBody,
           {QByteArray(whsk64).replace("GKiOP", "GKiOQ")},
           swTime,
           "unusable_secret");
    addRow("anthropic: v1a is not checked",
           "anthropic",
           swHeaders(v1aSignature),
           swBody,
           {whpk},
           swTime,
           "unsupported_version");
    addRow("anthropic: v1", "anthropic", sw, swBody, {swSecret}, swTime, "valid");
    addRow("svix: svix-* headers",
           "svix",
           swHeaders(swSignature, "svix-"),
           swBody,
           {swSecret},
           swTime,
           "valid");
    addRow("svix: webhook-* fallback", "svix", sw, swBody, {swSecret}, swTime, "valid");
    addRow(
        "auto: svix", "auto", swHeaders(swSignature, "svix-"), swBody, {swSecret}, swTime, "valid");
    addRow("auto: standard webhooks", "auto", sw, swBody, {swSecret}, swTime, "valid");

    // OpenAI's implementation
    const QByteArray openAi = "webhook-id: wh_685c059ae39c8190af8c71ed1022a24d\n"
                              "webhook-timestamp: 1750861210\nwebhook-signature: ";
    addRow("openai: official vector",
           "openai",
           openAi + "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=",
           openAiBody,
           {openAiSecret},
           1750861210,
           "valid");
    addRow("openai: bare signature",
           "openai",
           openAi + "gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=",
           openAiBody,
           {openAiSecret},
           1750861210,
           "valid");
    addRow("openai: raw secret without whsec_",
           "openai",
           "webhook-id: wh_1\nwebhook-timestamp: 1700000000\nwebhook-signature: "
           "v1,SEr1z5iqJO1OQQM4+b/GLubA0qjUYKL6sMPnRLbvk7I=",
           "{}",
           {"plain-openai-secret"},
           1700000000,
           "valid");
    addRow("openai: expired",
           "openai",
           openAi + "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=",
           openAiBody,
           {openAiSecret},
           1750861210 + 301,
           "timestamp_too_old",
           0);
    addRow("anthropic: derived vector",
           "anthropic",
           "webhook-id: msg_1\nwebhook-timestamp: 1700000000\nwebhook-signature: "
           "v1,kDzagfwJBJBGERA5DOjxEUpkIjL12ohBh7UQX/VjgnM=",
           R"({"type":"message_batch.ended","id":"evt_1"})",
           {"whsec_c2VjcmV0Cg=="},
           1700000000,
           "valid");

    // Stripe
    addRow("stripe: sdk vector",
           "stripe",
           stripeHeader,
           stripeBody,
           {"whsec_test_secret"},
           1700000000,
           "valid");
    addRow("stripe: future accepted",
           "stripe",
           stripeHeader,
           stripeBody,
           {"whsec_test_secret"},
           1700000000 - 3600,
           "valid");
    addRow("stripe: 301 s old",
           "stripe",
           stripeHeader,
           stripeBody,
           {"whsec_test_secret"},
           1700000301,
           "timestamp_too_old",
           0);
    addRow("stripe: rotation, several v1",
           "stripe",
           QByteArray(stripeHeader).replace("t=1700000000,", "t=1700000000,v0=00,v1=abcd,"),
           stripeBody,
           {"whsec_old", "whsec_test_secret"},
           1700000000,
           "valid",
           1);
    addRow("stripe: v0 only",
           "stripe",
           "Stripe-Signature: t=1700000000,v0=4f1c",
           stripeBody,
           {"whsec_test_secret"},
           1700000000,
           "unsupported_version");
    addRow("stripe: no t",
           "stripe",
           "Stripe-Signature: v1=4f1c",
           stripeBody,
           {"whsec_test_secret"},
           1700000000,
           "malformed_header");
    addRow("stripe: secret base64-decoded is wrong",
           "stripe",
           stripeHeader,
           stripeBody,
           {"test_secret"},
           1700000000,
           "signature_mismatch");
    addRow("stripe: body changed",
           "stripe",
           stripeHeader,
           changedByte(stripeBody),
           {"whsec_test_secret"},
           1700000000,
           "signature_mismatch");
    addRow("auto: stripe",
           "auto",
           QByteArray(stripeHeader).toLower(),
           stripeBody,
           {"whsec_test_secret"},
           1700000000,
           "valid");

    // GitHub
    const QByteArray github
        = "X-Hub-Signature-256: "
          "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    const QByteArray githubSha1 = "X-Hub-Signature: sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59";
    addRow("github: official vector",
           "github",
           github,
           "Hello, World!",
           {"It's a Secret to Everybody"},
           0,
           "valid");
    addRow("github: legacy sha1",
           "github",
           githubSha1,
           "Hello, World!",
           {"It's a Secret to Everybody"},
           0,
           "valid");
    addRow("github: rotation",
           "github",
           github,
           "Hello, World!",
           {"old secret", "It's a Secret to Everybody"},
           0,
           "valid",
           1);
    addRow("github: uppercase hex",
           "github",
           github.toUpper().replace("X-HUB-SIGNATURE-256: SHA256=", "X-Hub-Signature-256: sha256="),
           "Hello, World!",
           {"It's a Secret to Everybody"},
           0,
           "signature_mismatch");
    addRow("github: wrong prefix",
           "github",
           QByteArray(github).replace("sha256=", "sha1="),
           "Hello, World!",
           {"It's a Secret to Everybody"},
           0,
           "malformed_header");
    addRow("github: body changed",
           "github",
           github,
           "Hello, World?",
           {"It's a Secret to Everybody"},
           0,
           "signature_mismatch");
    addRow("github: missing header",
           "github",
           "X-GitHub-Event: push",
           "Hello, World!",
           {"It's a Secret to Everybody"},
           0,
           "missing_header");
    addRow("auto: github",
           "auto",
           github,
           "Hello, World!",
           {"It's a Secret to Everybody"},
           0,
           "valid");

    // Slack and Zoom
    const QByteArray slack = QByteArray(slackSignature) + "\nX-Slack-Request-Timestamp: 1531420618";
    addRow("slack: official vector",
           "slack",
           slack,
           slackBody,
           {"8f742231b10e8888abcd99yyyzzz85a5"},
           1531420618,
           "valid");
    addRow("slack: 5 min 1 s old",
           "slack",
           slack,
           slackBody,
           {"8f742231b10e8888abcd99yyyzzz85a5"},
           1531420618 + 301,
           "timestamp_too_old",
           0);
    addRow("slack: 5 min 1 s ahead",
           "slack",
           slack,
           slackBody,
           {"8f742231b10e8888abcd99yyyzzz85a5"},
           1531420618 - 301,
           "timestamp_too_new",
           0);
    addRow("slack: v1 tag",
           "slack",
           QByteArray(slack).replace("v0=", "v1="),
           slackBody,
           {"8f742231b10e8888abcd99yyyzzz85a5"},
           1531420618,
           "unsupported_version");
    addRow("slack: wrong secret",
           "slack",
           slack,
           slackBody,
           {"8f742231b10e8888abcd99yyyzzz85a6"},
           1531420618,
           "signature_mismatch");
    const QByteArray zoom = "x-zm-request-timestamp: 1700000000\nx-zm-signature: "
                            "v0=5c83acfb185924c4b9005eee2240716e3fcbdbb8508d6d27c699aa6437eb626b";
    addRow("zoom: derived vector",
           "zoom",
           zoom,
           zoomBody,
           {"zoom-secret-token-abc123"},
           1700000000,
           "valid");
    addRow("zoom: expired",
           "zoom",
           zoom,
           zoomBody,
           {"zoom-secret-token-abc123"},
           1700000301,
           "timestamp_too_old",
           0);
    addRow("zoom: body changed",
           "zoom",
           zoom,
           changedByte(zoomBody),
           {"zoom-secret-token-abc123"},
           1700000000,
           "signature_mismatch");
    addRow("auto: zoom", "auto", zoom, zoomBody, {"zoom-secret-token-abc123"}, 1700000000, "valid");

    addRow("auto: nothing signed",
           "auto",
           "Content-Type: application/json",
           "{}",
           {"x"},
           0,
           "unknown_scheme");
}

void TestSigning::verify()
{
    VerifyTable::verifyRow();
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
