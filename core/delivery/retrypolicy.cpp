#include "retrypolicy.h"

#include <QRandomGenerator>

namespace Hookbench {

qint64 backoffCeilingMs(int failedAttempts, int baseMs, int capMs)
{
    if (failedAttempts < 1 || baseMs <= 0 || capMs <= 0)
        return 0;
    qint64 ceiling = baseMs;
    // Doubling stops at the cap, so a long retry policy never overflows.
    for (int i = 1; i < failedAttempts && ceiling < capMs; ++i)
        ceiling *= 2;
    return qMin<qint64>(ceiling, capMs);
}

qint64 backoffDelayMs(int failedAttempts, int baseMs, int capMs, QRandomGenerator &random)
{
    const qint64 ceiling = backoffCeilingMs(failedAttempts, baseMs, capMs);
    return ceiling > 0 ? random.bounded(ceiling + 1) : 0;
}

} // namespace Hookbench
