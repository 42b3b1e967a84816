#include "inspect/catalogset.h"
#include "store/reinspector.h"
#include "store/requeststore.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// Events and the search index follow the acknowledged requests: a real writer and store, the
/// Reinspector on its own thread, catalogs from a real folder.
class TestReinspector : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newRequestsGetTheirEvents();
    void retriesLinkToTheFirstSighting();
    void catalogChangesReinspectEverything();
    void requestsWithoutEventsAreCaughtUp();
    void removingARequestRemovesItFromTheIndex();

private:
    qint64 store(const QByteArray &path, const QByteArray &body);
    QList<qint64> search(const QString &query);
    void waitInspected(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreOptions m_options;
    std::unique_ptr<CatalogSet> m_catalogs;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<Reinspector> m_reinspector;
    qint64 m_inspectedUpTo = 0;
    RequestStore m_store;
    StoreConnection m_sql; // for what RequestStore does not offer
};

void TestReinspector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_options.path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_catalogs = std::make_unique<CatalogSet>(m_dir->filePath(QStringLiteral("catalogs")));
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    QVERIFY2(m_writer->start(m_options, &error), qPrintable(error));
    m_reinspector = std::make_unique<Reinspector>(m_writer.get(), m_catalogs.get());
    m_inspectedUpTo = 0;
    connect(m_reinspector.get(), &Reinspector::inspected, this, [this](qint64, qint64 lastId) {
        m_inspectedUpTo = qMax(m_inspectedUpTo, lastId);
    });
    QVERIFY2(m_reinspector->start(m_options, &error), qPrintable(error));
    QVERIFY(m_store.open(m_options, &error));
    QVERIFY(m_sql.open(m_options, &error));
}

void TestReinspector::cleanup()
{
    m_reinspector.reset();
    m_writer.reset();
    m_catalogs.reset();
}

qint64 TestReinspector::store(const QByteArray &path, const QByteArray &body)
{
    CapturedRequest request;
    request.method = "POST";
    request.target = path;
    request.httpVersion = "HTTP/1.1";
    request.setHeaders({{"Content-Type", "application/json"}});
    request.rawHead = "POST " + path + " HTTP/1.1\r\n" + request.headerFields + "\r\n";
    request.body = body;
    request.bodySize = body.size();
    request.responseStatus = 200;
    qint64 id = 0;
    QObject context;
    m_writer->submit(request, &context, [&id](const CommitResult &r) { id = r.id; });
    [&] {
        QTRY_VERIFY(id > 0);
    }();
    return id;
}

void TestReinspector::waitInspected(qint64 id)
{
    QTRY_VERIFY(m_inspectedUpTo >= id);
}

QList<qint64> TestReinspector::search(const QString &query)
{
    auto parsed = SearchQuery::parse(query, 0);
    RequestFilter filter;
    filter.search = std::get<SearchQuery>(parsed);
    QList<qint64> ids;
    for (const RequestRow &row : m_store.newestBefore(0, 100, filter))
        ids.append(row.id);
    return ids;
}

namespace {
QByteArray guideEvent(const QByteArray &id, const QByteArray &type)
{
    return R"({"id":")" + id + R"(","type":")" + type
           + R"(","created_at":"2023-01-01T12:00:00Z","data":{"user_id":"usr_1"}})";
}
} // namespace

void TestReinspector::newRequestsGetTheirEvents()
{
    const qint64 id = store("/hooks", guideEvent("evt_1", "user.created"));
    waitInspected(id);
    const std::optional<EventInfo> event = m_store.event(id);
    QVERIFY(event);
    QCOMPARE(event->provider, QStringLiteral("webhook-guide"));
    QCOMPARE(event->eventName, QStringLiteral("user.created"));
    QVERIFY(event->knownType);
    QCOMPARE(search(QStringLiteral("usr_1")), QList<qint64> {id});
    QCOMPARE(search(QStringLiteral("type:user.*")), QList<qint64> {id});
}

