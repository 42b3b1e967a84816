#include "verifytable.h"

using namespace Hookbench;
using VerifyTable::addRow;
using VerifyTable::changedByte;

namespace {

// Published vectors (signatures.md; the providers' docs and SDK tests) and derived ones computed
// independently with node:crypto. The keys are the published test keys, not secrets.
constexpr char twilioUrl[] = "https://mycompany.com/myapp.php?foo=1&bar=2";
constexpr char twilioForm[] = "CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From="
                              "%2B14158675309&To=%2B18005551212";
constexpr char twilioJson[] = R"({"property": "value", "boolean": true})";
constexpr char twilioBodyHash[]
    = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

constexpr char paddleHeader[]
    = "Paddle-Signature: ts=1698796800;h1=a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec"
      "9612cf43f9";

constexpr char twitchBody[] = R"({"subscription":{"type":"channel.follow"},"event":{"user_name":)"
                              R"("cool_user"}})";
constexpr qint64 twitchTime = 1573899072; // 2019-11-16T10:11:12Z

constexpr char linearBody[]
    = R"({"action":"create","type":"Issue","data":{"id":"abc"},"webhookTimestamp":1700000000000})";

constexpr char discordKey[] = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
constexpr char discordSignature[]
    = "X-Signature-Ed25519: f7caed702889e902c2cde4a4fb00f601284aa47ff4caf84588d7c8c3d8fe7183fd73e1"
      "3e30d0c07d1515b6684f7b3cfaa231c421768d9667b104f760cf0da302";

constexpr char sendGridOldKey[] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqD"
                                  "qBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";
constexpr char sendGridOldSignature[]
    = "X-Twilio-Email-Event-Webhook-Signature: MEUCIQCtIHJeH93Y+qpY"
      "eWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbV"
      "Ramr2nlxFDWYNH2j/0=";
constexpr char sendGridOldBody[]
    = R"({"category":"example_payload","event":"test_event","message_id":"message_id"})";
constexpr char sendGridKey[] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSm"
                               "pqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==";
constexpr char sendGridSignature[]
    = "X-Twilio-Email-Event-Webhook-Signature: MEUCIGHQVtGj+Y3LkG9fLc"
      "xf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh8"
      "9M15TluLtEZtM=";
constexpr char sendGridBody[]
    = R"([{"email":"hello@world.com","event":"dropped","reason":"Bounced Address","sg_event_id":)"
      R"("ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA","sg_message_id":"LRzXl_NHStOGhQ4)"
      R"(kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0","smtp-id":"<LRzXl_NHStOGh)"
      R"(Q4kofSm_A@ismtpd0039p1iad1.sendgrid.net>","timestamp":1600112492}])"
      "\r\n";

} // namespace

/// Verification against published vectors and tampered requests: Shopify, Twilio, Paddle,
/// Twitch, Square, Linear, Discord and SendGrid.
class TestSigningProviders : public QObject
{
    Q_OBJECT
private slots:
    void verify_data();
    void verify();
};

