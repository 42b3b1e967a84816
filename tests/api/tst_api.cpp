#include "../delivery/testreceiver.h"
#include "api/apiserver.h"
#include "capture/captureservice.h"
#include "delivery/deliveryengine.h"
#include "inspect/catalogset.h"
#include "secrets/secretbook.h"
#include "signing/schemeregistry.h"
#include "signing/signingrequest.h"
#include "store/reinspector.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// The automation API on 127.0.0.1 port 0 over a real store, called with a real HTTP client.
class TestApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusals_data();
    void refusals();
    void listPages_data();
    void listPages();
    void eventFilters_data();
    void eventFilters();
    void inspectedEventFields();
    void oneEventRawAndDeliveries();
    void resendArrivesByteIdentical();
    void resendWithEdits();
    void signedResendVerifies();
    void badResends_data();
    void badResends();
    void resendWithoutEngineIs503();
    void deleteThenGone();
    void oversizedRequestGets413();
    void stats();
    void listsWhileCapturing();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QHash<QByteArray, QByteArray> headers;
    };
    Reply call(const QByteArray &method,
               const QString &path,
               const QByteArray &token = "secret-token",
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &body = {});
    /// POSTs `json` to the resend route of event `id`.
    Reply resend(const QString &id, const QJsonObject &json);
    /// Waits until the API lists delivery `deliveryId` of event `id` with status `status`.
    bool listed(const QString &id, const QString &deliveryId, const QString &status);

    QTemporaryDir m_dir;
    StoreOptions m_store;
    CatalogSet m_catalogs {QString()}; // the built-in catalogs only
    StoreWriter m_writer;
    Reinspector m_reinspector {&m_writer, &m_catalogs};
    SecretBook m_secrets {[] {
        SecretsOptions options;
        options.storage = SecretsOptions::Storage::Memory;
        return options;
    }()};
    QString m_secretId;
    const QByteArray m_key = "github-hook-secret";
    DeliveryEngine m_engine; // outlives the server, which submits to it
    ApiServer m_api;
    QNetworkAccessManager m_client;
    QList<qint64> m_ids;
};

void TestApi::initTestCase()
{
    // Objects created on the wrong thread only warn; here that is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("thread")));
    m_store.path = m_dir.filePath(QStringLiteral("api.sqlite"));
    QString error;
    QVERIFY(m_writer.start(m_store, &error));
    QVERIFY(m_reinspector.start(m_store, &error));
    qint64 inspectedUpTo = 0;
    QObject context; // ends the connection with this function: it writes to a local
    connect(&m_reinspector,
            &Reinspector::inspected,
            &context,
            [&inspectedUpTo](qint64, qint64 lastId) { inspectedUpTo = lastId; });
    for (int i = 0; i < 25; ++i) {
        CapturedRequest request;
        request.method = i % 5 == 0 ? "PUT" : "POST";
        request.target
            = "/hooks/" + QByteArray(i % 2 ? "stripe" : "github") + "?i=" + QByteArray::number(i);
        request.httpVersion = "HTTP/1.1";
        request.setHeaders({{"X-I", QByteArray::number(i)}});
        request.rawHead = request.method + ' ' + request.target + " HTTP/1.1\r\n"
                          + request.headerFields + "\r\n";
        request.body
            = i == 24 ? QByteArray("\x00\xff", 2) : "{\"i\":" + QByteArray::number(i) + '}';
        // Every fifth request from the fourth on is a Paket event (seed 001): one
        // subscription event, and one session event delivered four times.
        if (i % 5 == 3) {
            const QByteArray type
                = i == 8 ? "subscription.status.renewed" : "context.session.context_added";
            request.body = R"({"id":"evt_)" + QByteArray(i == 8 ? "b" : "a")
                           + R"(","object":"event","type":")" + type
                           + R"(","created":1709679883853,"api_version":"2023-12-10",)"
                             R"("request":{"id":"req_1","idempotency_key":null},)"
                             R"("data":{"context_id":"ctx_1","session_id":"ses_9"}})";
            request.setHeaders(
                {{"X-I", QByteArray::number(i)}, {"Content-Type", "application/json"}});
            request.rawHead = request.method + ' ' + request.target + " HTTP/1.1\r\n"
                              + request.headerFields + "\r\n";
        }
        request.bodySize = request.body.size();
        request.receivedStartUs = 1'700'000'000'000'000 + qint64(i) * 1'000'000;
        request.responseStatus = 200;
        m_writer.submit(request, &context, [this](const CommitResult &r) { m_ids.append(r.id); });
        QTRY_COMPARE(m_ids.size(), i + 1);
    }
    // Events follow the acknowledgements; the checks below read them.
    QTRY_COMPARE(inspectedUpTo, m_ids.last());

    // A stored signing secret, resolved on the engine's thread as the capture session does.
    QVERIFY2(m_secrets.open(m_store, &error), qPrintable(error));
    SigningSource source;
    source.name = QStringLiteral("GitHub");
    source.scheme = QStringLiteral("github");
    QVERIFY2(m_secrets.saveSource(&source, &error), qPrintable(error));
    QString added = QStringLiteral("pending");
    m_secrets.addSecret(
        source.id, QStringLiteral("live"), m_key, [&added](const QString &e) { added = e; });
    QTRY_COMPARE(added, QString());
    m_secretId = m_secrets.secrets(source.id).first().id;
    m_engine.setSecretResolver(
        [this](const QString &secretId) { return m_secrets.verifier()->secret(secretId); });
    QVERIFY2(m_engine.start(m_store, &error), qPrintable(error));
    m_api.setDeliveries(&m_engine);
    QVERIFY2(m_api.start(QHostAddress(QHostAddress::LocalHost), 0, m_store, "secret-token", &error),
             qPrintable(error));
    QVERIFY(m_api.url().port() > 0);
}

