#include "waitcommand.h"

#include "inspect/timestamps.h"
#include "store/requestjson.h"
#include "store/requeststore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

namespace Hookbench {

namespace {

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "hookbench wait: " << message << Qt::endl;
    return code;
}

// How often the store is looked at: fast enough for a CI step, cheap enough to not matter
// (one indexed query).
constexpr int pollIntervalMs = 100;

} // namespace

int runWaitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Waits until an event matching the filters is captured into the store, then prints its "
        "id (or its JSON with --json). Only events received after the command started count, "
        "unless --since says otherwise. The store may not exist yet: it is waited for too.\n\n"
        "Exit codes: 0 found, 1 timed out or the store failed, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("The SQLite store (default: %1).").arg(StoreOptions::defaultPath()),
        QStringLiteral("path"));
    const QCommandLineOption eventName(QStringLiteral("event-name"),
                                       QStringLiteral("The event type to wait for."),
                                       QStringLiteral("type"));
    const QCommandLineOption query({QStringLiteral("q"), QStringLiteral("query")},
                                   QStringLiteral("Also match this search (e.g. provider:paket)."),
                                   QStringLiteral("query"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds (default 30)."),
        QStringLiteral("seconds"),
        QStringLiteral("30"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QStringLiteral("Also accept events received at or after this time (RFC 3339)."),
        QStringLiteral("time"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the event as JSON."));
    parser.addOptions({db, eventName, query, timeout, since, json});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("<executable_name>"),
                                                         QLatin1String("hookbench wait"));
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return fail(
            2, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(eventName) && !parser.isSet(query))
        return fail(2, QStringLiteral("say what to wait for: --event-name NAME and/or -q QUERY"));
    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds < 0)
        return fail(2, QStringLiteral("--timeout takes a number of seconds"));

    const qint64 startedUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    RequestFilter filter;
    filter.eventName = parser.value(eventName);
    filter.sinceUs = startedUs;
    if (parser.isSet(since)) {
        filter.sinceUs = parseIsoTimestampUs(parser.value(since)).value_or(0);
        if (filter.sinceUs == 0)
            return fail(2,
                        QStringLiteral("'%1' is not an RFC 3339 time, e.g. 2026-11-23T09:00:00Z")
                            .arg(parser.value(since)));
    }
    if (parser.isSet(query)) {
        auto search = SearchQuery::parse(parser.values(query).join(u' '), startedUs);
        if (const auto *problem = std::get_if<SearchQueryError>(&search))
            return fail(2, QStringLiteral("invalid query: %1").arg(problem->message));
        filter.search = std::get<SearchQuery>(std::move(search));
    }

    StoreOptions options;
    options.path = parser.isSet(db) ? parser.value(db) : StoreOptions::defaultPath();
    RequestStore store;
    bool opened = false;
    QElapsedTimer clock;
    clock.start();
    const qint64 timeoutMs = qint64(seconds * 1000);
    for (;;) {
        if (!opened && QFile::exists(options.path)) {
            QString error;
            if (!store.open(options, &error))
                return fail(1, error);
            opened = true;
        }
        if (opened) {
            // The oldest match: the first event that arrived, when several did.
            const RequestPage newest = store.page(filter, 1, 1);
            if (newest.total > 0) {
                const RequestPage oldest
                    = store.page(filter, int(qMin<qint64>(newest.total, INT_MAX)), 1);
                const RequestRow &row
                    = oldest.rows.isEmpty() ? newest.rows.first() : oldest.rows.first();
                if (parser.isSet(json))
                    QTextStream(stdout) << QJsonDocument(requestRowJson(row)).toJson();
                else
                    QTextStream(stdout) << publicRequestId(row.id) << '\n';
                return 0;
            }
        }
        if (clock.elapsed() >= timeoutMs) {
            return fail(
                1,
                opened
                    ? QStringLiteral("no matching event within %1 s").arg(seconds)
                    : QStringLiteral("no store at %1 within %2 s").arg(options.path).arg(seconds));
        }
        QThread::msleep(quint64(qMin<qint64>(pollIntervalMs, timeoutMs - clock.elapsed() + 1)));
    }
}

} // namespace Hookbench
