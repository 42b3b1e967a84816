#include "inspect/catalog.h"
#include "inspect/catalogset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <thread>

using namespace Hookbench;

namespace {

// A small valid catalog with the given event types (separated by spaces).
QByteArray minimalCatalog(const QString &provider, const QString &name, const char *types = "")
{
    QJsonArray events;
    for (const QString &type :
         QString::fromLatin1(types).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        events.append(QJsonObject {{QStringLiteral("type"), type}});
    const QJsonObject root {
        {QStringLiteral("format"), 1},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("name"), name},
        {QStringLiteral("events"), events},
    };
    return QJsonDocument(root).toJson();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// How many event types the provider's catalog has; -1 when there is no such catalog.
qsizetype eventCount(const CatalogSet &set, QStringView provider)
{
    const std::optional<Catalog> catalog = set.catalog(provider);
    return catalog ? catalog->events.size() : -1;
}

const CatalogField *findField(const QList<CatalogField> &fields, QStringView path)
{
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const CatalogField &field) {
        return field.path == path;
    });
    return it == fields.end() ? nullptr : &*it;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtInCatalogsLoad_data();
    void builtInCatalogsLoad();
    void seedEventTypesArePresent_data();
    void seedEventTypesArePresent();
    void descriptionsFollowTheSeeds_data();
    void descriptionsFollowTheSeeds();
    void envelopePaths_data();
    void envelopePaths();
    void recognitionHints();
    void sdkSpellingsAreAliases();
    void eventFieldsExtendProviderFields();
    void malformedCatalogs_data();
    void malformedCatalogs();
    void unknownKeysAreIgnored();
    void brokenUserFileDoesNotStopOthers();
    void userCatalogAppearsChangesAndGoes();
    void userCatalogOverridesBuiltIn();
    void secondUserCatalogForAProviderIsAnError();
    void snapshotsAreSafeFromOtherThreads();

private:
    std::unique_ptr<CatalogSet> m_builtIn;
};

void TestCatalog::initTestCase()
{
    // qt_add_resources on the static core library links its resource objects into every
    // consumer, so the built-in catalogs are there without Q_INIT_RESOURCE.
    const QStringList files = QDir(CatalogSet::builtInFolder())
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({QStringLiteral("anthropic.json"),
                          QStringLiteral("paket.json"),
                          QStringLiteral("webhook-events.json"),
                          QStringLiteral("webhook-guide.json")}));
    m_builtIn = std::make_unique<CatalogSet>(QString());
}

void TestCatalog::builtInCatalogsLoad_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("eventTypes");

    QTest::newRow("paket") << QStringLiteral("paket") << 20;
    QTest::newRow("anthropic") << QStringLiteral("anthropic") << 22;
    QTest::newRow("webhook-events") << QStringLiteral("webhook-events") << 1;
    QTest::newRow("webhook-guide") << QStringLiteral("webhook-guide") << 5;
}

void TestCatalog::builtInCatalogsLoad()
{
    QFETCH(QString, provider);
    QFETCH(int, eventTypes);

    QCOMPARE(m_builtIn->errors(), QStringList());
    QCOMPARE(m_builtIn->catalogs().size(), 4);
    const std::optional<Catalog> catalog = m_builtIn->catalog(provider);
    QVERIFY(catalog);
    QCOMPARE(catalog->fileName, QStringLiteral(":/catalogs/") + provider + QStringLiteral(".json"));
    QCOMPARE(catalog->events.size(), eventTypes);
    QVERIFY(!catalog->name.isEmpty());
    QVERIFY(!catalog->description.isEmpty());
    QVERIFY(catalog->source.contains(QStringLiteral("seed")));
    for (const CatalogEventType &event : catalog->events) {
        QVERIFY2(!event.description.isEmpty(), qPrintable(event.type));
        QVERIFY2(!event.resourceType.isEmpty(), qPrintable(event.type));
    }
}

