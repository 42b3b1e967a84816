#pragma once

#include "listenerconfig.h"

#include <atomic>
#include <memory>

namespace Hookbench {

/// What a listener shares with its connections across capture threads: its fixed
/// configuration and counters that are only ever touched atomically.
struct ListenerState
{
    explicit ListenerState(ListenerConfig c) : config(std::move(c)) { }
    const ListenerConfig config;
    quint16 boundPort = 0; ///< written once, before the first connection exists
    std::atomic<int> openConnections {0};
};

using ListenerStatePtr = std::shared_ptr<ListenerState>;

} // namespace Hookbench
