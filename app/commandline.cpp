#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Hookbench {

namespace {

CommandLine usageError(const QString &message)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Exit;
    result.exitCode = 2;
    result.message = QStringLiteral("hookbench: %1\nTry 'hookbench --help'.").arg(message);
    return result;
}

bool parseSize(const QString &text, qint64 *value)
{
    // Accepts plain bytes or a K/M/G suffix (binary multiples): 25M = 25 MiB.
    static const QList<QPair<QChar, qint64>> suffixes
        = {{u'K', 1024}, {u'M', 1024 * 1024}, {u'G', 1024 * 1024 * 1024}};
    QString digits = text.trimmed().toUpper();
    qint64 multiplier = 1;
    for (const auto &[suffix, factor] : suffixes) {
        if (digits.endsWith(suffix)) {
            digits.chop(1);
            multiplier = factor;
        }
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    *value = number * multiplier;
    return ok && number >= 0;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Hookbench captures webhook requests byte-exact into a local SQLite store, and shows, "
        "verifies and replays them.\n\n"
        "Commands for scripts (each has --help):\n"
        "  hookbench events list|show|raw|delete   read the store, also while capturing\n"
        "  hookbench wait --event-name NAME        block until such an event arrives\n"
        "  hookbench verify --scheme NAME ...      check a request's signature, say why it fails\n"
        "  hookbench sign --scheme NAME ...        print the headers a provider would send\n"
        "  hookbench resend ID --target URL ...    send a captured request again (edited, signed)\n"
        "  hookbench trigger TYPE --target URL ... send a made-up event of a catalog's TYPE\n"
        "Exit codes: 0 success, 1 failure (not found, timed out, store or port unusable), "
        "2 usage error."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Capture without a window; one line per "
                                                     "request on standard output."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Listen on [NAME=]ADDRESS:PORT (repeatable; port 0 picks a free one). "
                       "Default: 127.0.0.1:%1.")
            .arg(defaultPort),
        QStringLiteral("address:port"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("The SQLite store (default: %1).").arg(StoreOptions::defaultPath()),
        QStringLiteral("path"));
    const QCommandLineOption synchronous(
        QStringLiteral("synchronous"),
        QStringLiteral("normal (survives a crash; default) or full (also survives power loss)."),
        QStringLiteral("mode"));
    const QCommandLineOption storeQuota(QStringLiteral("store-quota"),
                                        QStringLiteral("Largest size the store may grow to "
                                                       "(e.g. 2G); past it requests get 503."),
                                        QStringLiteral("bytes"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
                                     QStringLiteral("Largest body accepted (default 25M); "
                                                    "larger ones get 413."),
                                     QStringLiteral("bytes"));
    const QCommandLineOption maxHeader(QStringLiteral("max-header"),
                                       QStringLiteral("Largest request head accepted (default "
                                                      "64K); larger ones get 431."),
                                       QStringLiteral("bytes"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        QStringLiteral("Milliseconds a started request may take (default 30000); then 408."),
        QStringLiteral("ms"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections per listener (default 1024); more get 503."),
        QStringLiteral("count"));
    const QCommandLineOption rule(
        QStringLiteral("rule"),
        QStringLiteral("Answer requests under PREFIX differently (repeatable): "
                       "PREFIX=STATUS[,delay=MS][,header=Name: value][,body=TEXT]. "
                       "{id} in TEXT is the captured request's id."),
        QStringLiteral("rule"));
    const QCommandLineOption threads(QStringLiteral("capture-threads"),
                                     QStringLiteral("Threads serving connections (default %1).")
                                         .arg(CaptureSessionOptions::defaultCaptureThreads()),
                                     QStringLiteral("count"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 QStringLiteral("Serve the automation API on ADDRESS:PORT "
                                                "(loopback unless you say otherwise)."),
                                 QStringLiteral("address:port"));
    const QCommandLineOption apiToken(QStringLiteral("api-token"),
                                      QStringLiteral("Bearer token for the API (default: "
                                                     "$HOOKBENCH_API_TOKEN, else a new one, shown "
                                                     "at start)."),
                                      QStringLiteral("token"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Headless: print only the summary."));
    const QCommandLineOption catalogs(
        QStringLiteral("catalogs"),
        QStringLiteral("Folder of your own provider catalogs, watched for changes (default %1).")
            .arg(CatalogSet::defaultUserFolder()),
        QStringLiteral("folder"));
    const QCommandLineOption noInspect(
        QStringLiteral("no-inspect"),
        QStringLiteral("Store requests only: no events, no search index (they are derived the "
                       "next time Hookbench opens the store without this option)."));
    parser.addOptions({headless,
                       api,
                       apiToken,
                       listen,
                       db,
                       synchronous,
                       storeQuota,
                       maxBody,
                       maxHeader,
                       requestTimeout,
                       maxConnections,
                       rule,
                       threads,
                       catalogs,
                       noInspect,
                       quiet});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        CommandLine result;
        result.mode = Mode::Exit;
        result.message = parser.isSet(versionOption)
                             ? QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                           QCoreApplication::applicationVersion())
                             : parser.helpText().replace(QLatin1String("<executable_name>"),
                                                         QFileInfo(arguments.first()).fileName());
        return result;
    }

    CommandLine result;
    result.mode = parser.isSet(headless) ? Mode::Headless : Mode::Window;
    result.quiet = parser.isSet(quiet);
    result.session.store.path = parser.isSet(db) ? parser.value(db) : StoreOptions::defaultPath();
    result.storeGiven = parser.isSet(db);
    result.listenGiven = parser.isSet(listen);

    if (parser.isSet(api)) {
        QString error;
        if (!ListenerConfig::parseListen(parser.value(api), &error))
            return usageError(QStringLiteral("--api: ") + error);
        result.apiListen = parser.value(api);
    }
    result.apiToken
        = parser.isSet(apiToken) ? parser.value(apiToken).toUtf8() : qgetenv("HOOKBENCH_API_TOKEN");

    if (parser.isSet(synchronous)) {
        const QString mode = parser.value(synchronous).toLower();
        if (mode == QLatin1String("full"))
            result.session.store.synchronous = StoreOptions::Synchronous::Full;
        else if (mode != QLatin1String("normal"))
            return usageError(QStringLiteral("--synchronous takes 'normal' or 'full'"));
    }
    if (parser.isSet(storeQuota)
        && !parseSize(parser.value(storeQuota), &result.session.store.maxBytes))
        return usageError(
            QStringLiteral("invalid --store-quota '%1'").arg(parser.value(storeQuota)));

    CaptureLimits limits;
    if (parser.isSet(maxBody) && !parseSize(parser.value(maxBody), &limits.maxBodyBytes))
        return usageError(QStringLiteral("invalid --max-body '%1'").arg(parser.value(maxBody)));
    if (parser.isSet(maxHeader)
        && (!parseSize(parser.value(maxHeader), &limits.maxHeaderBytes)
            || limits.maxHeaderBytes < 64))
        return usageError(QStringLiteral("invalid --max-header '%1' (at least 64 bytes)")
                              .arg(parser.value(maxHeader)));
    bool ok = true;
    if (parser.isSet(requestTimeout)) {
        limits.requestTimeoutMs = parser.value(requestTimeout).toInt(&ok);
        if (!ok || limits.requestTimeoutMs <= 0)
            return usageError(
                QStringLiteral("invalid --request-timeout '%1'").arg(parser.value(requestTimeout)));
    }
    if (parser.isSet(maxConnections)) {
        limits.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || limits.maxConnections <= 0)
            return usageError(
                QStringLiteral("invalid --max-connections '%1'").arg(parser.value(maxConnections)));
    }
    if (parser.isSet(threads)) {
        result.session.captureThreads = parser.value(threads).toInt(&ok);
        if (!ok || result.session.captureThreads < 1 || result.session.captureThreads > 64)
            return usageError(QStringLiteral("--capture-threads takes 1-64"));
    }
    if (parser.isSet(catalogs))
        result.session.catalogFolder = parser.value(catalogs);
    result.session.inspect = !parser.isSet(noInspect);
    QList<ResponseRule> rules;
    for (const QString &spec : parser.values(rule)) {
        QString error;
        const auto parsed = ResponseRule::parse(spec, &error);
        if (!parsed)
            return usageError(error);
        rules.append(*parsed);
    }

    QStringList listens = parser.values(listen);
    if (listens.isEmpty())
        listens.append(QStringLiteral("127.0.0.1:%1").arg(defaultPort));
    for (const QString &spec : listens) {
        QString name;
        QString address = spec;
        const qsizetype equals = spec.indexOf(u'=');
        if (equals > 0) {
            name = spec.left(equals);
            address = spec.mid(equals + 1);
        }
        QString error;
        auto config = ListenerConfig::parseListen(address, &error);
        if (!config)
            return usageError(error);
        config->name = !name.isEmpty()       ? name
                       : listens.size() == 1 ? QStringLiteral("default")
                                             : address;
        config->limits = limits;
        config->rules = rules;
        result.session.listeners.append(*config);
    }
    return result;
}

} // namespace Hookbench
