#include "recentrequestsmodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Hookbench {

RecentRequestsModel::RecentRequestsModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(capacity)
{ }

int RecentRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RequestRow &row = m_rows[size_t(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Status && row.responseStatus >= 400)
        return QColor(Qt::red);
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Status))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return publicRequestId(row.id);
    case Received:
        return QDateTime::fromMSecsSinceEpoch(row.receivedStartUs / 1000)
            .toLocalTime()
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return QString::fromLatin1(row.method);
    case Target:
        // Shown as plain text in a table cell: payload bytes are never interpreted as markup.
        return QString::fromUtf8(row.target);
    case Size:
        return QLocale().formattedDataSize(row.bodySize);
    case Status:
        if (row.error == CaptureError::None)
            return QString::number(row.responseStatus);
        return QStringLiteral("%1 · %2").arg(
            row.responseStatus ? QString::number(row.responseStatus) : QStringLiteral("—"),
            errorLabel(row.error));
    default:
        return {};
    }
}

QString RecentRequestsModel::errorLabel(CaptureError error)
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

QVariant RecentRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Received:
        return tr("Received");
    case Method:
        return tr("Method");
    case Target:
        return tr("Path");
    case Size:
        return tr("Body");
    case Status:
        return tr("Answered");
    default:
        return {};
    }
}

void RecentRequestsModel::prepend(const QList<RequestRow> &requests)
{
    if (requests.isEmpty())
        return;
    const int added = int(qMin<qsizetype>(requests.size(), m_capacity));
    beginInsertRows({}, 0, added - 1);
    for (qsizetype i = requests.size() - added; i < requests.size(); ++i)
        m_rows.push_front(requests[i]);
    endInsertRows();
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, m_capacity, m_capacity + excess - 1);
        m_rows.resize(size_t(m_capacity));
        endRemoveRows();
    }
}

} // namespace Hookbench