void TestReinspector::retriesLinkToTheFirstSighting()
{
    // Several in one burst (one chunk) and one later (another chunk): all point at the first.
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(store("/hooks", guideEvent("evt_same", "user.updated")));
    const qint64 other = store("/hooks", guideEvent("evt_other", "user.updated"));
    waitInspected(other);
    ids.append(store("/hooks", guideEvent("evt_same", "user.updated")));
    waitInspected(ids.last());
    QCOMPARE(m_store.event(ids[0])->duplicateOf, 0);
    for (int i = 1; i < ids.size(); ++i)
        QCOMPARE(m_store.event(ids[i])->duplicateOf, ids[0]);
    QCOMPARE(m_store.event(other)->duplicateOf, 0);
    QCOMPARE(search(QStringLiteral("is:duplicate")), (QList<qint64> {ids[3], ids[2], ids[1]}));
}

void TestReinspector::catalogChangesReinspectEverything()
{
    const QByteArray order = R"({"id":"ord_1","type":"order.paid","data":{"order_id":"o_9"}})";
    const qint64 id = store("/acme/hooks", order);
    waitInspected(id);
    QVERIFY(m_store.event(id)->provider.isEmpty());

    // The user drops a catalog for this provider into the folder: no restart needed.
    QSignalSpy finished(m_reinspector.get(), &Reinspector::finished);
    QFile file(m_catalogs->userFolder() + QStringLiteral("/acme.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "provider": "acme", "name": "Acme",
                   "recognize": {"paths": ["/acme"]},
                   "events": [{"type": "order.paid", "description": "An order was paid.",
                               "fields": [{"path": "data.amount", "type": "integer",
                                           "required": true}]}]})");
    file.close();
    QVERIFY(finished.wait(10'000));
    const std::optional<EventInfo> event = m_store.event(id);
    QCOMPARE(event->provider, QStringLiteral("acme"));
    QVERIFY(event->knownType);
    QCOMPARE(event->conformance,
             QStringList {QStringLiteral("data.amount is missing (documented as integer)")});
    QCOMPARE(search(QStringLiteral("provider:acme")), QList<qint64> {id});
    // Re-inspection does not index the text twice.
    QCOMPARE(search(QStringLiteral("o_9")), QList<qint64> {id});
}

void TestReinspector::requestsWithoutEventsAreCaughtUp()
{
    const qint64 first = store("/hooks", guideEvent("evt_a", "project.created"));
    const qint64 second = store("/hooks", guideEvent("evt_b", "project.updated"));
    waitInspected(second);
    // As if these had been stored by a Hookbench without inspection (or before it existed).
    m_reinspector.reset();
    QSqlQuery wipe(m_sql.database());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM events")));
    QVERIFY(
        wipe.exec(QStringLiteral("INSERT INTO request_text (request_text) VALUES ('delete-all')")));
    QVERIFY(!m_store.event(first));

    m_inspectedUpTo = 0;
    m_reinspector = std::make_unique<Reinspector>(m_writer.get(), m_catalogs.get());
    connect(m_reinspector.get(), &Reinspector::inspected, this, [this](qint64, qint64 lastId) {
        m_inspectedUpTo = qMax(m_inspectedUpTo, lastId);
    });
    QString error;
    QVERIFY(m_reinspector->start(m_options, &error));
    waitInspected(second);
    QCOMPARE(m_store.event(first)->eventName, QStringLiteral("project.created"));
    QCOMPARE(search(QStringLiteral("type:project.*")), (QList<qint64> {second, first}));
}

void TestReinspector::removingARequestRemovesItFromTheIndex()
{
    const qint64 kept = store("/hooks", guideEvent("evt_k", "user.deleted"));
    const qint64 removed = store("/hooks", guideEvent("evt_r", "user.deleted"));
    waitInspected(removed);
    QCOMPARE(search(QStringLiteral("usr_1")), (QList<qint64> {removed, kept}));
    QVERIFY(m_store.remove(removed));
    QCOMPARE(search(QStringLiteral("usr_1")), QList<qint64> {kept});
    QSqlQuery rows(m_sql.database());
    QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM request_text WHERE request_text "
                                     "MATCH 'usr_1'")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 1); // the index entry itself is gone, not only the row
}

QTEST_GUILESS_MAIN(TestReinspector)
#include "tst_reinspector.moc"
