#include "store/searchquery.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Hookbench;

namespace {

/// µs since the epoch of an ISO 8601 UTC time, computed independently of the parser.
qint64 us(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return time.toMSecsSinceEpoch() * 1000;
}

const qint64 nowUs = us("2024-03-05T23:04:43Z");
const QString textIn
    = QStringLiteral("r.id IN (SELECT rowid FROM request_text WHERE request_text MATCH ?)");
const QString textNotIn
    = QStringLiteral("r.id NOT IN (SELECT rowid FROM request_text WHERE request_text MATCH ?)");
const QString statusRange = QStringLiteral("(r.response_status >= ? AND r.response_status <= ?)");

} // namespace

/// The search language: what each query compiles to, how errors point at the query, and what
/// the SQL selects in a real SQLite database with FTS5.
class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void compile_data();
    void compile();
    void errors_data();
    void errors();
    void operatorsAreListed();
    void sql_data();
    void sql();
    void injectionLeavesTheDatabaseAlone();

private:
    QSqlDatabase m_db;
};

void TestSearchQuery::compile_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("binds");
    QTest::addColumn<bool>("usesEvents");
    QTest::addColumn<bool>("usesText");

    const auto s = [](const char *text) {
        return QVariant(QString::fromUtf8(text));
    };
    const auto b = [](const QByteArray &bytes) {
        return QVariant(bytes);
    };
    const auto row = [](const char *name,
                        const char *query,
                        const QString &where,
                        const QVariantList &binds,
                        bool events = false,
                        bool text = false) {
        QTest::newRow(name) << QString::fromUtf8(query) << where << binds << events << text;
    };
    const QString none = QStringLiteral("1");

    row("empty", "", none, {});
    row("blank", " \t\n ", none, {});
    // Free text: FTS5 strings only, positive ones ANDed in one MATCH, negative ones ORed.
    row("word", "hello", textIn, {s("\"hello\"")}, false, true);
    row("phrase", "\"big world\"", textIn, {s("\"big world\"")}, false, true);
    row("merged",
        "hello \"big world\" x",
        textIn,
        {s("\"hello\" \"big world\" \"x\"")},
        false,
        true);
    row("escaped quote", R"("say \"hi\" \\ \n")", textIn, {s(R"("say ""hi"" \ \n")")}, false, true);
    row("quote inside a word", "ab\"cd", textIn, {s("\"ab\"\"cd\"")}, false, true);
    row("negated word", "-spam", textNotIn, {s("\"spam\"")}, false, true);
    row("negated phrase", "-\"a b\"", textNotIn, {s("\"a b\"")}, false, true);
    row("negated merged", "-a -b", textNotIn, {s("\"a\" OR \"b\"")}, false, true);
    row("both",
        "a -b c",
        textIn + QStringLiteral(" AND ") + textNotIn,
        {s("\"a\" \"c\""), s("\"b\"")},
        false,
        true);
    row("double dash", "--x", textNotIn, {s("\"-x\"")}, false, true);
    row("url", "http://x/y", textIn, {s("\"http://x/y\"")}, false, true);
    row("clock", "12:30", textIn, {s("\"12:30\"")}, false, true);
    row("json", R"({"id":1})", textIn, {s(R"("{""id"":1}")")}, false, true);
    row("leading colon", ":x", textIn, {s("\":x\"")}, false, true);
    row("quoted filter", "\"type:x\"", textIn, {s("\"type:x\"")}, false, true);
    row("fts syntax",
        "NEAR(a b) OR c* ^d",
        textIn,
        {s("\"NEAR(a\" \"b)\" \"OR\" \"c*\" \"^d\"")},
        false,
        true);
    // type:
    row("type exact",
        "type:invoice.paid",
        QStringLiteral("e.event_name = ?"),
        {s("invoice.paid")},
        true);
    row("type prefix",
        "type:subscription.*",
        QStringLiteral("e.event_name GLOB ?"),
        {s("subscription.*")},
        true);
    row("type suffix",
        "type:*.created",
        QStringLiteral("e.event_name GLOB ?"),
        {s("*.created")},
        true);
    row("type glob escapes",
        "type:a?[b]*",
        QStringLiteral("e.event_name GLOB ?"),
        {s("a[?][[]b[]]*")},
        true);
    row("type no star is exact",
        "type:a?[b]",
        QStringLiteral("e.event_name = ?"),
        {s("a?[b]")},
        true);
    row("type quoted", "type:\"x.y\"", QStringLiteral("e.event_name = ?"), {s("x.y")}, true);
    row("name case", "TYPE:X.y", QStringLiteral("e.event_name = ?"), {s("X.y")}, true);
    row("type negated",
        "-type:a.*",
        QStringLiteral("(e.event_name GLOB ?) IS NOT 1"),
        {s("a.*")},
        true);
    // provider:, method:, path:
    row("provider", "provider:paket", QStringLiteral("e.provider = ?"), {s("paket")}, true);
    row("provider unknown", "provider:Unknown", QStringLiteral("e.provider IS NULL"), {}, true);
    row("provider negated",
        "-provider:paket",
        QStringLiteral("(e.provider = ?) IS NOT 1"),
        {s("paket")},
        true);
    row("method", "method:post", QStringLiteral("r.method = ?"), {s("POST")});
    row("method other than POST",
        "method:delete",
        QStringLiteral("(r.method = ? AND r.method <> 'POST')"),
        {s("DELETE")});
    row("method negated",
        "-method:GET",
        QStringLiteral("(r.method = ? AND r.method <> 'POST') IS NOT 1"),
        {s("GET")});
    const QString pathRange = QStringLiteral("(r.path >= ? AND r.path < ?)");
    row("path", "path:/stripe", pathRange, {b("/stripe"), b("/stripf")});
    row("path quoted", "path:\"/a b\"", pathRange, {b("/a b"), b("/a c")});
    row("path utf-8", "path:/é", pathRange, {b("/\xc3\xa9"), b("/\xc3\xaa")});
    row("path negated", "-path:/x", pathRange + QStringLiteral(" IS NOT 1"), {b("/x"), b("/y")});
    // status:
    row("status", "status:200", QStringLiteral("r.response_status = ?"), {200});
    row("status class", "status:4xx", statusRange, {400, 499});
    row("status class upper", "status:5XX", statusRange, {500, 599});
    row("status range", "status:500-503", statusRange, {500, 503});
    row("status range of one", "status:404-404", statusRange, {404, 404});
    row("status negated", "-status:2xx", statusRange + QStringLiteral(" IS NOT 1"), {200, 299});
    // sig:, is:
    row("sig valid", "sig:valid", QStringLiteral("e.signature_status = ?"), {s("valid")}, true);
    row("sig invalid",
        "sig:INVALID",
        QStringLiteral("e.signature_status = ?"),
        {s("invalid")},
        true);
    row("sig none", "sig:none", QStringLiteral("e.signature_status IS NULL"), {}, true);
    row("is duplicate", "is:duplicate", QStringLiteral("e.duplicate_of IS NOT NULL"), {}, true);
    row("is unknown-type",
        "is:unknown-type",
        QStringLiteral("(e.event_name IS NOT NULL AND e.known_type = 0)"),
        {},
        true);
    row("is error", "is:error", QStringLiteral("r.error_kind IS NOT NULL"), {});
    row("is error negated", "-is:error", QStringLiteral("(r.error_kind IS NOT NULL) IS NOT 1"), {});
    // before:, after:
    const QString before = QStringLiteral("r.received_start_us < ?");
    const QString after = QStringLiteral("r.received_start_us >= ?");
    row("rfc 3339", "before:2024-03-05T23:04:43Z", before, {us("2024-03-05T23:04:43Z")});
    row("date", "after:2024-03-05", after, {us("2024-03-05T00:00:00Z")});
    row("offset and fraction",
        "after:2024-03-05T23:04:43.123456789+01:00",
        after,
        {us("2024-03-05T22:04:43Z") + 123456});
    row("negative offset",
        "after:2024-03-05T20:04:43.5-03:00",
        after,
        {us("2024-03-05T23:04:43.500Z")});
    row("lower case, no seconds", "before:2024-03-05t23:04z", before, {us("2024-03-05T23:04:00Z")});
    row("space separator", "after:\"2024-03-05 23:04:43Z\"", after, {us("2024-03-05T23:04:43Z")});
    row("leap second", "before:2016-12-31T23:59:60Z", before, {us("2017-01-01T00:00:00Z")});
    row("seconds ago", "after:30s", after, {nowUs - 30'000'000});
    row("minutes ago", "after:15m", after, {nowUs - 15 * 60'000'000LL});
    row("hours ago", "after:2h", after, {nowUs - 2 * 3600'000'000LL});
    row("days ago", "before:7d", before, {nowUs - 7 * 86400'000'000LL});
    row("weeks ago", "after:1w", after, {nowUs - 7 * 86400'000'000LL});
    row("now", "before:0m", before, {nowUs});
    // Filters in order, free text last.
    row("combined",
        "type:invoice.* hello -provider:unknown method:get -bye",
        QStringLiteral(
            "e.event_name GLOB ? AND (e.provider IS NULL) IS NOT 1 AND (r.method = ? AND "
            "r.method <> 'POST') AND ")
            + textIn + QStringLiteral(" AND ") + textNotIn,
        {s("invoice.*"), s("GET"), s("\"hello\""), s("\"bye\"")},
        true,
        true);
}

