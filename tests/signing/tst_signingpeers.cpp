#include "signing/schemeregistry.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

namespace {

// Test keys only (a throwaway P-256 pair and the Ed25519 seed 32 × 0x07).
constexpr char discordSeed[] = "0707070707070707070707070707070707070707070707070707070707070707";
constexpr char discordPublic[] = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
constexpr char p256Private[]
    = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgncl/CjCsbcyC1qGgkUOJg1vVoUr2HqZT2IuecgROTOuh"
      "RANCAAQLPFkJusIkSmnKbPvyh4hlxO6yew3BfGrAl99YQSb59ZLh1c2d6goPeUd6lbqA73orQCyQhVq4AcjlVPjhFMn"
      "v";
constexpr char p256Public[] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECzxZCbrCJEppymz78oeIZcTusnsNwX"
                              "xqwJffWEEm+fWS4dXNneoKD3lHepW6gO96K0AskIVauAHI5VT44RTJ7w==";
constexpr char swSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr char formType[] = "application/x-www-form-urlencoded";

QString peerFolder()
{
    return QStringLiteral(HOOKBENCH_SOURCE_DIR "/tests/signing/node");
}

} // namespace

/// Hookbench against the providers' own npm libraries (tests/signing/node, installed by
/// scripts/test.sh with `npm ci`): what they sign, `hookbench verify` accepts; what
/// `hookbench sign` prints, their verify functions accept.
class TestSigningPeers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void librariesSignHookbenchVerifies_data();
    void librariesSignHookbenchVerifies();
    void hookbenchSignsLibrariesVerify_data();
    void hookbenchSignsLibrariesVerify();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString &program,
                   const QStringList &arguments,
                   const QByteArray &input = {},
                   const QString &folder = {});
    QJsonObject peer(const QString &op, const QString &scheme, const QJsonObject &request) const;
    QString bodyFile(const QByteArray &body);

    QString m_node;
    QTemporaryDir m_dir;
    int m_files = 0;
};

TestSigningPeers::Run TestSigningPeers::run(const QString &program,
                                            const QStringList &arguments,
                                            const QByteArray &input,
                                            const QString &folder)
{
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (process.waitForFinished(60'000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject
TestSigningPeers::peer(const QString &op, const QString &scheme, const QJsonObject &request) const
{
    const Run result = run(m_node,
                           {QStringLiteral("peer.mjs"), op, scheme},
                           QJsonDocument(request).toJson(QJsonDocument::Compact),
                           peerFolder());
    if (result.exitCode != 0)
        qWarning("node failed: %s", result.err.constData());
    return QJsonDocument::fromJson(result.out).object();
}

QString TestSigningPeers::bodyFile(const QByteArray &body)
{
    QFile file(m_dir.filePath(QStringLiteral("body-%1").arg(++m_files)));
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return {};
    return file.fileName();
}

void TestSigningPeers::initTestCase()
{
    // Never skipped: CI installs node and runs `npm ci` first, so a missing piece is a failure.
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        QFAIL("node is not installed (scripts/test.sh installs nodejs)");
    if (!QDir(peerFolder() + QStringLiteral("/node_modules/standardwebhooks")).exists())
        QFAIL(qPrintable(
            QStringLiteral("run `npm ci` in %1 (scripts/test.sh does)").arg(peerFolder())));
    QVERIFY(m_dir.isValid());
}

void TestSigningPeers::librariesSignHookbenchVerifies_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QByteArray json
        = "{\"id\":\"evt_1\",\"type\":\"ping\",\"text\":\"caf\xc3\xa9 \xe2\x98\x95\"}";
    QTest::newRow("standardwebhooks") << QStringLiteral("standard-webhooks") << QByteArray(swSecret)
                                      << QByteArray("application/json") << json;
    QTest::newRow("svix") << QStringLiteral("svix") << QByteArray(swSecret)
                          << QByteArray("application/json") << json;
    QTest::newRow("stripe") << QStringLiteral("stripe") << QByteArray("whsec_peer_secret")
                            << QByteArray("application/json") << json;
    QTest::newRow("@octokit/webhooks-methods")
        << QStringLiteral("github") << QByteArray("It's a Secret to Everybody")
        << QByteArray("application/json") << json;
    QTest::newRow("twilio JSON") << QStringLiteral("twilio") << QByteArray("12345")
                                 << QByteArray("application/json") << json;
    QTest::newRow("twilio form")
        << QStringLiteral("twilio") << QByteArray("12345") << QByteArray(formType)
        << QByteArray("CallSid=CA1&From=%2B14158675309&Body=caf%C3%A9+au+lait&Digits=5&Digits=1");
}

void TestSigningPeers::librariesSignHookbenchVerifies()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString url = QStringLiteral("https://hooks.example/in?source=peer");
    const QJsonObject signedBy = peer(
        QStringLiteral("sign"),
        scheme,
        {{QStringLiteral("secret"), QString::fromUtf8(secret)},
         {QStringLiteral("body64"), QString::fromLatin1(body.toBase64())},
         {QStringLiteral("timestamp"), now},
         {QStringLiteral("id"), QStringLiteral("msg_peer_1")},
         {QStringLiteral("url"), url},
         {QStringLiteral("headers"),
          QJsonObject {{QStringLiteral("Content-Type"), QString::fromLatin1(contentType)}}}});
    QVERIFY2(signedBy.contains(QStringLiteral("headers")),
             qPrintable(signedBy.value(QStringLiteral("error")).toString()));

    QStringList arguments {QStringLiteral("verify"),
                           QStringLiteral("--scheme"),
                           scheme,
                           QStringLiteral("--secret"),
                           QString::fromUtf8(secret),
                           QStringLiteral("--url"),
                           signedBy.value(QStringLiteral("url")).toString(url),
                           QStringLiteral("--json"),
                           QStringLiteral("--header"),
                           QStringLiteral("Content-Type: ") + QString::fromLatin1(contentType)};
    const QJsonObject headers = signedBy.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        arguments << QStringLiteral("--header") << it.key() + QStringLiteral(": ") + it->toString();
    const QString file = bodyFile(body);
    const Run valid = run(QStringLiteral(HOOKBENCH_BINARY),
                          arguments + QStringList {QStringLiteral("--body-file"), file});
    QVERIFY2(valid.exitCode == 0, valid.out.constData());
    QCOMPARE(QJsonDocument::fromJson(valid.out).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("valid"));

    QByteArray tampered = body;
    tampered[1] = char(tampered[1] ^ 0x01);
    const Run invalid
        = run(QStringLiteral(HOOKBENCH_BINARY),
              arguments + QStringList {QStringLiteral("--body-file"), bodyFile(tampered)});
    QCOMPARE(invalid.exitCode, 1);
}

void TestSigningPeers::hookbenchSignsLibrariesVerify_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("signKey");
    QTest::addColumn<QByteArray>("verifyKey");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QByteArray json = "{\"id\":\"evt_2\",\"type\":\"ping\",\"text\":\"na\xc3\xafve\"}";
    auto row = [&](const char *name,
                   const char *scheme,
                   const QByteArray &sign,
                   const QByteArray &verify,
                   const QByteArray &type,
                   const QByteArray &body) {
        QTest::newRow(name) << QString::fromLatin1(scheme) << sign << verify << type << body;
    };
    row("standardwebhooks", "standard-webhooks", swSecret, swSecret, "application/json", json);
    row("svix", "svix", swSecret, swSecret, "application/json", json);
    row("stripe", "stripe", "whsec_peer_secret", "whsec_peer_secret", "application/json", json);
    row("@octokit/webhooks-methods",
        "github",
        "octo secret",
        "octo secret",
        "application/json",
        json);
    row("twilio JSON", "twilio", "12345", "12345", "application/json", json);
    row("twilio form",
        "twilio",
        "12345",
        "12345",
        formType,
        "To=%2B18005551212&Body=hello+there&MediaUrl0=https%3A%2F%2Fx.example%2Fa&Digits=9&Digits="
        "1");
    row("@paddle/paddle-node-sdk",
        "paddle",
        "pdl_ntfset_secret",
        "pdl_ntfset_secret",
        "application/json",
        json);
    row("discord-interactions",
        "discord",
        discordSeed,
        discordPublic,
        "application/json",
        R"({"type":1})");
    row("@sendgrid/eventwebhook",
        "sendgrid",
        p256Private,
        p256Public,
        "application/json",
        "[{\"email\":\"a@example.com\",\"event\":\"delivered\"},\r\n{\"event\":\"open\"}]\r\n");
}

