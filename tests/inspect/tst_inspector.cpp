// Inspection of every seed provider's events (seeds 000–004): recognition of the provider,
// envelope fields, known and unknown types, conformance notes.
#include "inspect/catalogset.h"
#include "inspect/inspector.h"

#include <QTest>

#include <algorithm>

using namespace Hookbench;

namespace {

const HeaderList jsonHeaders {{"Content-Type", "application/json"}};

// Standard Webhooks headers as the Anthropic SDK's unwrap helper expects them (seed 002).
const HeaderList standardWebhooksHeaders {
    {"Content-Type", "application/json"},
    {"webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"},
    {"webhook-timestamp", "1748772930"},
    {"webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="},
};

CapturedRequest makeRequest(const QByteArray &body,
                            const HeaderList &headers = jsonHeaders,
                            const QByteArray &target = "/hooks")
{
    CapturedRequest request;
    request.method = "POST";
    request.target = target;
    request.httpVersion = "HTTP/1.1";
    request.setHeaders(headers);
    request.body = body;
    request.bodySize = body.size();
    return request;
}

struct SeedType
{
    const char *type;
    const char *resourceType;
};

// Seed 001's 19 listed types and `context.subscription.canceled` from the introduction (000/001).
const SeedType paketTypes[] = {
    {"context.session.deleted", "session_context"},
    {"context.session.context_added", "session_context"},
    {"context.session.context_removed", "session_context"},
    {"context.list.item_hidden", "list_item"},
    {"context.subscription.canceled", "subscription"},
    {"subscription.status.created", "subscription"},
    {"subscription.status.renewed", "subscription"},
    {"subscription.status.cancels_on", "subscription"},
    {"subscription.status.canceled", "subscription"},
    {"subscription.status.paused", "subscription"},
    {"subscription.status.resumed", "subscription"},
    {"subscription.invoice.created", "invoice"},
    {"subscription.invoice.past_due", "subscription"},
    {"activation.session.created", "activation_session"},
    {"activation.code.reissued", "activation_exchange"},
    {"activation.code.expired", "activation_exchange"},
    {"activation.item.failed", "activation_item"},
    {"activation.item.completed", "activation_item"},
    {"activation.session.completed", "activation_session"},
    {"activation.session.expired", "activation_session"},
};

// Seed 002's 22 BetaWebhook*EventData types; the session thread ones carry sessionThreadID and
// the vault credential ones vaultID.
const SeedType anthropicTypes[] = {
    {"session.created", "session"},
    {"session.pending", "session"},
    {"session.running", "session"},
    {"session.idled", "session"},
    {"session.requires_action", "session"},
    {"session.archived", "session"},
    {"session.deleted", "session"},
    {"session.status_rescheduled", "session"},
    {"session.status_run_started", "session"},
    {"session.status_idled", "session"},
    {"session.status_terminated", "session"},
    {"session.thread_created", "session"},
    {"session.thread_idled", "session"},
    {"session.thread_terminated", "session"},
    {"session.outcome_evaluation_ended", "session"},
    {"vault.created", "vault"},
    {"vault.archived", "vault"},
    {"vault.deleted", "vault"},
    {"vault_credential.created", "vault_credential"},
    {"vault_credential.archived", "vault_credential"},
    {"vault_credential.deleted", "vault_credential"},
    {"vault_credential.refresh_failed", "vault_credential"},
};

const SeedType webhookEventsTypes[] = {{"enrollment.accepted", "enrollment"}};

const SeedType webhookGuideTypes[] = {
    {"user.created", "user"},
    {"user.updated", "user"},
    {"user.deleted", "user"},
    {"project.created", "project"},
    {"project.updated", "project"},
};

// The seed 000/001 example, verbatim.
const QByteArray paketSeedExample = R"({
  "id": "evt_a75f6d23be8c17b1",
  "object": "event",
  "type": "context.session.context_added",
  "created": 1709679883853,
  "api_version": "2023-12-10",
  "request": {
    "id": "req_2442fd8627bedb77",
    "idempotency_key": null
  },
  "data": {
    "context_id": "6b0af623-2923-4997-92a6-73f94bbe321e",
    "client_id": "286d2a536a5d6b6b",
    "app_id": "417f3625d067cbe3",
    "created_at": "2024-03-05T23:04:43.684Z",
    "session_id": "4c682b9e-65b4-4e43-a5e9-96f58a967240"
  }
})";

