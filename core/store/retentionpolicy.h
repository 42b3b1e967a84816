#pragma once

namespace Hookbench {

/// How many requests the store keeps; 0 in a field means no limit by it.
struct RetentionPolicy
{
    int keepLast = 0; ///< keep the newest this many requests
    int keepDays = 0; ///< keep requests received within this many days
    bool keepNothing = false; ///< remove every request stored so far ("Clear")

    bool isEmpty() const { return !keepNothing && keepLast <= 0 && keepDays <= 0; }

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

} // namespace Hookbench
