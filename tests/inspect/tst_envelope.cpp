// What inspection reads from any request, whoever sent it: the body (content coding, kind,
// indexed text), the envelope's generic shapes, and occurrence times in every form.
#include "inspect/catalogset.h"
#include "inspect/envelope.h"
#include "inspect/inspector.h"
#include "inspect/timestamps.h"

#include <QTest>

#include <zlib.h>

using namespace Hookbench;

namespace {

const HeaderList jsonHeaders {{"Content-Type", "application/json"}};
// Standard Webhooks headers, as seed 002's provider and many others send them.
const HeaderList standardWebhooks {
    {"Content-Type", "application/json"},
    {"webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"},
    {"webhook-timestamp", "1748772930"},
    {"webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="},
};
const HeaderList gzipJson {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}};

// A complete Paket event (seeds 000/001).
const QByteArray paketEvent
    = R"({"id":"evt_a75f6d23be8c17b1","object":"event","type":"activation.code.expired",)"
      R"("created":1709679883853,"api_version":"2023-12-10","request":{"id":"req_2442fd8627bedb77",)"
      R"("idempotency_key":null},"data":{"object":{"id":"acx_1"}}})";

CapturedRequest makeRequest(const QByteArray &body, const HeaderList &headers = jsonHeaders)
{
    CapturedRequest request;
    request.method = "POST";
    request.target = "/hooks";
    request.httpVersion = "HTTP/1.1";
    request.setHeaders(headers);
    request.body = body;
    request.bodySize = body.size();
    return request;
}

// gzip (windowBits 31) in one call: the output buffer is deflateBound() large.
QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void gzipBodyIsDecoded();
    void bodies_data();
    void bodies();
    void headerText();
    void bodyTextIsCut();
    void bodyTextIsNotCutInsideACharacter();
    void declaredCharsetIsDecoded();
    void encodingErrorIsNotHiddenByJsonError();

    void envelopeShapes_data();
    void envelopeShapes();
    void envelopeShapesWithBuiltInCatalogs_data() { envelopeShapes_data(); }
    void envelopeShapesWithBuiltInCatalogs();
    void headersAloneDoNotClaimAnEvent();
    void resourceTypeOf_data();
    void resourceTypeOf();

    void occurredAt_data();
    void occurredAt();
    void parseIsoTimestamp_data();
    void parseIsoTimestamp();
    void unixTimeToUs_data();
    void unixTimeToUs();

private:
    QList<Catalog> m_catalogs;
};

void TestEnvelope::initTestCase()
{
    const CatalogSet set {QString()};
    m_catalogs = set.catalogs();
    QCOMPARE(m_catalogs.size(), 4);
}

void TestEnvelope::gzipBodyIsDecoded()
{
    const Inspection inspection
        = Inspector::inspect(makeRequest(gzip(paketEvent), gzipJson), m_catalogs);
    QCOMPARE(inspection.event.bodyError, QString());
    QCOMPARE(inspection.event.bodyKind, QStringLiteral("json"));
    QCOMPARE(inspection.event.provider, QStringLiteral("paket"));
    QCOMPARE(inspection.event.eventName, QStringLiteral("activation.code.expired"));
    QVERIFY(inspection.event.knownType);
    QCOMPARE(inspection.bodyText, paketEvent); // the index sees the decoded body
}

