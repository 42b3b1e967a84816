#include "verifycommand.h"

#include "signing/schemeregistry.h"
#include "signing/signatureheader.h"
#include "signinginput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace Hookbench {

namespace {

class VerifyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::VerifyCommand)

public:
    static int fail(int code, const QString &message)
    {
        QTextStream(stderr) << "hookbench verify: " << message << Qt::endl;
        return code;
    }
};

} // namespace

int runVerifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        VerifyCommand::tr("Checks a webhook request's signature the way the provider's receiver "
                          "would, from the exact body bytes, and says why it fails.\n\n"
                          "Schemes: %1, auto (detected from the headers).\n\n"
                          "Exit codes: 0 valid, 1 invalid (or nothing to check), 2 usage error.")
            .arg(SchemeRegistry::names().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const SigningInput input;
    input.addTo(parser);
    const QCommandLineOption tolerance(
        QStringLiteral("tolerance"),
        VerifyCommand::tr("Accept timestamps this many seconds off (default: the scheme's own; "
                          "0 turns the time check off)."),
        QStringLiteral("seconds"));
    const QCommandLineOption json(QStringLiteral("json"), VerifyCommand::tr("Print JSON."));
    parser.addOptions({tolerance, json});
    if (!parser.parse(arguments))
        return VerifyCommand::fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("<executable_name>"),
                                                         QLatin1String("hookbench verify"));
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        return VerifyCommand::fail(
            2,
            VerifyCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    }
    const QString scheme = parser.value(input.scheme);
    if (scheme.isEmpty())
        return VerifyCommand::fail(2,
                                   VerifyCommand::tr("say which scheme: --scheme NAME (or auto)"));
    if (scheme != QLatin1String("auto") && !SchemeRegistry::find(scheme)) {
        return VerifyCommand::fail(
            2,
            VerifyCommand::tr("unknown scheme '%1'; known: %2, auto")
                .arg(scheme, SchemeRegistry::names().join(QStringLiteral(", "))));
    }
    if (!parser.isSet(input.secret))
        return VerifyCommand::fail(2, VerifyCommand::tr("give the secret or key: --secret KEY"));
    QString error;
    const auto now = input.time(parser, &error);
    if (!now)
        return VerifyCommand::fail(2, error);
    VerifyOptions options {*now, {}};
    if (parser.isSet(tolerance)) {
        const auto seconds = SignatureHeader::parseUnixSeconds(parser.value(tolerance).toLatin1());
        if (!seconds) {
            return VerifyCommand::fail(2,
                                       VerifyCommand::tr("--tolerance takes whole seconds, not "
                                                         "'%1'")
                                           .arg(parser.value(tolerance)));
        }
        options.toleranceSeconds = *seconds;
    }
    const auto request = input.request(parser, &error);
    if (!request)
        return VerifyCommand::fail(2, error);

    const Verdict verdict
        = SchemeRegistry::verify(scheme, *request, input.secrets(parser), options);
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QJsonDocument(verdict.toJson()).toJson(QJsonDocument::Indented);
    } else {
        out << Verdict::statusName(verdict.status);
        if (!verdict.scheme.isEmpty())
            out << "  " << verdict.scheme;
        if (!verdict.isValid())
            out << "  " << Verdict::reasonName(verdict.reason);
        out << '\n' << verdict.message << '\n';
        if (!verdict.expected.isEmpty())
            out << VerifyCommand::tr("expected  %1").arg(QString::fromLatin1(verdict.expected))
                << '\n';
        if (!verdict.received.isEmpty())
            out << VerifyCommand::tr("received  %1").arg(QString::fromLatin1(verdict.received))
                << '\n';
    }
    return verdict.isValid() ? 0 : 1;
}

} // namespace Hookbench
