#pragma once

#include <QAbstractTableModel>
#include <QByteArray>

namespace Hookbench {

/// Offset / hex / text rows, 16 bytes each, over the captured head and body. Rows are
/// formatted when the view paints them: a 25 MB body never becomes one giant string.
class HexModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int bytesPerRow = 16;
    enum Column { OffsetColumn, HexColumn, TextColumn, ColumnCount };

    explicit HexModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HexModel)

    /// Shows `head` followed by `body` (both shared, not copied).
    void setBytes(const QByteArray &head, const QByteArray &body);
    void clear();
    qsizetype size() const { return m_head.size() + m_body.size(); }
    char byteAt(qsizetype offset) const;

    static QString offsetText(qsizetype offset);
    QString hexText(int row) const;
    QString asciiText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QByteArray m_head;
    QByteArray m_body;
};

} // namespace Hookbench