void TestEnvelope::bodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("bodyKind");
    QTest::addColumn<QStringList>("errorParts"); ///< all in bodyError; empty: no error
    QTest::addColumn<QByteArrayList>("textParts"); ///< all in bodyText; empty: no bodyText
    QTest::addColumn<QString>("eventName");

    const QByteArray paket = paketEvent;
    QByteArray badChecksum = gzip(paket);
    badChecksum[badChecksum.size() - 6] = char(badChecksum.at(badChecksum.size() - 6) ^ 0x5a);
    QTest::newRow("truncated gzip")
        << gzip(paket).first(20) << gzipJson << QStringLiteral("binary")
        << QStringList {QStringLiteral("gzip")} << QByteArrayList() << QString();
    QTest::newRow("gzip with a bad checksum")
        << badChecksum << gzipJson << QStringLiteral("binary")
        << QStringList {QStringLiteral("gzip")} << QByteArrayList() << QString();
    // A proxy that already decoded the body but kept the header: the JSON is still read.
    QTest::newRow("gzip header on plain JSON")
        << paket << gzipJson << QStringLiteral("json") << QStringList {QStringLiteral("gzip")}
        << QByteArrayList {"activation.code.expired"} << QStringLiteral("activation.code.expired");
    QTest::newRow("invalid JSON") << QByteArray("{\n  \"id\": \"evt_1\",\n  \"type\": }")
                                  << jsonHeaders << QStringLiteral("json")
                                  << QStringList {QStringLiteral("line 3"),
                                                  QStringLiteral("column")}
                                  << QByteArrayList {"evt_1"} << QString();
    QTest::newRow("form") << QByteArray("event=user.created&name=John+Doe&email=john%40example.com")
                          << HeaderList {{"Content-Type", "application/x-www-form-urlencoded"}}
                          << QStringLiteral("form") << QStringList()
                          << QByteArrayList {"name John Doe",
                                             "email john@example.com",
                                             "event user.created"}
                          << QString();
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20)
                            << HeaderList {{"Content-Type", "application/octet-stream"}}
                            << QStringLiteral("binary") << QStringList() << QByteArrayList()
                            << QString();
    QTest::newRow("not UTF-8 text")
        << QByteArray("<p>caf\xe9 cr\xe8me</p>") << HeaderList {{"Content-Type", "text/html"}}
        << QStringLiteral("text") << QStringList()
        << QByteArrayList {"<p>caf\xef\xbf\xbd cr\xef\xbf\xbdme</p>"} << QString();
    QTest::newRow("empty") << QByteArray() << jsonHeaders << QStringLiteral("empty")
                           << QStringList() << QByteArrayList() << QString();
    QTest::newRow("empty gzip") << QByteArray() << gzipJson << QStringLiteral("empty")
                                << QStringList() << QByteArrayList() << QString();
    const QString expired = QStringLiteral("activation.code.expired");
    QTest::newRow("JSON sent as a form (curl -d)")
        << paket << HeaderList {{"Content-Type", "application/x-www-form-urlencoded"}}
        << QStringLiteral("json") << QStringList() << QByteArrayList {"evt_a75f6d23be8c17b1"}
        << expired;
    QTest::newRow("JSON with a byte order mark")
        << "\xef\xbb\xbf" + paket << jsonHeaders << QStringLiteral("json") << QStringList()
        << QByteArrayList {"evt_a75f6d23be8c17b1"} << expired;
    QTest::newRow("JSON without a Content-Type")
        << paket << HeaderList() << QStringLiteral("json") << QStringList()
        << QByteArrayList {"evt_a75f6d23be8c17b1"} << expired;
}

void TestEnvelope::bodies()
{
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, headers);
    QFETCH(QString, bodyKind);
    QFETCH(QStringList, errorParts);
    QFETCH(QByteArrayList, textParts);
    QFETCH(QString, eventName);

    const Inspection inspection = Inspector::inspect(makeRequest(body, headers), m_catalogs);
    const EventInfo &event = inspection.event;
    QCOMPARE(event.bodyKind, bodyKind);
    QVERIFY2(event.bodyError.isEmpty() == errorParts.isEmpty(), qPrintable(event.bodyError));
    for (const QString &part : std::as_const(errorParts))
        QVERIFY2(event.bodyError.contains(part), qPrintable(event.bodyError));
    QCOMPARE(inspection.bodyText.isEmpty(), textParts.isEmpty());
    QVERIFY(inspection.bodyText.isValidUtf8());
    for (const QByteArray &part : std::as_const(textParts))
        QVERIFY2(inspection.bodyText.contains(part), inspection.bodyText.constData());
    QCOMPARE(event.eventName, eventName);
    QCOMPARE(event.hasEvent(), !eventName.isEmpty());
}

void TestEnvelope::headerText()
{
    const HeaderList headers {
        {"Content-Type", "application/json"},
        {"User-Agent", "Paket-Webhooks/1.0"},
        {"X-Note", "caf\xe9"}, // Latin-1 on the wire
        {"X-Note", "second"},
    };
    const Inspection inspection = Inspector::inspect(makeRequest(paketEvent, headers), m_catalogs);
    QVERIFY(inspection.headerText.isValidUtf8());
    QVERIFY(inspection.headerText.contains("Content-Type application/json\n"));
    QVERIFY(inspection.headerText.contains("User-Agent Paket-Webhooks/1.0\n"));
    QVERIFY(inspection.headerText.contains("X-Note caf\xef\xbf\xbd\n"));
    QVERIFY(inspection.headerText.contains("X-Note second\n"));
}

