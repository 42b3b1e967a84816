#include "capture/clock.h"
#include "delivery/sampleevent.h"
#include "inspect/catalogset.h"
#include "inspect/inspector.h"
#include "inspect/jsondocument.h"

#include <QTest>

using namespace Hookbench;

/// Sample events built from the catalogs, judged by the inspector itself: every event type of
/// every built-in catalog must come out as that provider and type with nothing missing.
class TestSampleEvent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTypeIsConformant_data();
    void everyTypeIsConformant();
    void samplesAreFresh();
    void catalogTimeFormats_data();
    void catalogTimeFormats();
    void idPrefixesFromTheCatalog();
    void headersFromTheRecognition();
    void unknownTypeNamesCloseMatches();
    void catalogFor_data();
    void catalogFor();

private:
    std::optional<Catalog> catalog(const QString &provider) const;
    static CapturedRequest sample(const Catalog &catalog, const QString &type, qint64 nowUs);

    QList<Catalog> m_catalogs;
};

std::optional<Catalog> TestSampleEvent::catalog(const QString &provider) const
{
    for (const Catalog &catalog : m_catalogs) {
        if (catalog.provider == provider)
            return catalog;
    }
    return std::nullopt;
}

CapturedRequest TestSampleEvent::sample(const Catalog &catalog, const QString &type, qint64 nowUs)
{
    QString error;
    const auto built = SampleEvent::build(catalog, type, nowUs, &error);
    if (!built)
        qWarning("%s", qPrintable(error));
    return built.value_or(CapturedRequest());
}

void TestSampleEvent::initTestCase()
{
    const CatalogSet set {QString()};
    m_catalogs = set.catalogs();
    QVERIFY(m_catalogs.size() >= 4);
}

void TestSampleEvent::everyTypeIsConformant_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("type");
    for (const Catalog &catalog : std::as_const(m_catalogs)) {
        QVERIFY(!catalog.events.isEmpty());
        for (const CatalogEventType &event : catalog.events) {
            QTest::addRow("%s %s", qPrintable(catalog.provider), qPrintable(event.type))
                << catalog.provider << event.type;
        }
    }
}

void TestSampleEvent::everyTypeIsConformant()
{
    QFETCH(QString, provider);
    QFETCH(QString, type);
    const qint64 now = nowMicros();
    const CapturedRequest request = sample(*catalog(provider), type, now);
    QVERIFY(!request.body.isEmpty());
    QVERIFY2(JsonDocument::parse(request.body).isValid(), request.body.constData());
    QCOMPARE(request.headerValue("content-type"), QByteArray("application/json"));

    const EventInfo event = Inspector::inspect(request, m_catalogs).event;
    QVERIFY2(event.bodyError.isEmpty(), qPrintable(event.bodyError));
    QCOMPARE(event.provider, provider);
    QCOMPARE(event.eventName, type);
    QVERIFY(event.knownType);
    QVERIFY2(event.conformance.isEmpty(),
             qPrintable(event.conformance.join(u"; ") + u'\n' + QString::fromUtf8(request.body)));
    QVERIFY(!event.eventId.isEmpty());
    QVERIFY(!event.resourceId.isEmpty());
    // Times are written to the catalog's precision (at most ms); within a second of now.
    QVERIFY2(qAbs(event.occurredAtUs - now) < 1'000'000, request.body.constData());

    // Where the request goes does not matter: the body and headers alone say who sent it.
    CapturedRequest elsewhere = request;
    elsewhere.target = "/hook";
    const EventInfo delivered = Inspector::inspect(elsewhere, m_catalogs).event;
    QCOMPARE(delivered.provider, provider);
    QCOMPARE(delivered.eventName, type);
    QVERIFY(delivered.conformance.isEmpty());
}

void TestSampleEvent::samplesAreFresh()
{
    for (const Catalog &catalog : std::as_const(m_catalogs)) {
        const QString type = catalog.events.first().type;
        const CapturedRequest first = sample(catalog, type, nowMicros());
        const CapturedRequest second = sample(catalog, type, nowMicros());
        const EventInfo a = Inspector::inspect(first, m_catalogs).event;
        const EventInfo b = Inspector::inspect(second, m_catalogs).event;
        QVERIFY(!a.eventId.isEmpty());
        QVERIFY2(a.eventId != b.eventId, qPrintable(catalog.provider));
        QVERIFY2(a.resourceId != b.resourceId, qPrintable(catalog.provider));
        QVERIFY(first.body != second.body);
    }
}

void TestSampleEvent::catalogTimeFormats_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    // 2024-03-05T23:04:43.853Z
    QTest::newRow("paket: Unix ms")
        << QStringLiteral("paket") << QStringLiteral("created") << QByteArray("1709679883853");
    QTest::newRow("anthropic: RFC 3339")
        << QStringLiteral("anthropic") << QStringLiteral("created_at")
        << QByteArray("\"2024-03-05T23:04:43.853Z\"");
    QTest::newRow("webhook-guide: RFC 3339")
        << QStringLiteral("webhook-guide") << QStringLiteral("created_at")
        << QByteArray("\"2024-03-05T23:04:43.853Z\"");
}

