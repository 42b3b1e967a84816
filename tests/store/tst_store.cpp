#include "store/requeststore.h"
#include "store/sqlstatement.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"
#include "store/storewriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Hookbench;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void newStoreHasTheCurrentSchema();
    void openingTwiceMigratesOnce();
    void newerSchemaIsRefusedClearly();
    void unwritableLocationIsReported();
    void synchronousSettingIsApplied_data();
    void synchronousSettingIsApplied();
    void everyFieldSurvivesReopening();
    void requestsQueuedDuringACommitShareTheNextOne();
    void requestCountFollowsCommitsAndDeletes();
    void requestCountSurvivesTheUpgradeFromPerRowCounting();
    void rareMethodsAreFoundThroughTheMethodIndex();
    void logStaysBoundedUnderContinuousWrites();
    void committedAnnouncesEveryRowInOrder();
    void databaseFileIsFlushedThroughSqlite();
    void headersSerializeExactly_data();
    void headersSerializeExactly();
    void publicIds_data();
    void publicIds();

private:
    StoreOptions options() const;
    static bool writeRequests(StoreWriter &writer,
                              int count,
                              const std::function<QByteArray(int)> &methodOf = {});
    static QPair<qint64, qint64> countedAndCounting(QSqlDatabase db);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

StoreOptions TestStore::options() const
{
    StoreOptions options;
    options.path = m_dir->filePath(QStringLiteral("sub/dir/store.sqlite"));
    return options;
}

