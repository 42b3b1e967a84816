#include "updatebudget.h"

namespace Hookbench {

UpdateBudget::UpdateBudget(qint64 nowNs)
    // Start as if idle for a while: updates queued before any request may run at once.
    : m_lastCaptureEndNs(nowNs - idleAfterNs), m_accruedAtNs(nowNs), m_windowStartNs(nowNs)
{ }

void UpdateBudget::captured(qint64 startNs, qint64 endNs)
{
    advance(endNs);
    m_windowCaptureNs += endNs - startNs;
    m_lastCaptureEndNs = endNs;
}

void UpdateBudget::updated(qint64 startNs, qint64 endNs)
{
    advance(endNs);
    m_creditNs = qMax(-maxCreditNs, m_creditNs - (endNs - startNs));
}

qint64 UpdateBudget::waitNs(qint64 nowNs) const
{
    const qint64 untilIdle = m_lastCaptureEndNs + idleAfterNs - nowNs;
    if (untilIdle <= 0)
        return 0;
    const qint64 credit = creditAt(nowNs);
    if (credit > 0)
        return 0;
    const qint64 untilCredit = (1 - credit) * (m_flooded ? floodShare : steadyShare);
    return qMin(untilIdle, untilCredit);
}

qint64 UpdateBudget::creditAt(qint64 nowNs) const
{
    const qint64 share = m_flooded ? floodShare : steadyShare;
    return qMin(maxCreditNs, m_creditNs + (nowNs - m_accruedAtNs) / share);
}

void UpdateBudget::advance(qint64 nowNs)
{
    m_creditNs = creditAt(nowNs);
    m_accruedAtNs = nowNs;
    // The load of the window just ended decides the share of the next one.
    if (nowNs - m_windowStartNs >= loadWindowNs) {
        m_flooded = double(m_windowCaptureNs) >= floodLoad * double(nowNs - m_windowStartNs);
        m_windowStartNs = nowNs;
        m_windowCaptureNs = 0;
    }
}

} // namespace Hookbench
