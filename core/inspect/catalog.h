#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Hookbench {

/// One documented field of an event body, addressed by a dotted path ("request.id").
struct CatalogField
{
    QString path;
    QStringList types; ///< allowed JSON kinds (Catalog::fieldTypes()); empty: any
    bool required = false;
    QString description;
    QStringList aliases; ///< other spellings accepted on the wire ("data.organizationID")

    friend bool operator==(const CatalogField &, const CatalogField &) = default;
};

/// One event type a provider documents, with the body fields specific to it.
struct CatalogEventType
{
    QString type;
    QString description;
    QString recipients; ///< who receives it, when the provider says so
    QString resourceType; ///< overrides the envelope's resource type for this event
    QList<CatalogField> fields;
    /// Alternative spellings per field path for this event only (the file's "aliases" object).
    QHash<QString, QStringList> aliases;

    friend bool operator==(const CatalogEventType &, const CatalogEventType &) = default;
};

/// How to tell that a request comes from a provider; every part is optional.
struct CatalogRecognition
{
    QStringList paths; ///< listener path prefixes
    QStringList headers; ///< header names (compare case-insensitively) whose presence suggests it
    QStringList requiredPaths; ///< dotted body paths that must exist
    QList<QPair<QString, QString>> equals; ///< dotted body path -> exact string value

    friend bool operator==(const CatalogRecognition &, const CatalogRecognition &) = default;
};

/// A provider's webhook catalog (format 1, documented in docs/catalogs.md): how its requests
/// look, where the event's fields are and which event types it sends. Catalogs are data files.
class Catalog final
{
public:
    static constexpr int formatVersion = 1;

    QString provider; ///< id, [a-z0-9-]+
    QString name;
    QString description;
    QString source;
    QString fileName; ///< where it was loaded from; set by CatalogSet
    CatalogRecognition recognize;
    /// Envelope key (Catalog::envelopeKeys()) -> dotted paths, the first present wins.
    QHash<QString, QStringList> envelope;
    QList<CatalogField> fields; ///< checked on every event of this provider
    QList<CatalogEventType> events;

    /// The event type named `type`, or nullptr when the catalog does not document it.
    const CatalogEventType *eventType(QStringView type) const;
    /// The envelope paths for `key` ("event_name"); empty when the catalog leaves it to detection.
    QStringList envelopePaths(const QString &key) const { return envelope.value(key); }
    /// The provider fields followed by `event`'s own (an event field replaces one with its path).
    QList<CatalogField> fieldsFor(const CatalogEventType *event) const;
    /// Every alternative spelling of `path`: the field's own aliases and the event's.
    QStringList aliasesFor(const QString &path, const CatalogEventType *event) const;

    /// Reads a catalog file. Unknown keys are ignored; a known key of the wrong type, an
    /// unsupported format or a bad value returns nothing and names the problem in `error`,
    /// e.g. `events[3].fields[0].type: "strnig" is not a known type`.
    static std::optional<Catalog> fromJson(const QByteArray &json, QString *error);

    /// The keys of the "envelope" object, in documentation order.
    static const QStringList &envelopeKeys();
    /// The field type names: string, integer, number, boolean, object, array, null, timestamp.
    static const QStringList &fieldTypes();
    /// True for a valid provider id: one or more of a-z, 0-9 and '-'.
    static bool isValidProviderId(QStringView id);

    friend bool operator==(const Catalog &, const Catalog &) = default;
};

} // namespace Hookbench
