#pragma once

#include <QtGlobal>

#include <chrono>

namespace Hookbench {

/// Wall-clock time in microseconds since the Unix epoch (UTC), as stored with each request.
inline qint64 nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace Hookbench