void TestStore::newStoreHasTheCurrentSchema()
{
    StoreConnection connection;
    QString error;
    QVERIFY2(connection.open(options(), &error), qPrintable(error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), StoreSchema::currentVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('requests', 'request_data', "
        "'requests_by_time', 'requests_by_path', 'requests_by_method')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 5);
}

void TestStore::openingTwiceMigratesOnce()
{
    StoreConnection first, second;
    QString error;
    QVERIFY2(first.open(options(), &error), qPrintable(error));
    QVERIFY2(second.open(options(), &error), qPrintable(error));
}

void TestStore::newerSchemaIsRefusedClearly()
{
    {
        StoreConnection connection;
        QString error;
        QVERIFY(connection.open(options(), &error));
        QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    StoreConnection connection;
    QString error;
    QVERIFY(!connection.open(options(), &error));
    QVERIFY2(error.contains(QStringLiteral("newer Hookbench")), qPrintable(error));
    QVERIFY(error.contains(options().path));
}

void TestStore::unwritableLocationIsReported()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    StoreOptions options;
    options.path = blocker.fileName() + QStringLiteral("/store.sqlite"); // a folder inside a file
    StoreWriter writer;
    QString error;
    QVERIFY(!writer.start(options, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot create the folder")), qPrintable(error));
}

void TestStore::synchronousSettingIsApplied_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("pragma");
    QTest::newRow("normal") << int(StoreOptions::Synchronous::Normal) << 1;
    QTest::newRow("full") << int(StoreOptions::Synchronous::Full) << 2;
}

void TestStore::synchronousSettingIsApplied()
{
    QFETCH(int, mode);
    QFETCH(int, pragma);
    StoreOptions options = this->options();
    options.synchronous = StoreOptions::Synchronous(mode);
    StoreConnection connection;
    QString error;
    QVERIFY(connection.open(options, &error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), pragma);
}

void TestStore::everyFieldSurvivesReopening()
{
    CapturedRequest request;
    request.listener = QStringLiteral("stripe");
    request.localPort = 8787;
    request.remoteAddress = QStringLiteral("::1");
    request.remotePort = 51234;
    request.receivedStartUs = 1'700'000'000'123'456;
    request.receivedEndUs = 1'700'000'000'223'456;
    request.method = "POST";
    request.target = "/hooks?x=\xff";
    request.httpVersion = "HTTP/1.0";
    request.setHeaders({{"A", "1"}, {"a", "2"}, {"Content-Type", "text/plain; charset=latin1"}});
    request.setTrailers({{"X-Trailer", "t"}});
    request.rawHead = "POST /hooks?x=\xff HTTP/1.0\r\nA: 1\r\na: 2\r\n\r\n";
    request.body = QByteArray("\x00\x01\xfe\xff", 4);
    request.bodySize = 4000;
    request.bodyTruncated = true;
    request.responseStatus = 413;
    request.error = CaptureError::BodyTooLarge;
    request.errorMessage = QStringLiteral("too big");

    qint64 id = 0;
    {
        StoreWriter writer;
        QString error;
        QVERIFY(writer.start(options(), &error));
        QObject context;
        writer.submit(request, &context, [&id](const CommitResult &result) { id = result.id; });
        QTRY_VERIFY(id > 0);
    } // closed
    RequestStore store;
    QString error;
    QVERIFY(store.open(options(), &error));
    const auto loaded = store.request(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->listener, request.listener);
    QCOMPARE(loaded->localPort, request.localPort);
    QCOMPARE(loaded->remoteAddress, request.remoteAddress);
    QCOMPARE(loaded->remotePort, request.remotePort);
    QCOMPARE(loaded->receivedStartUs, request.receivedStartUs);
    QCOMPARE(loaded->receivedEndUs, request.receivedEndUs);
    QCOMPARE(loaded->method, request.method);
    QCOMPARE(loaded->target, request.target);
    QCOMPARE(loaded->httpVersion, request.httpVersion);
    QCOMPARE(loaded->headers(), request.headers());
    QCOMPARE(loaded->headerValue("content-type"), QByteArray("text/plain; charset=latin1"));
    QCOMPARE(loaded->trailers(), request.trailers());
    QCOMPARE(loaded->rawHead, request.rawHead);
    QCOMPARE(loaded->body, request.body);
    QCOMPARE(loaded->bodySize, request.bodySize);
    QCOMPARE(loaded->bodyTruncated, request.bodyTruncated);
    QCOMPARE(loaded->responseStatus, request.responseStatus);
    QCOMPARE(loaded->error, request.error);
    QCOMPARE(loaded->errorMessage, request.errorMessage);
    QVERIFY(!store.request(id + 1));
}

void TestStore::requestsQueuedDuringACommitShareTheNextOne()
{
    StoreWriter writer;
    QString error;
    QVERIFY(writer.start(options(), &error));
    QSignalSpy committed(&writer, &StoreWriter::committed);

    // Another connection holds the write lock, so everything submitted meanwhile queues up.
    StoreConnection blocker;
    QVERIFY(blocker.open(options(), &error));
    QSqlQuery lock(blocker.database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

    constexpr int count = 200;
    QObject context;
    QList<qint64> ids;
    QHash<qint64, QByteArray> bodyById;
    for (int i = 0; i < count; ++i) {
        CapturedRequest request;
        request.method = "POST";
        request.body = QByteArray::number(i);
        writer.submit(request, &context, [&ids, &bodyById, i](const CommitResult &result) {
            if (!result.stored) {
                qWarning("not stored: %s", qPrintable(result.error));
                return;
            }
            ids.append(result.id);
            bodyById.insert(result.id, QByteArray::number(i));
        });
    }
    QTest::qWait(100);
    QCOMPARE(ids.size(), 0); // nothing is acknowledged before its commit
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QTRY_COMPARE(ids.size(), count);
    QVERIFY2(committed.size() <= 2, "requests were not committed together");
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), count);
    QCOMPARE(writer.committedCount(), count);
    // Each acknowledgement names the row that holds that very request.
    RequestStore store;
    QVERIFY(store.open(options(), &error));
    for (auto it = bodyById.cbegin(); it != bodyById.cend(); ++it)
        QCOMPARE(store.request(it.key()).value_or(CapturedRequest()).body, it.value());
}

/// Submits `count` requests (POSTs unless `methodOf` says otherwise) as one batch and waits
/// until all are stored.
bool TestStore::writeRequests(StoreWriter &writer,
                              int count,
                              const std::function<QByteArray(int)> &methodOf)
{
    QObject context;
    std::vector<StoreWriter::Submission> submissions;
    int stored = 0;
    for (int i = 0; i < count; ++i) {
        CapturedRequest request;
        request.method = methodOf ? methodOf(i) : QByteArray("POST");
        request.receivedStartUs = 1'000 + i;
        request.body = QByteArray::number(i);
        submissions.push_back({request, &context, [&stored](const CommitResult &result) {
                                   stored += result.stored ? 1 : 0;
                               }});
    }
    writer.submitAll(std::move(submissions));
    return QTest::qWaitFor([&stored, count] { return stored == count; });
}

/// The kept count of requests, and the rows counted one by one.
QPair<qint64, qint64> TestStore::countedAndCounting(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT n FROM request_count), "
                                   "(SELECT count(*) FROM requests)"))
        || !query.next()) {
        return {-1, -1};
    }
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