void TestEnvelope::bodyTextIsCut()
{
    const QByteArray body = QByteArray("lorem ipsum ").repeated(Inspector::maxIndexedBodyBytes / 6);
    const HeaderList text {{"Content-Type", "text/plain"}};
    const Inspection inspection = Inspector::inspect(makeRequest(body, text), m_catalogs);
    QCOMPARE(inspection.event.bodyKind, QStringLiteral("text"));
    QCOMPARE(inspection.bodyText.size(), Inspector::maxIndexedBodyBytes);
    QVERIFY(body.startsWith(inspection.bodyText));
}

// The cut must not split a UTF-8 sequence into a replacement character past the limit.
void TestEnvelope::bodyTextIsNotCutInsideACharacter()
{
    // "x" then two-byte "é": the limit (even) falls between the two bytes of an "é".
    const QByteArray body = "x" + QByteArray("\xc3\xa9").repeated(Inspector::maxIndexedBodyBytes);
    const HeaderList text {{"Content-Type", "text/plain; charset=utf-8"}};
    const Inspection inspection = Inspector::inspect(makeRequest(body, text), m_catalogs);
    QCOMPARE(inspection.event.bodyKind, QStringLiteral("text"));
    QVERIFY(inspection.bodyText.isValidUtf8());
    QVERIFY2(inspection.bodyText.size() <= Inspector::maxIndexedBodyBytes,
             qPrintable(QString::number(inspection.bodyText.size())));
    QVERIFY(!inspection.bodyText.endsWith("\xef\xbf\xbd"));
    QVERIFY(body.startsWith(inspection.bodyText));
}

// A text body in a declared charset is indexed as what it says, so a search for "café" finds it.
void TestEnvelope::declaredCharsetIsDecoded()
{
    const HeaderList latin1 {{"Content-Type", "text/plain; charset=iso-8859-1"}};
    const Inspection inspection
        = Inspector::inspect(makeRequest("caf\xe9 cr\xe8me", latin1), m_catalogs);
    QCOMPARE(inspection.event.bodyKind, QStringLiteral("text"));
    QCOMPARE(inspection.bodyText, QByteArray("caf\xc3\xa9 cr\xc3\xa8me"));
}

// A body that is not gzip at all, labelled gzip and JSON: the bad encoding is the real cause.
void TestEnvelope::encodingErrorIsNotHiddenByJsonError()
{
    const EventInfo event
        = Inspector::inspect(makeRequest("not gzip, not json", gzipJson), m_catalogs).event;
    QCOMPARE(event.bodyKind, QStringLiteral("json"));
    QVERIFY2(event.bodyError.contains(QLatin1String("gzip")), qPrintable(event.bodyError));
}

