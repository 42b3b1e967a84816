#include "deliverysettings.h"

#include "signing/schemeregistry.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Hookbench {

namespace {

class DeliverySettingsText final
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::DeliverySettings)
};

} // namespace

bool isLocalHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString DeliverySettings::validate(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty()) {
        return DeliverySettingsText::tr("'%1' is not an http:// or https:// URL with a host")
            .arg(url.toString(QUrl::RemoveUserInfo));
    }
    if (timeoutMs <= 0)
        return DeliverySettingsText::tr("the timeout must be positive");
    if (maxAttempts < 1 || maxAttempts > 100)
        return DeliverySettingsText::tr("the number of attempts must be between 1 and 100");
    if (backoffBaseMs < 0 || backoffCapMs < backoffBaseMs)
        return DeliverySettingsText::tr(
            "the backoff cap must be at least the backoff base, both not negative");
    if (maxConcurrency < 1)
        return DeliverySettingsText::tr("at least one attempt must be allowed in flight");
    // A self-signed certificate proves nothing about who answers; on this machine the user
    // controls both ends, anywhere else it would silently accept a man in the middle.
    if (allowSelfSigned && !isLocalHost(url.host())) {
        return DeliverySettingsText::tr(
                   "self-signed certificates are accepted only for targets on this machine "
                   "(localhost, 127.0.0.1, ::1), not for %1")
            .arg(url.host());
    }
    if (!signScheme.isEmpty() && !SchemeRegistry::find(signScheme)) {
        return DeliverySettingsText::tr("unknown signing scheme '%1' (one of %2)")
            .arg(signScheme, SchemeRegistry::names().join(QStringLiteral(", ")));
    }
    return {};
}

QJsonObject DeliverySettings::toJson() const
{
    return {
        {QStringLiteral("timeout_ms"), timeoutMs},
        {QStringLiteral("ca_file"), caFile},
        {QStringLiteral("allow_self_signed"), allowSelfSigned},
        {QStringLiteral("sign_scheme"), signScheme},
        {QStringLiteral("sign_secret_id"), signSecretId},
        {QStringLiteral("max_attempts"), maxAttempts},
        {QStringLiteral("backoff_base_ms"), backoffBaseMs},
        {QStringLiteral("backoff_cap_ms"), backoffCapMs},
        {QStringLiteral("max_concurrency"), maxConcurrency},
    };
}

DeliverySettings DeliverySettings::fromJson(const QJsonObject &object)
{
    DeliverySettings s;
    s.timeoutMs = object.value(QStringLiteral("timeout_ms")).toInt(s.timeoutMs);
    s.caFile = object.value(QStringLiteral("ca_file")).toString();
    s.allowSelfSigned = object.value(QStringLiteral("allow_self_signed")).toBool();
    s.signScheme = object.value(QStringLiteral("sign_scheme")).toString();
    s.signSecretId = object.value(QStringLiteral("sign_secret_id")).toString();
    s.maxAttempts = object.value(QStringLiteral("max_attempts")).toInt(s.maxAttempts);
    s.backoffBaseMs = object.value(QStringLiteral("backoff_base_ms")).toInt(s.backoffBaseMs);
    s.backoffCapMs = object.value(QStringLiteral("backoff_cap_ms")).toInt(s.backoffCapMs);
    s.maxConcurrency = object.value(QStringLiteral("max_concurrency")).toInt(s.maxConcurrency);
    return s;
}

} // namespace Hookbench
