#include "signing/schemeregistry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

namespace {

// Test keys only (the Ed25519 seed 32 × 0x07 and a throwaway P-256 pair).
constexpr char discordSeed[] = "0707070707070707070707070707070707070707070707070707070707070707";
constexpr char discordPublic[] = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
constexpr char p256Private[]
    = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgncl/CjCsbcyC1qGgkUOJg1vVoUr2HqZT2IuecgROTOuh"
      "RANCAAQLPFkJusIkSmnKbPvyh4hlxO6yew3BfGrAl99YQSb59ZLh1c2d6goPeUd6lbqA73orQCyQhVq4AcjlVPjhFMn"
      "v";
constexpr char p256Public[] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECzxZCbrCJEppymz78oeIZcTusnsNwX"
                              "xqwJffWEEm+fWS4dXNneoKD3lHepW6gO96K0AskIVauAHI5VT44RTJ7w==";
constexpr char githubHeader[]
    = "X-Hub-Signature-256: "
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

} // namespace

/// `hookbench verify` and `hookbench sign` as users run them: the real binary.
class TestSignCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verifyOutcomes_data();
    void verifyOutcomes();
    void verifyJson();
    void verifyReadsStandardInput();
    void signPrintsHeaders();
    void signErrors_data();
    void signErrors();
    void signThenVerify_data();
    void signThenVerify();
    void helpMentionsTheCommands();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_hello; // "Hello, World!"
    QString m_json;
};

TestSignCommand::Result TestSignCommand::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(HOOKBENCH_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (process.waitForFinished(20'000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestSignCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    };
    m_hello = write(QStringLiteral("hello.txt"), "Hello, World!");
    m_json = write(QStringLiteral("event.json"),
                   "{\"id\":\"evt_1\",\"type\":\"ping\",\"note\":\"caf\xc3\xa9\"}\r\n");
    QVERIFY(!m_hello.isEmpty() && !m_json.isEmpty());
}

void TestSignCommand::verifyOutcomes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output"); // in standard output (0, 1) or error (2)

    const QString secret = QStringLiteral("It's a Secret to Everybody");
    auto args = [&](const QStringList &more) {
        return QStringList {QStringLiteral("verify"),
                            QStringLiteral("--scheme"),
                            QStringLiteral("github"),
                            QStringLiteral("--secret"),
                            secret,
                            QStringLiteral("--header"),
                            QString::fromLatin1(githubHeader)}
               + more;
    };
    const QStringList body {QStringLiteral("--body-file"), m_hello};
    QTest::newRow("valid") << args(body) << 0 << QByteArray("valid  github\nThe signature matches");
    QTest::newRow("rotation") << args(
        body + QStringList {QStringLiteral("--secret"), QStringLiteral("other")})
                              << 0 << QByteArray("matches secret #1");
    QStringList wrong = args(body);
    wrong[4] = QStringLiteral("wrong");
    QTest::newRow("wrong secret") << wrong << 1
                                  << QByteArray("invalid  github  signature_mismatch");
    QTest::newRow("expected and received") << wrong << 1 << QByteArray("received  sha256=757107ea");
    QTest::newRow("auto") << QStringList {QStringLiteral("verify"),
                                          QStringLiteral("--scheme"),
                                          QStringLiteral("auto"),
                                          QStringLiteral("--secret"),
                                          secret,
                                          QStringLiteral("--header"),
                                          QString::fromLatin1(githubHeader)}
                                 + body
                          << 0 << QByteArray("valid  github");
    QTest::newRow("auto, nothing signed")
        << QStringList {QStringLiteral("verify"),
                        QStringLiteral("--scheme"),
                        QStringLiteral("auto"),
                        QStringLiteral("--secret"),
                        secret}
               + body
        << 1 << QByteArray("none  unknown_scheme\nNo known signature header");
    QTest::newRow("stripe, wrong signature")
        << QStringList {QStringLiteral("verify"),
                        QStringLiteral("--scheme"),
                        QStringLiteral("stripe"),
                        QStringLiteral("--secret"),
                        QStringLiteral("whsec_x"),
                        QStringLiteral("--header"),
                        QStringLiteral("Stripe-Signature: t=1000,v1=00"),
                        QStringLiteral("--at"),
                        QStringLiteral("1400")}
               + body
        << 1 << QByteArray("signature_mismatch");
    QTest::newRow("no scheme")
        << QStringList {QStringLiteral("verify"), QStringLiteral("--secret"), secret} + body << 2
        << QByteArray("--scheme");
    QTest::newRow("unknown scheme") << QStringList {QStringLiteral("verify"),
                                                    QStringLiteral("--scheme"),
                                                    QStringLiteral("acme"),
                                                    QStringLiteral("--secret"),
                                                    secret}
                                           + body
                                    << 2 << QByteArray("unknown scheme 'acme'");
    QTest::newRow("no secret") << QStringList {QStringLiteral("verify"),
                                               QStringLiteral("--scheme"),
                                               QStringLiteral("github")}
                                      + body
                               << 2 << QByteArray("--secret");
    QTest::newRow("no body") << args({}) << 2 << QByteArray("--body-file");
    QTest::newRow("two bodies") << args(body + QStringList {QStringLiteral("--body-stdin")}) << 2
                                << QByteArray("exactly one");
    QTest::newRow("missing file") << args(
        {QStringLiteral("--body-file"), m_dir.filePath(QStringLiteral("nope"))})
                                  << 2 << QByteArray("cannot read");
    QTest::newRow("header without colon")
        << args(body + QStringList {QStringLiteral("--header"), QStringLiteral("oops")}) << 2
        << QByteArray("Name: value");
    QTest::newRow("--at not digits")
        << args(body + QStringList {QStringLiteral("--at"), QStringLiteral("yesterday")}) << 2
        << QByteArray("--at");
    QTest::newRow("--tolerance negative")
        << args(body + QStringList {QStringLiteral("--tolerance"), QStringLiteral("-5")}) << 2
        << QByteArray("--tolerance");
    QTest::newRow("extra argument") << args(body + QStringList {QStringLiteral("extra")}) << 2
                                    << QByteArray("unexpected argument 'extra'");
    QTest::newRow("unknown option")
        << args(body + QStringList {QStringLiteral("--bogus")}) << 2 << QByteArray("bogus");
}

void TestSignCommand::verifyOutcomes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QByteArray &stream = exitCode == 2 ? result.err : result.out;
    QVERIFY2(stream.contains(output), stream.constData());
}

