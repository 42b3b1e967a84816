#pragma once

#include "capturedrequest.h"
#include "capturelimits.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Hookbench {

/// How requests under a path prefix are answered (after they are stored).
struct ResponseRule
{
    static constexpr int maxDelayMs = 60'000;

    QByteArray pathPrefix = "/";
    int status = 200;
    HeaderList headers;
    QByteArray body; ///< "{id}" is replaced by the captured request's public id
    bool hasBody = false; ///< false: the default JSON naming the captured id
    int delayMs = 0; ///< answer this much later, without holding up other connections

    /// Parses "PREFIX=STATUS[,delay=MS][,header=Name: value]...[,body=TEXT]" (body last: it
    /// may contain commas). Returns nothing and fills error on bad input.
    static std::optional<ResponseRule> parse(const QString &spec, QString *error);
    /// The rule in parse()'s syntax (what settings store and show). Header values holding a
    /// comma cannot be written in that syntax: parse() would split them.
    QString spec() const;
};

/// One listening socket: where it binds, its limits and its response rules.
struct ListenerConfig
{
    QString name = QStringLiteral("default");
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0 picks a free port
    CaptureLimits limits;
    QList<ResponseRule> rules;

    /// The rule with the longest prefix matching path, or nullptr for the default answer.
    const ResponseRule *ruleFor(QByteArrayView path) const;

    /// Parses "ADDRESS:PORT", "[V6]:PORT" or "PORT" (loopback).
    static std::optional<ListenerConfig> parseListen(const QString &spec, QString *error);
};

} // namespace Hookbench