void TestSampleEvent::catalogTimeFormats()
{
    QFETCH(QString, provider);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    const Catalog found = *catalog(provider);
    const CapturedRequest request
        = sample(found, found.events.first().type, 1709679883853LL * 1000 + 123);
    const JsonDocument json = JsonDocument::parse(request.body);
    const int node = json.find(path);
    QVERIFY(node >= 0);
    QCOMPARE(json.rawValue(node).toByteArray(), expected);
}

void TestSampleEvent::idPrefixesFromTheCatalog()
{
    // "Prefixed unique identifier for this webhook event (e.g., wevt_...)."
    const CapturedRequest wevt = sample(*catalog(QStringLiteral("webhook-events")),
                                        QStringLiteral("enrollment.accepted"),
                                        nowMicros());
    const EventInfo event = Inspector::inspect(wevt, m_catalogs).event;
    QVERIFY2(event.eventId.startsWith(QLatin1String("wevt_")), qPrintable(event.eventId));
    QCOMPARE(event.resourceType, QStringLiteral("enrollment"));
    // "ID of the project (e.g., prj_789xyz)."
    const CapturedRequest project = sample(
        *catalog(QStringLiteral("webhook-guide")), QStringLiteral("project.created"), nowMicros());
    const JsonDocument json = JsonDocument::parse(project.body);
    QVERIFY(json.stringValue(json.find(u"data.project_id")).startsWith(QLatin1String("prj_")));
    // Paket's type field comes first, as in the catalog, and its "object" is "event".
    const CapturedRequest paket = sample(
        *catalog(QStringLiteral("paket")), QStringLiteral("subscription.status.created"), 1);
    QVERIFY2(paket.body.startsWith("{\"id\":\"evt_"), paket.body.constData());
    QVERIFY(paket.body.contains("\"object\":\"event\""));
    QVERIFY(paket.body.contains("\"type\":\"subscription.status.created\""));
}

void TestSampleEvent::headersFromTheRecognition()
{
    // A provider that names the type only in a header: the sample sends it there, with the
    // delivery id, and leaves the signature to signing.
    QString error;
    const auto hub = Catalog::fromJson(R"({"format": 1, "provider": "hub",
        "recognize": {"headers": ["X-GitHub-Event", "X-GitHub-Delivery", "X-Hub-Signature-256"]},
        "events": [{"type": "push", "fields": [
            {"path": "ref", "type": "string", "required": true,
             "description": "e.g. refs/heads/main"},
            {"path": "forced", "type": "boolean"}]}]})",
                                       &error);
    QVERIFY2(hub, qPrintable(error));
    const CapturedRequest request = sample(*hub, QStringLiteral("push"), nowMicros());
    QCOMPARE(request.headerValue("X-GitHub-Event"), QByteArray("push"));
    QVERIFY(request.headerValue("X-GitHub-Delivery").startsWith("evt_"));
    QVERIFY(request.headerValue("X-Hub-Signature-256").isNull());
    QCOMPARE(request.body, QByteArray(R"({"ref":"refs/heads/main","forced":false})"));
    const EventInfo event = Inspector::inspect(request, {*hub}).event;
    QCOMPARE(event.eventName, QStringLiteral("push"));
    QCOMPARE(event.eventId, QString::fromLatin1(request.headerValue("X-GitHub-Delivery")));
}

void TestSampleEvent::unknownTypeNamesCloseMatches()
{
    QString error;
    const auto built = SampleEvent::build(
        *catalog(QStringLiteral("anthropic")), u"session.creatd", nowMicros(), &error);
    QVERIFY(!built);
    QVERIFY2(error.contains(QLatin1String("'session.creatd'")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("did you mean session.created")), qPrintable(error));
}

void TestSampleEvent::catalogFor_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("only one documents it")
        << QString() << QStringLiteral("vault.created") << QStringLiteral("anthropic") << QString();
    QTest::newRow("named provider")
        << QStringLiteral("webhook-guide") << QStringLiteral("user.created")
        << QStringLiteral("webhook-guide") << QString();
    QTest::newRow("unknown provider")
        << QStringLiteral("acme") << QStringLiteral("user.created") << QString()
        << QStringLiteral("no catalog for provider 'acme' (known: anthropic, paket");
    QTest::newRow("typo") << QString() << QStringLiteral("user.craeted") << QString()
                          << QStringLiteral("did you mean user.created");
    QTest::newRow("nothing close") << QString() << QStringLiteral("zzzzzzzzzzzz") << QString()
                                   << QStringLiteral("no catalog documents the event type");
}

void TestSampleEvent::catalogFor()
{
    QFETCH(QString, provider);
    QFETCH(QString, type);
    QFETCH(QString, found);
    QFETCH(QString, errorPart);
    QString error;
    const auto catalog = SampleEvent::catalogFor(m_catalogs, provider, type, &error);
    QCOMPARE(catalog ? catalog->provider : QString(), found);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    if (found.isEmpty())
        QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSampleEvent)
#include "tst_sampleevent.moc"