void TestCatalog::seedEventTypesArePresent_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("type");

    // Seed 001's list (a superset of 000's four), plus the type its introduction names.
    const char *paket = "context.session.deleted context.session.context_added "
                        "context.session.context_removed context.list.item_hidden "
                        "context.subscription.canceled subscription.status.created "
                        "subscription.status.renewed subscription.status.cancels_on "
                        "subscription.status.canceled subscription.status.paused "
                        "subscription.status.resumed subscription.invoice.created "
                        "subscription.invoice.past_due activation.session.created "
                        "activation.code.reissued activation.code.expired activation.item.failed "
                        "activation.item.completed activation.session.completed "
                        "activation.session.expired";
    // Seed 002: the 22 members of BetaWebhookEventData.
    const char *anthropic = "session.created session.pending session.running session.idled "
                            "session.requires_action session.archived session.deleted "
                            "session.status_rescheduled session.status_run_started "
                            "session.status_idled session.status_terminated "
                            "session.thread_created session.thread_idled "
                            "session.thread_terminated session.outcome_evaluation_ended "
                            "vault.created vault.archived vault.deleted vault_credential.created "
                            "vault_credential.archived vault_credential.deleted "
                            "vault_credential.refresh_failed";
    const auto add = [](const char *provider, const char *types, int count) {
        const QStringList list = QString::fromLatin1(types).split(QLatin1Char(' '));
        QCOMPARE(list.size(), count); // the list above is complete
        for (const QString &type : list)
            QTest::addRow("%s %s", provider, qPrintable(type))
                << QString::fromLatin1(provider) << type;
    };
    add("paket", paket, 20);
    add("anthropic", anthropic, 22);
    add("webhook-events", "enrollment.accepted", 1);
    add("webhook-guide",
        "user.created user.updated user.deleted project.created project.updated",
        5);
}

void TestCatalog::seedEventTypesArePresent()
{
    QFETCH(QString, provider);
    QFETCH(QString, type);

    const std::optional<Catalog> catalog = m_builtIn->catalog(provider);
    QVERIFY(catalog);
    const CatalogEventType *event = catalog->eventType(type);
    QVERIFY(event);
    QCOMPARE(event->type, type);
}

void TestCatalog::descriptionsFollowTheSeeds_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("recipients");
    QTest::addColumn<QString>("resourceType");

    // provider, type, description, recipients, resource type
    const auto row = [](const std::array<const char *, 5> &texts) {
        QTest::addRow("%s %s", texts[0], texts[1])
            << QString::fromUtf8(texts[0]) << QString::fromUtf8(texts[1])
            << QString::fromUtf8(texts[2]) << QString::fromUtf8(texts[3])
            << QString::fromUtf8(texts[4]);
    };
    row({"paket",
         "context.session.deleted",
         "Occurs when a Session is removed.",
         "Publishers (Apps) that have contexts in the deleted session",
         "session_context"});
    row({"paket",
         "subscription.status.canceled",
         "Occurs when a subscription is actually canceled (immediately or at period end) by "
         "platform or due to non payment.",
         "Publishers (Apps) whose products were included in the canceled subscription",
         "subscription"});
    row({"paket",
         "activation.session.expired",
         "Occurs when activation session expires after 7 days without completion.",
         "Platforms that created the subscription with the expired activation session",
         "activation_session"});
    row({"webhook-guide",
         "user.updated",
         "Triggered when user information is modified.",
         "",
         "user"});
}

void TestCatalog::descriptionsFollowTheSeeds()
{
    QFETCH(QString, provider);
    QFETCH(QString, type);
    QFETCH(QString, description);
    QFETCH(QString, recipients);
    QFETCH(QString, resourceType);

    const std::optional<Catalog> catalog = m_builtIn->catalog(provider);
    QVERIFY(catalog);
    const CatalogEventType *event = catalog->eventType(type);
    QVERIFY(event);
    QCOMPARE(event->description, description);
    QCOMPARE(event->recipients, recipients);
    QCOMPARE(event->resourceType, resourceType);
}

