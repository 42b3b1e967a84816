#include "checkpointer.h"

#include "sqlstatement.h"
#include "storeconnection.h"
#include "threadstop.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Hookbench {

namespace {
// A cycle begins once the log holds this much: background passes copy it into the database
// until little is left, the writer copies that rest between two commits, and the log starts
// over. A long cycle copies a page that many commits rewrote once rather than many times.
constexpr qint64 cycleBytes = 32 * 1024 * 1024;
// A catch-up pass that copied fewer frames than this left about as few behind it.
constexpr qint64 smallPassFrames = 512;
constexpr int maxCatchUpPasses = 8;
// Besides cycles, what was committed is copied every so often, and at once when commits stop.
constexpr int passEveryMs = 200;
// Backstop: if the writer's quick attempts to finish a cycle keep failing (readers hold the
// log, or a pass is always running), it waits for one that restarts the log.
constexpr qint64 backstopBytes = 4 * cycleBytes;
} // namespace

Checkpointer::~Checkpointer()
{
    stop();
}

void Checkpointer::start(const StoreOptions &options)
{
    m_options = options;
    m_stopping = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("hookbench-checkpoint"));
    m_thread->start();
}

void Checkpointer::stop()
{
    stopThread(m_thread, m_mutex, m_wake, m_stopping);
}

void Checkpointer::committed(qint64 bytes, QSqlDatabase &writerDatabase)
{
    m_logBytes += bytes;
    {
        QMutexLocker lock(&m_mutex);
        m_committedSincePass = true;
        if (m_logBytes >= cycleBytes && !m_catchUpWanted && !m_caughtUp) {
            m_catchUpWanted = true;
            m_wake.wakeOne();
        }
    }
    if (m_caughtUp)
        checkpointOnWriter(writerDatabase, WriterCheckpoint::Passive);
    else if (m_logBytes >= backstopBytes)
        checkpointOnWriter(writerDatabase, WriterCheckpoint::Restart);
}

void Checkpointer::checkpointOnWriter(QSqlDatabase &database, WriterCheckpoint mode)
{
    // Between two commits nothing new enters the log, so this checkpoint can copy all of it and
    // the next commit starts the log over. It never lets SQLite's busy handler sleep-poll for
    // the background checkpoint: a quick attempt skips past a running one (and tries again
    // after the next commit); the backstop waits on our own lock, which wakes at once.
    if (mode == WriterCheckpoint::Passive) {
        if (!m_checkpointing.tryLock())
            return;
    } else {
        m_checkpointing.lock();
    }
    QSqlQuery query(database);
    // RESTART also waits for readers in other processes to leave the log.
    const bool done = query.exec(mode == WriterCheckpoint::Restart
                                     ? QStringLiteral("PRAGMA wal_checkpoint(RESTART)")
                                     : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))
                      && query.next() && query.value(0).toInt() == 0
                      && query.value(1).toLongLong() == query.value(2).toLongLong();
    query.finish();
    m_checkpointing.unlock();
    // Done or not, the cycle is over; one that failed (readers kept part of the log) loses
    // nothing, and the log's length soon starts the next.
    m_caughtUp = false;
    if (done)
        m_logBytes = 0;
}

void Checkpointer::run()
{
    StoreConnection connection;
    QString error;
    if (!connection.open(m_options, &error)) {
        qWarning("Checkpoints will run on the writer: %s", qPrintable(error));
        return;
    }
    qint64 checkpointedFrames = 0;
    // Copies what the log holds; returns how many frames that was, or -1.
    auto pass = [&]() -> qint64 {
        QSqlQuery query(connection.database());
        qint64 copied = -1;
        {
            QMutexLocker running(&m_checkpointing);
            if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
                qWarning("Checkpoint failed: %s", qPrintable(query.lastError().text()));
                return -1;
            }
            const qint64 frames = query.value(2).toLongLong();
            // Fewer than last time: the log started over since.
            copied = frames >= checkpointedFrames ? frames - checkpointedFrames : frames;
            checkpointedFrames = frames;
        }
        // SQLite flushes the database file only after a checkpoint that emptied the log,
        // which beside a busy writer is never this one: it is the writer's, which then had to
        // write out everything copied since. Flushing here keeps that off the writer.
        if (copied > 0)
            SqlStatement::syncDatabaseFile(connection.database());
        return copied;
    };
    for (;;) {
        bool catchUp = false;
        bool stopping = false;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stopping && !m_catchUpWanted)
                m_wake.wait(&m_mutex, passEveryMs);
            stopping = m_stopping;
            catchUp = std::exchange(m_catchUpWanted, false);
            if (!catchUp && !stopping && !m_committedSincePass)
                continue;
            m_committedSincePass = false;
        }
        if (!catchUp || stopping) {
            pass();
            if (stopping)
                break;
            continue;
        }
        for (int i = 0; i < maxCatchUpPasses; ++i) {
            const qint64 copied = pass();
            if (copied < smallPassFrames)
                break;
        }
        m_caughtUp = true; // the writer copies the rest after its next commit
    }
}

} // namespace Hookbench
