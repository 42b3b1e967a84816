#include "conformance.h"

#include "catalog.h"
#include "jsondocument.h"
#include "timestamps.h"

namespace Hookbench {

QString jsonTypeName(const JsonDocument &json, int node)
{
    switch (json.nodes()[size_t(node)].kind) {
    case JsonNode::Kind::Object:
        return QStringLiteral("object");
    case JsonNode::Kind::Array:
        return QStringLiteral("array");
    case JsonNode::Kind::String:
        return QStringLiteral("string");
    case JsonNode::Kind::Bool:
        return QStringLiteral("boolean");
    case JsonNode::Kind::Null:
        return QStringLiteral("null");
    case JsonNode::Kind::Number: {
        const QByteArrayView text = json.rawValue(node);
        const bool integer = !text.contains('.') && !text.contains('e') && !text.contains('E');
        return integer ? QStringLiteral("integer") : QStringLiteral("number");
    }
    }
    return {};
}

namespace {

bool hasType(const JsonDocument &json, int node, const QString &type)
{
    const QString actual = jsonTypeName(json, node);
    if (type == actual)
        return true;
    if (type == QLatin1String("number"))
        return actual == QLatin1String("integer");
    if (type == QLatin1String("timestamp")) {
        return actual == QLatin1String("string")
               && parseIsoTimestampUs(json.stringValue(node)).has_value();
    }
    return false;
}

} // namespace

QStringList checkConformance(const JsonDocument &json,
                             const Catalog &catalog,
                             const CatalogEventType *eventType)
{
    QStringList notes;
    if (!json.isValid())
        return notes;
    const QList<CatalogField> fields = catalog.fieldsFor(eventType);
    for (const CatalogField &field : fields) {
        int node = json.find(field.path);
        for (const QString &alias : catalog.aliasesFor(field.path, eventType)) {
            if (node >= 0)
                break;
            node = json.find(alias);
        }
        const QString documented = field.types.join(QStringLiteral(" or "));
        if (node < 0) {
            if (field.required) {
                notes.append(documented.isEmpty()
                                 ? QStringLiteral("%1 is missing").arg(field.path)
                                 : QStringLiteral("%1 is missing (documented as %2)")
                                       .arg(field.path, documented));
            }
            continue;
        }
        if (field.types.isEmpty())
            continue;
        const bool matches
            = std::any_of(field.types.cbegin(), field.types.cend(), [&](const QString &type) {
                  return hasType(json, node, type);
              });
        if (!matches) {
            const QString actual = jsonTypeName(json, node);
            const bool vowel
                = actual.startsWith(u'i') || actual.startsWith(u'o') || actual.startsWith(u'a');
            const QString article = actual == QLatin1String("null") ? QString()
                                    : vowel                         ? QStringLiteral("an ")
                                                                    : QStringLiteral("a ");
            notes.append(QStringLiteral("%1 is %2%3, documented as %4")
                             .arg(field.path, article, actual, documented));
        }
    }
    return notes;
}

} // namespace Hookbench
