#include "catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace Hookbench {

namespace {

QString kindName(const QJsonValue &value)
{
    // Indexed by QJsonValue::Type: Null 0, Bool 1, Double 2, String 3, Array 4, Object 5.
    static const char *const names[]
        = {"null", "a boolean", "a number", "a string", "an array", "an object"};
    const int type = value.type();
    return QLatin1String(type >= 0 && type <= 5 ? names[type] : "nothing");
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString member(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : QString(prefix + QLatin1Char('.') + key);
}

QString element(const QString &where, qsizetype index)
{
    return where + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isDottedPath(QStringView path)
{
    const auto segments = path.split(QLatin1Char('.'));
    return std::none_of(
        segments.begin(), segments.end(), [](QStringView s) { return s.isEmpty(); });
}

// Reads one catalog object, keeping the first problem found together with the JSON location
// (`events[3].fields[0].type`) that caused it. Each reader takes the object, the location of
// that object and the key to read; an absent optional key leaves the output as it was.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &message)
    {
        error = where + QStringLiteral(": ") + message;
        return false;
    }

    bool expected(const QString &where, const char *what, const QJsonValue &found)
    {
        return fail(where,
                    QStringLiteral("expected ") + QLatin1String(what) + QStringLiteral(", found ")
                        + kindName(found));
    }

    bool string(const QJsonObject &object,
                const QString &prefix,
                const char *key,
                QString *out,
                bool required = false)
    {
        const QString where = member(prefix, QLatin1String(key));
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return !required || fail(where, QStringLiteral("missing"));
        if (!value.isString())
            return expected(where, "a string", value);
        *out = value.toString();
        return !(required && out->isEmpty()) || fail(where, QStringLiteral("must not be empty"));
    }

    bool dottedPath(const QString &path, const QString &where)
    {
        return isDottedPath(path)
               || fail(where, quoted(path) + QStringLiteral(" is not a dotted path like data.id"));
    }

    // An array of non-empty strings; `paths` also checks that each is a dotted path.
    bool strings(const QJsonValue &value, const QString &where, QStringList *out, bool paths)
    {
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return expected(where, "an array of strings", value);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString text = array.at(i).toString();
            if (!array.at(i).isString())
                return expected(element(where, i), "a string", array.at(i));
            if (paths && !dottedPath(text, element(where, i)))
                return false;
            if (text.isEmpty())
                return fail(element(where, i), QStringLiteral("must not be empty"));
            out->append(text);
        }
        return true;
    }

    bool strings(const QJsonObject &object,
                 const QString &prefix,
                 const char *key,
                 QStringList *out,
                 bool paths)
    {
        return strings(
            object.value(QLatin1String(key)), member(prefix, QLatin1String(key)), out, paths);
    }

    // An optional object member; absent gives an empty object.
    bool object(const QJsonObject &parent, const QString &prefix, const char *key, QJsonObject *out)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isObject())
            return expected(member(prefix, QLatin1String(key)), "an object", value);
        *out = value.toObject();
        return true;
    }

    // An optional array member; absent gives an empty array.
    bool array(const QJsonObject &parent,
               const QString &prefix,
               const char *key,
               const char *what,
               QJsonArray *out)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isArray())
            return expected(member(prefix, QLatin1String(key)), what, value);
        *out = value.toArray();
        return true;
    }

    bool types(const QJsonValue &value, const QString &where, QStringList *out)
    {
        if (value.isUndefined())
            return true;
        if (!value.isString() && !value.isArray())
            return expected(where, "a type name or a list of them", value);
        const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray {value};
        if (names.isEmpty())
            return fail(where, QStringLiteral("must name at least one type"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString here = value.isArray() ? element(where, i) : where;
            const QString name = names.at(i).toString();
            if (!names.at(i).isString())
                return expected(here, "a type name", names.at(i));
            if (!Catalog::fieldTypes().contains(name))
                return fail(here, quoted(name) + QStringLiteral(" is not a known type"));
            if (!out->contains(name))
                out->append(name);
        }
        return true;
    }

    bool field(const QJsonValue &value, const QString &where, CatalogField *out)
    {
        if (!value.isObject())
            return expected(where, "an object", value);
        const QJsonObject object = value.toObject();
        const QJsonValue required = object.value(QLatin1String("required"));
        if (!required.isUndefined() && !required.isBool())
            return expected(member(where, QStringLiteral("required")), "true or false", required);
        out->required = required.toBool(false);
        return string(object, where, "path", &out->path, true)
               && dottedPath(out->path, member(where, QStringLiteral("path")))
               && types(object.value(QLatin1String("type")),
                        member(where, QStringLiteral("type")),
                        &out->types)
               && string(object, where, "description", &out->description)
               && strings(object, where, "aliases", &out->aliases, true);
    }

    bool fields(const QJsonObject &parent, const QString &prefix, QList<CatalogField> *out)
    {
        const QString where = member(prefix, QStringLiteral("fields"));
        QJsonArray array;
        if (!this->array(parent, prefix, "fields", "an array of fields", &array))
            return false;
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            CatalogField item;
            if (!field(array.at(i), element(where, i), &item))
                return false;
            if (seen.contains(item.path))
                return fail(member(element(where, i), QStringLiteral("path")),
                            quoted(item.path) + QStringLiteral(" is listed twice"));
            seen.insert(item.path);
            out->append(item);
        }
        return true;
    }

    bool recognition(const QJsonObject &root, CatalogRecognition *out)
    {
        const QString where = QStringLiteral("recognize");
        const QString shapeWhere = QStringLiteral("recognize.envelope");
        QJsonObject recognize, shape, equals;
        if (!object(root, QString(), "recognize", &recognize)
            || !strings(recognize, where, "paths", &out->paths, false)
            || !strings(recognize, where, "headers", &out->headers, false)
            || !object(recognize, where, "envelope", &shape)
            || !strings(shape, shapeWhere, "required", &out->requiredPaths, true)
            || !object(shape, shapeWhere, "equals", &equals))
            return false;
        for (qsizetype i = 0; i < out->paths.size(); ++i) {
            if (!out->paths.at(i).startsWith(QLatin1Char('/')))
                return fail(element(QStringLiteral("recognize.paths"), i),
                            quoted(out->paths.at(i)) + QStringLiteral(" does not start with /"));
        }
        const QString equalsWhere = QStringLiteral("recognize.envelope.equals");
        for (auto it = equals.begin(); it != equals.end(); ++it) {
            if (!dottedPath(it.key(), equalsWhere))
                return false;
            if (!it.value().isString())
                return expected(member(equalsWhere, it.key()), "a string", it.value());
            out->equals.append({it.key(), it.value().toString()});
        }
        return true;
    }

    bool envelope(const QJsonObject &root, QHash<QString, QStringList> *out)
    {
        QJsonObject envelope;
        if (!object(root, QString(), "envelope", &envelope))
            return false;
        // Keys this version does not know are left for newer versions, like any unknown key.
        for (const QString &key : Catalog::envelopeKeys()) {
            QStringList paths;
            if (!strings(
                    envelope.value(key), member(QStringLiteral("envelope"), key), &paths, true))
                return false;
            if (envelope.contains(key))
                out->insert(key, paths);
        }
        return true;
    }

    // An object mapping dotted paths to lists of dotted paths (an event type's "aliases").
    bool aliases(const QJsonObject &parent, const QString &prefix, QHash<QString, QStringList> *out)
    {
        const QString where = member(prefix, QStringLiteral("aliases"));
        QJsonObject map;
        if (!object(parent, prefix, "aliases", &map))
            return false;
        for (auto it = map.begin(); it != map.end(); ++it) {
            QStringList paths;
            if (!dottedPath(it.key(), where)
                || !strings(it.value(), member(where, it.key()), &paths, true))
                return false;
            out->insert(it.key(), paths);
        }
        return true;
    }

    bool events(const QJsonObject &root, QList<CatalogEventType> *out)
    {
        QJsonArray array;
        if (!this->array(root, QString(), "events", "an array of event types", &array))
            return false;
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = element(QStringLiteral("events"), i);
            if (!array.at(i).isObject())
                return expected(where, "an object", array.at(i));
            const QJsonObject object = array.at(i).toObject();
            CatalogEventType item;
            if (!string(object, where, "type", &item.type, true)
                || !string(object, where, "description", &item.description)
                || !string(object, where, "recipients", &item.recipients)
                || !string(object, where, "resource_type", &item.resourceType)
                || !fields(object, where, &item.fields) || !aliases(object, where, &item.aliases))
                return false;
            if (seen.contains(item.type))
                return fail(member(where, QStringLiteral("type")),
                            quoted(item.type) + QStringLiteral(" is listed twice"));
            seen.insert(item.type);
            out->append(item);
        }
        return true;
    }

    bool format(const QJsonObject &root)
    {
        const QString where = QStringLiteral("format");
        const QJsonValue value = root.value(where);
        const QString supported = QStringLiteral(" (this version reads format ")
                                  + QString::number(Catalog::formatVersion) + QLatin1Char(')');
        if (value.isUndefined())
            return fail(where, QStringLiteral("missing") + supported);
        if (!value.isDouble())
            return expected(where, "a number", value);
        return value.toDouble() == Catalog::formatVersion
               || fail(where,
                       QString::number(value.toDouble()) + QStringLiteral(" is not supported")
                           + supported);
    }
};

