#include "resendcommand.h"

#include "capture/headerline.h"
#include "deliveryreport.h"
#include "store/requeststore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace Hookbench {

namespace {

struct Options
{
    Options()
        : db(QStringLiteral("db"),
             QStringLiteral("The SQLite store (default: %1).").arg(StoreOptions::defaultPath()),
             QStringLiteral("path"))
        , target(QStringLiteral("target"),
                 QStringLiteral("Where to send it: an http:// or https:// URL."),
                 QStringLiteral("url"))
        , method(QStringLiteral("method"),
                 QStringLiteral("Send with this method instead of the captured one."),
                 QStringLiteral("method"))
        , path(QStringLiteral("path"),
               QStringLiteral("Replace the target URL's path (and query, with a '?') by this."),
               QStringLiteral("path"))
        , header(QStringLiteral("header"),
                 QStringLiteral("Add \"Name: value\", replacing captured fields of that name "
                                "(repeatable)."),
                 QStringLiteral("header"))
        , signScheme(QStringLiteral("sign-scheme"),
                     QStringLiteral("Re-sign with this scheme at the time of sending (old "
                                    "signature headers are replaced)."),
                     QStringLiteral("name"))
        , secret(QStringLiteral("secret"),
                 QStringLiteral("The key to sign with (kept in memory only)."),
                 QStringLiteral("key"))
        , bodyFile(QStringLiteral("edit-body-file"),
                   QStringLiteral("Send this file's bytes as the body instead of the captured "
                                  "ones."),
                   QStringLiteral("file"))
        , wait(QStringLiteral("wait"),
               QStringLiteral("Print the delivery once it has ended; exit 0 only if delivered."))
        , timeout(QStringLiteral("timeout"),
                  QStringLiteral("Seconds one attempt may take (default 30)."),
                  QStringLiteral("seconds"),
                  QStringLiteral("30"))
        , attempts(QStringLiteral("attempts"),
                   QStringLiteral("Attempts in all, with exponential backoff between them "
                                  "(default 1)."),
                   QStringLiteral("count"),
                   QStringLiteral("1"))
        , caFile(QStringLiteral("ca-file"),
                 QStringLiteral("Also trust the PEM certificates in this file."),
                 QStringLiteral("file"))
        , allowSelfSigned(QStringLiteral("allow-self-signed"),
                          QStringLiteral("Accept a self-signed certificate (only for a target "
                                         "on this machine)."))
    { }

    QCommandLineOption db, target, method, path, header, signScheme, secret, bodyFile, wait,
        timeout, attempts, caFile, allowSelfSigned;
};

class Resend final
{
public:
    Resend(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int run(const QStringList &arguments);

private:
    int fail(int code, const QString &message)
    {
        m_err << "hookbench resend: " << message << Qt::endl;
        return code;
    }
    /// Reads the options into an order; nullopt (and the exit code) on a usage or store error.
    std::optional<DeliveryOrder> order(const QCommandLineParser &parser, int *code);

    Options m_options;
    StoreOptions m_store;
    QTextStream &m_out;
    QTextStream &m_err;
};

int Resend::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sends a captured request (ID, e.g. wevt_12) to --target again: by default exactly as "
        "captured (body bytes, header fields in order, method), minus the hop-by-hop fields; "
        "Host and Content-Length are written for the target. The options edit it and re-sign "
        "it. The delivery is recorded in the store and printed as JSON when it is created, or "
        "with --wait once it has ended.\n\n"
        "Exit codes: 0 sent (with --wait: delivered), 1 failed (or no such event or store), "
        "2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The captured request."));
    const Options &o = m_options;
    parser.addOptions({o.db,
                       o.target,
                       o.method,
                       o.path,
                       o.header,
                       o.signScheme,
                       o.secret,
                       o.bodyFile,
                       o.wait,
                       o.timeout,
                       o.attempts,
                       o.caFile,
                       o.allowSelfSigned});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(QLatin1String("<executable_name>"),
                                           QLatin1String("hookbench resend"));
        return 0;
    }
    int code = 0;
    const std::optional<DeliveryOrder> built = order(parser, &code);
    if (!built)
        return code;
    return deliverAndReport(
        m_store, *built, parser.isSet(o.wait), QStringLiteral("resend"), m_out, m_err);
}

std::optional<DeliveryOrder> Resend::order(const QCommandLineParser &parser, int *code)
{
    const Options &o = m_options;
    auto usage = [this, code](const QString &message) {
        *code = fail(2, message);
        return std::nullopt;
    };
    // positionalArguments() starts with the command's name ("resend").
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usage(QStringLiteral("give one captured request id, e.g. wevt_12"));
    const qint64 requestId = parsePublicRequestId(positional.first());
    if (requestId == 0)
        return usage(
            QStringLiteral("'%1' is not a request id like wevt_12").arg(positional.first()));
    if (!parser.isSet(o.target))
        return usage(QStringLiteral("say where to send it: --target URL"));

    DeliveryTarget target;
    target.url = parser.value(o.target);
    for (const QString &line : parser.values(o.header)) {
        const auto field = parseHeaderLine(line);
        if (!field)
            return usage(QStringLiteral("--header takes \"Name: value\", not '%1'").arg(line));
        target.headers.append(*field);
    }
    DeliverySettings &settings = target.settings;
    bool ok = false;
    const double seconds = parser.value(o.timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return usage(QStringLiteral("--timeout takes a positive number of seconds"));
    settings.timeoutMs = int(seconds * 1000);
    settings.maxAttempts = parser.value(o.attempts).toInt(&ok);
    if (!ok)
        return usage(QStringLiteral("--attempts takes a number"));
    settings.caFile = parser.value(o.caFile);
    settings.allowSelfSigned = parser.isSet(o.allowSelfSigned);
    settings.signScheme = parser.value(o.signScheme);
    if (parser.isSet(o.signScheme) != parser.isSet(o.secret))
        return usage(QStringLiteral("re-signing takes both --sign-scheme NAME and --secret KEY"));

    ResendEdits edits;
    if (parser.isSet(o.method))
        edits.method = parser.value(o.method).toLatin1();
    if (parser.isSet(o.path))
        edits.path = parser.value(o.path).toUtf8();
    if (parser.isSet(o.bodyFile)) {
        QFile file(parser.value(o.bodyFile));
        if (!file.open(QIODevice::ReadOnly))
            return usage(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        edits.body = file.readAll();
    }

    m_store.path = parser.isSet(o.db) ? parser.value(o.db) : StoreOptions::defaultPath();
    if (!QFile::exists(m_store.path)) {
        *code = fail(1, QStringLiteral("no store at %1").arg(m_store.path));
        return std::nullopt;
    }
    RequestStore requests;
    QString error;
    if (!requests.open(m_store, &error)) {
        *code = fail(1, error);
        return std::nullopt;
    }
    const std::optional<CapturedRequest> captured = requests.request(requestId);
    if (!captured) {
        *code = fail(1, QStringLiteral("no event %1").arg(publicRequestId(requestId)));
        return std::nullopt;
    }
    auto built = DeliveryOrder::resend(*captured, target, edits, &error);
    if (!built)
        return usage(error);
    if (parser.isSet(o.secret))
        built->secrets = {{QStringLiteral("command line"), parser.value(o.secret).toUtf8()}};
    return built;
}

} // namespace

int runResendCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return Resend(out, err).run(arguments);
}

int runResendCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runResendCommand(arguments, out, err);
}

} // namespace Hookbench