void TestSigningProviders::verify_data()
{
    VerifyTable::addColumns();
    // Shopify
    const QByteArray shopifyBody
        = R"({"id":820982911946154508,"email":"jon@example.com","topic":"orders/create"})";
    addRow("shopify: sdk vector",
           "shopify",
           "X-Shopify-Hmac-Sha256: nwPAkWqLZUf81tz2AXc0pMxvPngcPsCr7x1Fwct7beM=",
           shopifyBody,
           {"hush-shopify-app-secret"},
           0,
           "valid");
    addRow("shopify: events header",
           "shopify",
           "shopify-hmac-sha256: nwPAkWqLZUf81tz2AXc0pMxvPngcPsCr7x1Fwct7beM=",
           shopifyBody,
           {"hush-shopify-app-secret"},
           0,
           "valid");
    addRow("shopify: body changed",
           "shopify",
           "X-Shopify-Hmac-Sha256: nwPAkWqLZUf81tz2AXc0pMxvPngcPsCr7x1Fwct7beM=",
           changedByte(shopifyBody),
           {"hush-shopify-app-secret"},
           0,
           "signature_mismatch");

    // Twilio
    const QByteArray form = "Content-Type: application/x-www-form-urlencoded\nX-Twilio-Signature: ";
    addRow("twilio: official form vector",
           "twilio",
           form + "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
           twilioForm,
           {"12345"},
           0,
           "valid",
           -1,
           twilioUrl);
    addRow("twilio: signed with :443",
           "twilio",
           form + "kvajT1Ptam85bY51eRf/AJRuM3w=",
           twilioForm,
           {"12345"},
           0,
           "valid",
           -1,
           twilioUrl);
    addRow("twilio: repeated parameters",
           "twilio",
           form + "IK+Dwps556ElfBT0I3Rgjkr1wJU=",
           "Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234",
           {"12345"},
           0,
           "valid",
           -1,
           twilioUrl);
    addRow("twilio: JSON body, bodySHA256",
           "twilio",
           "Content-Type: application/json\nX-Twilio-Signature: a9nBmqA0ju/hNViExpshrM61xv4=",
           twilioJson,
           {"12345"},
           0,
           "valid",
           -1,
           QByteArray(twilioUrl) + "&bodySHA256=" + twilioBodyHash);
    addRow("twilio: JSON body changed",
           "twilio",
           "Content-Type: application/json\nX-Twilio-Signature: a9nBmqA0ju/hNViExpshrM61xv4=",
           changedByte(twilioJson),
           {"12345"},
           0,
           "body_hash_mismatch",
           0,
           QByteArray(twilioUrl) + "&bodySHA256=" + twilioBodyHash);
    addRow("twilio: wrong URL",
           "twilio",
           form + "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
           twilioForm,
           {"12345"},
           0,
           "signature_mismatch",
           -1,
           QByteArray(twilioUrl) + "&extra=1");
    addRow("twilio: secondary token",
           "twilio",
           form + "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
           twilioForm,
           {"54321", "12345"},
           0,
           "valid",
           1,
           twilioUrl);
    addRow("twilio: no URL",
           "twilio",
           form + "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
           twilioForm,
           {"12345"},
           0,
           "missing_url");

    // Paddle
    addRow("paddle: official vector",
           "paddle",
           paddleHeader,
           R"({"data": ["1", "2"]})",
           {"VALID_SECRET"},
           1698796800,
           "valid");
    addRow("paddle: 5 s later",
           "paddle",
           paddleHeader,
           R"({"data": ["1", "2"]})",
           {"VALID_SECRET"},
           1698796805,
           "valid");
    addRow("paddle: 6 s later",
           "paddle",
           paddleHeader,
           R"({"data": ["1", "2"]})",
           {"VALID_SECRET"},
           1698796806,
           "timestamp_too_old",
           0);
    addRow("paddle: one extra space",
           "paddle",
           paddleHeader,
           R"({"data": ["1",  "2"]})",
           {"VALID_SECRET"},
           1698796800,
           "signature_mismatch");
    addRow("paddle: several h1, h2 skipped",
           "paddle",
           QByteArray(paddleHeader).replace(";h1=", ";h1=abcd;h2=RANDOM_HASH;h1="),
           R"({"data": ["1", "2"]})",
           {"VALID_SECRET"},
           1698796800,
           "valid");
    addRow("paddle: h2 only",
           "paddle",
           "Paddle-Signature: ts=1698796800;h2=RANDOM_HASH",
           R"({"data": ["1", "2"]})",
           {"VALID_SECRET"},
           1698796800,
           "unsupported_version");

    // Twitch
    const QByteArray twitch
        = "Twitch-Eventsub-Message-Id: e76c6bd4-55c9-4987-8304-da1588d8988b\n"
          "Twitch-Eventsub-Message-Timestamp: 2019-11-16T10:11:12.634234626Z\n"
          "Twitch-Eventsub-Message-Signature: "
          "sha256=4bbc61bd6fa9341628a32cf95bb92a95e7a2c38f575e47164548d4fcb0a97bd3";
    addRow("twitch: derived vector",
           "twitch",
           twitch,
           twitchBody,
           {"s3cRe7-eventsub-test"},
           twitchTime,
           "valid");
    addRow("twitch: 11 min old",
           "twitch",
           twitch,
           twitchBody,
           {"s3cRe7-eventsub-test"},
           twitchTime + 660,
           "timestamp_too_old",
           0);
    addRow("twitch: body changed",
           "twitch",
           twitch,
           changedByte(twitchBody),
           {"s3cRe7-eventsub-test"},
           twitchTime,
           "signature_mismatch");
    addRow("twitch: not RFC 3339",
           "twitch",
           QByteArray(twitch).replace("2019-11-16T10:11:12.634234626Z", "yesterday"),
           twitchBody,
           {"s3cRe7-eventsub-test"},
           twitchTime,
           "malformed_header");

    // Square
    const QByteArray square
        = "x-square-hmacsha256-signature: 2kRE5qRU2tR+tBGlDwMEw2avJ7QM4ikPYD/PJ3bd9Og=";
    addRow("square: official vector",
           "square",
           square,
           R"({"hello":"world"})",
           {"asdf1234"},
           0,
           "valid",
           -1,
           "https://example.com/webhook");
    addRow("square: trailing slash",
           "square",
           square,
           R"({"hello":"world"})",
           {"asdf1234"},
           0,
           "signature_mismatch",
           -1,
           "https://example.com/webhook/");

    // Linear
    const QByteArray linear
        = "Linear-Signature: 734addd49301a5200ca7c10ca387fab1fca7a5c21fcc869933c4f1e5c4d5af04";
    addRow("linear: derived vector",
           "linear",
           linear,
           linearBody,
           {"lin_wh_test_secret_0123456789"},
           1700000000,
           "valid");
    addRow("linear: 61 s old",
           "linear",
           linear,
           linearBody,
           {"lin_wh_test_secret_0123456789"},
           1700000061,
           "timestamp_too_old",
           0);
    addRow("linear: 61 s ahead",
           "linear",
           linear,
           linearBody,
           {"lin_wh_test_secret_0123456789"},
           1699999939,
           "timestamp_too_new",
           0);

    // Discord
    const QByteArray discord = QByteArray(discordSignature) + "\nX-Signature-Timestamp: 1700000000";
    addRow("discord: derived vector",
           "discord",
           discord,
           R"({"type":1})",
           {discordKey},
           1700000000,
           "valid");
    addRow("discord: body changed",
           "discord",
           discord,
           R"({"type":2})",
           {discordKey},
           1700000000,
           "signature_mismatch");
    addRow("discord: timestamp changed",
           "discord",
           QByteArray(discord).replace("1700000000", "1700000001"),
           R"({"type":1})",
           {discordKey},
           1700000000,
           "signature_mismatch");
    addRow("discord: key not hex",
           "discord",
           discord,
           R"({"type":1})",
           {"not a key"},
           1700000000,
           "unusable_secret");

    // SendGrid
    const QByteArray sendGridOld
        = QByteArray(sendGridOldSignature) + "\nX-Twilio-Email-Event-Webhook-Timestamp: 1588788367";
    const QByteArray sendGrid
        = QByteArray(sendGridSignature) + "\nX-Twilio-Email-Event-Webhook-Timestamp: 1600112502";
    addRow("sendgrid: official vector",
           "sendgrid",
           sendGridOld,
           sendGridOldBody,
           {sendGridOldKey},
           1588788367,
           "valid");
    addRow("sendgrid: production capture with CRLF",
           "sendgrid",
           sendGrid,
           sendGridBody,
           {sendGridKey},
           1600112502,
           "valid");
    addRow("sendgrid: CRLF stripped",
           "sendgrid",
           sendGrid,
           QByteArray(sendGridBody).chopped(2),
           {sendGridKey},
           1600112502,
           "signature_mismatch");
    addRow("sendgrid: other key",
           "sendgrid",
           sendGridOld,
           sendGridOldBody,
           {sendGridKey},
           1588788367,
           "signature_mismatch");
    addRow("sendgrid: rotation",
           "sendgrid",
           sendGrid,
           sendGridBody,
           {sendGridOldKey, sendGridKey},
           1600112502,
           "valid",
           1);
    addRow("auto: sendgrid", "auto", sendGrid, sendGridBody, {sendGridKey}, 1600112502, "valid");
}

void TestSigningProviders::verify()
{
    VerifyTable::verifyRow();
}

QTEST_GUILESS_MAIN(TestSigningProviders)
#include "tst_signingproviders.moc"