void TestSignCommand::verifyJson()
{
    const QString time = QStringLiteral("1614265630"); // 300 s after the signed time
    QStringList arguments {
        QStringLiteral("verify"),
        QStringLiteral("--scheme"),
        QStringLiteral("standard-webhooks"),
        QStringLiteral("--secret"),
        QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
        QStringLiteral("--header"),
        QStringLiteral("webhook-id: msg_p5jXN8AQM9LWM0D4loKWxJek"),
        QStringLiteral("--header"),
        QStringLiteral("Webhook-Timestamp: 1614265330"),
        QStringLiteral("--header"),
        QStringLiteral("webhook-signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
        QStringLiteral("--body-stdin"),
        QStringLiteral("--json"),
        QStringLiteral("--at")};
    Result result = run(arguments + QStringList {time}, R"({"test": 2432232314})");
    QCOMPARE(result.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(json.value(QStringLiteral("scheme")).toString(), QStringLiteral("standard-webhooks"));
    QCOMPARE(json.value(QStringLiteral("secret_index")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("skew_seconds")).toInteger(), 300);

    result = run(arguments + QStringList {QStringLiteral("1614265700")}, R"({"test": 2432232314})");
    QCOMPARE(result.exitCode, 1);
    json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("timestamp_too_old"));
    QCOMPARE(json.value(QStringLiteral("skew_seconds")).toInteger(), 370);
    QVERIFY(!result.out.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

    result = run(arguments
                     + QStringList {QStringLiteral("1614265700"),
                                    QStringLiteral("--tolerance"),
                                    QStringLiteral("0")},
                 R"({"test": 2432232314})");
    QCOMPARE(result.exitCode, 0);
}

void TestSignCommand::verifyReadsStandardInput()
{
    const Result result = run({QStringLiteral("verify"),
                               QStringLiteral("--scheme"),
                               QStringLiteral("github"),
                               QStringLiteral("--secret"),
                               QStringLiteral("It's a Secret to Everybody"),
                               QStringLiteral("--header"),
                               QString::fromLatin1(githubHeader),
                               QStringLiteral("--body-stdin")},
                              "Hello, World!");
    QCOMPARE(result.exitCode, 0);
}

void TestSignCommand::signPrintsHeaders()
{
    Result result = run({QStringLiteral("sign"),
                         QStringLiteral("--scheme"),
                         QStringLiteral("github"),
                         QStringLiteral("--secret"),
                         QStringLiteral("It's a Secret to Everybody"),
                         QStringLiteral("--body-file"),
                         m_hello});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray(githubHeader)
                 + "\nX-Hub-Signature: sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59\n");

    result = run({QStringLiteral("sign"),
                  QStringLiteral("--scheme"),
                  QStringLiteral("standard-webhooks"),
                  QStringLiteral("--secret"),
                  QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                  QStringLiteral("--id"),
                  QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"),
                  QStringLiteral("--at"),
                  QStringLiteral("1614265330"),
                  QStringLiteral("--body-stdin")},
                 R"({"test": 2432232314})");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray("webhook-id: msg_p5jXN8AQM9LWM0D4loKWxJek\n"
                        "webhook-timestamp: 1614265330\n"
                        "webhook-signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=\n"));
}

