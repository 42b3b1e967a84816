// Store scale benchmark and generator: fills a store with N realistic webhook requests from
// the seed providers through the real writer (inspection and search index on unless
// --no-inspect), then times the queries a window over millions of rows depends on and the
// search language. With --db PATH the store is kept (--query-only times an existing one).
// --batch N submits N requests at a time and waits for their commit, like the small group
// commits of a few dozen busy connections (default: windows of 2048 queued requests); the
// writer thread's CPU per request is printed too.
//   build/bench/hookbench-storebench [--requests N] [--batch N] [--db PATH] [--no-inspect]
//                                    [--query-only]
#include "inspect/catalogset.h"
#include "store/reinspector.h"
#include "store/requeststore.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>

using namespace Hookbench;

namespace {

// Realistic traffic from the seed providers: Paket (seeds 000/001), the Anthropic beta events
// (002), the webhook-events API (003) and the guide's user/project events (004), with unique
// event ids except for one provider retry in a hundred.
CapturedRequest sampleRequest(qint64 n)
{
    if (n % 100 == 99) { // the provider retries the previous event: same request, later
        CapturedRequest retry = sampleRequest(n - 1);
        retry.receivedStartUs = 1'700'000'000'000'000 + n * 1000;
        retry.receivedEndUs = retry.receivedStartUs + 150;
        return retry;
    }
    static const QList<QByteArray> paketTypes = {"subscription.status.created",
                                                 "subscription.status.renewed",
                                                 "subscription.invoice.created",
                                                 "context.session.context_added",
                                                 "activation.session.created",
                                                 "activation.item.completed"};
    static const QList<QByteArray> anthropicTypes = {"session.created",
                                                     "session.idled",
                                                     "session.thread_created",
                                                     "vault.created",
                                                     "vault_credential.refresh_failed"};
    static const QList<QByteArray> guideTypes
        = {"user.created", "user.updated", "project.created", "project.updated"};
    const QByteArray id = QByteArray::number(n);
    const qint64 createdMs = 1'700'000'000'000 + n;
    CapturedRequest r;
    QByteArray path;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extra;
    switch (n % 4) {
    case 0:
    case 1:
        path = "/paket/events";
        body = R"({"id":"evt_)" + id + R"(","object":"event","type":")"
               + paketTypes[(n / 4) % paketTypes.size()] + R"(","created":)"
               + QByteArray::number(createdMs)
               + R"(,"api_version":"2023-12-10","request":{"id":"req_)" + id
               + R"(","idempotency_key":null},"data":{"object":{"id":"sub_)" + id
               + R"(","status":"active","plan":"Pro plan","amount":4200,"currency":"eur",)"
                 R"("customer":{"id":"cus_9","email":"jenny.rosen@example.com",)"
                 R"("name":"Jenny Rosen"},"items":[{"id":"si_1","quantity":1}]}}})";
        break;
    case 2:
        path = "/anthropic";
        body = R"({"id":"wevt_)" + id + R"(","created_at":"2026-11-23T09:00:00.)"
               + QByteArray::number(100000 + n % 900000) + R"(Z","type":"event","data":{"type":")"
               + anthropicTypes[(n / 4) % anthropicTypes.size()] + R"(","id":"sesn_)" + id
               + R"(","organization_id":"org_7","workspace_id":"wrkspc_3",)"
                 R"("session_thread_id":"thrd_)"
               + id + R"("}})";
        extra = {{"webhook-id", "msg_" + id},
                 {"webhook-timestamp", "1700000000"},
                 {"webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="}};
        break;
    default:
        path = "/hooks";
        body = R"({"id":"evt_)" + id + R"(","type":")" + guideTypes[(n / 4) % guideTypes.size()]
               + R"(","created_at":"2023-01-01T12:00:00Z","data":{"user_id":"usr_)" + id
               + R"(","project_id":"prj_)" + id
               + R"(","email":"user@example.com","username":"johndoe","name":"New Project"}})";
    }
    body += QByteArray(qMax<qsizetype>(0, 1100 - body.size()), ' '); // ~1.2 KB, like the bench
    r.listener = QStringLiteral("default");
    r.localPort = 8787;
    r.remoteAddress = QStringLiteral("127.0.0.1");
    r.remotePort = quint16(40000 + n % 20000);
    r.receivedStartUs = 1'700'000'000'000'000 + n * 1000;
    r.receivedEndUs = r.receivedStartUs + 150;
    r.method = n % 50 == 0 ? "PUT" : "POST";
    r.target = path;
    r.httpVersion = "HTTP/1.1";
    r.body = body;
    r.bodySize = r.body.size();
    QList<QPair<QByteArray, QByteArray>> headers
        = {{"Host", "localhost:8787"},
           {"User-Agent", "Hookbench-Bench/1.0"},
           {"Content-Type", "application/json; charset=utf-8"},
           {"Content-Length", QByteArray::number(r.body.size())}};
    headers += extra;
    r.setHeaders(headers);
    r.rawHead = r.method + ' ' + r.target + " HTTP/1.1\r\n" + r.headerFields + "\r\n";
    r.responseStatus = 200;
    return r;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// CPU seconds (user + system) the threads named `name` other than the main one have used