void TestCatalog::envelopePaths_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("paths");

    // The expected paths, separated by spaces.
    const auto row = [](const char *provider, const char *key, const char *paths) {
        QTest::addRow("%s %s", provider, key)
            << QString::fromLatin1(provider) << QString::fromLatin1(key)
            << QString::fromLatin1(paths).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    row("paket", "event_name", "type");
    row("paket", "occurred_at", "created");
    row("paket", "request_id", "request.id");
    row("paket", "idempotency_key", "request.idempotency_key");
    row("paket", "organization_id", "");
    row("anthropic", "event_name", "data.type");
    row("anthropic", "occurred_at", "created_at createdAt");
    row("anthropic", "resource_id", "data.id");
    row("anthropic", "organization_id", "data.organization_id data.organizationID");
    row("anthropic", "workspace_id", "data.workspace_id data.workspaceID");
    row("webhook-events", "event_id", "id");
    row("webhook-events", "event_name", "event_name");
    row("webhook-events", "resource_type", "resource_type");
    row("webhook-events", "organization_id", "organization_id");
    row("webhook-guide", "occurred_at", "created_at");
    row("webhook-guide", "resource_id", "data.user_id data.project_id");
}

void TestCatalog::envelopePaths()
{
    QFETCH(QString, provider);
    QFETCH(QString, key);
    QFETCH(QStringList, paths);

    QVERIFY(Catalog::envelopeKeys().contains(key));
    const std::optional<Catalog> catalog = m_builtIn->catalog(provider);
    QVERIFY(catalog);
    QCOMPARE(catalog->envelopePaths(key), paths);
}

void TestCatalog::recognitionHints()
{
    const std::optional<Catalog> paket = m_builtIn->catalog(u"paket");
    QVERIFY(paket);
    QCOMPARE(paket->recognize.paths, QStringList {QStringLiteral("/paket")});
    QCOMPARE(paket->recognize.equals.size(), 1);
    QCOMPARE(paket->recognize.equals.first().first, QStringLiteral("object"));
    QCOMPARE(paket->recognize.equals.first().second, QStringLiteral("event"));
    QVERIFY(paket->recognize.requiredPaths.contains(QStringLiteral("created")));

    const std::optional<Catalog> anthropic = m_builtIn->catalog(u"anthropic");
    QVERIFY(anthropic);
    QCOMPARE(anthropic->recognize.equals.first().first, QStringLiteral("type"));
    QCOMPARE(anthropic->recognize.equals.first().second, QStringLiteral("event"));
    QVERIFY(anthropic->recognize.requiredPaths.contains(QStringLiteral("data.type")));
    QVERIFY(anthropic->recognize.headers.contains(QStringLiteral("webhook-signature")));

    const std::optional<Catalog> events = m_builtIn->catalog(u"webhook-events");
    QVERIFY(events);
    QVERIFY(events->recognize.requiredPaths.contains(QStringLiteral("event_name")));
    QVERIFY(events->recognize.requiredPaths.contains(QStringLiteral("resource_type")));
}

void TestCatalog::sdkSpellingsAreAliases()
{
    const std::optional<Catalog> catalog = m_builtIn->catalog(u"anthropic");
    QVERIFY(catalog);
    const CatalogEventType *thread = catalog->eventType(u"session.thread_created");
    QVERIFY(thread);
    QCOMPARE(catalog->aliasesFor(QStringLiteral("created_at"), thread),
             QStringList {QStringLiteral("createdAt")});
    QCOMPARE(catalog->aliasesFor(QStringLiteral("data.organization_id"), thread),
             QStringList {QStringLiteral("data.organizationID")});
    QCOMPARE(catalog->aliasesFor(QStringLiteral("data.workspace_id"), thread),
             QStringList {QStringLiteral("data.workspaceID")});
    QCOMPARE(catalog->aliasesFor(QStringLiteral("data.session_thread_id"), thread),
             QStringList {QStringLiteral("data.sessionThreadID")});

    const CatalogEventType *credential = catalog->eventType(u"vault_credential.refresh_failed");
    QVERIFY(credential);
    QCOMPARE(credential->resourceType, QStringLiteral("vault_credential"));
    QCOMPARE(catalog->aliasesFor(QStringLiteral("data.vault_id"), credential),
             QStringList {QStringLiteral("data.vaultID")});
    QVERIFY(credential->description.contains(
        QStringLiteral("BetaWebhookVaultCredentialRefreshFailedEventData")));
}

