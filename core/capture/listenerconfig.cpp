#include "listenerconfig.h"

namespace Hookbench {

std::optional<ResponseRule> ResponseRule::parse(const QString &spec, QString *error)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals <= 0 || !spec.startsWith(u'/')) {
        *error = QStringLiteral("Expected PREFIX=STATUS[,delay=MS][,header=Name: value]"
                                "[,body=TEXT] with PREFIX starting with '/': %1")
                     .arg(spec);
        return std::nullopt;
    }
    ResponseRule rule;
    rule.pathPrefix = spec.left(equals).toUtf8();
    QString rest = spec.mid(equals + 1);
    const qsizetype bodyAt = rest.indexOf(QLatin1String(",body="));
    if (bodyAt >= 0) {
        rule.body = rest.mid(bodyAt + 6).toUtf8();
        rule.hasBody = true;
        rest.truncate(bodyAt);
    }
    const QStringList parts = rest.split(u',');
    bool ok = false;
    rule.status = parts.first().toInt(&ok);
    if (!ok || rule.status < 100 || rule.status > 599) {
        *error = QStringLiteral("Invalid status '%1' in rule %2: use 100-599")
                     .arg(parts.first(), spec);
        return std::nullopt;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part.startsWith(QLatin1String("delay="))) {
            rule.delayMs = part.mid(6).toInt(&ok);
            if (!ok || rule.delayMs < 0 || rule.delayMs > maxDelayMs) {
                *error = QStringLiteral("Invalid delay in rule %1: use 0-%2 ms")
                             .arg(spec)
                             .arg(maxDelayMs);
                return std::nullopt;
            }
        } else if (part.startsWith(QLatin1String("header="))) {
            const QString header = part.mid(7);
            const qsizetype colon = header.indexOf(u':');
            if (colon <= 0) {
                *error
                    = QStringLiteral("Invalid header in rule %1: use header=Name: value").arg(spec);
                return std::nullopt;
            }
            rule.headers.append(
                {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
        } else {
            *error = QStringLiteral("Unknown option '%1' in rule %2").arg(part, spec);
            return std::nullopt;
        }
    }
    return rule;
}

QString ResponseRule::spec() const
{
    QString result = QString::fromUtf8(pathPrefix) + u'=' + QString::number(status);
    if (delayMs > 0)
        result += QStringLiteral(",delay=%1").arg(delayMs);
    for (const auto &[name, value] : headers) {
        result += QStringLiteral(",header=") + QString::fromUtf8(name) + QStringLiteral(": ")
                  + QString::fromUtf8(value);
    }
    if (hasBody)
        result += QStringLiteral(",body=") + QString::fromUtf8(body);
    return result;
}

const ResponseRule *ListenerConfig::ruleFor(QByteArrayView path) const
{
    const ResponseRule *best = nullptr;
    for (const ResponseRule &rule : rules) {
        if (path.startsWith(rule.pathPrefix)
            && (!best || rule.pathPrefix.size() > best->pathPrefix.size()))
            best = &rule;
    }
    return best;
}

std::optional<ListenerConfig> ListenerConfig::parseListen(const QString &spec, QString *error)
{
    ListenerConfig config;
    QString host;
    QString port = spec;
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon >= 0) {
        host = spec.left(colon);
        port = spec.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint portNumber = port.toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *error
            = QStringLiteral("Invalid port in '%1': use ADDRESS:PORT with PORT 0-65535").arg(spec);
        return std::nullopt;
    }
    config.port = static_cast<quint16>(portNumber);
    if (host == QLatin1String("localhost")) {
        config.address = QHostAddress(QHostAddress::LocalHost);
    } else if (!host.isEmpty()) {
        config.address = QHostAddress(host);
        if (config.address.isNull()) {
            *error = QStringLiteral("Invalid address '%1' in '%2': use an IP address such as "
                                    "127.0.0.1 or 0.0.0.0")
                         .arg(host, spec);
            return std::nullopt;
        }
    }
    return config;
}

} // namespace Hookbench