/// (Linux; 0 elsewhere). The main thread's name is the executable's, cut to 15 characters.
double threadCpuSeconds(const QByteArray &name)
{
    double ticks = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QString mainThread = QString::number(QCoreApplication::applicationPid());
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (task == mainThread)
            continue;
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith(name)
            || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // Fields 14 and 15 (utime, stime) follow the parenthesised command name.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            ticks += fields[11].toDouble() + fields[12].toDouble();
    }
    return ticks / 100.0; // USER_HZ
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("How many requests (default 1000000)."),
                                            QStringLiteral("n"),
                                            QStringLiteral("1000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Store file (default: a temporary one)."),
                                      QStringLiteral("path"));
    const QCommandLineOption noInspectOption(
        QStringLiteral("no-inspect"),
        QStringLiteral("Store requests only: no events, no search index (the baseline)."));
    const QCommandLineOption queryOnlyOption(
        QStringLiteral("query-only"),
        QStringLiteral("Do not write: time the queries on an existing --db."));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QStringLiteral("Submit N requests at a time and wait for their commit."),
        QStringLiteral("n"));
    parser.addOptions({requestsOption, dbOption, noInspectOption, queryOnlyOption, batchOption});
    parser.process(app);
    const qint64 total = parser.value(requestsOption).toLongLong();
    const qint64 batch = parser.isSet(batchOption) ? parser.value(batchOption).toLongLong() : 0;
    QTemporaryDir dir;
    StoreOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption)
                                          : dir.filePath(QStringLiteral("bench.sqlite"));

    CatalogSet catalogs {QString()}; // the built-in catalogs
    {
        // Inspection alone, as each capture thread runs it before handing a request over.
        const Inspector inspector(&catalogs);
        QElapsedTimer clock;
        clock.start();
        constexpr int samples = 20000;
        for (int n = 0; n < samples; ++n)
            inspector.inspect(sampleRequest(n));
        std::printf("inspection             %.1f µs per request (one thread)\n",
                    seconds(clock) * 1e6 / samples);
    }
    StoreWriter writer;
    QString error;
    if (!parser.isSet(queryOnlyOption) && !writer.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Reinspector reinspector(&writer, &catalogs);
    qint64 inspectedUpTo = 0;
    QObject::connect(&reinspector,
                     &Reinspector::inspected,
                     [&inspectedUpTo](qint64, qint64 lastId) { inspectedUpTo = lastId; });
    if (!parser.isSet(queryOnlyOption) && !parser.isSet(noInspectOption)
        && !reinspector.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QObject context;
    qint64 stored = 0;
    QElapsedTimer timer;
    timer.start();
    const bool write = !parser.isSet(queryOnlyOption);
    auto onStored = [&stored](const CommitResult &result) {
        stored += result.stored ? 1 : 0;
    };
    if (write && batch > 0) {
        for (qint64 n = 0; n < total;) {
            std::vector<StoreWriter::Submission> submissions;
            for (const qint64 end = qMin(total, n + batch); n < end; ++n)
                submissions.push_back({sampleRequest(n), &context, onStored});
            writer.submitAll(std::move(submissions));
            while (stored < n)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    // Otherwise in windows of 2048 so memory stays flat, as a steady stream of requests would.
    for (qint64 n = 0; write && batch <= 0 && n < total; ++n) {
        writer.submit(sampleRequest(n), &context, onStored);
        while (n + 1 - stored >= 2048)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    while (write && stored < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double insertSeconds = seconds(timer);
    const double writerSeconds = threadCpuSeconds("hookbench-store");
    // Events and the search index follow the acknowledgements (see Reinspector).
    while (write && !parser.isSet(noInspectOption) && inspectedUpTo < stored)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double inspectedSeconds = seconds(timer);
    writer.stop();

    if (write) {
        std::printf("requests stored        %lld in %.1f s (%.0f requests/s)%s\n",
                    stored,
                    insertSeconds,
                    double(stored) / insertSeconds,
                    parser.isSet(noInspectOption) ? ", inspection off" : "");
        std::printf("  writer thread CPU    %.1f µs per request (commits of %s requests)\n",
                    writerSeconds * 1e6 / double(qMax<qint64>(1, stored)),
                    batch > 0 ? qPrintable(QString::number(batch)) : "up to 2048");
        if (!parser.isSet(noInspectOption)) {
            std::printf("  inspected, indexed   after %.1f s (%.0f requests/s overall)\n",
                        inspectedSeconds,
                        double(stored) / inspectedSeconds);
        }
    }
    std::printf("store size             %.1f MiB (%.0f bytes per request)\n",
                double(QFileInfo(options.path).size()) / 1048576.0,
                double(QFileInfo(options.path).size()) / double(qMax<qint64>(1, stored)));

    StoreConnection connection;
    if (!connection.open(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery query(connection.database());
    if (!write && query.exec(QStringLiteral("SELECT count(*) FROM requests")) && query.next())
        stored = query.value(0).toLongLong();
    auto time = [&](const char *label, const QString &sql, int repeat) {
        QElapsedTimer clock;
        clock.start();
        QVariant result;
        for (int i = 0; i < repeat; ++i) {
            query.exec(sql);
            int rows = 0;
            while (query.next()) {
                result = query.value(0);
                ++rows;
            }
            if (rows == 0)
                result = QVariant();
        }
        std::printf("%-22s %9.3f ms  (%s)\n",
                    label,
                    seconds(clock) * 1000.0 / repeat,
                    qPrintable(result.toString()));
    };
    const qint64 middle = stored / 2;
    time("count(*)", QStringLiteral("SELECT count(*) FROM requests"), 3);
    time("newest 200 rows",
         QStringLiteral("SELECT id, method, path, body_size FROM requests "
                        "ORDER BY id DESC LIMIT 200"),
         20);
    time("200 rows by id window",
         QStringLiteral("SELECT id, method, path FROM requests WHERE id "
                        "< %1 ORDER BY id DESC LIMIT 200")
             .arg(middle),
         20);
    time("path filter, newest 200",
         QStringLiteral("SELECT id FROM requests WHERE path = "
                        "CAST('/hooks' AS BLOB) ORDER BY id DESC "
                        "LIMIT 200"),
         20);
    time("method filter count",
         QStringLiteral("SELECT count(*) FROM requests WHERE method = "
                        "'PUT'"),
         3);
    time("time range count (1%)",
         QStringLiteral("SELECT count(*) FROM requests WHERE "
                        "received_start_us BETWEEN %1 AND %2")
             .arg(1'700'000'000'000'000 + middle * 1000)
             .arg(1'700'000'000'000'000 + (middle + stored / 100) * 1000),
         3);
    RequestStore store;
    store.open(options, &error);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 100; ++i)
        store.request(1 + (middle * 7919 + i * 104729) % stored);
    std::printf("%-22s %9.3f ms\n", "one request, all bytes", seconds(clock) * 1000.0 / 100);
    if (parser.isSet(noInspectOption))
        return 0;

    // The search language over the whole store, as the window, the API and the CLI run it:
    // the first page (newest 200) and, separately, the total.
    std::printf("\nsearch (first page of 200 newest / total count)\n");
    const qint64 nowUs = 1'700'000'000'000'000 + stored * 1000;
    for (const char *text : {"type:subscription.*",
                             "type:session.thread_created",
                             "provider:anthropic",
                             "is:duplicate",
                             "method:PUT provider:paket",
                             "jenny",
                             "\"Pro plan\" -type:subscription.*",
                             "thrd_778",
                             "evt_123456",
                             "wrkspc_3 after:2023-11-14T22:20:00Z"}) {
        auto parsed = SearchQuery::parse(QString::fromUtf8(text), nowUs);
        if (!std::holds_alternative<SearchQuery>(parsed)) {
            std::printf("%-40s invalid: %s\n",
                        text,
                        qPrintable(std::get<SearchQueryError>(parsed).message));
            continue;
        }
        RequestFilter filter;
        filter.search = std::get<SearchQuery>(parsed);
        QElapsedTimer page;
        page.start();
        const QList<RequestRow> rows = store.newestBefore(0, 200, filter);
        const double pageMs = seconds(page) * 1000.0;
        QElapsedTimer count;
        count.start();
        const qint64 matches = store.page(filter, 1, 1).total;
        std::printf("%-40s %8.1f ms  %8.1f ms  (%d rows, %lld in all)\n",
                    text,
                    pageMs,
                    seconds(count) * 1000.0,
                    int(rows.size()),
                    matches);
    }
    return 0;
}
