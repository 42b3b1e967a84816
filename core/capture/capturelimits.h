#pragma once

#include <QtGlobal>

namespace Hookbench {

/// Per-listener limits; every one has a defined HTTP answer when exceeded.
struct CaptureLimits
{
    qint64 maxBodyBytes = 25 * 1024 * 1024; ///< 413 beyond this
    qint64 maxHeaderBytes = 64 * 1024; ///< 431 beyond this (request line + headers)
    qint64 maxRecordedErrorBytes = 64 * 1024; ///< how much of a failed request is kept
    int requestTimeoutMs = 30'000; ///< 408 when a started request takes longer
    int idleTimeoutMs = 60'000; ///< idle keep-alive connections are closed
    int maxConnections = 1024; ///< 503 for connections beyond this
    int maxPipelinedRequests = 64; ///< reading pauses while this many await answers
};

} // namespace Hookbench
