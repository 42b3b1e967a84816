#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace Hookbench {

/// The longest wait after `failedAttempts` failures: base · 2^(failedAttempts − 1), at most cap.
qint64 backoffCeilingMs(int failedAttempts, int baseMs, int capMs);

/// Exponential backoff with full jitter: a wait drawn uniformly from 0 to the ceiling, so the
/// retries of many deliveries that failed together (a staging server restarting) spread out
/// instead of arriving together again.
qint64 backoffDelayMs(int failedAttempts, int baseMs, int capMs, QRandomGenerator &random);

} // namespace Hookbench