void TestEnvelope::envelopeShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("resourceId");
    QTest::addColumn<QString>("organizationId");
    QTest::addColumn<QString>("workspaceId");

    const auto with = [](const char *name, const char *value) {
        return HeaderList {{"Content-Type", "application/json"}, {name, value}};
    };
    const QString none;
    const QString paid = QStringLiteral("invoice.paid");
    const QString invoice = QStringLiteral("invoice");

    // Event id: body members, then the delivery headers of common schemes.
    QTest::newRow("id") << QByteArray(R"({"id":"evt_1","type":"invoice.paid"})") << jsonHeaders
                        << QStringLiteral("evt_1") << paid << invoice << none << none << none;
    QTest::newRow("event_id") << QByteArray(R"({"event_id":"evt_2","type":"invoice.paid"})")
                              << jsonHeaders << QStringLiteral("evt_2") << paid << invoice << none
                              << none << none;
    QTest::newRow("numeric id") << QByteArray(R"({"id":12345,"type":"invoice.paid"})")
                                << jsonHeaders << QStringLiteral("12345") << paid << invoice << none
                                << none << none;
    QTest::newRow("empty id, then event_id")
        << QByteArray(R"({"id":"","event_id":"evt_3","type":"invoice.paid"})") << jsonHeaders
        << QStringLiteral("evt_3") << paid << invoice << none << none << none;
    QTest::newRow("webhook-id header")
        << QByteArray(R"({"type":"invoice.paid"})") << with("webhook-id", "msg_1")
        << QStringLiteral("msg_1") << paid << invoice << none << none << none;
    QTest::newRow("svix-id header")
        << QByteArray(R"({"type":"invoice.paid"})") << with("svix-id", "msg_2")
        << QStringLiteral("msg_2") << paid << invoice << none << none << none;
    QTest::newRow("X-GitHub-Delivery and X-GitHub-Event headers")
        << QByteArray(R"({"action":"opened","number":7})")
        << HeaderList {{"Content-Type", "application/json"},
                       {"X-GitHub-Event", "pull_request"},
                       {"X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"}}
        << QStringLiteral("72d3162e-cc78-11e3-81ab-4c9367dc0958") << QStringLiteral("pull_request")
        << none << none << none << none;
    QTest::newRow("body id wins over webhook-id")
        << QByteArray(R"({"id":"evt_body","type":"invoice.paid"})") << with("webhook-id", "msg_3")
        << QStringLiteral("evt_body") << paid << invoice << none << none << none;
    QTest::newRow("body id wins over svix-id")
        << QByteArray(R"({"event_id":"evt_body","type":"invoice.paid"})")
        << with("svix-id", "msg_4") << QStringLiteral("evt_body") << paid << invoice << none << none
        << none;
    QTest::newRow("headers on a JSON array")
        << QByteArray(R"([{"id":"evt_in_array","type":"invoice.paid"}])")
        << with("X-GitHub-Delivery", "d-1") << QStringLiteral("d-1") << none << none << none << none
        << none;

    // Event type.
    QTest::newRow("event_name") << QByteArray(R"({"event_name":"order.created"})") << jsonHeaders
                                << none << QStringLiteral("order.created")
                                << QStringLiteral("order") << none << none << none;
    QTest::newRow("event") << QByteArray(R"({"event":"charge.refunded"})") << jsonHeaders << none
                           << QStringLiteral("charge.refunded") << QStringLiteral("charge") << none
                           << none << none;
    QTest::newRow("event_type") << QByteArray(R"({"event_type":"payment.failed"})") << jsonHeaders
                                << none << QStringLiteral("payment.failed")
                                << QStringLiteral("payment") << none << none << none;
    QTest::newRow("body type wins over X-GitHub-Event")
        << QByteArray(R"({"type":"invoice.paid"})") << with("X-GitHub-Event", "push") << none
        << paid << invoice << none << none << none;
    QTest::newRow("type event, the real type in data")
        << QByteArray(R"({"type":"event","data":{"type":"session.created","id":"sesn_1"}})")
        << jsonHeaders << none << QStringLiteral("session.created") << QStringLiteral("session")
        << QStringLiteral("sesn_1") << none << none;

    // Resource type and id.
    QTest::newRow("resource_type and resource_id")
        << QByteArray(R"({"event_name":"enrollment.accepted","resource_type":"enrollment",)"
                      R"("resource_id":"enr_1","data":{"id":"other"}})")
        << jsonHeaders << none << QStringLiteral("enrollment.accepted")
        << QStringLiteral("enrollment") << QStringLiteral("enr_1") << none << none;
    QTest::newRow("multi-part resource, data.session_id")
        << QByteArray(R"({"type":"context.session.deleted","data":{"session_id":"s_1"}})")
        << jsonHeaders << none << QStringLiteral("context.session.deleted")
        << QStringLiteral("context.session") << QStringLiteral("s_1") << none << none;
    QTest::newRow("data.object.id")
        << QByteArray(R"({"type":"invoice.paid","data":{"id":"d_1","object":{"id":"in_1"}}})")
        << jsonHeaders << none << paid << invoice << QStringLiteral("in_1") << none << none;
    QTest::newRow("data.id") << QByteArray(R"({"type":"invoice.paid","data":{"id":"in_2"}})")
                             << jsonHeaders << none << paid << invoice << QStringLiteral("in_2")
                             << none << none;
    QTest::newRow("data.invoice_id")
        << QByteArray(R"({"type":"invoice.paid","data":{"invoice_id":"in_3"}})") << jsonHeaders
        << none << paid << invoice << QStringLiteral("in_3") << none << none;
    QTest::newRow("no dot, no resource")
        << QByteArray(R"({"type":"ping","data":{"id":"p_1"}})") << jsonHeaders << none
        << QStringLiteral("ping") << none << QStringLiteral("p_1") << none << none;

    // Organization and workspace.
    QTest::newRow("organization_id")
        << QByteArray(R"({"type":"a.b","organization_id":"org_1"})") << jsonHeaders << none
        << QStringLiteral("a.b") << QStringLiteral("a") << none << QStringLiteral("org_1") << none;
    QTest::newRow("organizationID, workspaceID")
        << QByteArray(R"({"type":"a.b","organizationID":"org_2","workspaceID":"ws_2"})")
        << jsonHeaders << none << QStringLiteral("a.b") << QStringLiteral("a") << none
        << QStringLiteral("org_2") << QStringLiteral("ws_2");
    QTest::newRow("data.organization_id, data.workspace_id")
        << QByteArray(R"({"type":"a.b","data":{"organization_id":"org_3","workspace_id":"ws_3"}})")
        << jsonHeaders << none << QStringLiteral("a.b") << QStringLiteral("a") << none
        << QStringLiteral("org_3") << QStringLiteral("ws_3");
    QTest::newRow("data.organizationID, data.workspaceId")
        << QByteArray(R"({"type":"a.b","data":{"organizationID":"org_4","workspaceId":"ws_4"}})")
        << jsonHeaders << none << QStringLiteral("a.b") << QStringLiteral("a") << none
        << QStringLiteral("org_4") << QStringLiteral("ws_4");
    QTest::newRow("top level wins over data")
        << QByteArray(R"({"type":"a.b","organization_id":"org_top",)"
                      R"("data":{"organization_id":"org_data"}})")
        << jsonHeaders << none << QStringLiteral("a.b") << QStringLiteral("a") << none
        << QStringLiteral("org_top") << none;
}

