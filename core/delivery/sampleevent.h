#pragma once

#include "capture/capturedrequest.h"
#include "inspect/catalog.h"

#include <optional>

namespace Hookbench {

/// A made-up event as a provider would send it, built only from what the provider's catalog
/// documents (catalogs carry a shape, not example bodies): `hookbench trigger` sends one to
/// exercise a receiver before the provider ever calls it. The inverse of inspection, so it
/// lives with delivery, which sends it; inspection stays a pure reading of captured bytes.
class SampleEvent final
{
public:
    /// The request `catalog`'s provider would send for event `type` at `nowUs` (µs since the
    /// epoch): a POST to the catalog's first listener path with a compact JSON body holding
    /// every documented field (provider-wide and the type's own, in catalog order), the type in
    /// the envelope's type field, a fresh event id (with the prefix a field description gives
    /// as an example, e.g. `wevt_...`, else `evt_`), `now` in each time field in the unit the
    /// catalog documents (RFC 3339, or Unix seconds or milliseconds), fresh ids for the other
    /// id fields, and the headers the catalog's recognition names that need no key (ids, event
    /// types, timestamps; signatures are left to signing). nullopt with *error set, naming the
    /// closest documented types, when the catalog does not document `type`.
    static std::optional<CapturedRequest>
    build(const Catalog &catalog, QStringView type, qint64 nowUs, QString *error);

    /// The catalog to build `type` from: `provider`'s when one is named, else the only catalog
    /// documenting `type`. nullopt with *error set when the provider is unknown (the known ones
    /// are listed), no catalog documents the type (the closest types are listed) or several do
    /// (their providers are listed).
    static std::optional<Catalog> catalogFor(const QList<Catalog> &catalogs,
                                             QStringView provider,
                                             QStringView type,
                                             QString *error);

    /// Up to `limit` of `candidates` that look like a misspelling of `text` (a small edit
    /// distance, or one containing the other), closest first.
    static QStringList closeMatches(const QStringList &candidates, QStringView text, int limit = 5);
};

} // namespace Hookbench