// A complete Paket event like the seed's; `idempotency` is the JSON value of the key.
QByteArray paketEvent(const QString &type,
                      const QString &id = QStringLiteral("evt_a75f6d23be8c17b1"),
                      const QString &idempotency = QStringLiteral("null"))
{
    return QStringLiteral(R"({"id":"%1","object":"event","type":"%2","created":1709679883853,)"
                          R"("api_version":"2023-12-10","request":{"id":"req_2442fd8627bedb77",)"
                          R"("idempotency_key":%3},"data":{"object":{"id":"obj_%1"}}})")
        .arg(id, type, idempotency)
        .toUtf8();
}

// A seed 002 event, snake_case as on the wire or camelCase as the SDK spells it.
QByteArray anthropicEvent(const QString &type, const QString &resourceId, bool camelCase)
{
    QString extra;
    if (type.startsWith(QLatin1String("session.thread_")))
        extra = camelCase ? QStringLiteral(R"(,"sessionThreadID":"sthr_01")")
                          : QStringLiteral(R"(,"session_thread_id":"sthr_01")");
    else if (type.startsWith(QLatin1String("vault_credential.")))
        extra = camelCase ? QStringLiteral(R"(,"vaultID":"vlt_01")")
                          : QStringLiteral(R"(,"vault_id":"vlt_01")");
    const QString text
        = camelCase
              ? QStringLiteral(R"({"id":"wevt_01","createdAt":"2025-06-01T10:15:30.123456Z",)"
                               R"("type":"event","data":{"type":"%1","id":"%2",)"
                               R"("organizationID":"org_01","workspaceID":"wrkspc_01"%3}})")
              : QStringLiteral(R"({"id":"wevt_01","created_at":"2025-06-01T10:15:30.123456Z",)"
                               R"("type":"event","data":{"type":"%1","id":"%2",)"
                               R"("organization_id":"org_01","workspace_id":"wrkspc_01"%3}})");
    return text.arg(type, resourceId, extra).toUtf8();
}

QByteArray webhookEventsEvent(const QString &eventName, const QString &resourceType)
{
    return QStringLiteral(
               R"({"id":"wevt_2Yv9","created_at":"2024-03-05T23:04:43.684Z",)"
               R"("event_name":"%1","organization_id":"org_7Hq","resource_id":"enr_5Kd",)"
               R"("resource_type":"%2"})")
        .arg(eventName, resourceType)
        .toUtf8();
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void seedTablesCoverTheCatalogs();
    void paketEvents_data();
    void paketEvents();
    void paketSeedExample();
    void anthropicEvents_data();
    void anthropicEvents();
    void webhookEventsEvent();
    void webhookGuideEvents_data();
    void webhookGuideEvents();
    void unknownTypes_data();
    void unknownTypes();
    void conformance_data();
    void conformance();

    void recognition_data();
    void recognition();
    void recognitionDoesNotDependOnCatalogOrder();

private:
    QList<Catalog> m_catalogs;
};

void TestInspector::initTestCase()
{
    const CatalogSet set {QString()};
    QCOMPARE(set.errors(), QStringList());
    m_catalogs = set.catalogs();
    QCOMPARE(m_catalogs.size(), 4);
}

// The tables above are the seeds' lists; the catalogs must document exactly those types.
void TestInspector::seedTablesCoverTheCatalogs()
{
    const auto check = [this](const char *provider, const auto &table) {
        QStringList seeded, documented;
        for (const SeedType &entry : table)
            seeded.append(QLatin1String(entry.type));
        for (const Catalog &catalog : std::as_const(m_catalogs)) {
            if (catalog.provider == QLatin1String(provider)) {
                for (const CatalogEventType &event : catalog.events)
                    documented.append(event.type);
            }
        }
        seeded.sort();
        documented.sort();
        return seeded == documented;
    };
    QVERIFY(check("paket", paketTypes));
    QVERIFY(check("anthropic", anthropicTypes));
    QVERIFY(check("webhook-events", webhookEventsTypes));
    QVERIFY(check("webhook-guide", webhookGuideTypes));
    QCOMPARE(std::size(paketTypes), size_t(20));
    QCOMPARE(std::size(anthropicTypes), size_t(22));
}

