#pragma once

#include "signing/signingrequest.h"
#include "signing/signingsecret.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Hookbench {

/// The options `hookbench verify` and `hookbench sign` share, and reading them into a request:
/// --scheme, --secret, --header, --body-file/--body-stdin, --url, --at.
class SigningInput final
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::SigningInput)

public:
    SigningInput();

    void addTo(QCommandLineParser &parser) const;

    /// Reads the request from the parsed options; nullopt with *error set on a usage error.
    std::optional<SigningRequest> request(const QCommandLineParser &parser, QString *error) const;
    SigningSecrets secrets(const QCommandLineParser &parser) const;
    /// --at, or the current time; nullopt with *error set when --at is not Unix seconds.
    std::optional<qint64> time(const QCommandLineParser &parser, QString *error) const;

    QCommandLineOption scheme;
    QCommandLineOption secret;
    QCommandLineOption header;
    QCommandLineOption bodyFile;
    QCommandLineOption bodyStdin;
    QCommandLineOption url;
    QCommandLineOption at;
};

} // namespace Hookbench
