#include "eventtablemodel.h"

#include "delivery/delivery.h"
#include "detail/detailstyle.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Hookbench {

namespace {
// Enough pages for a tall window scrolled back and forth, a few hundred kB at most.
constexpr size_t maxCachedPages = 24;
} // namespace

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) { }

EventTableModel::~EventTableModel() = default;

bool EventTableModel::open(const StoreOptions &options, QString *error)
{
    if (!m_store.open(options, error))
        return false;
    reload();
    return true;
}

void EventTableModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    reload();
}

void EventTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_seenId = m_store.maxId();
    m_total = m_store.countBetween(m_filter, 0, m_seenId);
    endResetModel();
    emit totalChanged(m_total);
}

bool EventTableModel::filterNeedsInspection() const
{
    return !m_filter.eventName.isEmpty() || !m_filter.resourceType.isEmpty()
           || m_filter.search.usesEvents || m_filter.search.usesText;
}

void EventTableModel::storeCommitted(qint64 maxId)
{
    if (!filterNeedsInspection())
        insertNewRows(maxId);
}

void EventTableModel::storeInspected(qint64 firstId, qint64 lastId)
{
    rowsChanged(firstId, lastId);
    // Inspection runs in id order, so everything up to lastId now has its event.
    if (filterNeedsInspection())
        insertNewRows(lastId);
}

void EventTableModel::rowsChanged(qint64 firstId, qint64 lastId)
{
    // Cells of rows already shown change: forget their pages, repaint what is visible.
    bool touched = false;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const bool inRange = std::any_of(it->cbegin(), it->cend(), [&](const RequestRow &row) {
            return row.id >= firstId && row.id <= lastId;
        });
        if (inRange) {
            m_pageOrder.erase(std::find(m_pageOrder.begin(), m_pageOrder.end(), it.key()));
            it = m_pages.erase(it);
            touched = true;
        } else {
            ++it;
        }
    }
    if (touched && m_total > 0)
        emit dataChanged(index(0, 0), index(int(m_total) - 1, ColumnCount - 1));
}

void EventTableModel::insertNewRows(qint64 upToId)
{
    if (upToId <= m_seenId)
        return;
    const qint64 added = m_store.countBetween(m_filter, m_seenId, upToId);
    m_seenId = upToId;
    if (added <= 0)
        return;
    const int first = m_newestFirst ? 0 : int(m_total);
    beginInsertRows({}, first, first + int(added) - 1);
    m_total += added;
    if (m_newestFirst) { // every row moved down: the pages read no longer line up
        m_pages.clear();
        m_pageOrder.clear();
    }
    endInsertRows();
    emit totalChanged(m_total);
}

const RequestRow *EventTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageOrder.size() >= maxCachedPages) {
            m_pages.remove(m_pageOrder.front());
            m_pageOrder.pop_front();
        }
        // Rows are bounded by m_seenId so pages agree with the count while new rows commit.
        RequestFilter bounded = m_filter;
        bounded.upToId = m_seenId;
        it = m_pages.insert(
            page,
            m_store.rowsAt(bounded, qint64(page) * pageSize, pageSize, m_total, m_newestFirst));
    } else {
        m_pageOrder.erase(std::find(m_pageOrder.begin(), m_pageOrder.end(), page));
    }
    m_pageOrder.push_back(page);
    const int inPage = row % pageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

qint64 EventTableModel::requestId(int row) const
{
    const RequestRow *found = rowAt(row);
    return found ? found->id : 0;
}

int EventTableModel::cachedRowOf(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * pageSize + int(i);
        }
    }
    return -1;
}

int EventTableModel::rowOf(qint64 id)
{
    if (id <= 0 || id > m_seenId)
        return -1;
    // Rows are in id order: the row is how many listed rows come before it.
    const qint64 before = m_newestFirst ? m_store.countBetween(m_filter, id, m_seenId)
                                        : (id > 1 ? m_store.countBetween(m_filter, 0, id - 1) : 0);
    if (before >= m_total || requestId(int(before)) != id)
        return -1; // not listed (the filter leaves it out, or it is gone)
    return int(before);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RequestRow *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        return toolTip(*row, column);
    case IdRole:
        return row->id;
    case Qt::TextAlignmentRole:
        if (column == Size || column == Status || column == Deliveries)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && (row->error != CaptureError::None || row->responseStatus >= 400))
            return QColor(0xd3, 0x2f, 0x2f);
        if (column == Signature && row->event.signatureStatus == QLatin1String("invalid"))
            return QColor(0xd3, 0x2f, 0x2f);
        if (column == Signature && row->event.signatureStatus == QLatin1String("valid"))
            return QColor(0x2e, 0x7d, 0x32);
        if (column == Deliveries && row->deliveryCount) {
            const auto status = deliveryStatusFromName(row->lastDeliveryStatus);
            if (status == DeliveryStatus::Delivered)
                return QColor(0x2e, 0x7d, 0x32);
            if (status == DeliveryStatus::Failed)
                return QColor(0xd3, 0x2f, 0x2f);
        }
        return {};
    case Qt::FontRole:
        if (column == EventType && !row->event.eventName.isEmpty() && !row->event.knownType) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant EventTableModel::display(const RequestRow &row, int column) const
{
    switch (column) {
    case Received:
        return listTimeText(row.receivedStartUs);
    case Method:
        return QString::fromLatin1(row.method);
    case Path:
        // A table cell is plain text: payload bytes are never interpreted as markup.
        return QString::fromUtf8(row.target);
    case Provider:
        return row.event.provider;
    case EventType:
        if (!row.event.eventName.isEmpty() && !row.event.knownType)
            return tr("%1  · new").arg(row.event.eventName);
        return row.event.eventName;
    case Size:
        return QLocale().formattedDataSize(row.bodySize);
    case Status:
        if (row.error == CaptureError::None)
            return QString::number(row.responseStatus);
        return QStringLiteral("%1 · %2").arg(
            row.responseStatus ? QString::number(row.responseStatus) : QStringLiteral("—"),
            errorLabel(row.error));
    case Signature:
        if (row.event.signatureStatus == QLatin1String("valid"))
            return tr("✔ valid");
        if (row.event.signatureStatus == QLatin1String("invalid"))
            return tr("✘ invalid");
        if (row.event.signatureReason == QLatin1String("no_secret"))
            return tr("no secret");
        return QStringLiteral("—");
    case Deliveries:
        return row.deliveryCount ? QString::number(row.deliveryCount) : QStringLiteral("—");
    default:
        return {};
    }
}