void TestEnvelope::envelopeShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, headers);
    QFETCH(QString, eventId);
    QFETCH(QString, eventName);
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceId);
    QFETCH(QString, organizationId);
    QFETCH(QString, workspaceId);

    const EventInfo event = Inspector::inspect(makeRequest(body, headers), {}).event;
    QCOMPARE(event.bodyError, QString());
    QCOMPARE(event.provider, QString());
    QVERIFY(!event.knownType);
    QCOMPARE(event.eventId, eventId);
    QCOMPARE(event.eventName, eventName);
    QCOMPARE(event.resourceType, resourceType);
    QCOMPARE(event.resourceId, resourceId);
    QCOMPARE(event.organizationId, organizationId);
    QCOMPARE(event.workspaceId, workspaceId);
}

// None of these shapes is a seed provider's: the built-in catalogs change nothing.
void TestEnvelope::envelopeShapesWithBuiltInCatalogs()
{
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, headers);
    QFETCH(QString, eventId);
    QFETCH(QString, eventName);
    QFETCH(QString, resourceType);
    QFETCH(QString, resourceId);
    QFETCH(QString, organizationId);
    QFETCH(QString, workspaceId);

    const EventInfo event = Inspector::inspect(makeRequest(body, headers), m_catalogs).event;
    QCOMPARE(event.eventId, eventId);
    QCOMPARE(event.eventName, eventName);
    QCOMPARE(event.provider, QString());
    QCOMPARE(event.resourceType, resourceType);
    QCOMPARE(event.resourceId, resourceId);
    QCOMPARE(event.organizationId, organizationId);
    QCOMPARE(event.workspaceId, workspaceId);
}