void TestStore::requestCountFollowsCommitsAndDeletes()
{
    StoreWriter writer;
    QString error;
    QVERIFY(writer.start(options(), &error));
    for (const int batch : {1, 7, 40, 3})
        QVERIFY(writeRequests(writer, batch));
    StoreConnection reader;
    QVERIFY(reader.open(options(), &error));
    QCOMPARE(countedAndCounting(reader.database()), (QPair<qint64, qint64> {51, 51}));
    QVERIFY(
        QSqlQuery(reader.database()).exec(QStringLiteral("DELETE FROM requests WHERE id <= 10")));
    QCOMPARE(countedAndCounting(reader.database()), (QPair<qint64, qint64> {41, 41}));
    QVERIFY(writeRequests(writer, 5));
    QCOMPARE(countedAndCounting(reader.database()), (QPair<qint64, qint64> {46, 46}));
    RequestStore store;
    QVERIFY(store.open(options(), &error));
    QCOMPARE(store.count(), 46);
}

void TestStore::requestCountSurvivesTheUpgradeFromPerRowCounting()
{
    // A store of schema 6, where a trigger counted each inserted request.
    QString error;
    {
        StoreWriter writer;
        QVERIFY(writer.start(options(), &error));
        QVERIFY(writeRequests(writer, 4));
        writer.stop();
        StoreConnection connection;
        QVERIFY(connection.open(options(), &error));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER requests_counted_in AFTER INSERT ON "
                                          "requests BEGIN UPDATE request_count SET n = n + 1; "
                                          "END")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    // Opening it again drops the trigger: each new request is counted once, not twice.
    StoreWriter writer;
    QVERIFY2(writer.start(options(), &error), qPrintable(error));
    QVERIFY(writeRequests(writer, 3));
    StoreConnection reader;
    QVERIFY(reader.open(options(), &error));
    QCOMPARE(countedAndCounting(reader.database()), (QPair<qint64, qint64> {7, 7}));
    QSqlQuery query(reader.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), StoreSchema::currentVersion());
}

void TestStore::rareMethodsAreFoundThroughTheMethodIndex()
{
    StoreWriter writer;
    QString error;
    QVERIFY(writer.start(options(), &error));
    QVERIFY(writeRequests(
        writer, 30, [](int i) { return i % 10 == 3 ? QByteArray("DELETE") : QByteArray("POST"); }));

    StoreConnection reader;
    QVERIFY(reader.open(options(), &error));
    QSqlQuery query(reader.database());
    // The index is partial (the rare methods only), and the condition for them uses it.
    QVERIFY(query.exec(QStringLiteral("SELECT partial FROM pragma_index_list('requests') "
                                      "WHERE name = 'requests_by_method'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM requests r WHERE ")
                       + StoreSchema::methodCondition(QStringLiteral("DELETE"))
                             .replace(u'?', QStringLiteral("'DELETE'"))));
    QString plan;
    while (query.next())
        plan += query.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(QStringLiteral("requests_by_method")), qPrintable(plan));

    RequestStore store;
    QVERIFY(store.open(options(), &error));
    RequestFilter deletes;
    deletes.method = "DELETE";
    QCOMPARE(store.count(deletes), 3);
    RequestFilter posts;
    posts.method = "POST";
    QCOMPARE(store.count(posts), 27);
}

