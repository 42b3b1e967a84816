#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Hookbench {

/// How requests are sent to a target: time limit, TLS, signing profile and retry policy. A
/// delivery keeps a copy taken when it was submitted (see Delivery::settings).
struct DeliverySettings
{
    int timeoutMs = 30'000; ///< the longest one attempt may take, connecting included
    QString caFile; ///< PEM certificates trusted besides the system's; empty: system only
    /// Accept a self-signed certificate; only for a target on this machine (validate()).
    bool allowSelfSigned = false;
    QString signScheme; ///< re-sign with this scheme (SchemeRegistry name); empty: send as is
    QString signSecretId; ///< the keychain id of the signing secret (never the key)
    int maxAttempts = 5; ///< attempts in all, the first included
    int backoffBaseMs = 1'000; ///< the longest wait before the second attempt
    int backoffCapMs = 60'000; ///< no wait between attempts is longer than this
    int maxConcurrency = 4; ///< attempts in flight to the same target at once

    /// Why these settings cannot be used for `url` (empty when they can): the URL must be
    /// http(s) with a host, the numbers in range, self-signed certificates only for a target on
    /// this machine, and the scheme one SchemeRegistry knows.
    QString validate(const QUrl &url) const;

    QJsonObject toJson() const;
    /// Missing members keep their defaults.
    static DeliverySettings fromJson(const QJsonObject &object);

    friend bool operator==(const DeliverySettings &, const DeliverySettings &) = default;
};

/// True for localhost, 127.0.0.0/8 and ::1: where a self-signed certificate is acceptable.
bool isLocalHost(const QString &host);

} // namespace Hookbench
