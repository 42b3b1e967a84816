#include "reinspector.h"

#include "inspect/catalogset.h"
#include "inspect/inspector.h"
#include "requeststore.h"
#include "storewriter.h"

#include <QThread>

namespace Hookbench {

/// Lives on the reinspector's thread: reads a chunk, inspects it, hands it to the writer and
/// reads the next one once the writer has committed it (so at most one chunk is in flight).
class Reinspector::Worker final : public QObject
{
    Q_OBJECT
public:
    Worker(StoreWriter *writer, const CatalogSet *catalogs)
        : m_writer(writer), m_inspector(catalogs)
    { }

    RequestStore store;

    void begin(bool all)
    {
        m_all = m_all || all;
        m_afterId = 0;
        m_done = 0;
        if (!m_inFlight)
            next();
        else
            m_restart = true;
    }

signals:
    void progress(qint64 done);
    void finished();

private:
    void next()
    {
        std::vector<StoreWriter::EventUpdate> updates;
        const QList<std::pair<qint64, bool>> ids
            = store.inspectionCandidates(m_afterId, chunkSize, m_all);
        for (const auto &[id, inspected] : std::as_const(ids)) {
            m_afterId = id;
            const std::optional<CapturedRequest> request = store.request(id);
            if (request)
                updates.push_back({id, m_inspector.inspect(*request), !inspected});
        }
        if (ids.isEmpty()) {
            m_all = false;
            emit finished();
            return;
        }
        m_done += ids.size();
        m_inFlight = true;
        m_writer->submitEventUpdates(std::move(updates), this, [this](bool ok) {
            m_inFlight = false;
            emit progress(m_done);
            if (m_restart) {
                m_restart = false;
                m_afterId = 0;
                m_done = 0;
            } else if (!ok) {
                // The store refused (closing, or unwritable): the next start() picks it up.
                m_all = false;
                emit finished();
                return;
            }
            next();
        });
    }

    StoreWriter *m_writer;
    Inspector m_inspector;
    qint64 m_afterId = 0;
    qint64 m_done = 0;
    bool m_all = false;
    bool m_inFlight = false;
    bool m_restart = false;
};

Reinspector::Reinspector(StoreWriter *writer, const CatalogSet *catalogs, QObject *parent)
    : QObject(parent), m_writer(writer), m_catalogs(catalogs)
{
    if (catalogs)
        connect(catalogs, &CatalogSet::changed, this, &Reinspector::reinspectAll);
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
    m_worker = new Worker(m_writer, m_catalogs);
    // The connection belongs to the thread that opens it: open it there.
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &Reinspector::progress);
    connect(m_worker, &Worker::finished, this, [this] {
        m_busy = false;
        emit finished();
    });
    m_thread->start();
    bool opened = false;
    QMetaObject::invokeMethod(
        m_worker,
        [&] { opened = m_worker->store.open(options, error); },
        Qt::BlockingQueuedConnection);
    if (!opened)
        return false;
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(false); });
    return true;
}

void Reinspector::reinspectAll()
{
    if (!m_worker)
        return;
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(true); });
}

} // namespace Hookbench

#include "reinspector.moc"