void TestSignCommand::signErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("error");

    const QStringList body {QStringLiteral("--body-file"), m_hello};
    auto sign = [&](const char *scheme, const char *secret) {
        return QStringList {QStringLiteral("sign"),
                            QStringLiteral("--scheme"),
                            QString::fromLatin1(scheme),
                            QStringLiteral("--secret"),
                            QString::fromLatin1(secret)}
               + body;
    };
    QTest::newRow("auto cannot sign") << sign("auto", "k") << 2 << QByteArray("--scheme");
    QTest::newRow("no secret") << QStringList {QStringLiteral("sign"),
                                               QStringLiteral("--scheme"),
                                               QStringLiteral("github")}
                                      + body
                               << 2 << QByteArray("--secret");
    QTest::newRow("discord key not hex")
        << sign("discord", "not-hex") << 1 << QByteArray("private key");
    QTest::newRow("square needs the URL") << sign("square", "k") << 1 << QByteArray("URL");
    QTest::newRow("whpk_ cannot sign")
        << sign("standard-webhooks", "whpk_iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=") << 1
        << QByteArray("whsk_");
    QTest::newRow("--at not digits")
        << sign("stripe", "whsec_x") + QStringList {QStringLiteral("--at"), QStringLiteral("-1")}
        << 2 << QByteArray("--at");
}

void TestSignCommand::signErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, error);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(error), result.err.constData());
}

void TestSignCommand::signThenVerify_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("signKey");
    QTest::addColumn<QString>("verifyKey");
    QTest::addColumn<QString>("contentType");

    for (const QString &name : SchemeRegistry::names()) {
        QString sign = QStringLiteral("s3cret-for-%1").arg(name);
        QString verify = sign;
        if (name == QLatin1String("standard-webhooks") || name == QLatin1String("svix")
            || name == QLatin1String("openai") || name == QLatin1String("anthropic")) {
            sign = verify = QStringLiteral("whsec_c2lnbi10aGVuLXZlcmlmeS1rZXk=");
        } else if (name == QLatin1String("discord")) {
            sign = QString::fromLatin1(discordSeed);
            verify = QString::fromLatin1(discordPublic);
        } else if (name == QLatin1String("sendgrid")) {
            sign = QString::fromLatin1(p256Private);
            verify = QString::fromLatin1(p256Public);
        }
        QTest::addRow("%s", qPrintable(name))
            << name << sign << verify << QStringLiteral("application/json");
    }
    QTest::newRow("standard-webhooks v1a")
        << QStringLiteral("standard-webhooks")
        << QStringLiteral("whsk_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=")
        << QStringLiteral("whpk_iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=")
        << QStringLiteral("application/json");
    QTest::newRow("twilio form") << QStringLiteral("twilio") << QStringLiteral("tok")
                                 << QStringLiteral("tok")
                                 << QStringLiteral("application/x-www-form-urlencoded");
}

void TestSignCommand::signThenVerify()
{
    QFETCH(QString, scheme);
    QFETCH(QString, signKey);
    QFETCH(QString, verifyKey);
    QFETCH(QString, contentType);

    const QString at = QString::number(QDateTime::currentSecsSinceEpoch());
    QString url = QStringLiteral("https://staging.example/hooks/%1").arg(scheme);
    const QString typeHeader = QStringLiteral("Content-Type: ") + contentType;
    // Linear's time is inside the body: a body of now.
    const QString body = scheme == QLatin1String("linear")
                             ? m_dir.filePath(QStringLiteral("linear.json"))
                             : m_json;
    if (scheme == QLatin1String("linear")) {
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"Issue","webhookTimestamp":)" + at.toLatin1() + "000}");
    }
    const Result signedBy = run({QStringLiteral("sign"),
                                 QStringLiteral("--scheme"),
                                 scheme,
                                 QStringLiteral("--secret"),
                                 signKey,
                                 QStringLiteral("--url"),
                                 url,
                                 QStringLiteral("--at"),
                                 at,
                                 QStringLiteral("--header"),
                                 typeHeader,
                                 QStringLiteral("--body-file"),
                                 body});
    QVERIFY2(signedBy.exitCode == 0, signedBy.err.constData());
    const qsizetype moved = signedBy.err.indexOf("https://");
    if (moved >= 0)
        url = QString::fromUtf8(signedBy.err.mid(moved).trimmed());

    QStringList verify {QStringLiteral("verify"),
                        QStringLiteral("--secret"),
                        verifyKey,
                        QStringLiteral("--url"),
                        url,
                        QStringLiteral("--header"),
                        typeHeader,
                        QStringLiteral("--body-file"),
                        body};
    for (const QByteArray &line : signedBy.out.split('\n')) {
        if (!line.isEmpty())
            verify << QStringLiteral("--header") << QString::fromUtf8(line);
    }
    for (const QString &name : {scheme, QStringLiteral("auto")}) {
        const Result checked = run(verify + QStringList {QStringLiteral("--scheme"), name});
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
    }
    // A different body fails.
    verify[verify.indexOf(body)] = m_hello;
    const Result tampered = run(verify + QStringList {QStringLiteral("--scheme"), scheme});
    QVERIFY2(tampered.exitCode == 1, tampered.out.constData());
}

void TestSignCommand::helpMentionsTheCommands()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("hookbench verify"));
    QVERIFY(help.out.contains("hookbench sign"));
    for (const char *command : {"verify", "sign"}) {
        const Result own = run({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains("--scheme"));
        QVERIFY(own.out.contains("sendgrid"));
    }
}

QTEST_GUILESS_MAIN(TestSignCommand)
#include "tst_signcommand.moc"
