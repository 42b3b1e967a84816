#include "storejanitor.h"

#include "capture/clock.h"
#include "requeststore.h"
#include "storeconnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace Hookbench {

/// Lives on the janitor's thread with the connection it opened there; runs one piece of work
/// per call, chunk after chunk.
class StoreJanitor::Worker final : public QObject
{
    Q_OBJECT
public:
    Worker(const StoreOptions &options, const std::atomic<quint64> *cancelledUpTo)
        : m_options(options), m_cancelledUpTo(cancelledUpTo)
    { }

    void removeRequests(quint64 serial, QList<qint64> ids)
    {
        QString error;
        if (cancelled(serial) || ids.isEmpty() || !open(&error)) {
            emit finished(0, error);
            return;
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        const qint64 total = ids.size();
        qint64 done = 0;
        qint64 removedCount = 0;
        emit progress(0, total);
        for (qsizetype from = 0; from < ids.size() && !cancelled(serial); from += chunkSize) {
            const QList<qint64> chunk = ids.mid(from, chunkSize);
            qint64 chunkRemoved = 0;
            if (!removeChunk(chunk, &chunkRemoved, &error))
                break;
            removedCount += chunkRemoved;
            done += chunk.size();
            emit progress(done, total);
        }
        emit finished(removedCount, error);
    }

    void purge(quint64 serial, const RetentionPolicy &policy)
    {
        QString error;
        if (cancelled(serial) || policy.isEmpty() || !open(&error)) {
            emit finished(0, error);
            return;
        }
        qint64 total = 0;
        QString where;
        if (!bounds(policy, &where, &total, &error) || where.isEmpty()) {
            emit finished(0, error);
            return;
        }
        emit progress(0, total);
        QSqlQuery next(m_connection.database());
        next.setForwardOnly(true);
        next.prepare(QStringLiteral("SELECT id FROM requests WHERE id > ? AND ") + where
                     + QStringLiteral(" ORDER BY id LIMIT %1").arg(chunkSize));
        qint64 afterId = 0;
        qint64 done = 0;
        while (!cancelled(serial)) {
            QList<qint64> chunk;
            next.bindValue(0, afterId);
            if (!next.exec()) {
                error = next.lastError().text();
                break;
            }
            while (next.next())
                chunk.append(next.value(0).toLongLong());
            next.finish(); // no read transaction left open beside the deleting one
            if (chunk.isEmpty())
                break;
            afterId = chunk.last();
            qint64 chunkRemoved = 0;
            if (!removeChunk(chunk, &chunkRemoved, &error))
                break;
            done += chunkRemoved;
            emit progress(qMin(done, total), total);
        }
        emit finished(done, error);
    }

signals:
    void progress(qint64 done, qint64 total);
    void removed(const QList<qint64> &ids);
    void finished(qint64 removedCount, const QString &error);

private:
    bool cancelled(quint64 serial) const { return serial <= m_cancelledUpTo->load(); }

    bool open(QString *error)
    {
        return m_connection.isOpen() || m_connection.open(m_options, error);
    }

    /// The condition (after WHERE) on the requests `policy` does not keep, fixed now: requests
    /// stored later have larger ids, and a later time than the cutoff. Empty: nothing to remove.
    bool bounds(const RetentionPolicy &policy, QString *where, qint64 *total, QString *error)
    {
        QSqlQuery query(m_connection.database());
        auto fail = [&] {
            *error = query.lastError().text();
            return false;
        };
        if (!query.exec(QStringLiteral("SELECT max(id) FROM requests")) || !query.next())
            return fail();
        const qint64 maxId = query.value(0).toLongLong();
        QStringList conditions;
        if (policy.keepNothing)
            conditions.append(QStringLiteral("1"));
        if (policy.keepLast > 0) {
            // The oldest request kept by count; when there are fewer, none goes by count.
            if (!query.exec(QStringLiteral("SELECT id FROM requests WHERE id <= %1 ORDER BY id "
                                           "DESC LIMIT 1 OFFSET %2")
                                .arg(maxId)
                                .arg(policy.keepLast - 1)))
                return fail();
            if (query.next())
                conditions.append(QStringLiteral("id < %1").arg(query.value(0).toLongLong()));
        }
        if (policy.keepDays > 0) {
            constexpr qint64 dayUs = 24LL * 60 * 60 * 1000 * 1000;
            const qint64 cutoffUs = nowMicros() - policy.keepDays * dayUs;
            conditions.append(QStringLiteral("received_start_us < %1").arg(cutoffUs));
        }
        query.finish();
        if (maxId <= 0 || conditions.isEmpty())
            return true;
        *where = QStringLiteral("id <= %1 AND (%2)")
                     .arg(maxId)
                     .arg(conditions.join(QLatin1String(" OR ")));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM requests WHERE ") + *where)
            || !query.next())
            return fail();
        *total = query.value(0).toLongLong();
        return true;
    }

    /// Deletes one chunk in a transaction of its own, then rests as long as that took, so a
    /// writer waiting for the lock gets it between two chunks.
    bool removeChunk(const QList<qint64> &ids, qint64 *removedCount, QString *error)
    {
        QElapsedTimer timer;
        timer.start();
        QList<qint64> gone;
        if (!RequestStore::removeMany(m_connection, ids, &gone, error))
            return false;
        *removedCount = gone.size();
        if (!gone.isEmpty())
            emit removed(gone);
        QThread::msleep(ulong(std::clamp<qint64>(timer.elapsed(), 1, 50)));
        return true;
    }

    StoreOptions m_options;
    const std::atomic<quint64> *m_cancelledUpTo;
    StoreConnection m_connection;
};

StoreJanitor::StoreJanitor(const StoreOptions &options, QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("hookbench-janitor"));
    m_worker = new Worker(options, &m_cancelledUpTo);
    // The connection belongs to the thread that opens it: the worker opens it there.
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &StoreJanitor::progress);
    connect(m_worker, &Worker::removed, this, &StoreJanitor::removed);
    connect(m_worker, &Worker::finished, this, &StoreJanitor::finished);
    m_thread->start();
}

StoreJanitor::~StoreJanitor()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

void StoreJanitor::removeRequests(const QList<qint64> &ids)
{
    const quint64 serial = ++m_submitted;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, ids] { worker->removeRequests(serial, ids); });
}

void StoreJanitor::purge(const RetentionPolicy &policy)
{
    const quint64 serial = ++m_submitted;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, policy] { worker->purge(serial, policy); });
}

void StoreJanitor::cancel()
{
    m_cancelledUpTo.store(m_submitted.load());
}

} // namespace Hookbench

#include "storejanitor.moc"
