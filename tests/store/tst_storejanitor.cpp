#include "capture/clock.h"
#include "store/requeststore.h"
#include "store/storeconnection.h"
#include "store/storejanitor.h"
#include "store/storewriter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Hookbench;

/// Deleting requests beside a live writer: a real store file written by StoreWriter, the
/// janitor on its own thread and connection.
class TestStoreJanitor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void removeRequestsRemovesRowsDataAndIndex();
    void purgeByCount_data();
    void purgeByCount();
    void purgeByAge_data();
    void purgeByAge();
    void cancelStopsAfterTheCurrentChunk();
    void cancelDropsQueuedWork();
    void purgeWhileTheWriterKeepsCommitting();

private:
    static constexpr qint64 dayUs = 24LL * 60 * 60 * 1000 * 1000;

    /// Stores `count` requests received at `receivedUs` (0: now); their ids, ascending.
    QList<qint64> store(int count, qint64 receivedUs = 0, const QByteArray &body = "{}");
    /// Gives the requests their events and free-text entries, as inspection does.
    void index(const QList<qint64> &ids);
    QList<qint64> search(const QString &query);
    QList<qint64> allIds();
    qint64 countOf(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreOptions m_options;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<RequestStore> m_store;
    std::unique_ptr<StoreConnection> m_sql; // for what RequestStore does not offer
};

void TestStoreJanitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_options.path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    QVERIFY2(m_writer->start(m_options, &error), qPrintable(error));
    m_store = std::make_unique<RequestStore>();
    QVERIFY2(m_store->open(m_options, &error), qPrintable(error));
    m_sql = std::make_unique<StoreConnection>();
    QVERIFY2(m_sql->open(m_options, &error), qPrintable(error));
}

void TestStoreJanitor::cleanup()
{
    m_sql.reset();
    m_store.reset();
    m_writer.reset();
    m_dir.reset();
}

QList<qint64> TestStoreJanitor::store(int count, qint64 receivedUs, const QByteArray &body)
{
    std::vector<StoreWriter::Submission> submissions;
    QList<qint64> ids;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        CapturedRequest request;
        request.receivedStartUs = receivedUs > 0 ? receivedUs + i : nowMicros();
        request.receivedEndUs = request.receivedStartUs;
        request.method = "POST";
        request.target = "/hooks";
        request.httpVersion = "HTTP/1.1";
        request.setHeaders({{"Content-Type", "application/json"}});
        request.rawHead = "POST /hooks HTTP/1.1\r\n" + request.headerFields + "\r\n";
        request.body = body;
        request.bodySize = body.size();
        request.responseStatus = 200;
        submissions.push_back({request, this, [&ids, &failed](const CommitResult &result) {
                                   if (result.stored)
                                       ids.append(result.id);
                                   else
                                       ++failed;
                               }});
    }
    m_writer->submitAll(std::move(submissions));
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(ids.size() + failed, count, 30000);
        QCOMPARE(failed, 0);
    }();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestStoreJanitor::index(const QList<qint64> &ids)
{
    std::vector<StoreWriter::EventUpdate> updates;
    for (const qint64 id : ids) {
        const std::optional<CapturedRequest> request = m_store->request(id);
        QVERIFY(request);
        updates.push_back({id, request->path(), Inspector::inspect(*request, {}), true});
    }
    int done = 0;
    m_writer->submitEventUpdates(
        std::move(updates), this, [&done](bool ok) { done = ok ? 1 : -1; });
    QTRY_VERIFY(done != 0);
    QCOMPARE(done, 1);
}

QList<qint64> TestStoreJanitor::search(const QString &query)
{
    auto parsed = SearchQuery::parse(query, 0);
    RequestFilter filter;
    filter.search = std::get<SearchQuery>(parsed);
    QList<qint64> ids;
    for (const RequestRow &row : m_store->newestBefore(0, 1000, filter))
        ids.prepend(row.id);
    return ids;
}

QList<qint64> TestStoreJanitor::allIds()
{
    return m_store->ids(0, 1'000'000);
}

