#include "storewriter.h"

#include "eventrows.h"
#include "sqlstatement.h"
#include "storeconnection.h"
#include "threadstop.h"
#include "updatebudget.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <QHash>

#include <algorithm>
#include <map>
#include <optional>

namespace Hookbench {

namespace {
constexpr qsizetype maxBatchRequests = 2048;
constexpr qint64 maxBatchBytes = 64 * 1024 * 1024;
// committed() gathers the commits of this long: each emission wakes every listening thread,
// which at a thousand commits a second cost the writer a tenth of its time.
constexpr qint64 announceEveryNs = 5'000'000;

QString sqlErrorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}
} // namespace

/// The writer thread's connection and prepared statements.
class StoreWriter::Session
{
public:
    StoreConnection connection;

    /// Starts following how much each commit adds to the write-ahead log.
    bool watchLog(QString *error)
    {
        QSqlQuery query(connection.database());
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next()) {
            *error = sqlErrorText(query.lastError());
            return false;
        }
        m_frameBytes = query.value(0).toLongLong() + walFrameHeaderBytes;
        m_logWatched = SqlStatement::watchLogFrames(connection.database(), &m_logFrames);
        return true;
    }

    /// Bytes the last commit added to the log; `estimate` where SQLite cannot say.
    qint64 logGrowth(qint64 estimate)
    {
        if (!m_logWatched)
            return estimate;
        // A log that started over holds only the newest commit's frames.
        const qint64 added
            = m_logFrames >= m_lastLogFrames ? m_logFrames - m_lastLogFrames : m_logFrames;
        m_lastLogFrames = m_logFrames;
        return added * m_frameBytes;
    }

    bool prepare(QString *error)
    {
        return statement(Begin, 0, error) && statement(Commit, 0, error)
               && statement(Requests, 1, error) && statement(Data, 1, error);
    }

    bool exec(QSqlQuery &query, const QString &sql, QString *error)
    {
        if (query.exec(sql))
            return true;
        *error = sqlErrorText(query.lastError());
        return false;
    }

    /// BEGIN IMMEDIATE or COMMIT, prepared once.
    bool control(bool begin, QString *error)
    {
        SqlStatement *query = statement(begin ? Begin : Commit, 0, error);
        return query && run(*query, error);
    }

    /// Inserts requests inside the open transaction, many rows per statement (one statement
    /// per row costs more than the rows themselves); appends their ids, or returns false.
    bool insert(std::deque<Pending> &batch, QList<qint64> *ids, QString *error)
    {
        for (size_t from = 0; from < batch.size(); from += maxRowsPerStatement) {
            const int rows = int(qMin(batch.size() - from, size_t(maxRowsPerStatement)));
            SqlStatement *requests = statement(Requests, rows, error);
            SqlStatement *data = statement(Data, rows, error);
            if (!requests || !data)
                return false;
            // Bound texts must outlive exec(): the batch's requests do, these are made here.
            for (int row = 0; row < rows; ++row)
                bindRequest(*requests, row * requestColumns, batch[from + size_t(row)].request);
            if (!run(*requests, error))
                return false;
            // One statement holding the write lock gives its rows consecutive ids.
            const qint64 firstId = requests->lastInsertId() - rows + 1;
            for (int row = 0; row < rows; ++row) {
                const CapturedRequest &r = batch[from + size_t(row)].request;
                const int at = row * dataColumns;
                data->bindValue(at, firstId + row);
                data->bindBlob(at + 1, r.rawHead);
                data->bindBlob(at + 2, r.headerFields);
                data->bindBlob(at + 3, r.trailerFields);
                data->bindBlob(at + 4, r.body);
                ids->append(firstId + row);
            }
            if (!run(*data, error))
                return false;
        }
        // The count of requests (see StoreSchema step 7): once per commit, not per row.
        SqlStatement *count = statement(Count, 0, error);
        if (!count)
            return false;
        count->bindValue(0, qint64(batch.size()));
        return run(*count, error);
    }

    /// Writes the events (and, for first inspections, the search text) of stored requests,
    /// many rows per statement like insert().
    bool update(std::vector<EventUpdate> &updates, QString *error)
    {
        std::sort(updates.begin(), updates.end(), [](const auto &a, const auto &b) {
            return a.requestId < b.requestId;
        });
        m_firstSightings.clear();
        for (EventUpdate &update : updates) {
            if (!findFirstSighting(
                    updates.front().requestId, update.requestId, &update.inspection.event, error)) {
                return false;
            }
        }
        std::vector<const EventUpdate *> texts;
        for (size_t from = 0; from < updates.size(); from += maxRowsPerStatement) {
            const int rows = int(qMin(updates.size() - from, size_t(maxRowsPerStatement)));
            SqlStatement *upsert = statement(Upsert, rows, error);
            if (!upsert)
                return false;
            for (int row = 0; row < rows; ++row) {
                const EventUpdate &update = updates[from + size_t(row)];
                EventRows::bind(*upsert,
                                row * EventRows::columnCount,
                                update.requestId,
                                update.inspection.event);
                if (update.indexText)
                    texts.push_back(&update);
            }
            if (!run(*upsert, error))
                return false;
        }
        for (size_t from = 0; from < texts.size(); from += maxRowsPerStatement) {
            const int rows = int(qMin(texts.size() - from, size_t(maxRowsPerStatement)));
            SqlStatement *insert = statement(Text, rows, error);
            if (!insert)
                return false;
            for (int row = 0; row < rows; ++row) {
                const EventUpdate &update = *texts[from + size_t(row)];
                // UTF-8 bytes go in as blobs: FTS5 reads them as text, nothing converts them.
                const int at = row * textColumns;
                insert->bindValue(at, update.requestId);
                insert->bindBlob(at + 1, update.path);
                insert->bindBlob(at + 2, update.inspection.headerText);
                insert->bindBlob(at + 3, update.inspection.bodyText);
            }
            if (!run(*insert, error))
                return false;
        }
        return true;
    }

