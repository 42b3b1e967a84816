#pragma once

#include "store/storewriter.h"

#include <QAbstractTableModel>

#include <deque>

namespace Hookbench {

/// The most recently captured requests, newest first, bounded in memory. (The store-backed
/// event list that pages through millions of rows replaces this in the desktop-window work.)
class RecentRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Received, Method, Target, Size, Status, ColumnCount };

    explicit RecentRequestsModel(int capacity = 10'000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void prepend(const QList<RequestRow> &requests);

    /// The error as users read it, in their language.
    static QString errorLabel(CaptureError error);

private:
    int m_capacity;
    std::deque<RequestRow> m_rows;
};

} // namespace Hookbench