void TestInspector::paketEvents_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("idempotency");
    QTest::addColumn<QString>("idempotencyKey");
    int index = 0;
    for (const SeedType &entry : paketTypes) {
        // Every other event was caused by a request with an idempotency key.
        const bool keyed = index++ % 2;
        QTest::newRow(entry.type) << QString::fromLatin1(entry.type)
                                  << QString::fromLatin1(entry.resourceType)
                                  << (keyed ? QStringLiteral(R"("idem-4f1c")")
                                            : QStringLiteral("null"))
                                  << (keyed ? QStringLiteral("idem-4f1c") : QString());
    }
}

void TestInspector::paketEvents()
{
    QFETCH(QString, type);
    QFETCH(QString, resourceType);
    QFETCH(QString, idempotency);
    QFETCH(QString, idempotencyKey);

    const QString id = QStringLiteral("evt_") + QString(type).replace(u'.', u'_');
    const EventInfo event
        = Inspector::inspect(makeRequest(paketEvent(type, id, idempotency)), m_catalogs).event;
    QCOMPARE(event.bodyKind, QStringLiteral("json"));
    QCOMPARE(event.bodyError, QString());
    QCOMPARE(event.provider, QStringLiteral("paket"));
    QCOMPARE(event.eventName, type);
    QVERIFY(event.knownType);
    QCOMPARE(event.eventId, id);
    QCOMPARE(event.occurredAtUs, Q_INT64_C(1709679883853000));
    QCOMPARE(event.apiVersion, QStringLiteral("2023-12-10"));
    QCOMPARE(event.sourceRequestId, QStringLiteral("req_2442fd8627bedb77"));
    QCOMPARE(event.idempotencyKey, idempotencyKey);
    QCOMPARE(event.resourceType, resourceType);
    QCOMPARE(event.resourceId, QStringLiteral("obj_") + id);
    QCOMPARE(event.organizationId, QString());
    QCOMPARE(event.conformance, QStringList());
    QVERIFY(event.hasEvent());
}

void TestInspector::paketSeedExample()
{
    const EventInfo event = Inspector::inspect(makeRequest(::paketSeedExample), m_catalogs).event;
    QCOMPARE(event.provider, QStringLiteral("paket"));
    QCOMPARE(event.eventName, QStringLiteral("context.session.context_added"));
    QVERIFY(event.knownType);
    QCOMPARE(event.eventId, QStringLiteral("evt_a75f6d23be8c17b1"));
    QCOMPARE(event.occurredAtUs, Q_INT64_C(1709679883853000));
    QCOMPARE(event.apiVersion, QStringLiteral("2023-12-10"));
    QCOMPARE(event.sourceRequestId, QStringLiteral("req_2442fd8627bedb77"));
    QCOMPARE(event.idempotencyKey, QString());
    QCOMPARE(event.resourceType, QStringLiteral("session_context"));
    QCOMPARE(event.conformance, QStringList());
}

void TestInspector::anthropicEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("resourceId");
    int index = 0;
    for (const SeedType &entry : anthropicTypes) {
        const QString type = QString::fromLatin1(entry.type);
        const QString resourceType = QString::fromLatin1(entry.resourceType);
        const QString resourceId
            = resourceType == QLatin1String("session") ? QStringLiteral("sesn_011")
              : resourceType == QLatin1String("vault") ? QStringLiteral("vlt_011")
                                                       : QStringLiteral("vcrd_011");
        // Signed and unsigned deliveries alternate between the two spellings.
        const bool signedSnake = index++ % 2 == 0;
        QTest::addRow("%s snake_case", entry.type)
            << anthropicEvent(type, resourceId, false)
            << (signedSnake ? standardWebhooksHeaders : jsonHeaders) << type << resourceType
            << resourceId;
        QTest::addRow("%s camelCase", entry.type)
            << anthropicEvent(type, resourceId, true)
            << (signedSnake ? jsonHeaders : standardWebhooksHeaders) << type << resourceType
            << resourceId;
    }
}

