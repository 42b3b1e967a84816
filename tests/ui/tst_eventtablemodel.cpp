#include "eventtablemodel.h"
#include "inspect/catalogset.h"
#include "store/reinspector.h"
#include "store/storewriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// The event list over a real store written by the real writer and inspected by the real
/// re-inspector: windows of rows read on demand, ordering, filters, live insertion.
class TestEventTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsEveryRowInBothOrders();
    void filterByEventType_data();
    void filterByEventType();
    void liveInsertionWhileFiltering();
    void inspectionUpdatesCellsAndFilteredRows();
    void sortingKeepsTheSelectedRow();
    void countIsKeptThroughDeletions();

private:
    /// Stores `count` requests (event types cycling through `types`), returns their ids.
    QList<qint64> store(int count, const QStringList &types, const QByteArray &path = "/hook");
    static SearchQuery query(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreOptions m_options;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<Reinspector> m_reinspector;
    qint64 m_lastInspected = 0;
};

void TestEventTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_options.path = m_dir->filePath(QStringLiteral("events.sqlite"));
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    QVERIFY2(m_writer->start(m_options, &error), qPrintable(error));
    m_reinspector = std::make_unique<Reinspector>(m_writer.get(), nullptr);
    m_lastInspected = 0;
    connect(m_reinspector.get(), &Reinspector::inspected, this, [this](qint64, qint64 last) {
        m_lastInspected = qMax(m_lastInspected, last);
    });
    QVERIFY2(m_reinspector->start(m_options, &error), qPrintable(error));
}

void TestEventTableModel::cleanup()
{
    m_reinspector.reset();
    m_writer.reset();
    m_dir.reset();
}

QList<qint64>
TestEventTableModel::store(int count, const QStringList &types, const QByteArray &path)
{
    QList<qint64> ids;
    QObject context;
    for (int i = 0; i < count; ++i) {
        CapturedRequest request;
        request.method = "POST";
        request.target = path;
        request.httpVersion = "HTTP/1.1";
        request.receivedStartUs = QDateTime::currentMSecsSinceEpoch() * 1000 + i;
        request.setHeaders({{"Content-Type", "application/json"}});
        request.body = QStringLiteral(R"({"id":"evt_%1","type":"%2","data":{}})")
                           .arg(i)
                           .arg(types.at(i % types.size()))
                           .toUtf8();
        request.bodySize = request.body.size();
        m_writer->submit(request, &context, [&ids](const CommitResult &result) {
            if (result.stored)
                ids.append(result.id);
        });
    }
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), count, 10'000);
    }();
    std::sort(ids.begin(), ids.end());
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(m_lastInspected, ids.last(), 10'000);
    }();
    return ids;
}

SearchQuery TestEventTableModel::query(const QString &text)
{
    auto parsed = SearchQuery::parse(text, 0);
    return std::get<SearchQuery>(parsed);
}

void TestEventTableModel::readsEveryRowInBothOrders()
{
    // More rows than pages kept in memory, so reading them all goes through eviction too.
    const QList<qint64> ids = store(EventTableModel::pageSize * 30 + 7, {QStringLiteral("a.b")});
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.open(m_options, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), ids.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.requestId(row), ids.at(ids.size() - 1 - row));
    // The last row, read first from the far end, is the oldest.
    model.sort(EventTableModel::Received, Qt::AscendingOrder);
    QCOMPARE(model.requestId(model.rowCount() - 1), ids.last());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(EventTableModel::IdRole).toLongLong(), ids.at(row));
    QCOMPARE(model.requestId(model.rowCount()), 0);
}

void TestEventTableModel::countIsKeptThroughDeletions()
{
    // The unfiltered count comes from the store's kept count (triggers), not from count(*):
    // it must stay exact through deletions in the middle of the id range and new captures.
    const QList<qint64> ids = store(EventTableModel::pageSize * 3, {QStringLiteral("a.b")});
    RequestStore direct;
    QString error;
    QVERIFY2(direct.open(m_options, &error), qPrintable(error));
    const QList<qint64> removed = ids.mid(10, 100);
    QVERIFY(direct.removeMany(removed));
    QList<qint64> kept = ids;
    for (qint64 id : removed)
        kept.removeOne(id);
    QCOMPARE(direct.count(), kept.size());

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model.open(m_options, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), kept.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.requestId(row), kept.at(kept.size() - 1 - row));
    QCOMPARE(model.rowOf(kept.at(5)), int(kept.size()) - 1 - 5);
    QCOMPARE(model.rowOf(removed.first()), -1);
    // The far end, read first from there, lines up too.
    model.sort(EventTableModel::Received, Qt::AscendingOrder);
    QCOMPARE(model.requestId(0), kept.first());
    QCOMPARE(model.requestId(model.rowCount() - 1), kept.last());
    QCOMPARE(model.rowOf(kept.first()), 0);
    QCOMPARE(model.rowOf(kept.last()), int(kept.size()) - 1);

    const QList<qint64> more = store(5, {QStringLiteral("a.b")});
    model.storeCommitted(more.last());
    QCOMPARE(model.rowCount(), kept.size() + 5);
    QCOMPARE(direct.count(), kept.size() + 5);
    RequestFilter filter;
    filter.search = query(QStringLiteral("type:a.b"));
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kept.size() + 5);
}

