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
constexpr qint64 checkpointEveryBytes = 1024 * 1024;
constexpr int idleCheckpointMs = 200;
// Log length (frames of one page) past which the writer finishes a checkpoint itself.
constexpr qint64 longLogFrames = 4096;
// Backstop: if the writer's own quick checkpoints keep missing (a background one was busy),
// after this many bytes it waits for one that restarts the log.
constexpr qint64 restartEveryBytes = 24 * 1024 * 1024;
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
    const WriterCheckpoint mode = writerCheckpointNeeded(bytes);
    if (mode != WriterCheckpoint::None)
        checkpointOnWriter(writerDatabase, mode);
}

Checkpointer::WriterCheckpoint Checkpointer::writerCheckpointNeeded(qint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pendingBytes += bytes;
        if (m_pendingBytes >= checkpointEveryBytes)
            m_wake.wakeOne();
    }
    m_bytesSinceRestart += bytes;
    if (m_bytesSinceRestart >= restartEveryBytes)
        return WriterCheckpoint::Restart;
    return m_logIsLong ? WriterCheckpoint::Passive : WriterCheckpoint::None;
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
    if (done) { // a failure loses nothing: the log keeps every commit
        m_logIsLong = false;
        m_bytesSinceRestart = 0;
    }
}

void Checkpointer::run()
{
    StoreConnection connection;
    QString error;
    if (!connection.open(m_options, &error)) {
        qWarning("Checkpoints will run on the writer: %s", qPrintable(error));
        return;
    }
    QSqlQuery query(connection.database());
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stopping && m_pendingBytes < checkpointEveryBytes)
                m_wake.wait(&m_mutex, idleCheckpointMs);
            if (m_pendingBytes == 0 && !m_stopping)
                continue;
            m_pendingBytes = 0;
        }
        {
            QMutexLocker running(&m_checkpointing);
            if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next())
                qWarning("Checkpoint failed: %s", qPrintable(query.lastError().text()));
            else if (query.value(1).toLongLong() > longLogFrames)
                m_logIsLong = true;
            // SQLite flushes the database file only after a checkpoint that emptied the log,
            // which beside a busy writer is never this one: it is the writer's, which then had
            // to write out everything copied since. Flushing here keeps that off the writer.
            if (query.isValid() && query.value(2).toLongLong() > 0)
                SqlStatement::syncDatabaseFile(connection.database());
            query.finish();
        }
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            break;
    }
}

} // namespace Hookbench