void TestCatalog::eventFieldsExtendProviderFields()
{
    const std::optional<Catalog> catalog = m_builtIn->catalog(u"anthropic");
    QVERIFY(catalog);
    const CatalogEventType *credential = catalog->eventType(u"vault_credential.created");
    QVERIFY(credential);
    const QList<CatalogField> fields = catalog->fieldsFor(credential);
    QCOMPARE(fields.size(), catalog->fields.size() + 1); // data.id replaced, data.vault_id added
    const CatalogField *id = findField(fields, u"data.id");
    QVERIFY(id);
    QCOMPARE(id->description,
             QStringLiteral("ID of the vault credential that triggered the event."));
    const CatalogField *vault = findField(fields, u"data.vault_id");
    QVERIFY(vault);
    QCOMPARE(vault->description, QStringLiteral("ID of the vault that owns this credential."));
    const CatalogField *createdAt = findField(fields, u"created_at");
    QVERIFY(createdAt);
    QCOMPARE(createdAt->types, QStringList {QStringLiteral("timestamp")});

    const std::optional<Catalog> paket = m_builtIn->catalog(u"paket");
    QVERIFY(paket);
    const QList<CatalogField> paketFields = paket->fieldsFor(nullptr);
    const CatalogField *key = findField(paketFields, u"request.idempotency_key");
    QVERIFY(key);
    QCOMPARE(key->types, QStringList({QStringLiteral("string"), QStringLiteral("null")}));
    QVERIFY(key->required);
}

void TestCatalog::malformedCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    // Single quotes stand for double quotes, to keep the rows readable.
    const auto row = [](const char *name, const QByteArray &json, const char *error) {
        QString message = QString::fromUtf8(error);
        QTest::newRow(name) << QByteArray(json).replace('\'', '"')
                            << message.replace(QLatin1Char('\''), QLatin1Char('"'));
    };
    // A catalog with a valid format and provider, and then `members`.
    const auto with = [&row](const char *name, const char *members, const char *error) {
        row(name, QByteArray("{'format': 1, 'provider': 'x', ") + members + '}', error);
    };
    row("invalid JSON",
        "{'format': 1\n  'provider': 'x'}",
        "invalid JSON at line 2, column 4: unterminated object");
    row("not an object", "[1]", "the catalog must be a JSON object");
    row("no format", "{'provider': 'x'}", "format: missing (this version reads format 1)");
    row("newer format",
        "{'format': 2, 'provider': 'x'}",
        "format: 2 is not supported (this version reads format 1)");
    row("format as text",
        "{'format': '1', 'provider': 'x'}",
        "format: expected a number, found a string");
    row("no provider", "{'format': 1, 'name': 'X'}", "provider: missing");
    row("bad provider id",
        "{'format': 1, 'provider': 'Paket API'}",
        "provider: 'Paket API' is not a valid id (use a-z, 0-9 and -)");
    with("name of the wrong type", "'name': 3", "name: expected a string, found a number");
    with("misspelled event field type",
         "'events': [{'type': 'a'}, {'type': 'b'}, {'type': 'c'}, "
         "{'type': 'd', 'fields': [{'path': 'data.id', 'type': 'strnig'}]}]",
         "events[3].fields[0].type: 'strnig' is not a known type");
    with("bad type in a list",
         "'fields': [{'path': 'id'}, {'path': 'key', 'type': ['string', 'nul']}]",
         "fields[1].type[1]: 'nul' is not a known type");
    with("required as text",
         "'fields': [{'path': 'id', 'required': 'yes'}]",
         "fields[0].required: expected true or false, found a string");
    with("field without path", "'fields': [{'type': 'string'}]", "fields[0].path: missing");
    with("field listed twice",
         "'fields': [{'path': 'id'}, {'path': 'id'}]",
         "fields[1].path: 'id' is listed twice");
    with("event without type", "'events': [{'description': 'd'}]", "events[0].type: missing");
    with("event listed twice",
         "'events': [{'type': 'a.b'}, {'type': 'a.b'}]",
         "events[1].type: 'a.b' is listed twice");
    with("events as an object",
         "'events': {}",
         "events: expected an array of event types, found an object");
    with("envelope paths as text",
         "'envelope': {'event_id': 'id'}",
         "envelope.event_id: expected an array of strings, found a string");
    with("envelope path with an empty segment",
         "'envelope': {'resource_id': ['data.id', 'data..id']}",
         "envelope.resource_id[1]: 'data..id' is not a dotted path like data.id");
    with("listener path without slash",
         "'recognize': {'paths': ['paket']}",
         "recognize.paths[0]: 'paket' does not start with /");
    with("equals a number",
         "'recognize': {'envelope': {'equals': {'object': 1}}}",
         "recognize.envelope.equals.object: expected a string, found a number");
    with("event aliases as a list",
         "'events': [{'type': 'a', 'aliases': {'data.organization_id': 'data.organizationID'}}]",
         "events[0].aliases.data.organization_id: expected an array of strings, found a string");
}