QString jsonErrorLocation(const QByteArray &json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

const QStringList &Catalog::envelopeKeys()
{
    static const QStringList keys
        = QStringLiteral("event_id event_name occurred_at resource_id resource_type "
                         "organization_id workspace_id api_version request_id "
                         "idempotency_key")
              .split(QLatin1Char(' '));
    return keys;
}

const QStringList &Catalog::fieldTypes()
{
    static const QStringList types
        = QStringLiteral("string integer number boolean object array null timestamp")
              .split(QLatin1Char(' '));
    return types;
}

bool Catalog::isValidProviderId(QStringView id)
{
    return !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
    });
}

const CatalogEventType *Catalog::eventType(QStringView type) const
{
    for (const CatalogEventType &event : events) {
        if (event.type == type)
            return &event;
    }
    return nullptr;
}

QList<CatalogField> Catalog::fieldsFor(const CatalogEventType *event) const
{
    QList<CatalogField> result = fields;
    if (!event)
        return result;
    for (const CatalogField &own : event->fields) {
        auto it = std::find_if(result.begin(), result.end(), [&](const CatalogField &field) {
            return field.path == own.path;
        });
        if (it != result.end())
            *it = own;
        else
            result.append(own);
    }
    return result;
}

QStringList Catalog::aliasesFor(const QString &path, const CatalogEventType *event) const
{
    QStringList result;
    const auto collect = [&](const QList<CatalogField> &list) {
        for (const CatalogField &field : list) {
            if (field.path == path)
                result += field.aliases;
        }
    };
    collect(fields);
    if (event) {
        collect(event->fields);
        result += event->aliases.value(path);
    }
    result.removeDuplicates();
    return result;
}

