#include "envelope.h"

#include "catalog.h"
#include "jsondocument.h"
#include "timestamps.h"

#include <QHash>

namespace Hookbench {

namespace {

// The envelope keys a catalog can map (docs/catalogs.md), with the names seen in the wild.
const QHash<QString, QStringList> &genericPathTable()
{
    static const QHash<QString, QStringList> table {
        {QStringLiteral("event_id"),
         {QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("eventId")}},
        {QStringLiteral("event_name"),
         {QStringLiteral("event_name"),
          QStringLiteral("type"),
          QStringLiteral("event_type"),
          QStringLiteral("eventType"),
          QStringLiteral("event")}},
        {QStringLiteral("occurred_at"),
         {QStringLiteral("created"),
          QStringLiteral("created_at"),
          QStringLiteral("createdAt"),
          QStringLiteral("occurred_at"),
          QStringLiteral("occurredAt"),
          QStringLiteral("timestamp"),
          QStringLiteral("event_time")}},
        {QStringLiteral("resource_type"),
         {QStringLiteral("resource_type"), QStringLiteral("resourceType")}},
        {QStringLiteral("resource_id"),
         {QStringLiteral("resource_id"),
          QStringLiteral("resourceId"),
          QStringLiteral("data.object.id"),
          QStringLiteral("data.id")}},
        {QStringLiteral("organization_id"),
         {QStringLiteral("organization_id"),
          QStringLiteral("organizationID"),
          QStringLiteral("organizationId"),
          QStringLiteral("data.organization_id"),
          QStringLiteral("data.organizationID"),
          QStringLiteral("data.organizationId")}},
        {QStringLiteral("workspace_id"),
         {QStringLiteral("workspace_id"),
          QStringLiteral("workspaceID"),
          QStringLiteral("workspaceId"),
          QStringLiteral("data.workspace_id"),
          QStringLiteral("data.workspaceID"),
          QStringLiteral("data.workspaceId")}},
        {QStringLiteral("api_version"),
         {QStringLiteral("api_version"), QStringLiteral("apiVersion")}},
        {QStringLiteral("request_id"), {QStringLiteral("request.id")}},
        {QStringLiteral("idempotency_key"), {QStringLiteral("request.idempotency_key")}},
    };
    return table;
}

// Headers that carry an event's id or type when the body does not (Standard Webhooks, Svix,
// GitHub, Shopify).
const QList<QByteArrayView> idHeaders {
    "webhook-id", "svix-id", "x-github-delivery", "x-shopify-webhook-id"};
const QList<QByteArrayView> typeHeaders {"x-github-event", "x-shopify-topic"};

QString headerValue(const HeaderList &headers, const QList<QByteArrayView> &names)
{
    for (const QByteArrayView name : names) {
        for (const auto &[headerName, value] : headers) {
            if (QByteArrayView(headerName).compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(value).trimmed();
        }
    }
    return {};
}

// An identifier-like scalar as text: strings unescaped, numbers verbatim; else empty.
QString scalarText(const JsonDocument &json, int node)
{
    if (node < 0)
        return {};
    switch (json.nodes()[size_t(node)].kind) {
    case JsonNode::Kind::String:
        return json.stringValue(node);
    case JsonNode::Kind::Number:
        return QString::fromUtf8(json.rawValue(node));
    default:
        return {};
    }
}

class Reader
{
public:
    Reader(const JsonDocument &json, const Catalog *catalog) : m_json(json), m_catalog(catalog) { }

    // The first of the catalog's paths (then the generic ones) present with a usable value.
    int node(const QString &key, const std::function<bool(int)> &usable) const
    {
        // The catalog's paths first; when the body has none of them (a shape the catalog
        // does not describe), the names providers commonly use.
        const QStringList paths = m_catalog ? m_catalog->envelopePaths(key) : QStringList();
        for (const QStringList &list : {paths, genericPathTable().value(key)}) {
            for (const QString &path : list) {
                const int found = m_json.find(path);
                if (found >= 0 && usable(found))
                    return found;
            }
        }
        return -1;
    }

    QString text(const QString &key) const
    {
        return scalarText(m_json,
                          node(key, [&](int n) { return !scalarText(m_json, n).isEmpty(); }));
    }

private:
    const JsonDocument &m_json;
    const Catalog *m_catalog;
};

} // namespace

QStringList Envelope::genericPaths(const QString &key)
{
    return genericPathTable().value(key);
}

QString Envelope::resourceTypeOf(const QString &eventName)
{
    const qsizetype dot = eventName.lastIndexOf(u'.');
    return dot > 0 ? eventName.left(dot) : QString();
}

qint64 Envelope::timeOf(const JsonDocument &json, int node)
{
    if (node < 0)
        return 0;
    const JsonNode &n = json.nodes()[size_t(node)];
    QString text;
    if (n.kind == JsonNode::Kind::Number)
        text = QString::fromUtf8(json.rawValue(node));
    else if (n.kind == JsonNode::Kind::String)
        text = json.stringValue(node).trimmed();
    else
        return 0;
    bool isInteger = false;
    const qint64 number = text.toLongLong(&isInteger);
    if (isInteger)
        return number > 0 ? unixTimeToUs(number) : 0;
    if (n.kind == JsonNode::Kind::Number) {
        // Fractional Unix seconds ("1709679883.853").
        bool isReal = false;
        const double seconds = text.toDouble(&isReal);
        return isReal && seconds > 0 && seconds < 1e11 ? qint64(seconds * 1e6) : 0;
    }
    return parseIsoTimestampUs(text).value_or(0);
}

void Envelope::read(const JsonDocument &json,
                    const HeaderList &headers,
                    const Catalog *catalog,
                    EventInfo *info)
{
    const Reader reader(json, catalog);
    const bool isObject = json.isValid() && json.nodes()[0].kind == JsonNode::Kind::Object;
    if (isObject) {
        info->eventId = reader.text(QStringLiteral("event_id"));
        info->eventName = reader.text(QStringLiteral("event_name"));
        // Seed 002's envelope says `"type": "event"`; the real type is the data's.
        if (info->eventName == QLatin1String("event")) {
            const QString inner = scalarText(json, json.find(u"data.type"));
            if (!inner.isEmpty())
                info->eventName = inner;
        }
        info->occurredAtUs = timeOf(json, reader.node(QStringLiteral("occurred_at"), [&](int n) {
            return timeOf(json, n) != 0;
        }));
        info->resourceType = reader.text(QStringLiteral("resource_type"));
        info->organizationId = reader.text(QStringLiteral("organization_id"));
        info->workspaceId = reader.text(QStringLiteral("workspace_id"));
        info->apiVersion = reader.text(QStringLiteral("api_version"));
        info->sourceRequestId = reader.text(QStringLiteral("request_id"));
        info->idempotencyKey = reader.text(QStringLiteral("idempotency_key"));
    }
    if (info->eventId.isEmpty())
        info->eventId = headerValue(headers, idHeaders);
    if (info->eventName.isEmpty())
        info->eventName = headerValue(headers, typeHeaders);
    if (info->idempotencyKey.isEmpty())
        info->idempotencyKey = headerValue(headers, {"idempotency-key"});

    const CatalogEventType *type = catalog ? catalog->eventType(info->eventName) : nullptr;
    if (type && !type->resourceType.isEmpty())
        info->resourceType = type->resourceType;
    if (info->resourceType.isEmpty())
        info->resourceType = resourceTypeOf(info->eventName);
    if (!isObject)
        return;
    info->resourceId = reader.text(QStringLiteral("resource_id"));
    if (info->resourceId.isEmpty() && !info->resourceType.isEmpty()) {
        // `user.created` carries `data.user_id`; `context.session.deleted` data.session_id.
        const QString last = info->resourceType.section(u'.', -1);
        info->resourceId = scalarText(json, json.find(QStringLiteral("data.%1_id").arg(last)));
    }
}

} // namespace Hookbench
