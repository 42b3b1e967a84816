#include "commandline.h"

#include <QTest>
#include <QThread>

using namespace Hookbench;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaults();
    void options();
    void severalListeners();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
};

static CommandLine parse(std::initializer_list<const char *> words)
{
    QStringList arguments {QStringLiteral("hookbench")};
    for (const char *word : words)
        arguments.append(QString::fromUtf8(word));
    return CommandLine::parse(arguments);
}

static CommandLine parse(const QStringList &words)
{
    return CommandLine::parse(QStringList {QStringLiteral("hookbench")} + words);
}

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestCommandLine::defaults()
{
    const CommandLine line = parse({});
    QCOMPARE(line.mode, CommandLine::Mode::Window);
    QCOMPARE(line.session.listeners.size(), 1);
    QCOMPARE(line.session.listeners[0].address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(line.session.listeners[0].port, CommandLine::defaultPort);
    QCOMPARE(line.session.listeners[0].limits.maxBodyBytes, 25 * 1024 * 1024);
    QCOMPARE(line.session.store.path, StoreOptions::defaultPath());
    QCOMPARE(line.session.store.synchronous, StoreOptions::Synchronous::Normal);
    QCOMPARE(line.session.captureThreads, qBound(1, QThread::idealThreadCount(), 2));
}

void TestCommandLine::options()
{
    const CommandLine line = parse({"--headless",
                                    "--listen",
                                    "0.0.0.0:0",
                                    "--db",
                                    "/tmp/x.sqlite",
                                    "--synchronous",
                                    "FULL",
                                    "--max-body",
                                    "2M",
                                    "--max-header",
                                    "8K",
                                    "--request-timeout",
                                    "500",
                                    "--max-connections",
                                    "3",
                                    "--rule",
                                    "/a=201,delay=10",
                                    "--capture-threads",
                                    "3",
                                    "--store-quota",
                                    "1G",
                                    "--quiet"});
    QCOMPARE(line.mode, CommandLine::Mode::Headless);
    QVERIFY(line.quiet);
    QCOMPARE(line.session.store.path, QStringLiteral("/tmp/x.sqlite"));
    QCOMPARE(line.session.store.synchronous, StoreOptions::Synchronous::Full);
    QCOMPARE(line.session.store.maxBytes, qint64(1) << 30);
    QCOMPARE(line.session.captureThreads, 3);
    const ListenerConfig &listener = line.session.listeners.first();
    QCOMPARE(listener.address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(listener.port, 0);
    QCOMPARE(listener.limits.maxBodyBytes, 2 * 1024 * 1024);
    QCOMPARE(listener.limits.maxHeaderBytes, 8 * 1024);
    QCOMPARE(listener.limits.requestTimeoutMs, 500);
    QCOMPARE(listener.limits.maxConnections, 3);
    QCOMPARE(listener.rules.size(), 1);
    QCOMPARE(listener.rules.first().status, 201);
    QVERIFY(line.apiListen.isEmpty());

    const CommandLine withApi = parse({"--headless", "--api", "127.0.0.1:0", "--api-token", "t0k"});
    QCOMPARE(withApi.apiListen, QStringLiteral("127.0.0.1:0"));
    QCOMPARE(withApi.apiToken, QByteArray("t0k"));
}

void TestCommandLine::severalListeners()
{
    const CommandLine line
        = parse({"--headless", "--listen", "stripe=127.0.0.1:9001", "--listen", "127.0.0.1:9002"});
    QCOMPARE(line.session.listeners.size(), 2);
    QCOMPARE(line.session.listeners[0].name, QStringLiteral("stripe"));
    QCOMPARE(line.session.listeners[0].port, 9001);
    QCOMPARE(line.session.listeners[1].name, QStringLiteral("127.0.0.1:9002"));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *name, const QString &arguments, const char *mentions) {
        QTest::newRow(name) << arguments.split(u' ') << QString::fromUtf8(mentions);
    };
    row("unknown option", QStringLiteral("--frobnicate"), "frobnicate");
    row("bad port", QStringLiteral("--listen 127.0.0.1:99999"), "port");
    row("bad size", QStringLiteral("--max-body lots"), "--max-body");
    row("bad sync", QStringLiteral("--synchronous sometimes"), "--synchronous");
    row("bad rule", QStringLiteral("--rule /x=abc"), "status");
    row("positional", QStringLiteral("extra"), "extra");
    row("bad api address", QStringLiteral("--api nowhere:1"), "--api");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CommandLine line = parse(arguments);
    QCOMPARE(line.mode, CommandLine::Mode::Exit);
    QCOMPARE(line.exitCode, 2);
    QVERIFY2(line.message.contains(mentions), qPrintable(line.message));
}

void TestCommandLine::helpAndVersion()
{
    const CommandLine version = parse({"--version"});
    QCOMPARE(version.mode, CommandLine::Mode::Exit);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.message, QStringLiteral("Hookbench 9.8.7"));
    const CommandLine help = parse({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.message.contains(QStringLiteral("--headless")));
    QVERIFY(help.message.contains(QStringLiteral("--listen")));
    QVERIFY(!help.message.contains(QStringLiteral("<executable_name>")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
