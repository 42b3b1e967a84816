#pragma once

#include <QtGlobal>

namespace Hookbench {

/// How much of the store writer's time event updates (inspection results and the search index)
/// may take while requests are being captured. Capture always goes first; updates fill in:
/// - when no request has come for a moment, updates take whatever they need;
/// - under steady traffic with short gaps (a provider sending a few hundred a second), they
///   get a quarter of the wall-clock time, which keeps inspection caught up;
/// - in a flood, when capture keeps the writer busy more than a quarter of the time (about a
///   thousand requests a second), they get a sliver (1/256), just enough to
///   make progress: inspecting costs about twice what capturing does, and every moment spent
///   on it slowed the flood down. Events lag behind a flood and catch up after it.
/// Times are nanoseconds on one monotonic clock, passed in so that tests can drive it.
class UpdateBudget
{
public:
    static constexpr qint64 idleAfterNs = 20'000'000;
    static constexpr qint64 loadWindowNs = 250'000'000;
    /// Capture's share of the writer's time above which traffic counts as a flood.
    static constexpr double floodLoad = 0.25;
    static constexpr qint64 steadyShare = 4; ///< wall time : update time
    static constexpr qint64 floodShare = 256; ///< wall time : update time
    static constexpr qint64 maxCreditNs = 50'000'000;

    explicit UpdateBudget(qint64 nowNs);

    /// A capture batch ran from `startNs` to `endNs`.
    void captured(qint64 startNs, qint64 endNs);
    /// An update ran from `startNs` to `endNs`.
    void updated(qint64 startNs, qint64 endNs);

    /// Whether an update may run at `nowNs`.
    bool allowsUpdate(qint64 nowNs) const { return waitNs(nowNs) == 0; }
    /// How long from `nowNs` until an update may run (0: now), if no request comes meanwhile.
    qint64 waitNs(qint64 nowNs) const;

    /// Whether the last full load window was a flood (for tests and diagnostics).
    bool flooded() const { return m_flooded; }

private:
    qint64 creditAt(qint64 nowNs) const;
    void advance(qint64 nowNs);

    qint64 m_lastCaptureEndNs;
    qint64 m_accruedAtNs;
    qint64 m_creditNs = 0;
    qint64 m_windowStartNs;
    qint64 m_windowCaptureNs = 0;
    bool m_flooded = false;
};

} // namespace Hookbench
