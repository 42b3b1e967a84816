// Store scale benchmark: fills a store with N realistic captured requests through the real
// writer, then times the queries a window over millions of rows depends on.
//   build/bench/hookbench-storebench [--requests N] [--db PATH]
#include "store/requeststore.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>

using namespace Hookbench;

namespace {

CapturedRequest sampleRequest(qint64 n)
{
    static const QList<QByteArray> paths
        = {"/hooks/stripe", "/hooks/github", "/paket/events", "/hooks/slack", "/webhooks/shopify"};
    CapturedRequest r;
    r.listener = QStringLiteral("default");
    r.localPort = 8787;
    r.remoteAddress = QStringLiteral("127.0.0.1");
    r.remotePort = quint16(40000 + n % 20000);
    r.receivedStartUs = 1'700'000'000'000'000 + n * 1000;
    r.receivedEndUs = r.receivedStartUs + 150;
    r.method = n % 50 == 0 ? "GET" : "POST";
    r.target = paths[n % paths.size()];
    r.httpVersion = "HTTP/1.1";
    r.body = R"({"id":"evt_)" + QByteArray::number(n)
             + R"(","object":"event","type":"invoice.paid","created":1700000000,"data":{"object":)"
               R"({"id":"in_1","amount_paid":4200,"currency":"eur","customer":"cus_9",)"
               R"("lines":[{"id":"il_1","amount":4200,"description":"Pro plan"}]}}})";
    r.body += QByteArray(900, ' ');
    r.bodySize = r.body.size();
    r.setHeaders(
        {{"Host", "localhost:8787"},
         {"User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"},
         {"Content-Type", "application/json; charset=utf-8"},
         {"Stripe-Signature",
          "t=1700000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"},
         {"Content-Length", QByteArray::number(r.body.size())}});
    r.rawHead = "POST " + r.target + " HTTP/1.1\r\n" + r.headerFields + "\r\n";
    r.responseStatus = 200;
    return r;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
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
    parser.addOptions({requestsOption, dbOption});
    parser.process(app);
    const qint64 total = parser.value(requestsOption).toLongLong();
    QTemporaryDir dir;
    StoreOptions options;
    options.path = parser.isSet(dbOption) ? parser.value(dbOption)
                                          : dir.filePath(QStringLiteral("bench.sqlite"));

    StoreWriter writer;
    QString error;
    if (!writer.start(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Submit in windows of 2048 so memory stays flat, as a steady stream of requests would.
    QObject context;
    qint64 stored = 0;
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < total; ++n) {
        writer.submit(sampleRequest(n), &context, [&stored](const CommitResult &result) {
            stored += result.stored ? 1 : 0;
        });
        while (n + 1 - stored >= 2048)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    while (stored < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    writer.stop();
    const double insertSeconds = seconds(timer);

    std::printf("requests stored        %lld in %.1f s (%.0f requests/s)\n",
                stored,
                insertSeconds,
                double(stored) / insertSeconds);
    std::printf("store size             %.1f MiB (%.0f bytes per request)\n",
                double(QFileInfo(options.path).size()) / 1048576.0,
                double(QFileInfo(options.path).size()) / double(qMax<qint64>(1, stored)));

    StoreConnection connection;
    if (!connection.open(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery query(connection.database());
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
                        "CAST('/hooks/github' AS BLOB) ORDER BY id DESC "
                        "LIMIT 200"),
         20);
    time("method filter count",
         QStringLiteral("SELECT count(*) FROM requests WHERE method = "
                        "'GET'"),
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
    return 0;
}