qint64 TestStoreJanitor::countOf(const QString &table)
{
    QSqlQuery query(m_sql->database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestStoreJanitor::removeRequestsRemovesRowsDataAndIndex()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids += store(1, 0, QByteArray(R"({"note":"shared word)") + QByteArray::number(i) + "\"}");
    index(ids);
    QCOMPARE(search(QStringLiteral("shared")), ids);
    QCOMPARE(search(QStringLiteral("word1")), QList<qint64> {ids[1]});

    StoreJanitor janitor(m_options);
    QSignalSpy removed(&janitor, &StoreJanitor::removed);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    janitor.removeRequests({ids[3], ids[1], 999'999}); // unknown ids are skipped
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), 2);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<QList<qint64>>(), (QList<qint64> {ids[1], ids[3]}));

    QVERIFY(!m_store->request(ids[1]));
    QVERIFY(!m_store->request(ids[3]));
    QVERIFY(m_store->request(ids[0]));
    QCOMPARE(allIds(), (QList<qint64> {ids[0], ids[2], ids[4]}));
    QCOMPARE(countOf(QStringLiteral("request_data")), 3);
    QCOMPARE(countOf(QStringLiteral("events")), 3);
    QCOMPARE(search(QStringLiteral("shared")), (QList<qint64> {ids[0], ids[2], ids[4]}));
    QCOMPARE(search(QStringLiteral("word1")), QList<qint64> {});
    QCOMPARE(search(QStringLiteral("word2")), QList<qint64> {ids[2]});
    // The index entries themselves are gone (not only hidden by the join), and what is left
    // is consistent: a 'delete' with other text than was indexed would corrupt it.
    QSqlQuery query(m_sql->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM request_text WHERE request_text MATCH 'shared'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO request_text (request_text) VALUES ('integrity-check')")));
    // RequestStore::remove() shares the implementation and still reports what it did.
    QVERIFY(m_store->remove(ids[0]));
    QVERIFY(!m_store->remove(ids[0]));
    QCOMPARE(search(QStringLiteral("shared")), (QList<qint64> {ids[2], ids[4]}));
}

void TestStoreJanitor::purgeByCount_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("keepLast");
    QTest::newRow("more than two chunks") << 450 << 100;
    QTest::newRow("keep one") << 250 << 1;
    QTest::newRow("fewer than kept") << 50 << 100;
    QTest::newRow("exactly as many as kept") << 100 << 100;
}

void TestStoreJanitor::purgeByCount()
{
    QFETCH(int, stored);
    QFETCH(int, keepLast);
    const QList<qint64> ids = store(stored);
    index(ids.mid(0, 20)); // some with index entries, some without
    const qint64 expectedRemoved = qMax(0, stored - keepLast);

    StoreJanitor janitor(m_options);
    QSignalSpy progress(&janitor, &StoreJanitor::progress);
    QSignalSpy removed(&janitor, &StoreJanitor::removed);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    janitor.purge({keepLast, 0});
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), expectedRemoved);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(allIds(), ids.mid(stored - keepLast < 0 ? 0 : stored - keepLast));
    QCOMPARE(countOf(QStringLiteral("request_data")), stored - expectedRemoved);

    if (expectedRemoved == 0) {
        QCOMPARE(removed.count(), 0);
        return;
    }
    // Progress from 0 to everything, one step per chunk, over the oldest requests in order.
    const int chunks
        = int((expectedRemoved + StoreJanitor::chunkSize - 1) / StoreJanitor::chunkSize);
    QCOMPARE(progress.count(), chunks + 1);
    QCOMPARE(progress.first().at(0).toLongLong(), 0);
    for (const QList<QVariant> &step : std::as_const(progress))
        QCOMPARE(step.at(1).toLongLong(), expectedRemoved);
    QCOMPARE(progress.last().at(0).toLongLong(), expectedRemoved);
    QList<qint64> removedIds;
    for (const QList<QVariant> &chunk : std::as_const(removed))
        removedIds += chunk.at(0).value<QList<qint64>>();
    QCOMPARE(removed.count(), chunks);
    QCOMPARE(removedIds, ids.mid(0, expectedRemoved));
}

void TestStoreJanitor::purgeByAge_data()
{
    QTest::addColumn<int>("keepLast");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<int>("expectedRemoved");
    // 250 requests 10 days old, 10 three days old, 10 new.
    QTest::newRow("a week") << 0 << 7 << 250;
    QTest::newRow("two days") << 0 << 2 << 260;
    QTest::newRow("a month") << 0 << 30 << 0;
    QTest::newRow("a week or the newest 5") << 5 << 7 << 265;
    QTest::newRow("a week or the newest 100") << 100 << 7 << 250;
}

void TestStoreJanitor::purgeByAge()
{
    QFETCH(int, keepLast);
    QFETCH(int, keepDays);
    QFETCH(int, expectedRemoved);
    const qint64 now = nowMicros();
    // One after another: the operands of + may be evaluated in any order.
    QList<qint64> ids = store(250, now - 10 * dayUs);
    ids += store(10, now - 3 * dayUs);
    ids += store(10, now - 1000);

    StoreJanitor janitor(m_options);
    QSignalSpy progress(&janitor, &StoreJanitor::progress);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    janitor.purge({keepLast, keepDays});
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), expectedRemoved);
    QCOMPARE(allIds(), ids.mid(expectedRemoved));
    if (expectedRemoved > 0) {
        QCOMPARE(progress.first().at(1).toLongLong(), expectedRemoved);
        QCOMPARE(progress.last().at(0).toLongLong(), expectedRemoved);
    }
}

