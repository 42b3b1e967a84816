#include "reinspector.h"

#include "inspect/catalogset.h"
#include "inspect/inspector.h"
#include "requeststore.h"
#include "secrets/secretbook.h"
#include "storewriter.h"

#include <QThread>
#include <QTimer>

namespace Hookbench {

/// Lives on the reinspector's thread: reads a chunk, inspects it, hands it to the writer and
/// reads the next one once the writer has committed it (so at most one chunk is in flight).
class Reinspector::Worker final : public QObject
{
    Q_OBJECT
public:
    Worker(StoreWriter *writer, const CatalogSet *catalogs, const SecretBook *secrets)
        : m_writer(writer), m_inspector(catalogs), m_secrets(secrets), m_gather(new QTimer(this))
    {
        m_gather->setSingleShot(true);
        m_gather->setInterval(gatherMs);
        connect(m_gather, &QTimer::timeout, this, [this] {
            if (!m_inFlight)
                next();
        });
    }

    RequestStore store;

    /// A pass over every request (catalogs changed); one under way starts over.
    void reinspectAll()
    {
        m_all = true;
        m_afterId = 0;
        m_done = 0;
        if (m_inFlight)
            m_restart = true;
        else
            next();
    }

    /// New requests were stored: inspect them a moment later, unless a chunk is already on
    /// its way (its completion reads on until nothing is left, so the new ones are not missed).
    /// The moment gathers the requests of many commits into one chunk: one read and one event
    /// transaction for all of them instead of one per commit, which at one request per commit
    /// cost capture a fifth of its throughput.
    void wake()
    {
        if (!m_inFlight && !m_gather->isActive())
            m_gather->start();
    }

    /// Where to start: after the newest request with an event. Inspection runs in id order,
    /// so only older requests whose event could not be written (or that predate inspection)
    /// lack one below it; finding those means reading every stored request, which on a cold
    /// disk takes seconds and would slow the window's first rows. That search runs later.
    void startAfterNewestInspected()
    {
        m_afterId = store.maxInspectedId();
        m_holeScanPending = m_afterId > 0;
    }

signals:
    void progress(qint64 done);
    void inspected(qint64 firstId, qint64 lastId);
    void finished();

private:
    /// Once caught up with the newest requests: the deferred search for older uninspected ones.
    void scheduleHoleScan()
    {
        if (!std::exchange(m_holeScanPending, false))
            return;
        QTimer::singleShot(holeScanDelayMs, this, [this] {
            m_afterId = 0;
            if (!m_inFlight)
                next();
        });
    }

    void next()
    {
        // Before the keys are read, a verdict would say "no secret": wait for them (the book's
        // ready() wakes this worker).
        if (m_secrets && !m_secrets->isReady())
            return;
        const std::shared_ptr<const RequestVerifier> verifier
            = m_secrets ? m_secrets->verifier() : std::make_shared<const RequestVerifier>();
        const QList<std::pair<CapturedRequest, bool>> requests
            = store.requestsToInspect(m_afterId, chunkSize, m_all);
        if (requests.isEmpty()) {
            if (m_all) {
                m_all = false;
                emit finished();
            }
            scheduleHoleScan();
            return;
        }
        std::vector<StoreWriter::EventUpdate> updates;
        updates.reserve(size_t(requests.size()));
        for (const auto &[request, inspected] : requests) {
            StoreWriter::EventUpdate update {
                request.id, request.path(), m_inspector.inspect(request), !inspected};
            const Verdict verdict = verifier->verify(request);
            EventInfo &event = update.inspection.event;
            if (verdict.status != Verdict::Status::None)
                event.signatureStatus = Verdict::statusName(verdict.status);
            event.signatureReason = Verdict::reasonName(verdict.reason);
            event.signatureScheme = verdict.scheme;
            updates.push_back(std::move(update));
        }
        const qint64 firstId = requests.first().first.id;
        const qint64 lastId = requests.last().first.id;
        m_inFlight = true;
        m_writer->submitEventUpdates(
            std::move(updates), this, [this, firstId, lastId, count = requests.size()](bool ok) {
                m_inFlight = false;
                if (m_restart) {
                    m_restart = false;
                    next();
                    return;
                }
                if (!ok) {
                    // The store refused (closing, or unwritable): the next wake or start retries.
                    return;
                }
                m_afterId = lastId;
                m_done += count;
                if (m_all)
                    emit progress(m_done);
                emit inspected(firstId, lastId);
                next();
            });
    }

    static constexpr int gatherMs = 20;
    static constexpr int holeScanDelayMs = 10'000;

    StoreWriter *m_writer;
    Inspector m_inspector;
    const SecretBook *m_secrets;
    QTimer *m_gather;
    qint64 m_afterId = 0;
    qint64 m_done = 0;
    bool m_all = false;
    bool m_inFlight = false;
    bool m_restart = false;
    bool m_holeScanPending = false;
};

Reinspector::Reinspector(StoreWriter *writer,
                         const CatalogSet *catalogs,
                         const SecretBook *secrets,
                         QObject *parent)
    : QObject(parent), m_writer(writer), m_catalogs(catalogs), m_secrets(secrets)
{
    if (catalogs)
        connect(catalogs, &CatalogSet::changed, this, &Reinspector::reinspectAll);
    if (secrets)
        connect(secrets, &SecretBook::changed, this, &Reinspector::reinspectAll);
}

Reinspector::~Reinspector()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool Reinspector::start(const StoreOptions &options, QString *error)
{
    Q_ASSERT(!m_thread);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("hookbench-reinspector"));
    m_worker = new Worker(m_writer, m_catalogs, m_secrets);
    // The connection belongs to the thread that opens it: open it there.
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &Reinspector::progress);
    connect(m_worker, &Worker::inspected, this, &Reinspector::inspected);
    connect(m_worker, &Worker::finished, this, &Reinspector::finished);
    connect(m_writer, &StoreWriter::committed, m_worker, &Worker::wake);
    if (m_secrets)
        connect(m_secrets, &SecretBook::ready, m_worker, &Worker::wake);
    m_thread->start();
    bool opened = false;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            opened = m_worker->store.open(options, error);
            if (opened)
                m_worker->startAfterNewestInspected();
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        return false;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->wake(); });
    return true;
}

void Reinspector::reinspectAll()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->reinspectAll(); });
}

} // namespace Hookbench

#include "reinspector.moc"
