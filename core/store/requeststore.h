#pragma once

#include "capture/capturedrequest.h"
#include "requestrow.h"
#include "searchquery.h"
#include "storeconnection.h"

#include <QVariantList>

#include <optional>

namespace Hookbench {

/// Which requests a listing shows; empty fields match everything.
struct RequestFilter
{
    QByteArray method; ///< exact (HTTP methods are case-sensitive)
    QByteArray pathPrefix; ///< the path (without query) starts with these bytes
    qint64 sinceUs = 0; ///< received at or after, µs since the epoch; 0: no bound
    qint64 untilUs = 0; ///< received before; 0: no bound
    QString eventName; ///< exact event type
    QString resourceType; ///< exact resource type
    SearchQuery search; ///< a compiled query in the search language; matches all by default
    qint64 upToId = 0; ///< only requests with ids up to this; 0: no bound

    /// True when it matches every request.
    bool matchesAll() const
    {
        return method.isEmpty() && pathPrefix.isEmpty() && sinceUs == 0 && untilUs == 0
               && eventName.isEmpty() && resourceType.isEmpty()
               && search.where == QLatin1String("1") && upToId == 0;
    }
};

/// A page of a listing, newest first, and how many rows the whole listing has.
struct RequestPage
{
    static constexpr int maxSize = 1000; ///< the largest page the API and CLI hand out

    QList<RequestRow> rows;
    qint64 total = 0;
};

/// Read access to stored requests, for one thread. Safe beside a writer in this or another
/// process (WAL readers never block the writer).
class RequestStore final
{
public:
    RequestStore() = default;
    Q_DISABLE_COPY_MOVE(RequestStore)

    bool open(const StoreOptions &options, QString *error);

    qint64 count();
    /// Ids in ascending order, at most limit of them after afterId.
    QList<qint64> ids(qint64 afterId = 0, int limit = 1000);
    /// One request with all its bytes, or nothing when the id is unknown.
    std::optional<CapturedRequest> request(qint64 id);
    /// Up to `limit` requests after id `afterId`, ascending, each with whether it has been
    /// inspected; only uninspected ones unless `includeInspected`. One query for all.
    QList<std::pair<CapturedRequest, bool>>
    requestsToInspect(qint64 afterId, int limit, bool includeInspected);
    /// What inspection derived from request `id`; nothing when it has not been inspected.
    std::optional<EventInfo> event(qint64 id);

    /// Page `page` (from 1) of `pageSize` rows, newest first, with the filter's total.
    RequestPage page(const RequestFilter &filter, int page, int pageSize);
    /// Up to limit rows older than beforeId (0: the newest), newest first: the way a view
    /// over millions of rows fetches the next window without counting what it skips.
    QList<RequestRow> newestBefore(qint64 beforeId, int limit, const RequestFilter &filter = {});
    /// How many rows the filter matches.
    qint64 count(const RequestFilter &filter);
    /// Rows at positions offset .. offset + limit - 1 of the listing (newest or oldest first)
    /// whose size is `total` (from count()); reads from whichever end is nearer, so a view can
    /// jump to the end of a million rows without stepping over all of them.
    QList<RequestRow>
    rowsAt(const RequestFilter &filter, qint64 offset, int limit, qint64 total, bool newestFirst);
    /// How many rows with afterId < id <= upToId the filter matches.
    qint64 countBetween(const RequestFilter &filter, qint64 afterId, qint64 upToId);
    /// The ids with afterId < id <= upToId of the requests the filter matches, ascending.
    QList<qint64> idsBetween(const RequestFilter &filter, qint64 afterId, qint64 upToId);
    /// The largest request id stored (0: none).
    qint64 maxId();
    /// The newest request that has an event (0: none).
    qint64 maxInspectedId();
    /// Deletes one request and its bytes; false when there was none (or the store is busy).
    bool remove(qint64 id, QString *error = nullptr);
    /// Deletes requests with their bytes, events and search-index entries in one transaction;
    /// `removed` gets the ids that existed. False (nothing removed) when the store refused.
    bool removeMany(const QList<qint64> &ids,
                    QList<qint64> *removed = nullptr,
                    QString *error = nullptr);
    /// removeMany() on a connection of the caller's (the StoreJanitor's, on its thread): the one
    /// implementation of deleting requests.
    static bool removeMany(StoreConnection &connection,
                           const QList<qint64> &ids,
                           QList<qint64> *removed,
                           QString *error);

private:
    QList<RequestRow> rows(const QString &where, const QVariantList &binds, const QString &tail);

    StoreConnection m_connection;
};

} // namespace Hookbench
