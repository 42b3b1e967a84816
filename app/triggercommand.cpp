#include "triggercommand.h"

#include "capture/clock.h"
#include "delivery/sampleevent.h"
#include "deliveryreport.h"
#include "inspect/catalogset.h"
#include "signing/schemeregistry.h"
#include "store/requeststore.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

namespace Hookbench {

namespace {

struct Options
{
    Options()
        : db(QStringLiteral("db"),
             QStringLiteral("The SQLite store the event and its delivery go to (default: %1).")
                 .arg(StoreOptions::defaultPath()),
             QStringLiteral("path"))
        , target(QStringLiteral("target"),
                 QStringLiteral("Where to send it: an http:// or https:// URL."),
                 QStringLiteral("url"))
        , provider(QStringLiteral("provider"),
                   QStringLiteral("The catalog to take TYPE from (needed only when several "
                                  "document it)."),
                   QStringLiteral("name"))
        , signScheme(QStringLiteral("sign-scheme"),
                     QStringLiteral("Sign with this scheme at the time of sending (default with "
                                    "--secret: the provider's own scheme, when Hookbench knows "
                                    "it)."),
                     QStringLiteral("name"))
        , secret(QStringLiteral("secret"),
                 QStringLiteral("The key to sign with (kept in memory only)."),
                 QStringLiteral("key"))
        , wait(QStringLiteral("wait"),
               QStringLiteral("Print the delivery once it has ended; exit 0 only if delivered."))
        , timeout(QStringLiteral("timeout"),
                  QStringLiteral("Seconds the attempt may take (default 30)."),
                  QStringLiteral("seconds"),
                  QStringLiteral("30"))
    { }

    QCommandLineOption db, target, provider, signScheme, secret, wait, timeout;
};

class Trigger final
{
public:
    Trigger(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int run(const QStringList &arguments);

private:
    int fail(int code, const QString &message)
    {
        m_err << "hookbench trigger: " << message << Qt::endl;
        return code;
    }
    /// The scheme to sign with: the one asked for, else the provider's; empty: unsigned.
    std::optional<QString> scheme(const QCommandLineParser &parser, const Catalog &catalog);
    /// Stores the sample with its event; the stored request (with its id), or nothing.
    std::optional<CapturedRequest> store(CapturedRequest sample, const QList<Catalog> &catalogs);

    Options m_options;
    StoreOptions m_store;
    QString m_error;
    QTextStream &m_out;
    QTextStream &m_err;
};

// The provider's scheme: one named like the provider ("anthropic"), else the one its
// recognition headers belong to; empty when neither.
QString providerScheme(const Catalog &catalog)
{
    if (SchemeRegistry::find(catalog.provider))
        return catalog.provider;
    SigningRequest probe;
    for (const QString &name : catalog.recognize.headers)
        probe.headers.append({name.toLatin1(), "x"});
    const SignatureScheme *detected = SchemeRegistry::detect(probe);
    return detected ? detected->name() : QString();
}

int Trigger::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes up an event of TYPE (e.g. user.created) the way its provider sends it, from the "
        "provider's catalog: every documented field, a fresh event id, the current time in the "
        "catalog's format, the provider's headers. It is stored as a request of the listener "
        "\"trigger\" (no remote address) and sent to --target; the delivery is recorded and "
        "printed as JSON like `hookbench resend` does.\n\n"
        "Exit codes: 0 sent (with --wait: delivered), 1 failed (or store unusable), 2 usage "
        "error (unknown type or provider)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TYPE"),
                                 QStringLiteral("An event type a catalog documents."));
    const Options &o = m_options;
    parser.addOptions({o.db, o.target, o.provider, o.signScheme, o.secret, o.wait, o.timeout});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the program as started (argv[0]); say the command instead.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && options > 0)
            help.replace(7, options - 7, QStringLiteral("hookbench trigger"));
        m_out << help;
        return 0;
    }
    // positionalArguments() starts with the command's name ("trigger").
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return fail(2, QStringLiteral("give one event type, e.g. user.created"));
    if (!parser.isSet(o.target))
        return fail(2, QStringLiteral("say where to send it: --target URL"));
    DeliveryTarget target;
    target.url = parser.value(o.target);
    if (!urlWithPath(target.url.toUtf8(), {}, &m_error))
        return fail(2, m_error);
    bool ok = false;
    const double seconds = parser.value(o.timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return fail(2, QStringLiteral("--timeout takes a positive number of seconds"));
    target.settings.timeoutMs = int(seconds * 1000);
    target.settings.maxAttempts = 1;

    // The user's catalogs too, as the window uses them (one of theirs replaces a built-in one).
    const CatalogSet catalogs(CatalogSet::defaultUserFolder());
    const QList<Catalog> all = catalogs.catalogs();
    const std::optional<Catalog> catalog
        = SampleEvent::catalogFor(all, parser.value(o.provider), positional.first(), &m_error);
    if (!catalog)
        return fail(2, m_error);
    const std::optional<QString> signScheme = scheme(parser, *catalog);
    if (!signScheme)
        return fail(2, m_error);
    target.settings.signScheme = *signScheme;
    const std::optional<CapturedRequest> sample
        = SampleEvent::build(*catalog, positional.first(), nowMicros(), &m_error);
    if (!sample)
        return fail(2, m_error);

    m_store.path = parser.isSet(o.db) ? parser.value(o.db) : StoreOptions::defaultPath();
    const std::optional<CapturedRequest> stored = store(*sample, all);
    if (!stored)
        return fail(1, m_error);
    std::optional<DeliveryOrder> order = DeliveryOrder::resend(*stored, target, {}, &m_error);
    if (!order)
        return fail(2, m_error);
    if (parser.isSet(o.secret))
        order->secrets = {{QStringLiteral("command line"), parser.value(o.secret).toUtf8()}};
    return deliverAndReport(
        m_store, *order, parser.isSet(o.wait), QStringLiteral("trigger"), m_out, m_err);
}