void TestCatalog::malformedCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QString message;
    QVERIFY(!Catalog::fromJson(json, &message));
    QCOMPARE(message, error);
}

void TestCatalog::unknownKeysAreIgnored()
{
    const QByteArray json = R"({
        "format": 1, "provider": "future", "added_in_format_2": {"x": [1, 2]},
        "envelope": {"event_id": ["id"], "tenant_id": ["data.tenant"]},
        "fields": [{"path": "id", "type": "string", "format": "uuid"}],
        "events": [{"type": "thing.done", "severity": "high",
                    "aliases": {"data.organization_id": ["data.organizationID"]}}]
    })";
    QString error;
    const std::optional<Catalog> catalog = Catalog::fromJson(json, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->name, QStringLiteral("future")); // defaults to the id
    QCOMPARE(catalog->envelope.keys(), QStringList {QStringLiteral("event_id")});
    QCOMPARE(catalog->fields.size(), 1);
    QVERIFY(!catalog->fields.first().required);
    const CatalogEventType *event = catalog->eventType(u"thing.done");
    QVERIFY(event);
    QCOMPARE(catalog->aliasesFor(QStringLiteral("data.organization_id"), event),
             QStringList {QStringLiteral("data.organizationID")});
    QVERIFY(!catalog->eventType(u"thing.undone"));
}

void TestCatalog::brokenUserFileDoesNotStopOthers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.json")),
                      "{\"format\": 1, \"provider\": \"broken\", \"events\": [{\"type\": \"a\", "
                      "\"fields\": [{\"path\": \"x\", \"type\": \"strnig\"}]}]}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("newer.json")),
                      "{\"format\": 2, \"provider\": \"newer\"}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("good.json")),
                      minimalCatalog(QStringLiteral("good"), QStringLiteral("Good"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a catalog"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken\\.json")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer\\.json")));
    const CatalogSet set(dir.path());
    QCOMPARE(set.errors(),
             QStringList({dir.filePath(QStringLiteral("broken.json"))
                              + QStringLiteral(": events[0].fields[0].type: \"strnig\" is not a "
                                               "known type"),
                          dir.filePath(QStringLiteral("newer.json"))
                              + QStringLiteral(": format: 2 is not supported (this version reads "
                                               "format 1)")}));
    QCOMPARE(set.catalogs().size(), 5);
    QVERIFY(set.catalog(u"good"));
    QVERIFY(!set.catalog(u"broken"));
    QCOMPARE(eventCount(set, u"paket"), 20);
}

void TestCatalog::userCatalogAppearsChangesAndGoes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("catalogs"));
    CatalogSet set(folder);
    QCOMPARE(set.userFolder(), folder);
    QVERIFY(QFileInfo(folder).isDir()); // created when missing
    QCOMPARE(set.errors(), QStringList());
    QCOMPARE(set.catalogs().size(), 4);

    QSignalSpy spy(&set, &CatalogSet::changed);
    const QString file = folder + QStringLiteral("/mine.json");
    QVERIFY(writeFile(
        file, minimalCatalog(QStringLiteral("mine"), QStringLiteral("Mine"), "thing.created")));
    QVERIFY(spy.wait(5000));
    std::optional<Catalog> mine = set.catalog(u"mine");
    QVERIFY(mine);
    QCOMPARE(mine->name, QStringLiteral("Mine"));
    QCOMPARE(mine->fileName, file);
    QCOMPARE(set.catalogs().size(), 5);

    // Nothing changed on disk: no signal.
    spy.clear();
    set.reload();
    QCOMPARE(spy.count(), 0);

    QVERIFY(writeFile(file,
                      minimalCatalog(QStringLiteral("mine"),
                                     QStringLiteral("Mine, edited"),
                                     "thing.created thing.deleted")));
    QTRY_COMPARE_WITH_TIMEOUT(eventCount(set, u"mine"), 2, 5000);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(set.catalog(u"mine")->name, QStringLiteral("Mine, edited"));

    spy.clear();
    QVERIFY(QFile::remove(file));
    QTRY_COMPARE_WITH_TIMEOUT(eventCount(set, u"mine"), -1, 5000);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(set.catalogs().size(), 4);

    // The watch survives the deletion: a new file is picked up again.
    QVERIFY(writeFile(folder + QStringLiteral("/again.json"),
                      minimalCatalog(QStringLiteral("again"), QStringLiteral("Again"))));
    QTRY_VERIFY_WITH_TIMEOUT(set.catalog(u"again").has_value(), 5000);
}