void TestSearchQuery::compile()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    QFETCH(QVariantList, binds);
    QFETCH(bool, usesEvents);
    QFETCH(bool, usesText);

    const auto parsed = SearchQuery::parse(query, nowUs);
    if (const auto *error = std::get_if<SearchQueryError>(&parsed))
        QFAIL(qPrintable(error->message));
    const SearchQuery &result = std::get<SearchQuery>(parsed);
    QCOMPARE(result.where, where);
    QCOMPARE(result.binds.size(), binds.size());
    for (qsizetype i = 0; i < binds.size(); ++i) {
        QCOMPARE(QByteArray(result.binds[i].typeName()), QByteArray(binds[i].typeName()));
        QCOMPARE(result.binds[i], binds[i]);
    }
    QCOMPARE(result.usesEvents, usesEvents);
    QCOMPARE(result.usesText, usesText);
    QCOMPARE(result.where.count(u'?'), result.binds.size());
}

void TestSearchQuery::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message"); // a part of it

    const auto row = [](const char *query, int position, int length, const char *message) {
        QTest::newRow(query) << QString::fromUtf8(query) << position << length
                             << QString::fromUtf8(message);
    };
    row("\"abc", 0, 4, "unterminated quote");
    row("x \"ab\\\"", 2, 5, "unterminated quote");
    row("type:\"abc", 5, 4, "unterminated quote");
    row("\"a\"b", 3, 1, "followed by a space");
    row("path:\"x\"yz w", 8, 2, "followed by a space");
    row("-", 0, 1, "'-' must be followed");
    row("a - b", 2, 1, "'-' must be followed");
    row("type:", 0, 5, "'type:' needs a value");
    row("a -type:", 3, 5, "'type:' needs a value");
    row("type:\"\"", 0, 7, "'type:' needs a value");
    row("foo:bar", 0, 4, "unknown filter 'foo:' — known: type, provider, method, path");
    row("a Body:x", 2, 5, "unknown filter 'Body:'");
    row("-foo:", 1, 4, "unknown filter 'foo:'");
    row("http:/x", 0, 5, "unknown filter 'http:'");
    row("status:abc", 7, 3, "bad status 'abc'");
    row("status:0", 7, 1, "status 0 is never sent");
    row("status:000", 7, 3, "status 0 is never sent");
    row("status:99", 7, 2, "out of range");
    row("status:600", 7, 3, "out of range");
    row("status:6xx", 7, 3, "bad status");
    row("status:599-500", 7, 7, "backwards");
    row("status:200-", 7, 4, "bad status");
    row("status:-200", 7, 4, "out of range");
    row("sig:maybe", 4, 5, "unknown signature state 'maybe' — expected valid, invalid, none");
    row("is:new", 3, 3, "unknown 'is:' value 'new'");
    row("before:yesterday", 7, 9, "bad time 'yesterday'");
    row("before:2024-02-30", 7, 10, "bad time");
    row("before:2024-03-05T23:04:43", 7, 19, "bad time");
    row("before:2024-03-05T24:00:00Z", 7, 20, "bad time");
    row("before:2024-03-05T23:04:43.Z", 7, 21, "bad time");
    row("before:2024-03-05T23:04:43+1:00", 7, 24, "bad time");
    row("before:2024-03-05T23:04:43Zjunk", 7, 24, "bad time");
    row("after:15x", 6, 3, "bad time");
    row("after:15M", 6, 3, "bad time");
    row("after:m", 6, 1, "bad time");
    row("after:-5m", 6, 3, "bad time");
    row("after:99999999999999999999d", 6, 21, "too long");
    row("after:2000000000w", 6, 11, "too long");
}