void TestApi::cleanupTestCase()
{
    m_api.stop();
    m_engine.stop();
    m_writer.stop();
}

TestApi::Reply TestApi::call(const QByteArray &method,
                             const QString &path,
                             const QByteArray &token,
                             const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body)
{
    QUrl url = m_api.url();
    const qsizetype question = path.indexOf(u'?');
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_client.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(10'000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

TestApi::Reply TestApi::resend(const QString &id, const QJsonObject &json)
{
    return call("POST",
                QStringLiteral("/v1/webhook-events/%1/resend").arg(id),
                "secret-token",
                {{"Content-Type", "application/json"}},
                QJsonDocument(json).toJson());
}

bool TestApi::listed(const QString &id, const QString &deliveryId, const QString &status)
{
    return QTest::qWaitFor(
        [&] {
            const Reply list
                = call("GET", QStringLiteral("/v1/webhook-events/%1/deliveries").arg(id));
            for (const QJsonValue &delivery : list.json.value(QStringLiteral("data")).toArray()) {
                const QJsonObject object = delivery.toObject();
                if (object.value(QStringLiteral("id")).toString() == deliveryId)
                    return object.value(QStringLiteral("status")).toString() == status;
            }
            return false;
        },
        15'000);
}

void TestApi::refusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");

    const QString list = QStringLiteral("/v1/webhook-events");
    QTest::newRow("no token") << QByteArray("GET") << list << QByteArray() << QByteArray() << 401
                              << "unauthorized";
    QTest::newRow("wrong token") << QByteArray("GET") << list << QByteArray("secret-tokeN")
                                 << QByteArray() << 401 << "unauthorized";
    QTest::newRow("prefix of the token") << QByteArray("GET") << list << QByteArray("secret")
                                         << QByteArray() << 401 << "unauthorized";
    QTest::newRow("from a web page") << QByteArray("GET") << list << QByteArray("secret-token")
                                     << QByteArray("https://evil.example") << 403 << "forbidden";
    QTest::newRow("unknown route")
        << QByteArray("GET") << QStringLiteral("/v1/nothing") << QByteArray("secret-token")
        << QByteArray() << 404 << "not_found";
    QTest::newRow("unknown sub-route")
        << QByteArray("GET") << QStringLiteral("/v1/webhook-events/wevt_1/x")
        << QByteArray("secret-token") << QByteArray() << 404 << "not_found";
    QTest::newRow("malformed id") << QByteArray("GET")
                                  << QStringLiteral("/v1/webhook-events/wdlv_1")
                                  << QByteArray("secret-token") << QByteArray() << 400
                                  << "invalid_request";
    QTest::newRow("unknown id") << QByteArray("GET")
                                << QStringLiteral("/v1/webhook-events/wevt_999")
                                << QByteArray("secret-token") << QByteArray() << 404 << "not_found";
    QTest::newRow("wrong method") << QByteArray("POST") << list << QByteArray("secret-token")
                                  << QByteArray() << 405 << "method_not_allowed";
    QTest::newRow("unknown parameter")
        << QByteArray("GET") << list + QStringLiteral("?color=red") << QByteArray("secret-token")
        << QByteArray() << 400 << "invalid_request";
    QTest::newRow("page size over 1000")
        << QByteArray("GET") << list + QStringLiteral("?page_size=1001")
        << QByteArray("secret-token") << QByteArray() << 400 << "invalid_request";
    QTest::newRow("page 0") << QByteArray("GET") << list + QStringLiteral("?page=0")
                            << QByteArray("secret-token") << QByteArray() << 400
                            << "invalid_request";
    QTest::newRow("bad time") << QByteArray("GET") << list + QStringLiteral("?since=yesterday")
                              << QByteArray("secret-token") << QByteArray() << 400
                              << "invalid_request";
    QTest::newRow("bad query") << QByteArray("GET") << list + QStringLiteral("?q=color:red")
                               << QByteArray("secret-token") << QByteArray() << 422
                               << "invalid_query";
    QTest::newRow("unterminated phrase")
        << QByteArray("GET") << list + QStringLiteral("?q=%22abc") << QByteArray("secret-token")
        << QByteArray() << 422 << "invalid_query";
}

void TestApi::refusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, origin);
    QFETCH(int, status);
    QFETCH(QString, type);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!origin.isEmpty())
        headers.append({"Origin", origin});
    const Reply reply = call(method, path, token, headers);
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), type);
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(QStringLiteral("SELECT"))); // no SQL in messages
    if (status == 401)
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
    if (status == 405)
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
}