void TestInspector::anthropicEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, headers);
    QFETCH(QString, type);
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceId);

    const EventInfo event = Inspector::inspect(makeRequest(body, headers), m_catalogs).event;
    QCOMPARE(event.bodyError, QString());
    QCOMPARE(event.provider, QStringLiteral("anthropic"));
    QCOMPARE(event.eventName, type);
    QVERIFY(event.knownType);
    QCOMPARE(event.eventId, QStringLiteral("wevt_01")); // the body's id, not webhook-id
    QCOMPARE(event.occurredAtUs, Q_INT64_C(1748772930123456));
    QCOMPARE(event.resourceType, resourceType);
    QCOMPARE(event.resourceId, resourceId);
    QCOMPARE(event.organizationId, QStringLiteral("org_01"));
    QCOMPARE(event.workspaceId, QStringLiteral("wrkspc_01"));
    QCOMPARE(event.conformance, QStringList());
}

void TestInspector::webhookEventsEvent()
{
    const QByteArray body
        = ::webhookEventsEvent(QStringLiteral("enrollment.accepted"), QStringLiteral("enrollment"));
    const EventInfo event = Inspector::inspect(makeRequest(body), m_catalogs).event;
    QCOMPARE(event.provider, QStringLiteral("webhook-events"));
    QCOMPARE(event.eventName, QStringLiteral("enrollment.accepted"));
    QVERIFY(event.knownType);
    QCOMPARE(event.eventId, QStringLiteral("wevt_2Yv9"));
    QCOMPARE(event.occurredAtUs, Q_INT64_C(1709679883684000));
    QCOMPARE(event.organizationId, QStringLiteral("org_7Hq"));
    QCOMPARE(event.resourceId, QStringLiteral("enr_5Kd"));
    QCOMPARE(event.resourceType, QStringLiteral("enrollment"));
    QCOMPARE(event.conformance, QStringList());
}

void TestInspector::webhookGuideEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("resourceId");

    // The seed 004 examples, verbatim.
    QTest::newRow("user.created") << QByteArray(R"({
  "id": "evt_123abc",
  "type": "user.created",
  "created_at": "2023-01-01T12:00:00Z",
  "data": {
    "user_id": "usr_456def",
    "email": "user@example.com",
    "username": "johndoe"
  }
})") << QStringLiteral("evt_123abc")
                                  << QStringLiteral("user") << QStringLiteral("usr_456def");
    QTest::newRow("user.updated") << QByteArray(R"({
  "id": "evt_789xyz",
  "type": "user.updated",
  "created_at": "2023-01-01T12:00:00Z",
  "data": {
    "user_id": "usr_456def",
    "changes": {
      "email": {
        "old": "old@example.com",
        "new": "new@example.com"
      }
    }
  }
})") << QStringLiteral("evt_789xyz")
                                  << QStringLiteral("user") << QStringLiteral("usr_456def");
    QTest::newRow("user.deleted") << QByteArray(R"({
  "id": "evt_abc123",
  "type": "user.deleted",
  "created_at": "2023-01-01T12:00:00Z",
  "data": {
    "user_id": "usr_456def"
  }
})") << QStringLiteral("evt_abc123")
                                  << QStringLiteral("user") << QStringLiteral("usr_456def");
    QTest::newRow("project.created") << QByteArray(R"({
  "id": "evt_def456",
  "type": "project.created",
  "created_at": "2023-01-01T12:00:00Z",
  "data": {
    "project_id": "prj_789xyz",
    "name": "New Project",
    "owner_id": "usr_456def"
  }
})") << QStringLiteral("evt_def456") << QStringLiteral("project")
                                     << QStringLiteral("prj_789xyz");
    QTest::newRow("project.updated") << QByteArray(R"({
  "id": "evt_ghi789",
  "type": "project.updated",
  "created_at": "2023-01-01T12:00:00Z",
  "data": {
    "project_id": "prj_789xyz",
    "changes": {
      "name": {
        "old": "Old Name",
        "new": "New Name"
      }
    }
  }
})") << QStringLiteral("evt_ghi789") << QStringLiteral("project")
                                     << QStringLiteral("prj_789xyz");
}

