#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <vector>

namespace Hookbench {

/// One value of a parsed JSON text. Nodes are stored flat, in document order (pre-order), so a
/// subtree is the range [index, nextSibling) and a million-node document costs one allocation.
struct JsonNode
{
    enum class Kind : quint8 { Object, Array, String, Number, Bool, Null };

    Kind kind = Kind::Null;
    int depth = 0; ///< 0 for the root
    int parent = -1; ///< index of the enclosing object or array; -1 for the root
    int nextSibling = 0; ///< index just past this node's subtree
    int childCount = 0; ///< members of an object, elements of an array
    // Offsets into the text; 32 bits keep a node small (bodies are far below 2 GiB).
    qint32 keyOffset = -1; ///< the member's key as written (no quotes); -1 in arrays and root
    qint32 keyLength = 0;
    qint32 valueOffset = 0; ///< scalars: the exact token (strings with their quotes)
    qint32 valueLength = 0; ///< containers: 1 (the opening bracket)
};

/// Where and why a JSON text is not valid.
struct JsonParseError
{
    QString message;
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in bytes
    qsizetype offset = -1;
};

/// A JSON text parsed without losing anything a developer may need to see: key order,
/// duplicate keys, the exact text of numbers (`1.10`, `1e400`, 20-digit integers) and of
/// escapes. Parsing uses simdjson's On-Demand API; values are referenced, not copied.
class JsonDocument final
{
public:
    /// Deepest nesting accepted; deeper documents are invalid with a clear error, never a crash.
    static constexpr int maxDepth = 1024;

    static JsonDocument parse(const QByteArray &text);

    bool isValid() const { return m_error.offset < 0 && !m_nodes.empty(); }
    const JsonParseError &error() const { return m_error; }
    const std::vector<JsonNode> &nodes() const { return m_nodes; }
    const QByteArray &text() const { return m_text; }

    /// The member's key exactly as written between its quotes (escapes kept).
    QByteArrayView rawKey(int node) const;
    /// The member's key with escapes resolved.
    QString key(int node) const;
    /// A scalar's exact token: `"a\u00e9"` with quotes, `1.10`, `true`, `null`.
    QByteArrayView rawValue(int node) const;
    /// A string's value with escapes resolved; empty for other kinds.
    QString stringValue(int node) const;

    /// First member of object `node` named `key` (the first of duplicates); -1 when absent.
    int member(int node, QStringView key) const;
    /// Follows a dotted path of member names from the root ("data.object.id"); -1 when absent.
    int find(QStringView dottedPath) const;
    /// Children of `node` in document order.
    QList<int> children(int node) const;
    /// The JSON path of a node, e.g. `$.data.items[2].id` (keys needing it are quoted).
    QString path(int node) const;

    /// Pretty form: `indent` spaces per level, every key, duplicate and number kept verbatim.
    QByteArray pretty(int indent = 2) const;

private:
    QByteArray m_text;
    std::vector<JsonNode> m_nodes;
    JsonParseError m_error;
};

} // namespace Hookbench
