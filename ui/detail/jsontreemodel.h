#pragma once

#include "detailstyle.h"

#include "inspect/jsondocument.h"

#include <QAbstractItemModel>

#include <unordered_map>
#include <vector>

namespace Hookbench {

/// A tree over JsonDocument's flat nodes. Nothing is created per node: an index carries the
/// node number, and the children of a node are listed only when the view first asks for
/// them, so a 10 MB document with a million values opens as fast as its top level.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { NodeRole = Qt::UserRole + 1, PathRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

    /// Shows `document` (a valid one; an invalid one shows nothing).
    void setDocument(JsonDocument document);
    void clear();
    const JsonDocument &document() const { return m_document; }
    void setColors(const SyntaxColors &colors);

    /// The node an index stands for; -1 for an invalid index.
    int node(const QModelIndex &index) const;
    QModelIndex indexOf(int node, int column = KeyColumn) const;
    /// What "Copy value" copies: a string's text, a number's exact token, or the pretty JSON
    /// of an object or array (numbers and key order kept).
    QString copyText(int node) const;
    /// The exact text of a node's value in the document, brackets included for containers.
    QByteArray rawText(int node) const;
    /// The document indented like JsonDocument::pretty(), stopping once about `maxBytes` are
    /// written (`complete` says whether all of it was): a 10 MB body's text is not all shown.
    QByteArray prettyText(qsizetype maxBytes, bool *complete = nullptr) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static constexpr int topLevel = -1;

    bool isContainer(int node) const;
    /// The node whose children are shown at the top: the root's members, or the root itself
    /// when the document is a single scalar.
    int parentNode(int node) const;
    const std::vector<int> &childrenOf(int parent) const;
    int rowOf(int node) const;
    QString keyText(int node) const;
    QString valueText(int node) const;
    QString typeName(int node) const;

    JsonDocument m_document;
    SyntaxColors m_colors;
    // Filled as the view expands nodes; node-based, so references stay valid on insert.
    mutable std::unordered_map<int, std::vector<int>> m_children;
};

} // namespace Hookbench