QString EventTableModel::signatureReasonText(const EventInfo &event)
{
    const QString &reason = event.signatureReason;
    const QString scheme = event.signatureScheme;
    if (reason.isEmpty())
        return tr("Not verified yet");
    if (reason == QLatin1String("valid"))
        return tr("Signature valid (%1)").arg(scheme);
    if (reason == QLatin1String("unknown_scheme"))
        return tr("No signature header of a known scheme");
    if (reason == QLatin1String("no_secret"))
        return tr("Not checked: no secret configured for %1 (File › Signing Secrets…)").arg(scheme);
    if (reason == QLatin1String("unusable_secret"))
        return tr("Not checked: no configured secret is a key %1 can use").arg(scheme);
    if (reason == QLatin1String("body_truncated"))
        return tr("Not checked: the body was cut at the capture size limit");
    if (reason == QLatin1String("missing_header"))
        return tr("Invalid (%1): a signature header is missing").arg(scheme);
    if (reason == QLatin1String("malformed_header"))
        return tr("Invalid (%1): a signature header cannot be read").arg(scheme);
    if (reason == QLatin1String("missing_url"))
        return tr("Invalid (%1): the signed URL is unknown").arg(scheme);
    if (reason == QLatin1String("unsupported_version"))
        return tr("Invalid (%1): only signature versions it does not check").arg(scheme);
    if (reason == QLatin1String("timestamp_too_old"))
        return tr("Invalid (%1): the timestamp is too old").arg(scheme);
    if (reason == QLatin1String("timestamp_too_new"))
        return tr("Invalid (%1): the timestamp is in the future").arg(scheme);
    if (reason == QLatin1String("body_hash_mismatch"))
        return tr("Invalid (%1): the body hash does not match").arg(scheme);
    return tr("Invalid (%1): the signature does not match").arg(scheme);
}

QVariant EventTableModel::toolTip(const RequestRow &row, int column) const
{
    switch (column) {
    case Received:
        return QDateTime::fromMSecsSinceEpoch(row.receivedStartUs / 1000)
            .toLocalTime()
            .toString(Qt::ISODateWithMs);
    case Path:
        return QString::fromUtf8(row.target);
    case EventType:
        if (!row.event.eventName.isEmpty() && !row.event.knownType)
            return tr("%1 is not in the %2 catalog: a new or undocumented event type")
                .arg(row.event.eventName,
                     row.event.provider.isEmpty() ? tr("provider's") : row.event.provider);
        return row.event.eventName;
    case Signature:
        return signatureReasonText(row.event);
    case Deliveries: {
        if (!row.deliveryCount)
            return tr("Not resent yet");
        const auto status = deliveryStatusFromName(row.lastDeliveryStatus);
        return tr("Attempts to resend it: %1; the last: %2")
            .arg(row.deliveryCount)
            .arg(status ? deliveryStatusTitle(*status) : row.lastDeliveryStatus);
    }
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Provider:
        return tr("Provider");
    case EventType:
        return tr("Event type");
    case Size:
        return tr("Size");
    case Status:
        return tr("Answered");
    case Signature:
        return tr("Signature");
    case Deliveries:
        return tr("Deliveries");
    default:
        return {};
    }
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    const bool newestFirst = column != Received || order == Qt::DescendingOrder;
    if (newestFirst == m_newestFirst)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    m_newestFirst = newestFirst;
    m_pages.clear();
    m_pageOrder.clear();
    // Reversing the order maps row r to row total - 1 - r.
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(int(m_total) - 1 - index.row(), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString EventTableModel::errorLabel(CaptureError error)
{
    switch (error) {
    case CaptureError::None:
        return {};
    case CaptureError::Malformed:
        return tr("malformed");
    case CaptureError::HeadersTooLarge:
        return tr("headers too large");
    case CaptureError::BodyTooLarge:
        return tr("body too large");
    case CaptureError::Timeout:
        return tr("timed out");
    case CaptureError::ConnectionLimit:
        return tr("too many connections");
    case CaptureError::ConnectionClosed:
        return tr("cut off by the client");
    }
    return {};
}

} // namespace Hookbench