void TestApi::listPages_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstId");
    QTest::newRow("defaults") << QString() << 25 << 25 << "wevt_25";
    QTest::newRow("page 2 of 10") << "page=2&page_size=10" << 25 << 10 << "wevt_15";
    QTest::newRow("last page") << "page=3&page_size=10" << 25 << 5 << "wevt_5";
    QTest::newRow("past the end") << "page=4&page_size=10" << 25 << 0 << QString();
    QTest::newRow("method") << "method=PUT" << 5 << 5 << "wevt_21";
    QTest::newRow("path prefix") << "path=/hooks/stripe" << 12 << 12 << "wevt_24";
    QTest::newRow("since and until")
        << "since=2023-11-14T22:13:30Z&until=2023-11-14T22:13:35Z" << 5 << 5 << "wevt_15";
}

void TestApi::listPages()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    QFETCH(int, rows);
    QFETCH(QString, firstId);
    const Reply reply = call("GET", QStringLiteral("/v1/webhook-events?") + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), total);
    const QJsonArray data = reply.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), rows);
    if (rows > 0) {
        const QJsonObject first = data.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), firstId);
        QVERIFY(first.contains(QStringLiteral("event_name")));
        QVERIFY(first.value(QStringLiteral("created_at")).toString().endsWith(u'Z'));
    }
}

void TestApi::eventFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids");
    const QStringList sessions {QStringLiteral("wevt_24"),
                                QStringLiteral("wevt_19"),
                                QStringLiteral("wevt_14"),
                                QStringLiteral("wevt_4")};
    QTest::newRow("event_name") << "event_name=context.session.context_added" << sessions;
    QTest::newRow("resource_type")
        << "resource_type=subscription" << QStringList {QStringLiteral("wevt_9")};
    QTest::newRow("type wildcard") << "q=type:context.*" << sessions;
    QTest::newRow("provider") << "q=provider:paket"
                              << QStringList {QStringLiteral("wevt_24"),
                                              QStringLiteral("wevt_19"),
                                              QStringLiteral("wevt_14"),
                                              QStringLiteral("wevt_9"),
                                              QStringLiteral("wevt_4")};
    QTest::newRow("duplicate") << "q=is:duplicate"
                               << QStringList {QStringLiteral("wevt_24"),
                                               QStringLiteral("wevt_19"),
                                               QStringLiteral("wevt_14")};
    QTest::newRow("free text in the body") << "q=ses_9 -type:subscription.*" << sessions;
    QTest::newRow("free text in a header and a filter")
        << "q=%22X-I 8%22 method:POST" << QStringList {QStringLiteral("wevt_9")};
    QTest::newRow("query and filters together")
        << "q=provider:paket&event_name=subscription.status.renewed"
        << QStringList {QStringLiteral("wevt_9")};
}

