#pragma once

#include "capture/capturedrequest.h"
#include "catalog.h"
#include "eventinfo.h"

namespace Hookbench {

class CatalogSet;

/// Everything inspection derives from one request: its event, and the text the search
/// indexes (headers, and the body decoded from its Content-Encoding and form escapes), as
/// valid UTF-8 bytes: SQLite stores UTF-8, so handing it UTF-16 would cost a conversion.
struct Inspection
{
    EventInfo event;
    QByteArray headerText;
    QByteArray bodyText;
};

/// Turns a captured request into an event: decodes the body, parses it, recognizes the
/// provider from its catalog, reads the envelope and checks it against the catalog. Pure
/// function of the request and the catalogs; safe to call from any thread.
class Inspector final
{
public:
    /// Bodies indexed for free-text search are cut at this size (the stored bytes are not).
    static constexpr qsizetype maxIndexedBodyBytes = 1024 * 1024;

    /// `catalogs` may be null (no providers known); it must outlive the inspector.
    explicit Inspector(const CatalogSet *catalogs = nullptr);

    Inspection inspect(const CapturedRequest &request) const;
    /// inspect() with a fixed list of catalogs (tests, re-inspection of many requests).
    static Inspection inspect(const CapturedRequest &request, const QList<Catalog> &catalogs);

private:
    const CatalogSet *m_catalogs;
};

} // namespace Hookbench