void TestSearchQuery::errors()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, message);

    const auto parsed = SearchQuery::parse(query, nowUs);
    const auto *error = std::get_if<SearchQueryError>(&parsed);
    if (!error)
        QFAIL(qPrintable(QStringLiteral("accepted as: ") + std::get<SearchQuery>(parsed).where));
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
    QCOMPARE(error->position, position);
    QCOMPARE(error->length, length);
}

void TestSearchQuery::operatorsAreListed()
{
    const QStringList expected {QStringLiteral("type"),
                                QStringLiteral("provider"),
                                QStringLiteral("method"),
                                QStringLiteral("path"),
                                QStringLiteral("status"),
                                QStringLiteral("sig"),
                                QStringLiteral("is"),
                                QStringLiteral("before"),
                                QStringLiteral("after")};
    QCOMPARE(SearchQuery::operators(), expected);
    for (const QString &name : expected) {
        const auto parsed = SearchQuery::parse(QString(name + u':'), nowUs);
        QVERIFY(std::holds_alternative<SearchQueryError>(parsed)); // known, but needs a value
        QVERIFY(!std::get<SearchQueryError>(parsed).message.contains(QStringLiteral("unknown")));
    }
}

void TestSearchQuery::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("searchquery"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    QSqlQuery sql(m_db);
    QVERIFY2(sql.exec(QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY, "
                                     "received_start_us INTEGER NOT NULL, method TEXT NOT NULL, "
                                     "path BLOB NOT NULL, response_status INTEGER NOT NULL, "
                                     "error_kind TEXT)")),
             qPrintable(sql.lastError().text()));
    QVERIFY2(sql.exec(QStringLiteral("CREATE TABLE events (request_id INTEGER PRIMARY KEY, "
                                     "provider TEXT, event_name TEXT, known_type INTEGER NOT "
                                     "NULL, duplicate_of INTEGER, signature_status TEXT)")),
             qPrintable(sql.lastError().text()));
    QVERIFY2(sql.exec(QStringLiteral("CREATE VIRTUAL TABLE request_text USING fts5(path, headers, "
                                     "body, content='')")),
             qPrintable(QStringLiteral("FTS5 is missing from SQLite: ") + sql.lastError().text()));

    struct Request
    {
        const char *time;
        const char *method;
        QByteArray path;
        int status;
        const char *error;
        const char *headers;
        const char *body;
    };
    const char *json = "Content-Type: application/json\n";
    const char *stripe = "Content-Type: application/json\nStripe-Signature: t=1,v1=aa\n";
    const char *beta = "Content-Type: application/json\nX-Beta-Signature: zz\n";
    const Request requests[] = {
        // 1..3: a subscription created, one canceled, the first one delivered again
        {"2024-03-01T10:00:00Z",
         "POST",
         "/stripe/events",
         200,
         nullptr,
         stripe,
         R"({"type":"subscription.created","customer":"alice","plan":"gold"})"},
        {"2024-03-02T10:00:00Z",
         "POST",
         "/stripe/events",
         200,
         nullptr,
         stripe,
         R"({"type":"subscription.canceled","customer":"bob"})"},
        {"2024-03-03T10:00:00Z",
         "POST",
         "/stripe/events",
         200,
         nullptr,
         stripe,
         R"({"type":"subscription.created","customer":"alice","plan":"gold"})"},
        // 4, 5: a known and an unknown type of another provider
        {"2024-03-04T10:00:00Z",
         "POST",
         "/github/hook",
         202,
         nullptr,
         beta,
         R"({"type":"event","data":{"type":"session.created","thread":"t1"}})"},
        {"2024-03-05T12:00:00Z",
         "POST",
         "/github/hook",
         500,
         nullptr,
         beta,
         R"({"type":"event","data":{"type":"vault.credential.deleted"}})"},
        // 6, 7: no event; 7 failed to parse
        {"2024-03-05T20:00:00Z", "GET", "/health", 200, nullptr, "User-Agent: curl/8.0\n", ""},
        {"2024-03-05T22:00:00Z",
         "POST",
         "/hooks/a b",
         400,
         "malformed_request",
         "Content-Type: text/plain\n",
         "garbled bytes"},
        // 8: an event whose provider nobody recognized
        {"2024-03-05T23:00:00Z",
         "PUT",
         "/stripez",
         404,
         nullptr,
         json,
         R"({"type":"user.created","project":"apollo"})"},
        // 9: received exactly "now"; 10: a microsecond later
        {"2024-03-05T23:04:43Z",
         "POST",
         "/stripe/",
         201,
         nullptr,
         json,
         R"({"type":"project.updated","note":"near a b, or 1"})"},
        {"2024-03-05T23:04:43.000Z",
         "DELETE",
         "/stripe/events/evt_1",
         204,
         nullptr,
         "Stripe-Signature: t=2\n",
         R"({"type":"context.updated","customer":"carol"})"},
        // 11: a provider's request that carries no event
        {"2024-02-01T00:00:00Z",
         "POST",
         "/api/v1/webhooks",
         429,
         nullptr,
         json,
         "rate limited, retry later"},
        // 12: timed out, path bytes beyond ASCII
        {"2024-03-05T23:04:00Z",
         "POST",
         "/\xc3\xa9/unicode",
         408,
         "timeout",
         "X-Note: drop\n",
         "please drop table requests now"},
    };
    struct Event
    {
        qint64 requestId;
        const char *provider;
        const char *name;
        int known;
        qint64 duplicateOf;
        const char *signature;
    };
    const Event events[] = {
        {1, "paket", "subscription.created", 1, 0, "valid"},
        {2, "paket", "subscription.canceled", 1, 0, "invalid"},
        {3, "paket", "subscription.created", 1, 1, "valid"},
        {4, "beta", "session.created", 1, 0, nullptr},
        {5, "beta", "vault.credential.deleted", 0, 0, nullptr},
        {8, nullptr, "user.created", 0, 0, nullptr},
        {9, "generic", "project.updated", 1, 0, nullptr},
        {10, "paket", "context.updated", 1, 0, "valid"},
        {11, "paket", nullptr, 0, 0, nullptr},
    };
    const auto text = [](const char *value) {
        return value ? QVariant(QString::fromUtf8(value))
                     : QVariant(QMetaType::fromType<QString>());
    };

    QVERIFY(m_db.transaction());
    qint64 id = 0;
    for (const Request &request : requests) {
        ++id;
        sql.prepare(QStringLiteral("INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?)"));
        // 10 arrives one microsecond after 9.
        sql.addBindValue(id);
        sql.addBindValue(us(request.time) + (id == 10 ? 1 : 0));
        sql.addBindValue(QString::fromLatin1(request.method));
        sql.addBindValue(request.path);
        sql.addBindValue(request.status);
        sql.addBindValue(text(request.error));
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        sql.prepare(QStringLiteral("INSERT INTO request_text (rowid, path, headers, body) "
                                   "VALUES (?, ?, ?, ?)"));
        sql.addBindValue(id);
        sql.addBindValue(QString::fromUtf8(request.path));
        sql.addBindValue(QString::fromUtf8(request.headers));
        sql.addBindValue(QString::fromUtf8(request.body));
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    }
    for (const Event &event : events) {
        sql.prepare(QStringLiteral("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)"));
        sql.addBindValue(event.requestId);
        sql.addBindValue(text(event.provider));
        sql.addBindValue(text(event.name));
        sql.addBindValue(event.known);
        sql.addBindValue(event.duplicateOf ? QVariant(event.duplicateOf)
                                           : QVariant(QMetaType::fromType<qint64>()));
        sql.addBindValue(text(event.signature));
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    }
    QVERIFY(m_db.commit());
}