void TestInspector::webhookGuideEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, eventId);
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceId);

    const EventInfo event = Inspector::inspect(makeRequest(body), m_catalogs).event;
    QCOMPARE(event.provider, QStringLiteral("webhook-guide"));
    QCOMPARE(event.eventName, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(event.knownType);
    QCOMPARE(event.eventId, eventId);
    QCOMPARE(event.occurredAtUs, Q_INT64_C(1672574400000000)); // 2023-01-01T12:00:00Z
    QCOMPARE(event.resourceType, resourceType);
    QCOMPARE(event.resourceId, resourceId);
    QCOMPARE(event.conformance, QStringList());
}

void TestInspector::unknownTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("resourceId");

    QTest::newRow("paket") << paketEvent(QStringLiteral("subscription.status.upgraded"))
                           << jsonHeaders << QStringLiteral("paket")
                           << QStringLiteral("subscription.status.upgraded")
                           << QStringLiteral("subscription.status")
                           << QStringLiteral("obj_evt_a75f6d23be8c17b1");
    QTest::newRow("anthropic signed")
        << anthropicEvent(QStringLiteral("session.frozen"), QStringLiteral("sesn_9"), false)
        << standardWebhooksHeaders << QStringLiteral("anthropic")
        << QStringLiteral("session.frozen") << QStringLiteral("session")
        << QStringLiteral("sesn_9");
    QTest::newRow("anthropic unsigned snake_case")
        << anthropicEvent(QStringLiteral("vault.sealed"), QStringLiteral("vlt_9"), false)
        << jsonHeaders << QStringLiteral("anthropic") << QStringLiteral("vault.sealed")
        << QStringLiteral("vault") << QStringLiteral("vlt_9");
    QTest::newRow("anthropic unsigned camelCase")
        << anthropicEvent(QStringLiteral("vault.sealed"), QStringLiteral("vlt_9"), true)
        << jsonHeaders << QStringLiteral("anthropic") << QStringLiteral("vault.sealed")
        << QStringLiteral("vault") << QStringLiteral("vlt_9");
    QTest::newRow("webhook-events")
        << ::webhookEventsEvent(QStringLiteral("employee.terminated"), QStringLiteral("employee"))
        << jsonHeaders << QStringLiteral("webhook-events") << QStringLiteral("employee.terminated")
        << QStringLiteral("employee") << QStringLiteral("enr_5Kd");
    QTest::newRow("webhook-guide")
        << QByteArray(R"({"id":"evt_t1","type":"team.created","created_at":"2023-01-01T12:00:00Z",)"
                      R"("data":{"team_id":"team_42"}})")
        << jsonHeaders << QStringLiteral("webhook-guide") << QStringLiteral("team.created")
        << QStringLiteral("team") << QStringLiteral("team_42");
}

void TestInspector::unknownTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, headers);
    QFETCH(QString, provider);
    QFETCH(QString, eventName);
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceId);

    const EventInfo event = Inspector::inspect(makeRequest(body, headers), m_catalogs).event;
    QCOMPARE(event.bodyError, QString());
    QCOMPARE(event.provider, provider);
    QCOMPARE(event.eventName, eventName);
    QVERIFY(!event.knownType);
    QCOMPARE(event.resourceType, resourceType);
    QCOMPARE(event.resourceId, resourceId);
    // The provider's own fields are still checked, and these events have them all.
    QCOMPARE(event.conformance, QStringList());
}

