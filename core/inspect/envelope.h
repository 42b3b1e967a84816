#pragma once

#include "capture/capturedrequest.h"
#include "eventinfo.h"

namespace Hookbench {

class Catalog;
class JsonDocument;

/// Reads an event's envelope (id, type, time, resource, organization, …) from a JSON body and
/// the request's headers. A catalog, when given, says where its provider keeps each field;
/// other shapes are found by the names webhook providers commonly use.
class Envelope final
{
public:
    static void read(const JsonDocument &json,
                     const HeaderList &headers,
                     const Catalog *catalog,
                     EventInfo *info);

    /// The body paths searched for `key` when no catalog says otherwise.
    static QStringList genericPaths(const QString &key);
    /// The event type from `{resource}.{action}`: everything before the last dot.
    static QString resourceTypeOf(const QString &eventName);
    /// A JSON value as an occurrence time (Unix s/ms/µs or ISO 8601); 0 when it is neither.
    static qint64 timeOf(const JsonDocument &json, int node);
};

} // namespace Hookbench