void TestApi::eventFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, ids);
    const Reply reply = call("GET", QStringLiteral("/v1/webhook-events?") + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), ids.size());
    QStringList found;
    for (const QJsonValue row : reply.json.value(QStringLiteral("data")).toArray())
        found.append(row.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(found, ids);
}

void TestApi::inspectedEventFields()
{
    const Reply first = call("GET", QStringLiteral("/v1/webhook-events/wevt_4"));
    QCOMPARE(first.status, 200);
    const QJsonObject &e = first.json;
    QCOMPARE(e.value(QStringLiteral("provider")).toString(), QStringLiteral("paket"));
    QCOMPARE(e.value(QStringLiteral("event_name")).toString(),
             QStringLiteral("context.session.context_added"));
    QCOMPARE(e.value(QStringLiteral("event_id")).toString(), QStringLiteral("evt_a"));
    QCOMPARE(e.value(QStringLiteral("occurred_at")).toString(),
             QStringLiteral("2024-03-05T23:04:43.853000Z"));
    QVERIFY(e.value(QStringLiteral("known_type")).toBool());
    QVERIFY(e.value(QStringLiteral("duplicate_of")).isNull());
    QCOMPARE(e.value(QStringLiteral("conformance")).toArray().size(), 0);
    QVERIFY(e.value(QStringLiteral("organization_id")).isNull());

    const Reply again = call("GET", QStringLiteral("/v1/webhook-events/wevt_19"));
    QCOMPARE(again.json.value(QStringLiteral("duplicate_of")).toString(), QStringLiteral("wevt_4"));

    const Reply plain = call("GET", QStringLiteral("/v1/webhook-events/wevt_2"));
    QVERIFY(plain.json.value(QStringLiteral("provider")).isNull());
    QVERIFY(plain.json.value(QStringLiteral("event_name")).isNull());
    QCOMPARE(plain.json.value(QStringLiteral("body_kind")).toString(), QStringLiteral("json"));
    QCOMPARE(call("GET", QStringLiteral("/v1/webhook-events/wevt_25"))
                 .json.value(QStringLiteral("body_kind"))
                 .toString(),
             QStringLiteral("binary"));
}

void TestApi::oneEventRawAndDeliveries()
{
    const Reply event = call("GET", QStringLiteral("/v1/webhook-events/wevt_2"));
    QCOMPARE(event.status, 200);
    QCOMPARE(event.json.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(event.json.value(QStringLiteral("path")).toString(), QStringLiteral("/hooks/stripe"));
    QCOMPARE(event.json.value(QStringLiteral("query")).toString(), QStringLiteral("i=1"));
    QCOMPARE(event.json.value(QStringLiteral("body")).toString(), QStringLiteral("{\"i\":1}"));
    QVERIFY(event.json.value(QStringLiteral("resource_type")).isNull());

    const Reply binary = call("GET", QStringLiteral("/v1/webhook-events/25"));
    QVERIFY(binary.json.value(QStringLiteral("body")).isNull());
    QCOMPARE(binary.json.value(QStringLiteral("body_base64")).toString(), QStringLiteral("AP8="));

    const Reply raw = call("GET", QStringLiteral("/v1/webhook-events/wevt_25/raw"));
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.header("Content-Type"), QByteArray("application/octet-stream"));
    QVERIFY(raw.body.startsWith("POST /hooks/github?i=24 HTTP/1.1\r\nX-I: 24\r\n\r\n"));
    QVERIFY(raw.body.endsWith(QByteArray("\x00\xff", 2)));

    const Reply deliveries = call("GET", QStringLiteral("/v1/webhook-events/wevt_25/deliveries"));
    QCOMPARE(deliveries.status, 200);
    QCOMPARE(deliveries.json.value(QStringLiteral("data")).toArray().size(), 0);
}