void TestSearchQuery::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("searchquery"));
}

void TestSearchQuery::sql_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("ids");

    const QList<qint64> all {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    const auto row = [](const char *query, const QList<qint64> &ids) {
        QTest::newRow(*query ? query : "(empty)") << QString::fromUtf8(query) << ids;
    };
    row("", all);
    row("type:subscription.*", {1, 2, 3});
    row("type:*.created", {1, 3, 4, 8});
    row("type:subscription.created", {1, 3});
    row("type:*", {1, 2, 3, 4, 5, 8, 9, 10});
    row("-type:subscription.*", {4, 5, 6, 7, 8, 9, 10, 11, 12});
    row("type:subscription.?reated", {});
    row("provider:paket", {1, 2, 3, 10, 11});
    row("provider:unknown", {6, 7, 8, 12});
    row("-provider:paket", {4, 5, 6, 7, 8, 9, 12});
    row("-provider:unknown", {1, 2, 3, 4, 5, 9, 10, 11});
    row("method:post", {1, 2, 3, 4, 5, 7, 9, 11, 12});
    row("-method:POST", {6, 8, 10});
    row("path:/stripe", {1, 2, 3, 8, 9, 10});
    row("path:/stripe/", {1, 2, 3, 9, 10});
    row("path:/stripe/events", {1, 2, 3, 10});
    row("path:\"/hooks/a b\"", {7});
    row("path:/é", {12});
    row("path:/STRIPE", {});
    row("-path:/stripe", {4, 5, 6, 7, 11, 12});
    row("status:200", {1, 2, 3, 6});
    row("status:2xx", {1, 2, 3, 4, 6, 9, 10});
    row("status:4xx", {7, 8, 11, 12});
    row("status:400-404", {7, 8});
    row("-status:2xx", {5, 7, 8, 11, 12});
    row("sig:valid", {1, 3, 10});
    row("sig:invalid", {2});
    row("sig:none", {4, 5, 6, 7, 8, 9, 11, 12});
    row("-sig:valid", {2, 4, 5, 6, 7, 8, 9, 11, 12});
    row("is:duplicate", {3});
    row("-is:duplicate", {1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    row("is:unknown-type", {5, 8});
    row("-is:unknown-type", {1, 2, 3, 4, 6, 7, 9, 10, 11, 12});
    row("is:error", {7, 12});
    row("-is:error", {1, 2, 3, 4, 5, 6, 8, 9, 10, 11});
    row("before:2024-03-05", {1, 2, 3, 4, 11});
    row("after:2024-03-05", {5, 6, 7, 8, 9, 10, 12});
    row("before:2024-03-05T23:04:43Z", {1, 2, 3, 4, 5, 6, 7, 8, 11, 12});
    row("after:2024-03-05T23:04:43Z", {9, 10});
    row("after:2024-03-06T00:04:43+01:00", {9, 10});
    row("after:2024-03-05T23:04:43.000001Z", {10});
    row("after:1h", {8, 9, 10, 12});
    row("after:1m", {9, 10, 12});
    row("before:1d", {1, 2, 3, 4, 11});
    row("after:2d before:1d", {4});
    // Free text over path, headers and body.
    row("alice", {1, 3});
    row("ALICE", {1, 3});
    row("customer", {1, 2, 3, 10});
    row("-customer", {4, 5, 6, 7, 8, 9, 11, 12});
    row("alice gold", {1, 3});
    row("alice bob", {});
    row("-alice -bob", {4, 5, 6, 7, 8, 9, 10, 11, 12});
    row("\"alice gold\"", {});
    row("\"alice plan gold\"", {1, 3});
    row("stripe", {1, 2, 3, 9, 10});
    row("signature", {1, 2, 3, 4, 5, 10});
    row("hooks", {7});
    row("unicode", {12});
    row(R"({"customer":"alice"})", {1, 3});
    row("stripe -is:duplicate method:post", {1, 2, 9});
    row("type:subscription.* -alice", {2});
    // Injection attempts are plain text: no FTS5 or SQL syntax gets through.
    row(R"("a" OR 1)", {9});
    row("a OR b", {9});
    row("NEAR(a b)", {9});
    row(R"q("NEAR(a b)")q", {9});
    row(R"("note:near")", {9});
    row(R"("body:please")", {});
    row("alic*", {});
    row("NOT alice", {});
    row("'; DROP TABLE requests; --", {12});
    row(R"(x\" OR 1=1)", {});
    row(R"("x\" OR \"y")", {});
    row("http://x", {});
    row("12:30", {});
}

void TestSearchQuery::sql()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, ids);

    const auto parsed = SearchQuery::parse(query, nowUs);
    if (const auto *error = std::get_if<SearchQueryError>(&parsed))
        QFAIL(qPrintable(error->message));
    const SearchQuery &search = std::get<SearchQuery>(parsed);
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    QVERIFY2(sql.prepare(QStringLiteral("SELECT r.id FROM requests r LEFT JOIN events e ON "
                                        "e.request_id = r.id WHERE ")
                         + search.where + QStringLiteral(" ORDER BY r.id")),
             qPrintable(sql.lastError().text()));
    for (const QVariant &value : search.binds)
        sql.addBindValue(value);
    QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    QList<qint64> found;
    while (sql.next())
        found.append(sql.value(0).toLongLong());
    QCOMPARE(found, ids);
}

void TestSearchQuery::injectionLeavesTheDatabaseAlone()
{
    QSqlQuery sql(m_db);
    QVERIFY(sql.exec(QStringLiteral("SELECT count(*) FROM requests")));
    QVERIFY(sql.next());
    QCOMPARE(sql.value(0).toLongLong(), 12);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