private:
    static constexpr int maxRowsPerStatement = 32;
    static constexpr int requestColumns = 17;
    static constexpr int dataColumns = 5;
    static constexpr int textColumns = 4;

    enum Kind { Begin, Commit, Requests, Data, Count, Upsert, Text };

    static QString sqlFor(Kind kind, int rows)
    {
        switch (kind) {
        case Begin:
            return QStringLiteral("BEGIN IMMEDIATE");
        case Commit:
            return QStringLiteral("COMMIT");
        case Requests:
            return QStringLiteral("INSERT INTO requests (received_start_us, received_end_us, "
                                  "listener, local_port, remote_address, remote_port, method, "
                                  "target, path, http_version, content_type, content_encoding, "
                                  "body_size, body_truncated, response_status, error_kind, "
                                  "error_message) VALUES ")
                   + rowsOf(requestColumns, rows);
        case Data:
            return QStringLiteral("INSERT INTO request_data (request_id, "
                                  "head_raw, headers, trailers, body) VALUES ")
                   + rowsOf(dataColumns, rows);
        case Count:
            return QStringLiteral("UPDATE request_count SET n = n + ?");
        case Upsert:
            return EventRows::upsertSql(rows);
        case Text:
            return QStringLiteral("INSERT INTO request_text (rowid, path, headers, body) VALUES ")
                   + rowsOf(textColumns, rows);
        }
        return {};
    }

    /// The prepared statement of a kind for `rows` rows (made on first use).
    SqlStatement *statement(Kind kind, int rows, QString *error)
    {
        const std::pair key {kind, rows};
        auto found = m_statements.find(key);
        if (found != m_statements.end())
            return &found->second;
        SqlStatement query;
        if (!query.prepare(connection.database(), sqlFor(kind, rows))) {
            *error = query.errorText();
            return nullptr;
        }
        return &m_statements.emplace(key, std::move(query)).first->second;
    }

    static bool run(SqlStatement &query, QString *error)
    {
        if (query.exec())
            return true;
        *error = query.errorText();
        return false;
    }

    // The first earlier request carrying the same provider event: a provider's retry, or a
    // replay. Rows from `batchStart` on are being written (or rewritten) now, so the table's
    // view of them is not used: they are remembered in m_firstSightings instead.
    bool findFirstSighting(qint64 batchStart, qint64 id, EventInfo *event, QString *error)
    {
        event->duplicateOf = 0;
        if (event->eventId.isEmpty())
            return true;
        if (!m_firstSighting) {
            m_firstSighting.emplace(connection.database());
            if (!m_firstSighting->prepare(QStringLiteral(
                    "SELECT min(request_id) FROM events WHERE event_id = ? AND provider IS ? "
                    "AND request_id < ?"))) {
                *error = sqlErrorText(m_firstSighting->lastError());
                m_firstSighting.reset();
                return false;
            }
        }
        m_firstSighting->bindValue(0, event->eventId);
        m_firstSighting->bindValue(1, event->provider.isEmpty() ? QVariant() : event->provider);
        m_firstSighting->bindValue(2, batchStart);
        if (!m_firstSighting->exec()) {
            *error = sqlErrorText(m_firstSighting->lastError());
            return false;
        }
        if (m_firstSighting->next())
            event->duplicateOf = m_firstSighting->value(0).toLongLong();
        m_firstSighting->finish();
        const QString key = event->provider + u'\n' + event->eventId;
        if (event->duplicateOf == 0)
            event->duplicateOf = m_firstSightings.value(key);
        if (event->duplicateOf == 0)
            m_firstSightings.insert(key, id);
        return true;
    }

    static QString rowsOf(int columns, int rows)
    {
        QString row = QStringLiteral("(?") + QStringLiteral(",?").repeated(columns - 1) + u')';
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all.append(row);
        return all.join(u',');
    }

    static void bindRequest(SqlStatement &q, int at, const CapturedRequest &r)
    {
        // Header values are Latin-1; the columns hold UTF-8. Requests that failed early may
        // lack a method or version: they get "" rather than NULL.
        auto bindLatin1 = [&q](int index, const QByteArray &latin1) {
            const bool ascii = std::all_of(
                latin1.cbegin(), latin1.cend(), [](char c) { return uchar(c) < 0x80; });
            q.bindText(index, ascii ? latin1 : QString::fromLatin1(latin1).toUtf8());
        };
        auto bindLatin1OrNull = [&](int index, const QByteArray &latin1) {
            if (latin1.isEmpty())
                q.bindValue(index, QVariant());
            else
                bindLatin1(index, latin1);
        };
        q.bindValue(at, r.receivedStartUs);
        q.bindValue(at + 1, r.receivedEndUs);
        q.bindText(at + 2, r.listener.toUtf8());
        q.bindValue(at + 3, qint64(r.localPort));
        q.bindText(at + 4, r.remoteAddress.toUtf8());
        q.bindValue(at + 5, qint64(r.remotePort));
        bindLatin1(at + 6, r.method);
        q.bindBlob(at + 7, r.target);
        q.bindValue(at + 8, r.path()); // a new array: copied
        bindLatin1(at + 9, r.httpVersion);
        bindLatin1OrNull(at + 10, r.headerValue("Content-Type"));
        bindLatin1OrNull(at + 11, r.headerValue("Content-Encoding"));
        q.bindValue(at + 12, r.bodySize);
        q.bindValue(at + 13, qint64(r.bodyTruncated ? 1 : 0));
        q.bindValue(at + 14, qint64(r.responseStatus));
        q.bindValue(at + 15,
                    r.error == CaptureError::None ? QVariant() : captureErrorName(r.error));
        q.bindValue(at + 16, r.errorMessage.isEmpty() ? QVariant() : r.errorMessage);
    }

    static constexpr qint64 walFrameHeaderBytes = 24;
    bool m_logWatched = false;
    qint64 m_logFrames = 0; ///< set by SQLite after each commit (see watchLog())
    qint64 m_lastLogFrames = 0;
    qint64 m_frameBytes = 0;
    std::map<std::pair<Kind, int>, SqlStatement> m_statements;
    std::optional<QSqlQuery> m_firstSighting;
    QHash<QString, qint64> m_firstSightings;
};