void TestStore::logStaysBoundedUnderContinuousWrites()
{
    // A checkpoint beside a writer that never pauses never catches up with it; the log must
    // still start over now and then instead of growing with every request.
    StoreWriter writer;
    QString error;
    QVERIFY(writer.start(options(), &error));
    QObject context;
    int stored = 0;
    const QByteArray body(32 * 1024, 'w');
    constexpr int requests = 4000; // 128 MiB of bodies: over 32000 log frames if never reset
    int submitted = 0;
    auto submit = [&] {
        CapturedRequest request;
        request.body = body;
        writer.submit(request, &context, [&stored](const CommitResult &result) {
            stored += result.stored ? 1 : 0;
        });
        ++submitted;
    };
    // Keep requests queued at all times, as a busy provider does: the writer never pauses.
    QDeadlineTimer sending(60'000);
    while (submitted < requests && !sending.hasExpired()) {
        while (submitted < requests && submitted - stored < 32)
            submit();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    QDeadlineTimer deadline(30'000);
    while (stored < requests && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    QCOMPARE(stored, requests);
    StoreConnection reader;
    QVERIFY(reader.open(options(), &error));
    QSqlQuery query(reader.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && query.next());
    const qint64 logFrames = query.value(1).toLongLong();
    // A cycle lets the log reach 32 MiB (8192 frames) before it starts over.
    QVERIFY2(logFrames < 16384, qPrintable(QStringLiteral("%1 frames in the log").arg(logFrames)));
}

void TestStore::committedAnnouncesEveryRowInOrder()
{
    // committed() gathers several commits; none may be left out, including the last ones
    // when the writer stops right after them.
    StoreWriter writer;
    QString error;
    QVERIFY(writer.start(options(), &error));
    QObject context;
    QList<qint64> announced;
    connect(
        &writer, &StoreWriter::committed, &context, [&announced](const QList<RequestRow> &rows) {
            for (const RequestRow &row : rows)
                announced.append(row.id);
        });
    QList<qint64> acknowledged;
    constexpr int requests = 300;
    std::function<void()> submitNext = [&] {
        CapturedRequest request;
        request.method = "POST";
        request.body = QByteArray::number(acknowledged.size());
        // One at a time, so each request is a commit of its own.
        writer.submit(request, &context, [&](const CommitResult &result) {
            QVERIFY2(result.stored, qPrintable(result.error));
            acknowledged.append(result.id);
            if (acknowledged.size() < requests)
                submitNext();
        });
    };
    submitNext();
    QTRY_COMPARE_WITH_TIMEOUT(acknowledged.size(), requests, 30'000);
    writer.stop();
    QCoreApplication::sendPostedEvents(&context);
    QCOMPARE(announced, acknowledged);
    QVERIFY(std::is_sorted(announced.cbegin(), announced.cend()));
}

void TestStore::databaseFileIsFlushedThroughSqlite()
{
    // The checkpointer flushes the database file through SQLite's own handle (a descriptor of
    // our own would drop SQLite's locks when closed); it works wherever SQLite's API does.
    StoreConnection connection;
    QString error;
    QVERIFY2(connection.open(options(), &error), qPrintable(error));
    QCOMPARE(SqlStatement::syncDatabaseFile(connection.database()),
             SqlStatement::isNative(connection.database()));
    // Still usable, and its locks still hold: another connection cannot take the write lock
    // while this one has it.
    StoreConnection other;
    QVERIFY(other.open(options(), &error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlQuery blocked(other.database());
    QVERIFY(blocked.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    QVERIFY(!blocked.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
}

void TestStore::headersSerializeExactly_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::newRow("empty") << HeaderList();
    QTest::newRow("duplicates and case") << HeaderList {{"X-A", "1"}, {"x-a", "2"}, {"X-A", ""}};
    QTest::newRow("colons and bytes")
        << HeaderList {{"Date", "Mon, 01 Jan 2024 10:00:00 GMT"}, {"X-Bin", "\xe9\xff: x"}};
}

void TestStore::headersSerializeExactly()
{
    QFETCH(HeaderList, headers);
    QCOMPARE(parseSerializedHeaders(serializeHeaders(headers)), headers);
}

void TestStore::publicIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("id");
    QTest::newRow("prefixed") << "wevt_42" << qint64(42);
    QTest::newRow("bare") << "7" << qint64(7);
    QTest::newRow("zero") << "wevt_0" << qint64(0);
    QTest::newRow("junk") << "wdlv_3" << qint64(0);
}

void TestStore::publicIds()
{
    QFETCH(QString, text);
    QFETCH(qint64, id);
    QCOMPARE(parsePublicRequestId(text), id);
    if (id > 0)
        QCOMPARE(parsePublicRequestId(publicRequestId(id)), id);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