void TestSigningPeers::hookbenchSignsLibrariesVerify()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, signKey);
    QFETCH(QByteArray, verifyKey);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);

    QString url = QStringLiteral("https://staging.example/hooks?via=hookbench");
    const Run signedBy = run(QStringLiteral(HOOKBENCH_BINARY),
                             {QStringLiteral("sign"),
                              QStringLiteral("--scheme"),
                              scheme,
                              QStringLiteral("--secret"),
                              QString::fromUtf8(signKey),
                              QStringLiteral("--url"),
                              url,
                              QStringLiteral("--id"),
                              QStringLiteral("msg_hookbench_1"),
                              QStringLiteral("--header"),
                              QStringLiteral("Content-Type: ") + QString::fromLatin1(contentType),
                              QStringLiteral("--body-file"),
                              bodyFile(body)});
    QVERIFY2(signedBy.exitCode == 0, signedBy.err.constData());
    QJsonObject headers;
    for (const QByteArray &line : signedBy.out.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(QString::fromUtf8(line.left(colon)),
                           QString::fromUtf8(line.mid(colon + 1).trimmed()));
    }
    QVERIFY(!headers.isEmpty());
    // Twilio moves a JSON body's hash into the URL; `sign` says where to send it.
    const qsizetype at = signedBy.err.indexOf("https://");
    if (at >= 0)
        url = QString::fromUtf8(signedBy.err.mid(at).trimmed());

    QJsonObject request {{QStringLiteral("secret"), QString::fromUtf8(verifyKey)},
                         {QStringLiteral("body64"), QString::fromLatin1(body.toBase64())},
                         {QStringLiteral("url"), url},
                         {QStringLiteral("headers"), headers}};
    const QJsonObject accepted = peer(QStringLiteral("verify"), scheme, request);
    QVERIFY2(accepted.value(QStringLiteral("valid")).toBool(),
             qPrintable(accepted.value(QStringLiteral("error")).toString()));

    // The library is not a yes-sayer: one changed byte and it refuses too.
    QByteArray tampered = body;
    tampered[2] = char(tampered[2] ^ 0x01);
    request.insert(QStringLiteral("body64"), QString::fromLatin1(tampered.toBase64()));
    QVERIFY(
        !peer(QStringLiteral("verify"), scheme, request).value(QStringLiteral("valid")).toBool());
}

QTEST_GUILESS_MAIN(TestSigningPeers)
#include "tst_signingpeers.moc"
