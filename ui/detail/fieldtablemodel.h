#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Hookbench {

/// Name/value rows in their original order, duplicates kept: header fields (with trailers
/// after them, marked) or the fields of a form body.
class FieldTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, SectionColumn, ColumnCount };

    struct Row
    {
        QString name;
        QString value;
        bool trailer = false;
    };

    explicit FieldTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FieldTableModel)

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    bool hasTrailers() const;
    /// "Name: value" lines, one per row, in table order.
    QString lines(QList<int> rows) const;
    QString allLines() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Hookbench
