#include "capture/listenerconfig.h"

#include <QTest>

using namespace Hookbench;

class TestListenerConfig : public QObject
{
    Q_OBJECT
private slots:
    void parseRule_data();
    void parseRule();
    void longestPrefixWins();
    void parseListen_data();
    void parseListen();
};

void TestListenerConfig::parseRule_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delay");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("headerCount");

    QTest::newRow("status only") << "/stripe=201" << true << QByteArray("/stripe") << 201 << 0
                                 << QByteArray() << 0;
    QTest::newRow("everything") << "/gh=202,delay=1500,header=X-A: b,body=ok, {id}, done" << true
                                << QByteArray("/gh") << 202 << 1500 << QByteArray("ok, {id}, done")
                                << 1;
    QTest::newRow("no slash") << "stripe=200" << false << QByteArray() << 0 << 0 << QByteArray()
                              << 0;
    QTest::newRow("bad status") << "/x=99" << false << QByteArray() << 0 << 0 << QByteArray() << 0;
    QTest::newRow("delay too long")
        << "/x=200,delay=60001" << false << QByteArray() << 0 << 0 << QByteArray() << 0;
    QTest::newRow("unknown option")
        << "/x=200,color=red" << false << QByteArray() << 0 << 0 << QByteArray() << 0;
}

void TestListenerConfig::parseRule()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto rule = ResponseRule::parse(spec, &error);
    QCOMPARE(rule.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QByteArray, prefix);
    QFETCH(int, status);
    QFETCH(int, delay);
    QFETCH(QByteArray, body);
    QFETCH(int, headerCount);
    QCOMPARE(rule->pathPrefix, prefix);
    QCOMPARE(rule->status, status);
    QCOMPARE(rule->delayMs, delay);
    QCOMPARE(rule->body, body);
    QCOMPARE(rule->hasBody, !body.isEmpty());
    QCOMPARE(rule->headers.size(), headerCount);
}

void TestListenerConfig::longestPrefixWins()
{
    ListenerConfig config;
    QString error;
    config.rules = {*ResponseRule::parse(QStringLiteral("/=204"), &error),
                    *ResponseRule::parse(QStringLiteral("/stripe/live=500"), &error),
                    *ResponseRule::parse(QStringLiteral("/stripe=201"), &error)};
    QCOMPARE(config.ruleFor("/stripe/live/x")->status, 500);
    QCOMPARE(config.ruleFor("/stripe/test")->status, 201);
    QCOMPARE(config.ruleFor("/github")->status, 204);
    config.rules.removeFirst();
    QVERIFY(!config.ruleFor("/github"));
}

void TestListenerConfig::parseListen_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "127.0.0.1:8787" << true << "127.0.0.1" << 8787;
    QTest::newRow("any") << "0.0.0.0:0" << true << "0.0.0.0" << 0;
    QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000;
    QTest::newRow("port only") << "9001" << true << "127.0.0.1" << 9001;
    QTest::newRow("localhost") << "localhost:1" << true << "127.0.0.1" << 1;
    QTest::newRow("bad port") << "127.0.0.1:70000" << false << "" << 0;
    QTest::newRow("bad host") << "example:80" << false << "" << 0;
}

void TestListenerConfig::parseListen()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto config = ListenerConfig::parseListen(spec, &error);
    QCOMPARE(config.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QFETCH(QString, address);
    QFETCH(int, port);
    QCOMPARE(config->address.toString(), address);
    QCOMPARE(int(config->port), port);
}

QTEST_APPLESS_MAIN(TestListenerConfig)
#include "tst_listenerconfig.moc"
