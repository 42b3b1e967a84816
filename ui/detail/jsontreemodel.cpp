#include "jsontreemodel.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace Hookbench {

namespace {
// A cell shows the start of a long string; the text pane and "Copy value" have all of it.
constexpr qsizetype maxCellText = 500;

QString elided(QString text)
{
    if (text.size() > maxCellText) {
        text.truncate(maxCellText);
        text += u'…';
    }
    // One line per cell: a line break would hide what follows it.
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_colors(SyntaxColors::forPalette(QApplication::palette()))
{ }

void JsonTreeModel::setDocument(JsonDocument document)
{
    beginResetModel();
    m_children.clear();
    m_document = document.isValid() ? std::move(document) : JsonDocument();
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(JsonDocument());
}

void JsonTreeModel::setColors(const SyntaxColors &colors)
{
    m_colors = colors;
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

bool JsonTreeModel::isContainer(int node) const
{
    const JsonNode::Kind kind = m_document.nodes()[size_t(node)].kind;
    return kind == JsonNode::Kind::Object || kind == JsonNode::Kind::Array;
}

int JsonTreeModel::parentNode(int node) const
{
    const int parent = m_document.nodes()[size_t(node)].parent;
    return parent <= 0 ? topLevel : parent;
}

const std::vector<int> &JsonTreeModel::childrenOf(int parent) const
{
    auto it = m_children.find(parent);
    if (it != m_children.end())
        return it->second;
    std::vector<int> children;
    const auto &nodes = m_document.nodes();
    if (parent == topLevel) {
        if (!nodes.empty() && !isContainer(0))
            children.push_back(0);
        else if (!nodes.empty())
            return childrenOf(0);
    } else {
        children.reserve(size_t(nodes[size_t(parent)].childCount));
        for (int child = parent + 1; child < nodes[size_t(parent)].nextSibling;
             child = nodes[size_t(child)].nextSibling) {
            children.push_back(child);
        }
    }
    return m_children.emplace(parent, std::move(children)).first->second;
}

int JsonTreeModel::rowOf(int node) const
{
    const std::vector<int> &siblings = childrenOf(parentNode(node));
    // Children are in document order, so the list is sorted.
    const auto it = std::lower_bound(siblings.begin(), siblings.end(), node);
    return it != siblings.end() && *it == node ? int(it - siblings.begin()) : -1;
}

int JsonTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? int(index.internalId()) : -1;
}

QModelIndex JsonTreeModel::indexOf(int node, int column) const
{
    if (node < 0 || size_t(node) >= m_document.nodes().size() || (node == 0 && isContainer(0)))
        return {};
    const int row = rowOf(node);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_document.nodes().empty()
        || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const std::vector<int> &children = childrenOf(parent.isValid() ? node(parent) : topLevel);
    if (size_t(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const int at = node(child);
    if (at < 0)
        return {};
    const int parent = parentNode(at);
    return parent == topLevel ? QModelIndex() : indexOf(parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    const auto &nodes = m_document.nodes();
    if (nodes.empty())
        return 0;
    if (!parent.isValid())
        return isContainer(0) ? nodes.front().childCount : 1;
    if (parent.column() != 0)
        return 0;
    const int at = node(parent);
    return isContainer(at) ? nodes[size_t(at)].childCount : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::keyText(int node) const
{
    if (node == 0)
        return QStringLiteral("$");
    const int parent = m_document.nodes()[size_t(node)].parent;
    if (m_document.nodes()[size_t(parent)].kind == JsonNode::Kind::Array)
        return QStringLiteral("[%1]").arg(rowOf(node));
    return elided(m_document.key(node));
}

QString JsonTreeModel::valueText(int node) const
{
    const JsonNode &n = m_document.nodes()[size_t(node)];
    switch (n.kind) {
    case JsonNode::Kind::Object:
        return n.childCount == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(n.childCount);
    case JsonNode::Kind::Array:
        return n.childCount == 1 ? tr("[1 item]") : tr("[%1 items]").arg(n.childCount);
    case JsonNode::Kind::String: {
        // Long strings are cut before unescaping: a 5 MB base64 value costs nothing here.
        const QByteArrayView raw = m_document.rawValue(node);
        if (raw.size() > maxCellText * 4 + 2)
            return elided(QString::fromUtf8(raw.sliced(1, maxCellText * 4)));
        return elided(m_document.stringValue(node));
    }
    default:
        return QString::fromUtf8(m_document.rawValue(node)); // the exact token: 1e400 stays
    }
}

QString JsonTreeModel::typeName(int node) const
{
    switch (m_document.nodes()[size_t(node)].kind) {
    case JsonNode::Kind::Object:
        return tr("object");
    case JsonNode::Kind::Array:
        return tr("array");
    case JsonNode::Kind::String:
        return tr("string");
    case JsonNode::Kind::Number:
        return tr("number");
    case JsonNode::Kind::Bool:
        return tr("boolean");
    case JsonNode::Kind::Null:
        break;
    }
    return tr("null");
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const int at = node(index);
    if (at < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return keyText(at);
        return index.column() == ValueColumn ? valueText(at) : typeName(at);
    case Qt::ForegroundRole:
        if (index.column() == KeyColumn)
            return m_colors.key;
        if (index.column() == ValueColumn) {
            switch (m_document.nodes()[size_t(at)].kind) {
            case JsonNode::Kind::String:
                return m_colors.string;
            case JsonNode::Kind::Number:
                return m_colors.number;
            case JsonNode::Kind::Bool:
            case JsonNode::Kind::Null:
                return m_colors.literal;
            default:
                break;
            }
        }
        return {};
    case NodeRole:
        return at;
    case PathRole:
        return m_document.path(at);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != KeyColumn || !hasChildren(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QByteArray JsonTreeModel::rawText(int node) const
{
    const auto &nodes = m_document.nodes();
    if (node < 0 || size_t(node) >= nodes.size())
        return {};
    const JsonNode &n = nodes[size_t(node)];
    if (!isContainer(node))
        return m_document.rawValue(node).toByteArray();
    // The subtree ends at the bracket closing it. Past the last value inside it there are only
    // white space and closing brackets: one per level back up, plus the last value's own when
    // it is an empty object or array.
    const int last = n.nextSibling - 1;
    const JsonNode &l = nodes[size_t(last)];
    int closers = l.depth - n.depth + (isContainer(last) ? 1 : 0);
    const QByteArray &text = m_document.text();
    qsizetype at = qsizetype(l.valueOffset) + l.valueLength;
    while (at < text.size() && closers > 0) {
        if (text[at] == ']' || text[at] == '}')
            --closers;
        ++at;
    }
    return text.mid(n.valueOffset, at - n.valueOffset);
}

QByteArray JsonTreeModel::prettyText(qsizetype maxBytes, bool *complete) const
{
    constexpr int indent = 2;
    const auto &nodes = m_document.nodes();
    QByteArray out;
    out.reserve(std::min(maxBytes, m_document.text().size() * 2) + 1024);
    std::vector<int> open; // objects and arrays written but not yet closed
    const auto close = [&](int before) {
        while (!open.empty() && nodes[size_t(open.back())].nextSibling <= before) {
            const JsonNode &container = nodes[size_t(open.back())];
            open.pop_back();
            out += '\n';
            out.append(container.depth * indent, ' ');
            out += container.kind == JsonNode::Kind::Object ? '}' : ']';
        }
    };
    int node = 0;
    for (; size_t(node) < nodes.size() && out.size() < maxBytes; ++node) {
        close(node);
        const JsonNode &n = nodes[size_t(node)];
        if (node > 0) {
            out += node == n.parent + 1 ? "\n" : ",\n";
            out.append(n.depth * indent, ' ');
        }
        if (n.keyOffset >= 0) {
            out += '"';
            out += m_document.rawKey(node);
            out += "\": ";
        }
        if (!isContainer(node)) {
            out += m_document.rawValue(node);
            continue;
        }
        const bool object = n.kind == JsonNode::Kind::Object;
        out += object ? '{' : '[';
        if (n.childCount == 0)
            out += object ? '}' : ']';
        else
            open.push_back(node);
    }
    const bool all = size_t(node) >= nodes.size();
    if (all) {
        close(node);
        if (!nodes.empty())
            out += '\n';
    }
    if (complete)
        *complete = all;
    return out;
}

QString JsonTreeModel::copyText(int node) const
{
    if (node < 0 || size_t(node) >= m_document.nodes().size())
        return {};
    const JsonNode::Kind kind = m_document.nodes()[size_t(node)].kind;
    if (kind == JsonNode::Kind::String)
        return m_document.stringValue(node);
    if (!isContainer(node))
        return QString::fromUtf8(m_document.rawValue(node));
    const QByteArray raw = rawText(node);
    const JsonDocument subtree = JsonDocument::parse(raw);
    if (!subtree.isValid())
        return QString::fromUtf8(raw);
    QByteArray pretty = subtree.pretty();
    pretty.chop(1); // the final line break: a value, not a file
    return QString::fromUtf8(pretty);
}

} // namespace Hookbench
