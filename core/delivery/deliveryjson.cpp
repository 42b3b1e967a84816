#include "deliveryjson.h"

#include "store/requestjson.h"

#include <QJsonArray>

namespace Hookbench {

namespace {

QJsonValue timeOrNull(qint64 us)
{
    return us == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rfc3339(us));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Header bytes as text: UTF-8 when valid, else one character per byte.
QJsonArray headerPairs(const HeaderList &headers)
{
    auto text = [](const QByteArray &bytes) {
        const QJsonValue utf8 = utf8TextOrNull(bytes);
        return utf8.isNull() ? QJsonValue(QString::fromLatin1(bytes)) : utf8;
    };
    QJsonArray pairs;
    for (const auto &[name, value] : headers)
        pairs.append(QJsonArray {text(name), text(value)});
    return pairs;
}

} // namespace

QJsonObject deliveryJson(const Delivery &d)
{
    const QJsonObject request {
        {QStringLiteral("method"), QString::fromLatin1(d.request.method)},
        {QStringLiteral("url"), QString::fromUtf8(d.request.url)},
        {QStringLiteral("headers"), headerPairs(d.request.headers)},
        {QStringLiteral("body"), utf8TextOrNull(d.request.body)},
        {QStringLiteral("body_base64"), QString::fromLatin1(d.request.body.toBase64())},
    };
    QJsonValue response = QJsonValue::Null;
    if (d.responseStatus != 0) {
        response = QJsonObject {
            {QStringLiteral("status"), d.responseStatus},
            {QStringLiteral("headers"), headerPairs(d.responseHeaders)},
            {QStringLiteral("body"), utf8TextOrNull(d.responseBody)},
            {QStringLiteral("body_base64"), QString::fromLatin1(d.responseBody.toBase64())},
            {QStringLiteral("duration_ms"), d.durationMs},
        };
    }
    return {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("webhook_event_id"), publicRequestId(d.requestId)},
        {QStringLiteral("target_id"),
         d.targetId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.targetId)},
        {QStringLiteral("target_url"), d.targetUrl},
        {QStringLiteral("attempt"), d.attempt},
        {QStringLiteral("group_id"), d.groupId},
        {QStringLiteral("status"), deliveryStatusTitle(d.status)},
        {QStringLiteral("created_at"), rfc3339(d.createdUs)},
        {QStringLiteral("started_at"), timeOrNull(d.startedUs)},
        {QStringLiteral("delivered_at"), timeOrNull(d.deliveredUs)},
        {QStringLiteral("failed_at"), timeOrNull(d.failedUs)},
        {QStringLiteral("failure_kind"), textOrNull(failureKindName(d.failureKind))},
        {QStringLiteral("failure_reason"), d.failureMessage},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
    };
}

} // namespace Hookbench