void TestEventTableModel::filterByEventType_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("one type") << QStringLiteral("type:order.paid") << 10;
    QTest::newRow("prefix") << QStringLiteral("type:order.*") << 20;
    QTest::newRow("negated") << QStringLiteral("-type:order.paid") << 20;
    QTest::newRow("nothing") << QStringLiteral("type:none") << 0;
}

void TestEventTableModel::filterByEventType()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    store(
        30,
        {QStringLiteral("order.paid"), QStringLiteral("order.created"), QStringLiteral("user.x")});
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.open(m_options, &error));
    RequestFilter filter;
    filter.search = query(search);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString type = model.index(row, EventTableModel::EventType).data().toString();
        QVERIFY2(!type.isEmpty(), qPrintable(type));
    }
}

void TestEventTableModel::liveInsertionWhileFiltering()
{
    store(6, {QStringLiteral("order.paid"), QStringLiteral("user.x")});
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.open(m_options, &error));
    RequestFilter filter;
    filter.search = query(QStringLiteral("type:order.paid"));
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Committed but not inspected yet: a filter on events cannot know whether they match.
    const QList<qint64> more = store(8, {QStringLiteral("order.paid"), QStringLiteral("user.x")});
    model.storeCommitted(more.last());
    QCOMPARE(model.rowCount(), 3);
    model.storeInspected(more.first(), more.last());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // newest first: at the top
    QCOMPARE(inserted.first().at(2).toInt(), 3);
    QCOMPARE(model.requestId(0), more.at(6)); // the newest order.paid
    // An unfiltered model takes rows at commit time.
    EventTableModel all;
    QAbstractItemModelTester allTester(&all,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(all.open(m_options, &error));
    QCOMPARE(all.rowCount(), 14);
    const QList<qint64> last = store(2, {QStringLiteral("x")});
    all.storeCommitted(last.last());
    QCOMPARE(all.rowCount(), 16);
    QCOMPARE(all.requestId(0), last.last());
    all.storeCommitted(last.last()); // told twice: nothing more
    QCOMPARE(all.rowCount(), 16);
}

void TestEventTableModel::inspectionUpdatesCellsAndFilteredRows()
{
    // Rows stored while the model was open show their event type once it is inspected.
    EventTableModel model;
    QString error;
    QVERIFY(model.open(m_options, &error));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_reinspector.reset(); // capture without inspection for a moment
    QList<qint64> ids;
    QObject context;
    CapturedRequest request;
    request.method = "POST";
    request.target = "/hook";
    request.body = R"({"type":"late.type","id":"evt_1"})";
    request.bodySize = request.body.size();
    m_writer->submit(
        request, &context, [&ids](const CommitResult &result) { ids.append(result.id); });
    QTRY_COMPARE(ids.size(), 1);
    model.storeCommitted(ids.first());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, EventTableModel::EventType).data().toString(), QString());
    m_reinspector = std::make_unique<Reinspector>(m_writer.get(), nullptr);
    connect(m_reinspector.get(), &Reinspector::inspected, &model, &EventTableModel::storeInspected);
    QVERIFY(m_reinspector->start(m_options, &error));
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(model.index(0, EventTableModel::EventType).data().toString().startsWith(u"late.type"));
}

void TestEventTableModel::sortingKeepsTheSelectedRow()
{
    const QList<qint64> ids = store(300, {QStringLiteral("a")});
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.open(m_options, &error));
    const QPersistentModelIndex selected = model.index(10, 0);
    QCOMPARE(selected.data(EventTableModel::IdRole).toLongLong(), ids.at(289));
    model.sort(EventTableModel::Received, Qt::AscendingOrder);
    QCOMPARE(selected.row(), 289);
    QCOMPARE(selected.data(EventTableModel::IdRole).toLongLong(), ids.at(289));
    // Another column sorts by time too (newest first): the list is never re-sorted in memory.
    model.sort(EventTableModel::Path, Qt::AscendingOrder);
    QVERIFY(model.isNewestFirst());
    QCOMPARE(selected.row(), 10);
}

QTEST_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