std::optional<QString> Trigger::scheme(const QCommandLineParser &parser, const Catalog &catalog)
{
    const Options &o = m_options;
    if (parser.isSet(o.signScheme)) {
        const QString name = parser.value(o.signScheme);
        if (!SchemeRegistry::find(name)) {
            m_error = QStringLiteral("unknown scheme '%1' (known: %2)")
                          .arg(name, SchemeRegistry::names().join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!parser.isSet(o.secret)) {
            m_error = QStringLiteral("signing takes a key: --secret KEY");
            return std::nullopt;
        }
        return name;
    }
    if (!parser.isSet(o.secret))
        return QString();
    const QString own = providerScheme(catalog);
    if (own.isEmpty()) {
        m_error = QStringLiteral("the %1 catalog names no signing scheme: add --sign-scheme NAME")
                      .arg(catalog.provider);
        return std::nullopt;
    }
    return own;
}

std::optional<CapturedRequest> Trigger::store(CapturedRequest sample,
                                              const QList<Catalog> &catalogs)
{
    // Recognisably not captured: no peer, and the listener says where it came from. The store
    // writes it as capture does, so search, the window and `events` show it like any other.
    sample.listener = QStringLiteral("trigger");
    sample.remoteAddress.clear();
    sample.remotePort = 0;
    sample.localPort = 0;
    StoreWriter writer;
    if (!writer.start(m_store, &m_error))
        return std::nullopt;
    QEventLoop loop;
    CommitResult committed;
    writer.submit(sample, &loop, [&](const CommitResult &result) {
        committed = result;
        loop.quit();
    });
    loop.exec();
    if (!committed.stored) {
        m_error = committed.error;
        return std::nullopt;
    }
    sample.id = committed.id;
    // Its event now, as a window's inspection would write it: a window on this store learns
    // of requests only from its own writer, and `events` should show the type at once.
    std::vector<StoreWriter::EventUpdate> updates;
    updates.push_back({sample.id, sample.path(), Inspector::inspect(sample, catalogs), true});
    bool inspected = false;
    writer.submitEventUpdates(std::move(updates), &loop, [&](bool ok) {
        inspected = ok;
        loop.quit();
    });
    loop.exec();
    writer.stop();
    if (!inspected) {
        m_error = writer.lastError();
        return std::nullopt;
    }
    return sample;
}

} // namespace

int runTriggerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return Trigger(out, err).run(arguments);
}

int runTriggerCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runTriggerCommand(arguments, out, err);
}

} // namespace Hookbench