void TestApi::resendArrivesByteIdentical()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Reply stored = call("GET", QStringLiteral("/v1/webhook-events/wevt_4/raw"));
    QCOMPARE(stored.status, 200);
    const QByteArray body = stored.body.mid(stored.body.indexOf("\r\n\r\n") + 4);
    QVERIFY(body.contains("context.session.context_added"));

    const Reply accepted
        = resend(QStringLiteral("wevt_4"),
                 {{QStringLiteral("target_url"), QString::fromUtf8(receiver.url("/replay?x=1"))}});
    QCOMPARE(accepted.status, 202);
    const QString deliveryId = accepted.json.value(QStringLiteral("id")).toString();
    QVERIFY2(deliveryId.startsWith(QStringLiteral("wdlv_")), accepted.body.constData());
    QCOMPARE(accepted.json.value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));
    QCOMPARE(accepted.json.value(QStringLiteral("webhook_event_id")).toString(),
             QStringLiteral("wevt_4"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 15'000);
    const CapturedRequest &got = receiver.requests.first();
    QCOMPARE(got.body, body);
    QCOMPARE(got.method, QByteArray("POST")); // as captured
    QCOMPARE(got.target, QByteArray("/replay?x=1"));
    QCOMPARE(got.headerValue("X-I"), QByteArray("3"));
    QVERIFY(listed(QStringLiteral("wevt_4"), deliveryId, QStringLiteral("Delivered")));

    // A second resend is listed after the first (oldest first).
    const Reply again
        = resend(QStringLiteral("wevt_4"),
                 {{QStringLiteral("target_url"), QString::fromUtf8(receiver.url("/again"))}});
    QCOMPARE(again.status, 202);
    const QString secondId = again.json.value(QStringLiteral("id")).toString();
    QVERIFY(listed(QStringLiteral("wevt_4"), secondId, QStringLiteral("Delivered")));
    const QJsonArray all = call("GET", QStringLiteral("/v1/webhook-events/wevt_4/deliveries"))
                               .json.value(QStringLiteral("data"))
                               .toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("id")).toString(), deliveryId);
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("id")).toString(), secondId);
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("target_url")).toString(),
             QString::fromUtf8(receiver.url("/again")));
}