void TestEnvelope::resourceTypeOf_data()
{
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<QString>("resourceType");
    QTest::newRow("resource.action") << QStringLiteral("invoice.paid") << QStringLiteral("invoice");
    QTest::newRow("three parts") << QStringLiteral("context.session.deleted")
                                 << QStringLiteral("context.session");
    QTest::newRow("underscores") << QStringLiteral("vault_credential.refresh_failed")
                                 << QStringLiteral("vault_credential");
    QTest::newRow("no dot") << QStringLiteral("ping") << QString();
    QTest::newRow("leading dot") << QStringLiteral(".paid") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEnvelope::resourceTypeOf()
{
    QFETCH(QString, eventName);
    QFETCH(QString, resourceType);
    QCOMPARE(Envelope::resourceTypeOf(eventName), resourceType);
}

void TestEnvelope::occurredAt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expected");

    const qint64 at = Q_INT64_C(1709679883000000); // 2024-03-05T23:04:43Z
    QTest::newRow("created seconds") << QByteArray(R"({"created":1709679883})") << at;
    QTest::newRow("created milliseconds")
        << QByteArray(R"({"created":1709679883853})") << at + 853000;
    QTest::newRow("created microseconds")
        << QByteArray(R"({"created":1709679883853123})") << at + 853123;
    QTest::newRow("created fractional seconds")
        << QByteArray(R"({"created":1709679883.853})") << at + 853000;
    QTest::newRow("created seconds as a string") << QByteArray(R"({"created":"1709679883"})") << at;
    QTest::newRow("created_at Z") << QByteArray(R"({"created_at":"2024-03-05T23:04:43Z"})") << at;
    QTest::newRow("created_at +02:00")
        << QByteArray(R"({"created_at":"2024-03-06T01:04:43+02:00"})") << at;
    QTest::newRow("created_at -05:30")
        << QByteArray(R"({"created_at":"2024-03-05T17:34:43-05:30"})") << at;
    QTest::newRow("created_at 3 fractional digits")
        << QByteArray(R"({"created_at":"2024-03-05T23:04:43.684Z"})") << at + 684000;
    QTest::newRow("created_at 9 fractional digits")
        << QByteArray(R"({"created_at":"2024-03-05T23:04:43.684123456Z"})") << at + 684123;
    QTest::newRow("created_at fraction and offset")
        << QByteArray(R"({"created_at":"2024-03-06T01:04:43.5+02:00"})") << at + 500000;
    QTest::newRow("created_at without offset")
        << QByteArray(R"({"created_at":"2024-03-05T23:04:43"})") << at;
    QTest::newRow("created_at date only")
        << QByteArray(R"({"created_at":"2024-03-05"})") << Q_INT64_C(1709596800000000);
    QTest::newRow("created_at with a space")
        << QByteArray(R"({"created_at":"2024-03-05 23:04:43Z"})") << at;
    QTest::newRow("createdAt") << QByteArray(R"({"createdAt":"2024-03-05T23:04:43Z"})") << at;
    QTest::newRow("occurred_at") << QByteArray(R"({"occurred_at":"2024-03-05T23:04:43Z"})") << at;
    QTest::newRow("timestamp") << QByteArray(R"({"timestamp":1709679883})") << at;
    QTest::newRow("invalid string") << QByteArray(R"({"created_at":"yesterday"})") << qint64(0);
    QTest::newRow("invalid, then a valid key")
        << QByteArray(R"({"created_at":"soon","timestamp":"2024-03-05T23:04:43Z"})") << at;
    QTest::newRow("zero") << QByteArray(R"({"created":0})") << qint64(0);
    QTest::newRow("negative") << QByteArray(R"({"created":-5})") << qint64(0);
    QTest::newRow("boolean") << QByteArray(R"({"created":true})") << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"created":null})") << qint64(0);
    QTest::newRow("object") << QByteArray(R"({"created":{"s":1709679883}})") << qint64(0);
    QTest::newRow("nested only") << QByteArray(R"({"data":{"created_at":"2024-03-05"}})")
                                 << qint64(0);
}

void TestEnvelope::occurredAt()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, expected);
    QCOMPARE(Inspector::inspect(makeRequest(body), {}).event.occurredAtUs, expected);
}

