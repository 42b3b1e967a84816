#include "requestjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringDecoder>

namespace Hookbench {

namespace {

// Header bytes as text: UTF-8 when they are valid UTF-8, else one character per byte (the
// raw view has the exact bytes either way).
QString headerText(const QByteArray &bytes)
{
    const QJsonValue text = utf8TextOrNull(bytes);
    return text.isNull() ? QString::fromLatin1(bytes) : text.toString();
}

QJsonArray headerPairs(const HeaderList &headers)
{
    QJsonArray pairs;
    for (const auto &[name, value] : headers)
        pairs.append(QJsonArray {headerText(name), headerText(value)});
    return pairs;
}

QJsonObject common(qint64 id,
                   qint64 receivedStartUs,
                   const QByteArray &method,
                   const QByteArray &target,
                   const QString &listener,
                   const QString &remote,
                   qint64 bodySize,
                   int responseStatus,
                   CaptureError error)
{
    const qsizetype question = target.indexOf('?');
    return {
        {QStringLiteral("id"), publicRequestId(id)},
        {QStringLiteral("created_at"), rfc3339(receivedStartUs)},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), utf8TextOrNull(question < 0 ? target : target.left(question))},
        {QStringLiteral("query"),
         question < 0 ? QJsonValue(QJsonValue::Null) : utf8TextOrNull(target.mid(question + 1))},
        {QStringLiteral("listener"), listener},
        {QStringLiteral("remote"), remote},
        {QStringLiteral("body_size"), bodySize},
        {QStringLiteral("response_status"), responseStatus},
        {QStringLiteral("error"),
         error == CaptureError::None ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(captureErrorName(error))}};
}

} // namespace

QJsonValue utf8TextOrNull(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QJsonValue::Null;
    return text;
}

QString rfc3339(qint64 microsSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(microsSinceEpoch / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QStringLiteral("%1Z").arg(microsSinceEpoch % 1000, 3, 10, QLatin1Char('0'));
}

void insertEventFields(QJsonObject &object, const EventInfo &e)
{
    auto text = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    object.insert(QStringLiteral("provider"), text(e.provider));
    object.insert(QStringLiteral("event_name"), text(e.eventName));
    object.insert(QStringLiteral("event_id"), text(e.eventId));
    object.insert(QStringLiteral("occurred_at"),
                  e.occurredAtUs ? QJsonValue(rfc3339(e.occurredAtUs)) : QJsonValue::Null);
    object.insert(QStringLiteral("resource_type"), text(e.resourceType));
    object.insert(QStringLiteral("resource_id"), text(e.resourceId));
    object.insert(QStringLiteral("organization_id"), text(e.organizationId));
    object.insert(QStringLiteral("workspace_id"), text(e.workspaceId));
    object.insert(QStringLiteral("api_version"), text(e.apiVersion));
    object.insert(QStringLiteral("known_type"), e.knownType);
    object.insert(QStringLiteral("conformance"), QJsonArray::fromStringList(e.conformance));
    object.insert(QStringLiteral("duplicate_of"),
                  e.duplicateOf ? QJsonValue(publicRequestId(e.duplicateOf)) : QJsonValue::Null);
    object.insert(QStringLiteral("signature"), text(e.signatureStatus));
    object.insert(QStringLiteral("signature_reason"), text(e.signatureReason));
    object.insert(QStringLiteral("signature_scheme"), text(e.signatureScheme));
    object.insert(QStringLiteral("body_kind"), text(e.bodyKind));
    object.insert(QStringLiteral("body_error"), text(e.bodyError));
}

QJsonObject requestRowJson(const RequestRow &row)
{
    QJsonObject object = common(row.id,
                                row.receivedStartUs,
                                row.method,
                                row.target,
                                row.listener,
                                row.remoteAddress,
                                row.bodySize,
                                row.responseStatus,
                                row.error);
    insertEventFields(object, row.event);
    return object;
}

QJsonObject requestJson(const CapturedRequest &r, const EventInfo &event)
{
    QJsonObject object = common(r.id,
                                r.receivedStartUs,
                                r.method,
                                r.target,
                                r.listener,
                                r.remoteAddress,
                                r.bodySize,
                                r.responseStatus,
                                r.error);
    object.insert(QStringLiteral("remote_port"), r.remotePort);
    object.insert(QStringLiteral("http_version"), QString::fromLatin1(r.httpVersion));
    object.insert(QStringLiteral("headers"), headerPairs(r.headers()));
    object.insert(QStringLiteral("trailers"), headerPairs(r.trailers()));
    object.insert(QStringLiteral("body"), utf8TextOrNull(r.body));
    object.insert(QStringLiteral("body_base64"), QString::fromLatin1(r.body.toBase64()));
    object.insert(QStringLiteral("body_truncated"), r.bodyTruncated);
    object.insert(QStringLiteral("error_message"),
                  r.errorMessage.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(r.errorMessage));
    insertEventFields(object, event);
    return object;
}

} // namespace Hookbench
