#include "store/requeststore.h"
#include "store/storewriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// Listings over a real store: filters, pages newest first, windows by id, deletion.
class TestRequestQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void pages_data();
    void pages();
    void windowsByIdCoverEverythingOnce();
    void removeDeletesTheBytesToo();

private:
    struct Sample
    {
        qint64 id;
        QByteArray method;
        QByteArray path;
        qint64 receivedStartUs;
    };
    QList<qint64> expectedIds(const RequestFilter &filter) const;
    static QList<qint64> idsOf(const QList<RequestRow> &rows);

    QTemporaryDir m_dir;
    StoreOptions m_options;
    QList<Sample> m_samples; // in id order
    RequestStore m_store;
};

void TestRequestQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_options.path = m_dir.filePath(QStringLiteral("query.sqlite"));
    StoreWriter writer;
    QString error;
    QVERIFY2(writer.start(m_options, &error), qPrintable(error));
    const QList<QByteArray> paths
        = {"/stripe/events", "/github/hook", "/stripez", "/stripe/", QByteArray("/\xff\xff", 3)};
    QObject context;
    constexpr int count = 40;
    for (int i = 1; i <= count; ++i) {
        CapturedRequest request;
        request.method = i % 3 == 0 ? "GET" : "POST";
        request.target = paths[i % paths.size()] + (i % 4 == 0 ? "?page=2" : "");
        request.receivedStartUs = 1'000'000 + i * 1000;
        request.body = QByteArray::number(i);
        request.bodySize = request.body.size();
        const QByteArray path = request.path();
        writer.submit(request, &context, [this, request, path](const CommitResult &result) {
            QVERIFY(result.stored);
            m_samples.append({result.id, request.method, path, request.receivedStartUs});
        });
    }
    QTRY_COMPARE(m_samples.size(), count);
    std::sort(m_samples.begin(), m_samples.end(), [](const Sample &a, const Sample &b) {
        return a.id < b.id;
    });
    QVERIFY(m_store.open(m_options, &error));
}

QList<qint64> TestRequestQuery::expectedIds(const RequestFilter &filter) const
{
    QList<qint64> ids;
    for (auto it = m_samples.crbegin(); it != m_samples.crend(); ++it) { // newest first
        if (!filter.method.isEmpty() && it->method != filter.method)
            continue;
        if (!it->path.startsWith(filter.pathPrefix))
            continue;
        if (filter.sinceUs > 0 && it->receivedStartUs < filter.sinceUs)
            continue;
        if (filter.untilUs > 0 && it->receivedStartUs >= filter.untilUs)
            continue;
        ids.append(it->id);
    }
    return ids;
}

QList<qint64> TestRequestQuery::idsOf(const QList<RequestRow> &rows)
{
    QList<qint64> ids;
    for (const RequestRow &row : rows)
        ids.append(row.id);
    return ids;
}

void TestRequestQuery::filters_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("pathPrefix");
    QTest::addColumn<qint64>("sinceUs");
    QTest::addColumn<qint64>("untilUs");
    QTest::addColumn<int>("atLeast");

    QTest::newRow("everything") << QByteArray() << QByteArray() << qint64(0) << qint64(0) << 40;
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << qint64(0) << qint64(0) << 13;
    QTest::newRow("get is not GET")
        << QByteArray("get") << QByteArray() << qint64(0) << qint64(0) << 0;
    QTest::newRow("prefix /stripe")
        << QByteArray() << QByteArray("/stripe") << qint64(0) << qint64(0) << 24;
    QTest::newRow("prefix /stripe/")
        << QByteArray() << QByteArray("/stripe/") << qint64(0) << qint64(0) << 16;
    QTest::newRow("prefix of 0xff bytes")
        << QByteArray() << QByteArray("/\xff", 2) << qint64(0) << qint64(0) << 8;
    QTest::newRow("query is not path")
        << QByteArray() << QByteArray("/stripez?") << qint64(0) << qint64(0) << 0;
    QTest::newRow("since") << QByteArray() << QByteArray() << qint64(1'030'000) << qint64(0) << 11;
    QTest::newRow("until") << QByteArray() << QByteArray() << qint64(0) << qint64(1'005'000) << 4;
    QTest::newRow("all at once") << QByteArray("POST") << QByteArray("/stripe") << qint64(1'010'000)
                                 << qint64(1'030'000) << 1;
}

void TestRequestQuery::filters()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, pathPrefix);
    QFETCH(qint64, sinceUs);
    QFETCH(qint64, untilUs);
    QFETCH(int, atLeast);
    RequestFilter filter;
    filter.method = method;
    filter.pathPrefix = pathPrefix;
    filter.sinceUs = sinceUs;
    filter.untilUs = untilUs;
    const QList<qint64> expected = expectedIds(filter);
    QVERIFY(expected.size() >= atLeast); // the data really exercises this filter
    const RequestPage page = m_store.page(filter, 1, 1000);
    QCOMPARE(page.total, expected.size());
    QCOMPARE(idsOf(page.rows), expected);
}

void TestRequestQuery::pages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("first of 7") << 1 << 7;
    QTest::newRow("last, partial") << 6 << 7;
    QTest::newRow("past the end") << 7 << 7;
    QTest::newRow("one per page") << 40 << 1;
    QTest::newRow("page 0 is page 1") << 0 << 5;
    QTest::newRow("all in one") << 1 << 1000;
}

void TestRequestQuery::pages()
{
    QFETCH(int, page);
    QFETCH(int, pageSize);
    const QList<qint64> all = expectedIds({});
    const RequestPage result = m_store.page({}, page, pageSize);
    QCOMPARE(result.total, all.size());
    const qsizetype from = qsizetype(qMax(1, page) - 1) * pageSize;
    QCOMPARE(idsOf(result.rows), all.mid(from, pageSize));
    for (const RequestRow &row : result.rows) { // the narrow columns come along
        QCOMPARE(row.bodySize, QByteArray::number(row.receivedStartUs / 1000 - 1000).size());
        QVERIFY(row.target.startsWith('/'));
    }
}

void TestRequestQuery::windowsByIdCoverEverythingOnce()
{
    RequestFilter posts;
    posts.method = "POST";
    QList<qint64> seen;
    qint64 before = 0;
    for (;;) {
        const QList<RequestRow> window = m_store.newestBefore(before, 6, posts);
        if (window.isEmpty())
            break;
        seen += idsOf(window);
        before = window.last().id;
    }
    QCOMPARE(seen, expectedIds(posts));
}

void TestRequestQuery::removeDeletesTheBytesToo()
{
    const qint64 id = m_samples.first().id;
    QVERIFY(m_store.request(id));
    QVERIFY(m_store.remove(id));
    QVERIFY(!m_store.request(id));
    QVERIFY(!m_store.remove(id)); // already gone
    QCOMPARE(m_store.page({}, 1, 1000).total, m_samples.size() - 1);
    m_samples.removeFirst();
}

QTEST_GUILESS_MAIN(TestRequestQuery)
#include "tst_requestquery.moc"