void TestStoreJanitor::cancelStopsAfterTheCurrentChunk()
{
    const int stored = 3000;
    const QList<qint64> ids = store(stored);
    StoreJanitor janitor(m_options);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    QList<qint64> removedIds;
    const QMetaObject::Connection cancelling
        = connect(&janitor, &StoreJanitor::removed, this, [&](const QList<qint64> &chunk) {
              removedIds += chunk;
              janitor.cancel();
          });
    janitor.purge({10, 0});
    QTRY_COMPARE(finished.count(), 1);
    disconnect(cancelling);
    const qint64 removedCount = finished.first().at(0).toLongLong();
    QCOMPARE(finished.first().at(1).toString(), QString()); // cancelled is not a failure
    QVERIFY2(removedCount >= StoreJanitor::chunkSize && removedCount < stored - 10,
             qPrintable(QString::number(removedCount)));
    QCOMPARE(removedCount % StoreJanitor::chunkSize, 0); // whole chunks: none half done
    QCOMPARE(removedIds, ids.mid(0, removedCount));
    QCOMPARE(allIds(), ids.mid(removedCount));

    // The janitor still works after a cancel.
    janitor.purge({10, 0});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.last().at(0).toLongLong(), stored - 10 - removedCount);
    QCOMPARE(allIds(), ids.mid(stored - 10));
}

void TestStoreJanitor::cancelDropsQueuedWork()
{
    const QList<qint64> ids = store(600);
    StoreJanitor janitor(m_options);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    janitor.removeRequests(ids.mid(0, 100));
    janitor.purge({1, 0});
    janitor.cancel(); // both were queued before: each stops or never starts
    janitor.removeRequests({ids.last()});
    QTRY_COMPARE(finished.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(finished.at(i).at(1).toString(), QString());
    const qint64 removedByCancelled
        = finished.at(0).at(0).toLongLong() + finished.at(1).at(0).toLongLong();
    QVERIFY2(removedByCancelled < 599, qPrintable(QString::number(removedByCancelled)));
    QCOMPARE(finished.at(2).at(0).toLongLong(), 1);
    QVERIFY(!m_store->request(ids.last()));
    QCOMPARE(m_store->count(), 600 - removedByCancelled - 1);
}

void TestStoreJanitor::purgeWhileTheWriterKeepsCommitting()
{
    const int stored = 8000;
    const int keepLast = 100;
    const QList<qint64> old = store(stored);
    index(old.mid(stored - 300)); // the kept ones and some purged ones have index entries

    StoreJanitor janitor(m_options);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    QList<qint64> acknowledged;
    int submitted = 0;
    int failed = 0;
    int committedDuringPurge = 0;
    QTimer submitter;
    submitter.setInterval(1);
    connect(&submitter, &QTimer::timeout, this, [&] {
        for (int i = 0; i < 5; ++i) {
            CapturedRequest request;
            request.receivedStartUs = request.receivedEndUs = nowMicros();
            request.method = "POST";
            request.target = "/live";
            request.httpVersion = "HTTP/1.1";
            request.responseStatus = 200;
            ++submitted;
            m_writer->submit(request, this, [&](const CommitResult &result) {
                if (!result.stored) {
                    ++failed;
                    return;
                }
                acknowledged.append(result.id);
                if (finished.isEmpty())
                    ++committedDuringPurge;
            });
        }
    });
    // New requests start once the purge has fixed its bounds (its first progress).
    connect(&janitor, &StoreJanitor::progress, &submitter, [&submitter](qint64 done) {
        if (done == 0)
            submitter.start();
    });
    QElapsedTimer purgeTime;
    purgeTime.start();
    janitor.purge({keepLast, 0});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const qint64 purgeMs = purgeTime.elapsed();
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(finished.first().at(0).toLongLong(), stored - keepLast);
    QTest::qWait(50); // and a few more after it
    submitter.stop();
    QTRY_COMPARE(acknowledged.size() + failed, submitted);
    qInfo("%d of %lld new requests were committed during the %lld ms purge",
          committedDuringPurge,
          qint64(acknowledged.size()),
          purgeMs);

    QCOMPARE(failed, 0);
    QVERIFY(!acknowledged.isEmpty());
    // Nothing new is lost; of the old ones exactly the newest keepLast are left.
    QCOMPARE(allIds(), old.mid(stored - keepLast) + acknowledged);
    QCOMPARE(countOf(QStringLiteral("request_data")), keepLast + acknowledged.size());
    QVERIFY(m_writer->isHealthy());
}

QTEST_GUILESS_MAIN(TestStoreJanitor)
#include "tst_storejanitor.moc"
