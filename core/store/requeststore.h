#pragma once

#include "capture/capturedrequest.h"
#include "storeconnection.h"

#include <optional>

namespace Hookbench {

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

private:
    StoreConnection m_connection;
};

} // namespace Hookbench