void TestInspector::conformance_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("notes");

    const QByteArray paket = paketEvent(QStringLiteral("subscription.status.created"));
    QTest::newRow("paket complete") << paket << QStringLiteral("paket") << QStringList();
    QTest::newRow("paket without api_version")
        << QByteArray(paket).replace(R"("api_version":"2023-12-10",)", "")
        << QStringLiteral("paket")
        << QStringList {QStringLiteral("api_version is missing (documented as string)")};
    QTest::newRow("paket created as a string")
        << QByteArray(paket).replace("1709679883853", R"("1709679883853")")
        << QStringLiteral("paket")
        << QStringList {QStringLiteral("created is a string, documented as integer")};
    QTest::newRow("paket created as a fraction")
        << QByteArray(paket).replace("1709679883853", "1709679883.853") << QStringLiteral("paket")
        << QStringList {QStringLiteral("created is a number, documented as integer")};
    QTest::newRow("paket idempotency_key a number")
        << paketEvent(QStringLiteral("activation.item.failed"),
                      QStringLiteral("evt_1"),
                      QStringLiteral("42"))
        << QStringLiteral("paket")
        << QStringList {QStringLiteral(
               "request.idempotency_key is an integer, documented as string or null")};
    QTest::newRow("paket without request")
        << QByteArray(paket).replace(
               R"("request":{"id":"req_2442fd8627bedb77","idempotency_key":null},)", "")
        << QStringLiteral("paket")
        << QStringList {QStringLiteral("request is missing (documented as object)"),
                        QStringLiteral("request.id is missing (documented as string)"),
                        QStringLiteral("request.idempotency_key is missing (documented as string "
                                       "or null)")};
    QTest::newRow("paket unknown type without api_version")
        << paketEvent(QStringLiteral("subscription.status.upgraded"))
               .replace(R"("api_version":"2023-12-10",)", "")
        << QStringLiteral("paket")
        << QStringList {QStringLiteral("api_version is missing (documented as string)")};
    QTest::newRow("paket data.object not an object")
        << QByteArray(paket).replace(R"({"object":{"id":"obj_evt_a75f6d23be8c17b1"}})",
                                     R"({"object":"sub_1"})")
        << QStringLiteral("paket")
        << QStringList {QStringLiteral("data.object is a string, documented as object")};

    QTest::newRow("anthropic thread event without its thread")
        << anthropicEvent(QStringLiteral("session.thread_idled"), QStringLiteral("sesn_1"), false)
               .replace(R"(,"session_thread_id":"sthr_01")", "")
        << QStringLiteral("anthropic")
        << QStringList {QStringLiteral("data.session_thread_id is missing (documented as string)")};
    QTest::newRow("anthropic credential event without its vault")
        << anthropicEvent(
               QStringLiteral("vault_credential.deleted"), QStringLiteral("vcrd_1"), true)
               .replace(R"(,"vaultID":"vlt_01")", "")
        << QStringLiteral("anthropic")
        << QStringList {QStringLiteral("data.vault_id is missing (documented as string)")};
    QTest::newRow("anthropic without workspace")
        << anthropicEvent(QStringLiteral("session.created"), QStringLiteral("sesn_1"), false)
               .replace(R"(,"workspace_id":"wrkspc_01")", "")
        << QStringLiteral("anthropic")
        << QStringList {QStringLiteral("data.workspace_id is missing (documented as string)")};
    QTest::newRow("anthropic created_at not RFC 3339")
        << anthropicEvent(QStringLiteral("vault.created"), QStringLiteral("vlt_1"), false)
               .replace("2025-06-01T10:15:30.123456Z", "last tuesday")
        << QStringLiteral("anthropic")
        << QStringList {QStringLiteral("created_at is a string, documented as timestamp")};

    // Seed 004's "Event Structure" template: placeholders instead of values.
    QTest::newRow("webhook-guide template")
        << QByteArray(
               R"({"id":"evt_unique_id","type":"resource.action",)"
               R"("created_at":"ISO8601_TIMESTAMP","data":{"resource_specific_data":"value"}})")
        << QStringLiteral("webhook-guide")
        << QStringList {QStringLiteral("created_at is a string, documented as timestamp")};
    QTest::newRow("webhook-guide user.created without user_id")
        << QByteArray(R"({"id":"evt_1","type":"user.created","created_at":"2023-01-01T12:00:00Z",)"
                      R"("data":{"email":"user@example.com"}})")
        << QStringLiteral("webhook-guide")
        << QStringList {QStringLiteral("data.user_id is missing (documented as string)")};
    QTest::newRow("webhook-events created_at as Unix time")
        << ::webhookEventsEvent(QStringLiteral("enrollment.accepted"), QStringLiteral("enrollment"))
               .replace(R"("2024-03-05T23:04:43.684Z")", "1709679883")
        << QStringLiteral("webhook-events")
        << QStringList {QStringLiteral("created_at is an integer, documented as timestamp")};
}

void TestInspector::conformance()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, provider);
    QFETCH(QStringList, notes);

    const EventInfo event = Inspector::inspect(makeRequest(body), m_catalogs).event;
    QCOMPARE(event.bodyError, QString());
    QCOMPARE(event.provider, provider);
    QCOMPARE(event.conformance, notes);
}

