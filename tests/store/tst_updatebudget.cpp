#include "store/updatebudget.h"

#include <QTest>

using namespace Hookbench;

namespace {
constexpr qint64 us = 1'000;
constexpr qint64 ms = 1'000'000;
constexpr qint64 s = 1'000'000'000;

/// A writer's day on simulated time: from `fromNs` to `toNs`, a capture batch taking
/// `captureNs` every `periodNs` (none if periodNs is 0), and a backlog of updates taking
/// `updateNs` each, run whenever the budget allows, as StoreWriter does. Returns the time spent
/// on updates.
qint64 simulate(UpdateBudget &budget,
                qint64 fromNs,
                qint64 toNs,
                qint64 periodNs,
                qint64 captureNs,
                qint64 updateNs)
{
    qint64 spent = 0;
    qint64 nextCapture = periodNs > 0 ? fromNs : toNs;
    for (qint64 now = fromNs; now < toNs;) {
        if (now >= nextCapture) {
            budget.captured(now, now + captureNs);
            now += captureNs;
            nextCapture += periodNs;
        } else if (budget.allowsUpdate(now)) {
            budget.updated(now, now + updateNs);
            now += updateNs;
            spent += updateNs;
        } else {
            now = qMin(nextCapture, now + budget.waitNs(now));
        }
    }
    return spent;
}
} // namespace

class TestUpdateBudget : public QObject
{
    Q_OBJECT
private slots:
    void updatesRunAtOnceBeforeAnyRequest()
    {
        const UpdateBudget budget(5 * s);
        QVERIFY(budget.allowsUpdate(5 * s));
    }

    void aQuietMomentAfterARequestFreesTheWriter()
    {
        UpdateBudget budget(0);
        budget.updated(0, 50 * ms); // more than its share: no credit left
        budget.captured(51 * ms, 52 * ms);
        QVERIFY(!budget.allowsUpdate(52 * ms));
        const qint64 wait = budget.waitNs(52 * ms);
        QCOMPARE(wait, UpdateBudget::idleAfterNs);
        QVERIFY(!budget.allowsUpdate(52 * ms + wait - 1));
        QVERIFY(budget.allowsUpdate(52 * ms + wait));
    }

    void steadyTrafficLeavesAQuarterForUpdates()
    {
        // 100 requests a second, 200 µs each: the writer is never idle for 20 ms.
        UpdateBudget budget(0);
        const qint64 spent = simulate(budget, 0, 10 * s, 10 * ms, 200 * us, 1 * ms);
        QVERIFY(!budget.flooded());
        QVERIFY2(spent >= 2 * s, qPrintable(QStringLiteral("%1 ms").arg(spent / ms)));
        QVERIFY2(spent <= 10 * s / UpdateBudget::steadyShare + UpdateBudget::maxCreditNs + 1 * ms,
                 qPrintable(QStringLiteral("%1 ms").arg(spent / ms)));
    }

    void aFloodLeavesTheWriterToCapture()
    {
        // The writer busy with requests 80% of the time.
        UpdateBudget budget(0);
        const qint64 spent = simulate(budget, 0, 10 * s, 500 * us, 400 * us, 1 * ms);
        QVERIFY(budget.flooded());
        QVERIFY2(spent > 0, "updates must still make progress");
        // The first window is judged steady, then a sliver per window, plus the credit cap.
        const qint64 most = UpdateBudget::loadWindowNs / UpdateBudget::steadyShare
                            + 10 * s / UpdateBudget::floodShare + UpdateBudget::maxCreditNs
                            + 2 * ms;
        QVERIFY2(spent <= most, qPrintable(QStringLiteral("%1 ms").arg(spent / ms)));
    }

    void afterAFloodUpdatesCatchUp()
    {
        UpdateBudget budget(0);
        simulate(budget, 0, 2 * s, 500 * us, 400 * us, 1 * ms);
        QVERIFY(budget.flooded());
        // No request for a second: updates have the writer to themselves after the first 20 ms.
        const qint64 spent = simulate(budget, 2 * s, 3 * s, 0, 0, 1 * ms);
        QVERIFY2(spent >= 3 * s - 2 * s - UpdateBudget::idleAfterNs - 1 * ms,
                 qPrintable(QStringLiteral("%1 ms").arg(spent / ms)));
    }

    void steadyTrafficAfterAFloodGetsTheSteadyShareBack()
    {
        UpdateBudget budget(0);
        simulate(budget, 0, 2 * s, 500 * us, 400 * us, 1 * ms);
        QVERIFY(budget.flooded());
        const qint64 spent = simulate(budget, 2 * s, 4 * s, 10 * ms, 200 * us, 1 * ms);
        QVERIFY(!budget.flooded());
        // At most one window still judged a flood, then a quarter of the rest.
        QVERIFY2(spent >= (2 * s - 2 * UpdateBudget::loadWindowNs) / 5,
                 qPrintable(QStringLiteral("%1 ms").arg(spent / ms)));
    }

    void creditNeverPilesUp()
    {
        // A long quiet spell does not buy updates the right to hold the writer in the next flood.
        UpdateBudget budget(0);
        budget.captured(0, 1 * us);
        const qint64 later = 60 * s;
        budget.captured(later, later + 400 * us);
        qint64 allowed = 0;
        qint64 now = later + 400 * us;
        // Updates of 1 ms right after the request: only the capped credit lets them run.
        while (budget.allowsUpdate(now) && now < later + UpdateBudget::idleAfterNs / 2) {
            budget.updated(now, now + 1 * ms);
            now += 1 * ms;
            allowed += 1 * ms;
        }
        QVERIFY2(allowed <= UpdateBudget::maxCreditNs + 1 * ms,
                 qPrintable(QStringLiteral("%1 ms").arg(allowed / ms)));
    }
};

QTEST_APPLESS_MAIN(TestUpdateBudget)
#include "tst_updatebudget.moc"
