#include "delivery.h"

#include <QRandomGenerator>

namespace Hookbench {

namespace {

struct StatusName
{
    DeliveryStatus status;
    const char *name;
    const char *title;
};
constexpr StatusName statusNames[] = {
    {DeliveryStatus::Pending, "pending", "Pending"},
    {DeliveryStatus::InProgress, "in_progress", "In Progress"},
    {DeliveryStatus::Delivered, "delivered", "Delivered"},
    {DeliveryStatus::Failed, "failed", "Failed"},
    {DeliveryStatus::Cancelled, "cancelled", "Cancelled"},
};

struct KindName
{
    FailureKind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {FailureKind::None, ""},
    {FailureKind::Dns, "dns"},
    {FailureKind::Refused, "refused"},
    {FailureKind::Tls, "tls"},
    {FailureKind::Timeout, "timeout"},
    {FailureKind::HttpStatus, "http_status"},
    {FailureKind::Network, "network"},
    {FailureKind::Interrupted, "interrupted"},
    {FailureKind::Cancelled, "cancelled"},
    {FailureKind::Signing, "signing"},
};

} // namespace

QString deliveryStatusName(DeliveryStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<DeliveryStatus> deliveryStatusFromName(QStringView name)
{
    for (const auto &entry : statusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QString deliveryStatusTitle(DeliveryStatus status)
{
    for (const auto &entry : statusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.title);
    }
    return {};
}

QString failureKindName(FailureKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

FailureKind failureKindFromName(QStringView name)
{
    for (const auto &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return FailureKind::None;
}

QString newDeliveryId()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    QString id = QStringLiteral("wdlv_");
    for (const quint32 word : words)
        id += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return id;
}

} // namespace Hookbench
