#pragma once

#include "store/requeststore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>

namespace Hookbench {

/// The event list over the store: any number of rows, of which only the pages a view shows
/// are read from SQL (and a few recent ones kept). Filtering and ordering happen in SQL.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Received,
        Method,
        Path,
        Provider,
        EventType,
        Size,
        Status,
        Signature,
        Deliveries,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole; ///< the request's store id (qint64)
    static constexpr int pageSize = 128;

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;
    Q_DISABLE_COPY_MOVE(EventTableModel)

    bool open(const StoreOptions &options, QString *error);
    /// The store this model reads (for the detail view of the selected row).
    RequestStore *store() { return &m_store; }

    /// Shows what the filter matches (resets the model).
    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }
    bool isNewestFirst() const { return m_newestFirst; }
    qint64 total() const { return m_total; }
    /// The store id of a row (0 when out of range).
    qint64 requestId(int row) const;
    /// The row showing request `id`, when it is on a page in memory; -1 otherwise.
    int cachedRowOf(qint64 id) const;
    /// The row of request `id`, read from the store if need be; -1 when it is not listed.
    int rowOf(qint64 id);

    /// Requests up to maxId were committed: rows that match appear (for filters that do not
    /// depend on inspection; the others wait for storeInspected()).
    void storeCommitted(qint64 maxId);
    /// Inspection wrote the events of requests firstId..lastId: their cells change and, for
    /// filters on events, new matches appear.
    void storeInspected(qint64 firstId, qint64 lastId);
    /// Something shown for requests firstId..lastId changed (their deliveries, say): their
    /// rows are read again.
    void rowsChanged(qint64 firstId, qint64 lastId);
    /// Counts again and forgets the pages read (a reset: after deletions or a full re-inspection).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Only by received time (the store's order): other columns would mean sorting millions.
    void sort(int column, Qt::SortOrder order) override;

    /// The capture error as users read it, in their language.
    static QString errorLabel(CaptureError error);

signals:
    void totalChanged(qint64 total);

private:
    bool filterNeedsInspection() const;
    const RequestRow *rowAt(int row) const;
    void insertNewRows(qint64 upToId);
    QVariant display(const RequestRow &row, int column) const;
    /// The stored verdict's reason in plain words (the Signature column's tooltip).
    static QString signatureReasonText(const EventInfo &event);
    QVariant toolTip(const RequestRow &row, int column) const;

    mutable RequestStore m_store;
    RequestFilter m_filter;
    bool m_newestFirst = true;
    qint64 m_total = 0;
    qint64 m_seenId = 0; ///< rows with larger ids are not counted in m_total yet
    mutable QHash<int, QList<RequestRow>> m_pages;
    mutable std::deque<int> m_pageOrder; ///< least recently read first
};

} // namespace Hookbench
