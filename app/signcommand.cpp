#include "signcommand.h"

#include "signing/schemeregistry.h"
#include "signinginput.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Hookbench {

namespace {

class SignCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::SignCommand)

public:
    static int fail(int code, const QString &message)
    {
        QTextStream(stderr) << "hookbench sign: " << message << Qt::endl;
        return code;
    }
};

} // namespace

int runSignCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SignCommand::tr("Prints the headers a provider would send with this body, one \"Name: "
                        "value\" line each, signed with the given secret (several --secret: every "
                        "one, where the scheme sends several signatures). discord and sendgrid "
                        "sign with a private key of your own.\n\n"
                        "Schemes: %1.\n\n"
                        "Exit codes: 0 signed, 1 the key cannot sign, 2 usage error.")
            .arg(SchemeRegistry::names().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const SigningInput input;
    input.addTo(parser);
    const QCommandLineOption id(QStringLiteral("id"),
                                SignCommand::tr("The message id, for schemes that sign one "
                                                "(default: a new one)."),
                                QStringLiteral("id"));
    parser.addOption(id);
    if (!parser.parse(arguments))
        return SignCommand::fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("<executable_name>"),
                                                         QLatin1String("hookbench sign"));
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        return SignCommand::fail(
            2, SignCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));
    }
    const QString schemeName = parser.value(input.scheme);
    const SignatureScheme *scheme = SchemeRegistry::find(schemeName);
    if (!scheme) {
        return SignCommand::fail(2,
                                 SignCommand::tr("say which scheme: --scheme NAME, one of %1")
                                     .arg(SchemeRegistry::names().join(QStringLiteral(", "))));
    }
    if (!parser.isSet(input.secret))
        return SignCommand::fail(2, SignCommand::tr("give the secret or key: --secret KEY"));
    QString error;
    const auto timestamp = input.time(parser, &error);
    if (!timestamp)
        return SignCommand::fail(2, error);
    const auto request = input.request(parser, &error);
    if (!request)
        return SignCommand::fail(2, error);

    const SignResult result = scheme->sign(
        *request, input.secrets(parser), SignOptions {*timestamp, parser.value(id).toUtf8()});
    if (!result.error.isEmpty())
        return SignCommand::fail(1, result.error);
    QTextStream out(stdout);
    for (const auto &[name, value] : result.headers)
        out << QString::fromUtf8(name) << ": " << QString::fromUtf8(value) << '\n';
    if (!result.url.isEmpty()) {
        QTextStream(stderr) << SignCommand::tr("hookbench sign: the signature covers this URL; "
                                               "send the request to it:\n%1")
                                   .arg(QString::fromUtf8(result.url))
                            << Qt::endl;
    }
    return 0;
}

} // namespace Hookbench