void TestEnvelope::parseIsoTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const qint64 at = Q_INT64_C(1709679883000000); // 2024-03-05T23:04:43Z
    const auto valid = [](const char *name, const char *text, qint64 us) {
        QTest::newRow(name) << QString::fromLatin1(text) << true << us;
    };
    const auto invalid = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(text) << false << qint64(0);
    };
    valid("Z", "2024-03-05T23:04:43Z", at);
    valid("lower-case t and z", "2024-03-05t23:04:43z", at);
    valid("+02:00", "2024-03-06T01:04:43+02:00", at);
    valid("+0200", "2024-03-06T01:04:43+0200", at);
    valid("-05:30", "2024-03-05T17:34:43-05:30", at);
    valid("-00:00", "2024-03-05T23:04:43-00:00", at);
    valid("offset across the year", "2024-01-01T01:00:00+02:00", Q_INT64_C(1704063600000000));
    valid("1 fractional digit", "2024-03-05T23:04:43.5Z", at + 500000);
    valid("3 fractional digits", "2024-03-05T23:04:43.684Z", at + 684000);
    valid("6 fractional digits", "2024-03-05T23:04:43.684123Z", at + 684123);
    valid("9 fractional digits", "2024-03-05T23:04:43.684123999Z", at + 684123);
    valid("decimal comma", "2024-03-05T23:04:43,25Z", at + 250000);
    valid("no offset", "2024-03-05T23:04:43", at);
    valid("no offset, fraction", "2024-03-05T23:04:43.1", at + 100000);
    valid("no seconds", "2024-03-05T23:04Z", at - 43000000);
    valid("space", "2024-03-05 23:04:43Z", at);
    valid("surrounding spaces", "  2024-03-05T23:04:43Z\n", at);
    valid("date only", "2024-03-05", Q_INT64_C(1709596800000000));
    valid("leap day", "2024-02-29T00:00:00Z", Q_INT64_C(1709164800000000));
    valid("leap second", "2016-12-31T23:59:60Z", Q_INT64_C(1483228799000000));
    valid("epoch", "1970-01-01T00:00:00Z", 0);
    valid("before the epoch", "1969-12-31T23:59:59Z", -1000000);
    invalid("empty", "");
    invalid("words", "yesterday");
    invalid("Unix seconds", "1709679883");
    invalid("slashes", "2024/03/05");
    invalid("month 13", "2024-13-05T23:04:43Z");
    invalid("February 30", "2024-02-30");
    invalid("not a leap year", "2023-02-29");
    invalid("hour 25", "2024-03-05T25:04:43Z");
    invalid("minute 61", "2024-03-05T23:61:43Z");
    invalid("second 61", "2024-03-05T23:04:61Z");
    invalid("other separator", "2024-03-05X23:04:43Z");
    invalid("dot without digits", "2024-03-05T23:04:43.Z");
    invalid("text after Z", "2024-03-05T23:04:43Zulu");
    invalid("offset hour 24", "2024-03-05T23:04:43+24:00");
    invalid("offset minute 60", "2024-03-05T23:04:43+01:60");
    invalid("offset cut", "2024-03-05T23:04:43+01:");
    invalid("time cut", "2024-03-05T23");
    invalid("short year", "24-03-05");
    QTest::newRow("full-width digits")
        << QStringLiteral("\uff12\uff10\uff12\uff14-03-05") << false << qint64(0);
}

void TestEnvelope::parseIsoTimestamp()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = parseIsoTimestampUs(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

void TestEnvelope::unixTimeToUs_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << Q_INT64_C(1709679883) << Q_INT64_C(1709679883000000);
    QTest::newRow("milliseconds") << Q_INT64_C(1709679883853) << Q_INT64_C(1709679883853000);
    QTest::newRow("microseconds") << Q_INT64_C(1709679883853123) << Q_INT64_C(1709679883853123);
    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("largest seconds") << Q_INT64_C(99999999999) << Q_INT64_C(99999999999000000);
    QTest::newRow("smallest milliseconds") << Q_INT64_C(100000000000) << Q_INT64_C(100000000000000);
    QTest::newRow("largest milliseconds")
        << Q_INT64_C(99999999999999) << Q_INT64_C(99999999999999000);
    QTest::newRow("smallest microseconds")
        << Q_INT64_C(100000000000000) << Q_INT64_C(100000000000000);
    QTest::newRow("negative seconds") << Q_INT64_C(-86400) << Q_INT64_C(-86400000000);
    QTest::newRow("negative milliseconds")
        << Q_INT64_C(-100000000000) << Q_INT64_C(-100000000000000);
}

void TestEnvelope::unixTimeToUs()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);
    QCOMPARE(Hookbench::unixTimeToUs(value), expected);
}

// Standard Webhooks headers are sent by many providers, not only by seed 002's: on their own
// (no listener path, no matching envelope) they must not make an event Anthropic's, and must
// not hide the body's own event type behind Anthropic's envelope paths.
void TestEnvelope::headersAloneDoNotClaimAnEvent()
{
    const QByteArray body
        = R"({"type":"contact.created","timestamp":"2022-11-03T20:26:10.344522Z",)"
          R"("data":{"id":"cnt_1","email":"a@example.com"}})";
    const EventInfo event
        = Inspector::inspect(makeRequest(body, standardWebhooks), m_catalogs).event;
    QCOMPARE(event.eventName, QStringLiteral("contact.created"));
    QCOMPARE(event.eventId, QStringLiteral("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"));
    QCOMPARE(event.provider, QString());
    QCOMPARE(event.conformance, QStringList());
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
