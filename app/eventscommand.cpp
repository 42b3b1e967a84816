#include "eventscommand.h"

#include "inspect/timestamps.h"
#include "store/requestjson.h"
#include "store/requeststore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace Hookbench {

namespace {

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "hookbench events: " << message << Qt::endl;
    return code;
}

QString plain(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes); // invalid bytes show as U+FFFD; `raw` has them exactly
}

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void printRow(QTextStream &out, const RequestRow &row)
{
    out << publicRequestId(row.id) << "  " << rfc3339(row.receivedStartUs) << "  "
        << (row.method.isEmpty() ? QByteArray("-") : row.method) << "  " << plain(row.target)
        << "  " << row.bodySize << " B  " << row.responseStatus;
    if (row.error != CaptureError::None)
        out << ' ' << captureErrorName(row.error);
    if (!row.event.eventName.isEmpty()) {
        out << "  " << (row.event.provider.isEmpty() ? QStringLiteral("?") : row.event.provider)
            << ' ' << row.event.eventName;
        if (!row.event.knownType && !row.event.provider.isEmpty())
            out << " (new type)";
    }
    if (row.event.duplicateOf)
        out << "  duplicate of " << publicRequestId(row.event.duplicateOf);
    out << '\n';
}

void printEvent(QTextStream &out, const EventInfo &e)
{
    auto line = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            out << label << value << '\n';
    };
    line("provider  ", e.provider);
    line("event     ",
         e.eventName.isEmpty() ? QString()
         : e.knownType || e.provider.isEmpty()
             ? e.eventName
             : e.eventName + QStringLiteral(" (not in the catalog: a new type)"));
    line("event id  ", e.eventId);
    line("occurred  ", e.occurredAtUs ? rfc3339(e.occurredAtUs) : QString());
    line("resource  ", QString(e.resourceType + u' ' + e.resourceId).trimmed());
    line("org       ", e.organizationId);
    line("workspace ", e.workspaceId);
    line("duplicate ",
         e.duplicateOf ? QStringLiteral("of %1").arg(publicRequestId(e.duplicateOf)) : QString());
    line("body      ", e.bodyError.isEmpty() ? QString() : e.bodyError);
    for (const QString &note : e.conformance)
        line("note      ", note);
}

void printRequest(const CapturedRequest &r, const EventInfo &event)
{
    QTextStream out(stdout);
    out << publicRequestId(r.id) << "  " << r.method << ' ' << plain(r.target) << ' '
        << r.httpVersion << '\n'
        << "received  " << rfc3339(r.receivedStartUs) << " from " << r.remoteAddress << ':'
        << r.remotePort << " on " << r.listener << '\n'
        << "answered  " << r.responseStatus << '\n';
    if (r.error != CaptureError::None)
        out << "error     " << captureErrorName(r.error) << ": " << r.errorMessage << '\n';
    printEvent(out, event);
    out << '\n';
    for (const auto &[name, value] : r.headers())
        out << plain(name) << ": " << plain(value) << '\n';
    out << '\n';
    const QJsonValue body = utf8TextOrNull(r.body);
    if (body.isString())
        out << body.toString() << '\n';
    else
        out << "(" << r.body.size()
            << " bytes, not UTF-8 text: use `hookbench events raw` for the exact bytes)\n";
    for (const auto &[name, value] : r.trailers())
        out << plain(name) << ": " << plain(value) << '\n';
}

} // namespace

int runEventsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List, show, dump or delete captured requests in a store, also while another Hookbench "
        "captures into it.\n\n"
        "  hookbench events list [filters] [--page N] [--page-size N] [--json]\n"
        "      filters: --method, --path, --since, --until, --event-name, --resource-type,\n"
        "      -q QUERY (the search language: type:subscription.* provider:paket \"text\" …)\n"
        "  hookbench events show ID [--json]\n"
        "  hookbench events raw ID          (the exact bytes received, head and body)\n"
        "  hookbench events delete ID\n\n"
        "Exit codes: 0 done, 1 not found or the store failed, 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("The SQLite store (default: %1).").arg(StoreOptions::defaultPath()),
        QStringLiteral("path"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    QStringLiteral("Only this method (e.g. POST)."),
                                    QStringLiteral("method"));
    const QCommandLineOption path(QStringLiteral("path"),
                                  QStringLiteral("Only paths starting with this."),
                                  QStringLiteral("prefix"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Received at or after (RFC 3339)."),
                                   QStringLiteral("time"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("Received before (RFC 3339)."),
                                   QStringLiteral("time"));
    const QCommandLineOption eventName(QStringLiteral("event-name"),
                                       QStringLiteral("Only events of this type."),
                                       QStringLiteral("type"));
    const QCommandLineOption resourceType(QStringLiteral("resource-type"),
                                          QStringLiteral("Only events about this resource type."),
                                          QStringLiteral("type"));
    const QCommandLineOption query(
        {QStringLiteral("q"), QStringLiteral("query")},
        QStringLiteral("Only requests matching this search (type:, provider:, method:, path:, "
                       "status:, sig:, is:duplicate, is:unknown-type, before:, after:, -not, "
                       "\"phrases\" and free text)."),
        QStringLiteral("query"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Page number, from 1 (default 1)."),
                                  QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QStringLiteral("Rows per page, 1-%1 (default 50).").arg(RequestPage::maxSize),
        QStringLiteral("n"),
        QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions(
        {db, method, path, since, until, eventName, resourceType, query, page, pageSize, json});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("list, show, raw or delete"));
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("<executable_name>"),
                                                         QLatin1String("hookbench events"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments().mid(1); // after "events"
    const QString command = positional.value(0);
    const bool needsId = command == QLatin1String("show") || command == QLatin1String("raw")
                         || command == QLatin1String("delete");
    if (command != QLatin1String("list") && !needsId)
        return fail(2,
                    QStringLiteral("expected list, show, raw or delete; see "
                                   "'hookbench events --help'"));
    if (positional.size() != (needsId ? 2 : 1))
        return fail(2,
                    needsId ? QStringLiteral("'%1' takes one event id, e.g. wevt_12").arg(command)
                            : QStringLiteral("'list' takes no arguments"));
    qint64 id = 0;
    if (needsId && (id = parsePublicRequestId(positional.at(1))) == 0)
        return fail(2,
                    QStringLiteral("'%1' is not an event id (e.g. wevt_12)").arg(positional.at(1)));

    StoreOptions options;
    options.path = parser.isSet(db) ? parser.value(db) : StoreOptions::defaultPath();
    if (!QFile::exists(options.path))
        return fail(1, QStringLiteral("no store at %1").arg(options.path));
    RequestStore store;
    QString error;
    if (!store.open(options, &error))
        return fail(1, error);

    if (command == QLatin1String("list")) {
        RequestFilter filter;
        filter.method = parser.value(method).toLatin1();
        filter.pathPrefix = parser.value(path).toUtf8();
        for (const auto &[option, target] :
             {std::pair {&since, &filter.sinceUs}, std::pair {&until, &filter.untilUs}}) {
            if (!parser.isSet(*option))
                continue;
            *target = parseIsoTimestampUs(parser.value(*option)).value_or(0);
            if (*target == 0)
                return fail(2,
                            QStringLiteral("'%1' is not an RFC 3339 time, e.g. "
                                           "2026-11-23T09:00:00Z")
                                .arg(parser.value(*option)));
        }
        filter.eventName = parser.value(eventName);
        filter.resourceType = parser.value(resourceType);
        if (parser.isSet(query)) {
            const QString text = parser.values(query).join(u' '); // -q may repeat
            auto search = SearchQuery::parse(text, QDateTime::currentMSecsSinceEpoch() * 1000);
            if (const auto *problem = std::get_if<SearchQueryError>(&search)) {
                return fail(2,
                            QStringLiteral("invalid query: %1\n  %2\n  %3^")
                                .arg(problem->message, text, QString(problem->position, u' ')));
            }
            filter.search = std::get<SearchQuery>(std::move(search));
        }
        bool pageOk = false;
        bool sizeOk = false;
        const int pageNumber = parser.value(page).toInt(&pageOk);
        const int size = parser.value(pageSize).toInt(&sizeOk);
        if (!pageOk || pageNumber < 1 || !sizeOk || size < 1 || size > RequestPage::maxSize)
            return fail(2,
                        QStringLiteral("--page takes 1 or more, --page-size 1-%1")
                            .arg(RequestPage::maxSize));
        const RequestPage result = store.page(filter, pageNumber, size);
        if (parser.isSet(json)) {
            QJsonArray data;
            for (const RequestRow &row : result.rows)
                data.append(requestRowJson(row));
            printJson({{QStringLiteral("data"), data},
                       {QStringLiteral("page"), pageNumber},
                       {QStringLiteral("page_size"), size},
                       {QStringLiteral("total"), result.total}});
        } else {
            QTextStream out(stdout);
            for (const RequestRow &row : result.rows)
                printRow(out, row);
            out << result.total << " in all";
            if (result.total > size)
                out << "; page " << pageNumber << " of " << (result.total + size - 1) / size;
            out << '\n';
        }
        return 0;
    }

    if (command == QLatin1String("delete")) {
        if (!store.remove(id, &error))
            return error.isEmpty() ? fail(1, QStringLiteral("no event %1").arg(publicRequestId(id)))
                                   : fail(1, error);
        QTextStream(stdout) << "deleted " << publicRequestId(id) << '\n';
        return 0;
    }

    const auto request = store.request(id);
    if (!request)
        return fail(1, QStringLiteral("no event %1").arg(publicRequestId(id)));
    if (command == QLatin1String("raw")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(1, QStringLiteral("cannot write to standard output"));
        out.write(request->rawHead);
        out.write(request->body);
        return 0;
    }
    const EventInfo event = store.event(id).value_or(EventInfo());
    if (parser.isSet(json))
        printJson(requestJson(*request, event));
    else
        printRequest(*request, event);
    return 0;
}

} // namespace Hookbench