void TestCatalog::userCatalogOverridesBuiltIn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CatalogSet set(dir.path());
    QCOMPARE(eventCount(set, u"paket"), 20);

    const QString file = dir.filePath(QStringLiteral("my-paket.json"));
    QTest::ignoreMessage(
        QtInfoMsg,
        QRegularExpression(QStringLiteral(
            "my-paket\\.json replaces the built-in catalog :/catalogs/paket\\.json")));
    QSignalSpy spy(&set, &CatalogSet::changed);
    QVERIFY(writeFile(file,
                      minimalCatalog(QStringLiteral("paket"),
                                     QStringLiteral("Paket (mine)"),
                                     "context.session.deleted")));
    QVERIFY(spy.wait(5000));
    const std::optional<Catalog> paket = set.catalog(u"paket");
    QVERIFY(paket);
    QCOMPARE(paket->fileName, file);
    QCOMPARE(paket->name, QStringLiteral("Paket (mine)"));
    QCOMPARE(paket->events.size(), 1);
    QCOMPARE(set.catalogs().size(), 4);
    QCOMPARE(set.errors(), QStringList());

    QVERIFY(QFile::remove(file));
    QTRY_COMPARE_WITH_TIMEOUT(eventCount(set, u"paket"), 20, 5000);
    QCOMPARE(set.catalog(u"paket")->fileName, QStringLiteral(":/catalogs/paket.json"));
}

void TestCatalog::secondUserCatalogForAProviderIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")),
                      minimalCatalog(QStringLiteral("dup"), QStringLiteral("A"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.json")),
                      minimalCatalog(QStringLiteral("dup"), QStringLiteral("B"))));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("b\\.json")));
    const CatalogSet set(dir.path());
    QCOMPARE(set.catalog(u"dup")->name, QStringLiteral("A"));
    QCOMPARE(set.errors(),
             QStringList {dir.filePath(QStringLiteral("b.json"))
                          + QStringLiteral(": provider \"dup\" is already defined by ")
                          + dir.filePath(QStringLiteral("a.json"))});
}

void TestCatalog::snapshotsAreSafeFromOtherThreads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CatalogSet set(dir.path());
    const QString file = dir.filePath(QStringLiteral("flip.json"));

    std::atomic<bool> stop = false;
    std::atomic<int> reads = 0;
    std::atomic<bool> consistent = true;
    std::thread reader([&] {
        while (!stop) {
            const QList<Catalog> all = set.catalogs();
            if (all.size() != 4 && all.size() != 5)
                consistent = false;
            if (const std::optional<Catalog> flip = set.catalog(u"flip")) {
                if (flip->events.size() != flip->name.toInt())
                    consistent = false;
            }
            ++reads;
        }
    });
    // The name says how many event types the catalog has, so a torn read would show.
    const char *types[] = {"a", "a b", "a b c", "a b c d", "a b c d e"};
    for (int i = 0; i < 40; ++i) {
        if (i % 7 == 6)
            QFile::remove(file);
        else
            writeFile(
                file,
                minimalCatalog(QStringLiteral("flip"), QString::number(i % 5 + 1), types[i % 5]));
        set.reload();
    }
    QTRY_VERIFY(reads > 0);
    stop = true;
    reader.join();
    QVERIFY(consistent);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