void TestApi::resendWithEdits()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const QByteArray binary("\x00\x01\xfe\xff edited", 11);
    const Reply accepted
        = resend(QStringLiteral("wevt_2"),
                 {{QStringLiteral("target_url"), QString::fromUtf8(receiver.url("/ignored"))},
                  {QStringLiteral("method"), QStringLiteral("PATCH")},
                  {QStringLiteral("path"), QStringLiteral("/edited?step=2")},
                  {QStringLiteral("headers"),
                   QJsonArray {QJsonArray {QStringLiteral("X-I"), QStringLiteral("replaced")},
                               QJsonArray {QStringLiteral("X-Added"), QStringLiteral("yes")}}},
                  {QStringLiteral("body_base64"), QString::fromLatin1(binary.toBase64())}});
    QCOMPARE(accepted.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 15'000);
    const CapturedRequest &got = receiver.requests.first();
    QCOMPARE(got.method, QByteArray("PATCH"));
    QCOMPARE(got.target, QByteArray("/edited?step=2"));
    QCOMPARE(got.headerValue("X-I"), QByteArray("replaced"));
    QCOMPARE(got.headerValue("X-Added"), QByteArray("yes"));
    QCOMPARE(got.body, binary);

    const Reply text
        = resend(QStringLiteral("wevt_2"),
                 {{QStringLiteral("target_url"), QString::fromUtf8(receiver.url("/text"))},
                  {QStringLiteral("body"), QStringLiteral("grüße")}});
    QCOMPARE(text.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 2, 15'000);
    QCOMPARE(receiver.requests.at(1).body, QStringLiteral("grüße").toUtf8());
}

void TestApi::signedResendVerifies()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const Reply accepted
        = resend(QStringLiteral("wevt_9"),
                 {{QStringLiteral("target_url"), QString::fromUtf8(receiver.url("/signed"))},
                  {QStringLiteral("sign"),
                   QJsonObject {{QStringLiteral("scheme"), QStringLiteral("github")},
                                {QStringLiteral("secret_id"), m_secretId}}}});
    QCOMPARE(accepted.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 15'000);
    const CapturedRequest &got = receiver.requests.first();
    QVERIFY(got.headerValue("X-Hub-Signature-256").startsWith("sha256="));
    const SigningRequest signing = SigningRequest::fromCaptured(got, receiver.url("/signed"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Verdict good
        = SchemeRegistry::verify(u"github", signing, {{QStringLiteral("s"), m_key}}, {now, {}});
    QCOMPARE(good.status, Verdict::Status::Valid);
    const Verdict forged = SchemeRegistry::verify(
        u"github", signing, {{QStringLiteral("s"), QByteArray("other")}}, {now, {}});
    QCOMPARE(forged.status, Verdict::Status::Invalid);

    // An id the book does not have: taken, then failed with the reason.
    const Reply unknown
        = resend(QStringLiteral("wevt_9"),
                 {{QStringLiteral("target_url"), QString::fromUtf8(receiver.url("/signed"))},
                  {QStringLiteral("sign"),
                   QJsonObject {{QStringLiteral("scheme"), QStringLiteral("github")},
                                {QStringLiteral("secret_id"), QStringLiteral("no-such-secret")}}}});
    QCOMPARE(unknown.status, 202);
    const QString failedId = unknown.json.value(QStringLiteral("id")).toString();
    QVERIFY(listed(QStringLiteral("wevt_9"), failedId, QStringLiteral("Failed")));
    QCOMPARE(receiver.requests.size(), 1);
}

void TestApi::badResends_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString event = QStringLiteral("wevt_3");
    QTest::newRow("not JSON") << event << QByteArray("{target_url:") << 400 << "not JSON";
    QTest::newRow("not an object") << event << QByteArray("[]") << 400 << "JSON object";
    QTest::newRow("no target") << event << QByteArray("{}") << 400 << "target_url is required";
    QTest::newRow("target not a string")
        << event << QByteArray(R"({"target_url": 5})") << 400 << "target_url must be a string";
    QTest::newRow("not http") << event << QByteArray(R"({"target_url": "ftp://x/"})") << 400
                              << "http";
    QTest::newRow("unknown member")
        << event << QByteArray(R"({"target_url": "http://127.0.0.1:9/", "heders": []})") << 400
        << "unknown member 'heders'";
    QTest::newRow("headers as an object")
        << event << QByteArray(R"({"target_url": "http://127.0.0.1:9/", "headers": {"A": "b"}})")
        << 400 << "[name, value] pairs";
    QTest::newRow("header with a line break")
        << event << QByteArray(R"({"target_url": "http://127.0.0.1:9/", "headers": [["A", "b
C: d"]]})")
        << 400 << "not a valid field";
    QTest::newRow("body twice")
        << event
        << QByteArray(
               R"({"target_url": "http://127.0.0.1:9/", "body": "a", "body_base64": "YQ=="})")
        << 400 << "not both";
    QTest::newRow("bad base64") << event
                                << QByteArray(R"({"target_url": "http://127.0.0.1:9/", )"
                                              R"("body_base64": "%%%"})")
                                << 400 << "not base64";
    QTest::newRow("bad method") << event
                                << QByteArray(R"({"target_url": "http://127.0.0.1:9/", )"
                                              R"("method": "GET /x"})")
                                << 400 << "not an HTTP method";
    QTest::newRow("unknown scheme")
        << event
        << QByteArray(R"({"target_url": "http://127.0.0.1:9/", )"
                      R"("sign": {"scheme": "nope", "secret_id": "x"}})")
        << 400 << "unknown signing scheme";
    QTest::newRow("sign without secret")
        << event
        << QByteArray(R"({"target_url": "http://127.0.0.1:9/", "sign": {"scheme": "github"}})")
        << 400 << "secret_id";
    QTest::newRow("zero attempts")
        << event << QByteArray(R"({"target_url": "http://127.0.0.1:9/", "max_attempts": 0})") << 400
        << "attempts";
    QTest::newRow("unknown event")
        << QStringLiteral("wevt_999") << QByteArray(R"({"target_url": "http://127.0.0.1:9/"})")
        << 404 << "No event wevt_999";
}

void TestApi::badResends()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Reply reply = call("POST",
                             QStringLiteral("/v1/webhook-events/%1/resend").arg(id),
                             "secret-token",
                             {{"Content-Type", "application/json"}},
                             body);
    QCOMPARE(reply.status, status);
    const QString said = reply.json.value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("message"))
                             .toString();
    QVERIFY2(said.contains(message), qPrintable(said));
    const QJsonArray deliveries
        = call("GET", QStringLiteral("/v1/webhook-events/wevt_3/deliveries"))
              .json.value(QStringLiteral("data"))
              .toArray();
    QCOMPARE(deliveries.size(), 0);
    QCOMPARE(call("GET", QStringLiteral("/v1/webhook-events/wevt_3/resend")).status, 405);
}

void TestApi::resendWithoutEngineIs503()
{
    m_api.setDeliveries(nullptr);
    const QByteArray body = R"({"target_url": "http://127.0.0.1:9/"})";
    Reply reply = call("POST",
                       QStringLiteral("/v1/webhook-events/wevt_3/resend"),
                       "secret-token",
                       {{"Content-Type", "application/json"}},
                       body);
    QCOMPARE(reply.status, 503);
    m_api.setDeliveries(&m_engine);
    // A stopped engine (Hookbench is quitting) answers the same.
    DeliveryEngine stopped;
    m_api.setDeliveries(&stopped);
    reply = call("POST",
                 QStringLiteral("/v1/webhook-events/wevt_3/resend"),
                 "secret-token",
                 {{"Content-Type", "application/json"}},
                 body);
    QCOMPARE(reply.status, 503);
    m_api.setDeliveries(&m_engine);
}

void TestApi::oversizedRequestGets413()
{
    const Reply reply = call("POST",
                             QStringLiteral("/v1/webhook-events"),
                             "secret-token",
                             {{"Content-Type", "application/json"}},
                             QByteArray(ApiServer::maxBodyBytes + 1, 'x'));
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("body_too_large"));
}

void TestApi::deleteThenGone()
{
    QCOMPARE(call("DELETE", QStringLiteral("/v1/webhook-events/wevt_1")).status, 204);
    QCOMPARE(call("GET", QStringLiteral("/v1/webhook-events/wevt_1")).status, 404);
    QCOMPARE(call("DELETE", QStringLiteral("/v1/webhook-events/wevt_1")).status, 404);
    const Reply wrong = call("PATCH", QStringLiteral("/v1/webhook-events/wevt_2"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("GET, DELETE"));
}

void TestApi::stats()
{
    m_api.setListeners(
        {QJsonObject {{QStringLiteral("name"), QStringLiteral("default")},
                      {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8787/")}}});
    QTRY_COMPARE(call("GET", QStringLiteral("/v1/stats"))
                     .json.value(QStringLiteral("listeners"))
                     .toArray()
                     .size(),
                 1);
    const Reply stats = call("GET", QStringLiteral("/v1/stats"));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json.value(QStringLiteral("events")).toInt(), 24); // one was deleted
    QVERIFY(stats.json.value(QStringLiteral("store_bytes")).toDouble() > 0);
    QCOMPARE(stats.json.value(QStringLiteral("store_path")).toString(), m_store.path);
}

void TestApi::listsWhileCapturing()
{
    CaptureService capture(&m_writer);
    QString error;
    const auto listener = capture.addListener(ListenerConfig(), &error);
    QVERIFY(listener);
    QNetworkAccessManager senders;
    int acknowledged = 0;
    for (int i = 0; i < 100; ++i) {
        QNetworkRequest request(listener->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        QNetworkReply *reply = senders.post(request, QByteArray("live"));
        connect(reply, &QNetworkReply::finished, reply, [reply, &acknowledged] {
            acknowledged
                += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
        });
    }
    int previous = 0;
    while (acknowledged < 100) {
        const Reply page = call("GET", QStringLiteral("/v1/webhook-events?path=/&page_size=1"));
        QCOMPARE(page.status, 200);
        const int total = page.json.value(QStringLiteral("total")).toInt();
        QVERIFY(total >= previous);
        previous = total;
    }
    const Reply all = call("GET", QStringLiteral("/v1/webhook-events?page_size=1"));
    QCOMPARE(all.json.value(QStringLiteral("total")).toInt(), 24 + 100);
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