std::optional<Catalog> Catalog::fromJson(const QByteArray &json, QString *error)
{
    const auto failed = [error](const QString &message) -> std::optional<Catalog> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(QStringLiteral("invalid JSON at ")
                      + jsonErrorLocation(json, parseError.offset) + QStringLiteral(": ")
                      + parseError.errorString());
    if (!document.isObject())
        return failed(QStringLiteral("the catalog must be a JSON object"));
    const QJsonObject root = document.object();

    Reader reader;
    Catalog catalog;
    if (!reader.format(root)
        || !reader.string(root, QString(), "provider", &catalog.provider, true))
        return failed(reader.error);
    if (!isValidProviderId(catalog.provider))
        return failed(QStringLiteral("provider: ") + quoted(catalog.provider)
                      + QStringLiteral(" is not a valid id (use a-z, 0-9 and -)"));
    if (!reader.string(root, QString(), "name", &catalog.name)
        || !reader.string(root, QString(), "description", &catalog.description)
        || !reader.string(root, QString(), "source", &catalog.source)
        || !reader.recognition(root, &catalog.recognize)
        || !reader.envelope(root, &catalog.envelope)
        || !reader.fields(root, QString(), &catalog.fields)
        || !reader.events(root, &catalog.events))
        return failed(reader.error);
    if (catalog.name.isEmpty())
        catalog.name = catalog.provider;
    return catalog;
}

} // namespace Hookbench