void TestInspector::recognition_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("eventName");

    // Generic {id, type, created_at, data}: seed 004's shape, claimed by nothing more specific.
    const QByteArray generic = R"({"id":"evt_g1","type":"thing.happened",)"
                               R"("created_at":"2024-03-05T23:04:43Z","data":{}})";
    const QString happened = QStringLiteral("thing.happened");
    const QByteArray other = R"({"hello":"world"})";
    const HeaderList form {{"Content-Type", "application/x-www-form-urlencoded"}};

    QTest::newRow("generic shape alone") << QByteArray("/hooks") << jsonHeaders << generic
                                         << QStringLiteral("webhook-guide") << happened;
    QTest::newRow("listener path wins for a generic shape")
        << QByteArray("/paket/live") << jsonHeaders << generic << QStringLiteral("paket")
        << happened;
    QTest::newRow("listener path with a query") << QByteArray("/paket?source=tunnel") << jsonHeaders
                                                << generic << QStringLiteral("paket") << happened;
    QTest::newRow("listener path, unknown body")
        << QByteArray("/webhook-events") << jsonHeaders << other << QStringLiteral("webhook-events")
        << QString();
    QTest::newRow("listener path, form body")
        << QByteArray("/paket") << form << QByteArray("a=1&b=2") << QStringLiteral("paket")
        << QString();
    QTest::newRow("path prefix is not a path segment")
        << QByteArray("/paketized") << jsonHeaders << other << QString() << QString();
    QTest::newRow("seed body beats another listener path")
        << QByteArray("/anthropic") << jsonHeaders << ::paketSeedExample << QStringLiteral("paket")
        << QStringLiteral("context.session.context_added");
    QTest::newRow("documented type beats another listener path")
        << QByteArray("/paket") << jsonHeaders
        << QByteArray(R"({"id":"evt_1","type":"user.deleted","created_at":"2023-01-01T12:00:00Z",)"
                      R"("data":{"user_id":"usr_1"}})")
        << QStringLiteral("webhook-guide") << QStringLiteral("user.deleted");

    QTest::newRow("no match: other JSON")
        << QByteArray("/") << jsonHeaders << other << QString() << QString();
    QTest::newRow("no match: GitHub")
        << QByteArray("/github")
        << HeaderList {{"Content-Type", "application/json"},
                       {"X-GitHub-Event", "pull_request"},
                       {"X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"}}
        << QByteArray(R"({"action":"opened","number":7})") << QString()
        << QStringLiteral("pull_request");
    QTest::newRow("no match: Svix")
        << QByteArray("/hooks")
        << HeaderList {{"Content-Type", "application/json"},
                       {"svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
                       {"svix-timestamp", "1614265330"},
                       {"svix-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}}
        << QByteArray(R"({"type":"invoice.paid","data":{"id":"in_1"}})") << QString()
        << QStringLiteral("invoice.paid");
    QTest::newRow("no match: JSON array")
        << QByteArray("/") << jsonHeaders << QByteArray(R"([{"id":"evt_1","type":"a.b"}])")
        << QString() << QString();
    QTest::newRow("no match: empty body")
        << QByteArray("/") << jsonHeaders << QByteArray() << QString() << QString();
}

void TestInspector::recognition()
{
    QFETCH(QByteArray, target);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, provider);
    QFETCH(QString, eventName);

    const EventInfo event
        = Inspector::inspect(makeRequest(body, headers, target), m_catalogs).event;
    QCOMPARE(event.provider, provider);
    QCOMPARE(event.eventName, eventName);
    if (provider.isEmpty()) {
        QVERIFY(!event.knownType);
        QCOMPARE(event.conformance, QStringList());
    }
}

// An unknown Anthropic type scores like seed 004's generic {id, type, created_at, data}; the
// tie must not be settled by the order of the list: Anthropic's envelope (it also matches its
// `equals`) is the more specific one.
void TestInspector::recognitionDoesNotDependOnCatalogOrder()
{
    const CapturedRequest request = makeRequest(
        anthropicEvent(QStringLiteral("vault.sealed"), QStringLiteral("vlt_9"), false));
    QList<Catalog> reversed = m_catalogs;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(Inspector::inspect(request, m_catalogs).event.provider, QStringLiteral("anthropic"));
    QCOMPARE(Inspector::inspect(request, reversed).event.provider, QStringLiteral("anthropic"));
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
