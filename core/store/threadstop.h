#pragma once

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace Hookbench {

/// Asks a worker thread that sleeps on `wake` to finish (sets `stopping` under `mutex`), then
/// waits for it and releases it. Does nothing when the thread is not running.
inline void
stopThread(std::unique_ptr<QThread> &thread, QMutex &mutex, QWaitCondition &wake, bool &stopping)
{
    if (!thread)
        return;
    {
        QMutexLocker lock(&mutex);
        stopping = true;
        wake.wakeAll();
    }
    thread->wait();
    thread.reset();
}

} // namespace Hookbench
