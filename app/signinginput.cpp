#include "signinginput.h"

#include "capture/headerline.h"
#include "signing/signatureheader.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace Hookbench {

SigningInput::SigningInput()
    : scheme(QStringLiteral("scheme"),
             tr("The signature scheme (see the list above)."),
             QStringLiteral("name"))
    , secret(QStringLiteral("secret"),
             tr("The secret, or for discord/sendgrid/standard-webhooks v1a the key in the "
                "provider's form. Repeat it to try several (rotation)."),
             QStringLiteral("key"))
    , header(QStringLiteral("header"),
             tr("A request header, \"Name: value\" (repeatable)."),
             QStringLiteral("header"))
    , bodyFile(QStringLiteral("body-file"),
               tr("Read the exact body bytes from this file."),
               QStringLiteral("file"))
    , bodyStdin(QStringLiteral("body-stdin"), tr("Read the exact body bytes from standard input."))
    , url(QStringLiteral("url"),
          tr("The full URL the provider called (signed by twilio and square)."),
          QStringLiteral("url"))
    , at(QStringLiteral("at"),
         tr("The time to check or sign at, Unix seconds (default: now)."),
         QStringLiteral("seconds"))
{ }

void SigningInput::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({scheme, secret, header, bodyFile, bodyStdin, url, at});
}

std::optional<SigningRequest> SigningInput::request(const QCommandLineParser &parser,
                                                    QString *error) const
{
    if (parser.isSet(bodyFile) == parser.isSet(bodyStdin)) {
        *error = tr("give the body with exactly one of --body-file FILE and --body-stdin");
        return std::nullopt;
    }
    SigningRequest request;
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        request.body = file.readAll();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read standard input");
            return std::nullopt;
        }
        request.body = in.readAll();
    }
    for (const QString &line : parser.values(header)) {
        // The bytes as typed (UTF-8): what a provider would have sent for this text.
        const auto field = parseHeaderLine(line);
        if (!field) {
            *error = tr("--header takes \"Name: value\", not '%1'").arg(line);
            return std::nullopt;
        }
        request.headers.append(*field);
    }
    request.url = parser.value(url).toUtf8();
    return request;
}

SigningSecrets SigningInput::secrets(const QCommandLineParser &parser) const
{
    SigningSecrets result;
    for (const QString &value : parser.values(secret))
        result.append({QString(), value.toUtf8()});
    return result;
}

std::optional<qint64> SigningInput::time(const QCommandLineParser &parser, QString *error) const
{
    if (!parser.isSet(at))
        return QDateTime::currentSecsSinceEpoch();
    const auto seconds = SignatureHeader::parseUnixSeconds(parser.value(at).toLatin1());
    if (!seconds)
        *error = tr("--at takes Unix seconds (digits only), not '%1'").arg(parser.value(at));
    return seconds;
}

} // namespace Hookbench
