#pragma once

#include <QStringList>

namespace Hookbench {

class Catalog;
struct CatalogEventType;
class JsonDocument;

/// Compares a JSON event with what its provider's catalog documents: one plain note per
/// required field that is missing and per field whose value has another type, e.g.
/// "data.created is a string, documented as integer". No notes: the event conforms.
QStringList checkConformance(const JsonDocument &json,
                             const Catalog &catalog,
                             const CatalogEventType *eventType);

/// The catalog type name ("string", "integer", …) a JSON node has.
QString jsonTypeName(const JsonDocument &json, int node);

} // namespace Hookbench