StoreWriter::StoreWriter(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Hookbench::RequestRow>();
    qRegisterMetaType<QList<Hookbench::RequestRow>>();
}

StoreWriter::~StoreWriter()
{
    stop();
}

bool StoreWriter::start(const StoreOptions &options, QString *error)
{
    Q_ASSERT(!m_thread);
    m_options = options;
    QString openError;
    bool opened = false;
    QMutexLocker lock(&m_mutex);
    m_started = false;
    m_stopping = false;
    m_thread.reset(QThread::create([this, &openError, &opened] { run(&openError, &opened); }));
    m_thread->setObjectName(QStringLiteral("hookbench-store-writer"));
    m_thread->start();
    while (!m_started)
        m_opened.wait(&m_mutex);
    lock.unlock();
    if (!opened) {
        m_thread->wait();
        m_thread.reset();
        *error = openError;
    }
    return opened;
}

void StoreWriter::stop()
{
    stopThread(m_thread, m_mutex, m_wake, m_stopping);
}

void StoreWriter::submit(CapturedRequest request, QObject *context, Callback onDone)
{
    std::vector<Submission> one;
    one.push_back({std::move(request), context, std::move(onDone)});
    submitAll(std::move(one));
}

void StoreWriter::submitAll(std::vector<Submission> submissions)
{
    std::vector<Pending> pending;
    pending.reserve(submissions.size());
    for (Submission &submission : submissions) {
        pending.push_back(
            {std::move(submission.request), submission.context, std::move(submission.onDone)});
    }
    QMutexLocker lock(&m_mutex);
    if (m_stopping || !m_accepting) {
        lock.unlock();
        for (Pending &submission : pending) {
            if (!submission.onDone || !submission.context)
                continue;
            QMetaObject::invokeMethod(
                submission.context.data(),
                [onDone = std::move(submission.onDone)] {
                    onDone({false, 0, QStringLiteral("The store is closed")});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    const bool wasEmpty = m_queue.empty();
    for (Pending &submission : pending)
        m_queue.push_back(std::move(submission));
    if (wasEmpty && !m_queue.empty())
        m_wake.wakeOne();
}

void StoreWriter::setMaxBytes(qint64 maxBytes)
{
    QMutexLocker lock(&m_mutex);
    m_pendingMaxBytes = maxBytes;
    m_wake.wakeOne();
}

bool StoreWriter::isHealthy() const
{
    QMutexLocker lock(&m_mutex);
    return m_healthy;
}

QString StoreWriter::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

qint64 StoreWriter::committedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_committedCount;
}

void StoreWriter::run(QString *openError, bool *opened)
{
    Session session;
    {
        QString error;
        bool ok = session.connection.open(m_options, &error) && session.prepare(&error);
        QSqlQuery pragma(session.connection.database());
        // Checkpoints run on their own thread (see Checkpointer), not inside our commits.
        // (This removes SQLite's WAL hook: the log is watched only after it.)
        ok = ok && session.exec(pragma, QStringLiteral("PRAGMA wal_autocheckpoint = 0"), &error)
             && session.watchLog(&error);
        if (ok)
            m_checkpointer.start(m_options);
        QMutexLocker lock(&m_mutex);
        *opened = ok;
        *openError = error;
        m_started = true;
        m_accepting = ok;
        m_opened.wakeAll();
        if (!ok)
            return;
    }

    std::deque<Pending> batch;
    std::optional<PendingUpdates> updates;
    QElapsedTimer clock;
    clock.start();
    UpdateBudget budget(clock.nsecsElapsed());
    qint64 announcedNs = 0; // on `clock`
    for (;;) {
        qint64 maxBytes = -1;
        {
            QMutexLocker lock(&m_mutex);
            for (;;) {
                if (!m_queue.empty() || m_stopping || m_pendingMaxBytes >= 0)
                    break;
                std::optional<qint64> waitNs; // none: until woken
                if (!m_updates.empty()) {
                    waitNs = budget.waitNs(clock.nsecsElapsed());
                    if (*waitNs == 0)
                        break;
                }
                if (!m_unannounced.isEmpty()) {
                    const qint64 dueNs = announceEveryNs - (clock.nsecsElapsed() - announcedNs);
                    if (dueNs <= 0)
                        break;
                    waitNs = qMin(waitNs.value_or(dueNs), dueNs);
                }
                if (waitNs)
                    m_wake.wait(&m_mutex, QDeadlineTimer(std::chrono::nanoseconds(*waitNs)));
                else
                    m_wake.wait(&m_mutex);
            }
            std::swap(maxBytes, m_pendingMaxBytes);
            qint64 bytes = 0;
            while (!m_queue.empty() && qsizetype(batch.size()) < maxBatchRequests
                   && bytes < maxBatchBytes) {
                bytes += m_queue.front().request.body.size();
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            if (batch.empty() && !m_updates.empty()
                && (m_stopping || budget.allowsUpdate(clock.nsecsElapsed()))) {
                updates = std::move(m_updates.front());
                m_updates.pop_front();
            }
            if (batch.empty() && !updates && m_stopping)
                break;
        }
        if (maxBytes >= 0) {
            QString error;
            if (!session.connection.setMaxBytes(maxBytes, &error))
                qWarning("Cannot set the store quota: %s", qPrintable(error));
        }
        if (!batch.empty()) {
            const qint64 startNs = clock.nsecsElapsed();
            writeBatch(session, batch);
            budget.captured(startNs, clock.nsecsElapsed());
        }
        if (updates) {
            const qint64 startNs = clock.nsecsElapsed();
            writeUpdates(session, *updates);
            updates.reset();
            budget.updated(startNs, clock.nsecsElapsed());
        }
        if (!m_unannounced.isEmpty() && clock.nsecsElapsed() - announcedNs >= announceEveryNs) {
            emit committed(std::exchange(m_unannounced, {}));
            announcedNs = clock.nsecsElapsed();
        }
    }
    if (!m_unannounced.isEmpty())
        emit committed(std::exchange(m_unannounced, {}));
    m_checkpointer.stop();
}

void StoreWriter::writeBatch(Session &session, std::deque<Pending> &batch)
{
    QList<qint64> ids;
    ids.reserve(qsizetype(batch.size()));
    QString error;
    bool ok = session.control(true, &error) && session.insert(batch, &ids, &error)
              && session.control(false, &error);
    qint64 committedBytes = 0;
    if (ok) {
        for (const Pending &pending : batch)
            committedBytes += pending.request.rawHead.size() + pending.request.body.size() + 256;
    } else {
        QSqlQuery(session.connection.database()).exec(QStringLiteral("ROLLBACK"));
        error = QStringLiteral("The store %1 cannot be written: %2").arg(m_options.path, error);
    }
    setHealth(ok, error);

    // One posted event per receiving thread and batch, not one per request: at thousands of
    // requests per second, each cross-thread wake-up is a system call.
    struct Delivery
    {
        QPointer<QObject> context;
        std::vector<std::pair<Callback, CommitResult>> calls;
    };
    std::vector<Delivery> deliveries;
    for (qsizetype i = 0; i < qsizetype(batch.size()); ++i) {
        Pending &pending = batch[size_t(i)];
        const CommitResult result
            = ok ? CommitResult {true, ids[i], {}} : CommitResult {false, 0, error};
        if (ok) {
            const CapturedRequest &r = pending.request;
            m_unannounced.append({ids[i],
                                  r.receivedStartUs,
                                  r.listener,
                                  r.remoteAddress,
                                  r.method,
                                  r.target,
                                  r.bodySize,
                                  r.responseStatus,
                                  r.error,
                                  {},
                                  0,
                                  {}});
        }
        if (!pending.onDone || !pending.context)
            continue;
        auto delivery = std::find_if(deliveries.begin(), deliveries.end(), [&](const Delivery &d) {
            return d.context == pending.context;
        });
        if (delivery == deliveries.end())
            delivery = deliveries.insert(deliveries.end(), Delivery {pending.context, {}});
        delivery->calls.emplace_back(std::move(pending.onDone), result);
    }
    for (Delivery &delivery : deliveries) {
        QMetaObject::invokeMethod(
            delivery.context.data(),
            [calls = std::move(delivery.calls)] {
                for (const auto &[onDone, result] : calls)
                    onDone(result);
            },
            Qt::QueuedConnection);
    }
    if (ok) {
        {
            QMutexLocker lock(&m_mutex);
            m_committedCount += qsizetype(batch.size());
        }
        // Only now, with the answers on their way: a checkpoint here can take milliseconds.
        m_checkpointer.committed(session.logGrowth(committedBytes), session.connection.database());
    }
    batch.clear();
}

void StoreWriter::submitEventUpdates(std::vector<EventUpdate> updates,
                                     QObject *context,
                                     std::function<void(bool)> onDone)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping || !m_accepting) {
        lock.unlock();
        if (onDone && context)
            QMetaObject::invokeMethod(
                context, [onDone] { onDone(false); }, Qt::QueuedConnection);
        return;
    }
    m_updates.push_back({std::move(updates), context, std::move(onDone)});
    m_wake.wakeOne();
}

void StoreWriter::writeUpdates(Session &session, PendingUpdates &pending)
{
    QString error;
    const bool ok = session.control(true, &error) && session.update(pending.updates, &error)
                    && session.control(false, &error);
    if (!ok) {
        QSqlQuery(session.connection.database()).exec(QStringLiteral("ROLLBACK"));
        qWarning("Updating inspected events failed: %s", qPrintable(error));
    }
    if (pending.onDone && pending.context) {
        QMetaObject::invokeMethod(
            pending.context.data(),
            [onDone = std::move(pending.onDone), ok] { onDone(ok); },
            Qt::QueuedConnection);
    }
    if (ok) {
        constexpr qint64 estimatedBytesPerEvent = 2048; // where SQLite cannot say
        m_checkpointer.committed(
            session.logGrowth(qint64(pending.updates.size()) * estimatedBytesPerEvent),
            session.connection.database());
    }
}

void StoreWriter::setHealth(bool healthy, const QString &reason)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_healthy == healthy && (healthy || m_lastError == reason))
            return;
        m_healthy = healthy;
        if (!healthy)
            m_lastError = reason;
    }
    emit healthChanged(healthy, healthy ? QString() : reason);
}

} // namespace Hookbench
