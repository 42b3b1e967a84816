#include "jsondocument.h"

#include <simdjson.h>

namespace Hookbench {

namespace ondemand = simdjson::ondemand;

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// simdjson reports a scalar token up to the next structural character, spaces included.
std::string_view trimmedToken(std::string_view token)
{
    while (!token.empty() && isJsonSpace(token.back()))
        token.remove_suffix(1);
    return token;
}

// Length of a key's text between its quotes. The key was validated by unescaping it, so the
// first quote not preceded by a backslash escape ends it.
qint32 rawKeyLength(const char *start, const char *end)
{
    const char *p = start;
    while (p < end && *p != '"')
        p += (*p == '\\') ? 2 : 1;
    return static_cast<qint32>(p - start);
}

// Offset of the first byte that is not part of valid UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or -1. simdjson rejects such text in its first stage
// without saying where; a developer needs the position.
qsizetype firstInvalidUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2, min = 0x80, code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3, min = 0x800, code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Offset of the first raw control character inside a string, or -1 (simdjson's first stage
// rejects them without a position).
qsizetype firstUnescapedControl(QByteArrayView text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<uchar>(text[i]);
        if (inString && c < 0x20)
            return i;
        if (c == '"')
            inString = !inString;
        else if (inString && c == '\\' && i + 1 < text.size() && uchar(text[i + 1]) >= 0x20)
            ++i;
    }
    return -1;
}

class Builder
{
public:
    Builder(const char *base, const char *end, std::vector<JsonNode> &nodes)
        : m_base(base), m_end(end), m_nodes(nodes)
    { }

    simdjson::error_code
    value(ondemand::value value, int depth, int parent, qint32 keyOffset, qint32 keyLength)
    {
        ondemand::json_type type;
        if (auto error = value.type().get(type))
            return error;
        // On-Demand does not bound nesting itself; deep input must not exhaust the stack.
        if (depth > JsonDocument::maxDepth)
            return simdjson::DEPTH_ERROR;
        const int index = add(depth, parent, keyOffset, keyLength);
        switch (type) {
        case ondemand::json_type::object: {
            setToken(index, JsonNode::Kind::Object, value.raw_json_token().substr(0, 1));
            ondemand::object object;
            if (auto error = value.get_object().get(object))
                return error;
            for (auto member : object) {
                ondemand::field field;
                if (auto error = std::move(member).get(field))
                    return error;
                // Unescaping validates the key; the raw text is what gets shown.
                const char *key = field.key().raw();
                std::string_view unescaped;
                if (auto error = field.unescaped_key().get(unescaped)) {
                    m_errorAt = key - 1; // the key's opening quote
                    return error;
                }
                if (auto error = this->value(field.value(),
                                             depth + 1,
                                             index,
                                             static_cast<qint32>(key - m_base),
                                             rawKeyLength(key, m_end))) {
                    return error;
                }
                ++m_nodes[index].childCount;
            }
            break;
        }
        case ondemand::json_type::array: {
            setToken(index, JsonNode::Kind::Array, value.raw_json_token().substr(0, 1));
            ondemand::array array;
            if (auto error = value.get_array().get(array))
                return error;
            for (auto element : array) {
                ondemand::value item;
                if (auto error = element.get(item))
                    return error;
                if (auto error = this->value(item, depth + 1, index, -1, 0))
                    return error;
                ++m_nodes[index].childCount;
            }
            break;
        }
        default:
            if (auto error = scalar(value, type, index))
                return error;
        }
        m_nodes[index].nextSibling = static_cast<int>(m_nodes.size());
        return simdjson::SUCCESS;
    }

    // A document that is a single scalar cannot be a simdjson value; it is handled here.
    simdjson::error_code rootScalar(ondemand::document &document)
    {
        ondemand::json_type type;
        if (auto error = document.type().get(type))
            return error;
        const int index = add(0, -1, -1, 0);
        std::string_view token;
        if (auto error = document.raw_json_token().get(token))
            return error;
        // simdjson 3.0 does not check what follows a root string, and a refused number hides
        // its TRAILING_CONTENT, so the rest of the text is checked here, first.
        for (const char *p = token.data() + trimmedToken(token).size(); p < m_end; ++p) {
            if (!isJsonSpace(*p)) {
                m_errorAt = p;
                return simdjson::TRAILING_CONTENT;
            }
        }
        simdjson::error_code error = simdjson::SUCCESS;
        JsonNode::Kind kind = JsonNode::Kind::Null;
        switch (type) {
        case ondemand::json_type::string:
            kind = JsonNode::Kind::String;
            error = document.get_string().error();
            break;
        case ondemand::json_type::number:
            kind = JsonNode::Kind::Number;
            error = numberError(document.get_number().error(), trimmedToken(token));
            break;
        case ondemand::json_type::boolean:
            kind = JsonNode::Kind::Bool;
            error = document.get_bool().error();
            break;
        default:
            // simdjson's root is_null() refuses "null" followed by white space.
            error = trimmedToken(token) == "null" ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
        }
        setToken(index, kind, trimmedToken(token));
        m_nodes[index].nextSibling = 1;
        if (error == simdjson::STRING_ERROR)
            m_errorAt = token.data();
        return error;
    }

    /// Where the error is when simdjson's own position would be misleading; else null.
    const char *errorAt() const { return m_errorAt; }

private:
    // simdjson 3.0 refuses numbers beyond 64-bit integers and doubles (`1e400`, 30-digit
    // integers), but they are valid JSON and Hookbench shows their text, so a number it
    // refuses is accepted when its text has JSON's number grammar.
    static simdjson::error_code numberError(simdjson::error_code error, std::string_view token)
    {
        if (error != simdjson::NUMBER_ERROR)
            return error;
        return isJsonNumber(token) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    }

    static bool isJsonNumber(std::string_view t)
    {
        size_t i = 0;
        auto digits = [&] {
            const size_t start = i;
            while (i < t.size() && t[i] >= '0' && t[i] <= '9')
                ++i;
            return i > start;
        };
        if (i < t.size() && t[i] == '-')
            ++i;
        if (i < t.size() && t[i] == '0')
            ++i;
        else if (!digits())
            return false;
        if (i < t.size() && t[i] == '.' && (++i, !digits()))
            return false;
        if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
            ++i;
            if (i < t.size() && (t[i] == '+' || t[i] == '-'))
                ++i;
            if (!digits())
                return false;
        }
        return i == t.size();
    }

    simdjson::error_code scalar(ondemand::value value, ondemand::json_type type, int index)
    {
        const std::string_view token = trimmedToken(value.raw_json_token());
        switch (type) {
        case ondemand::json_type::string:
            setToken(index, JsonNode::Kind::String, token);
            if (auto error = value.get_string().error()) {
                m_errorAt = token.data(); // not the token after it, maybe lines away
                return error;
            }
            return simdjson::SUCCESS;
        case ondemand::json_type::number:
            setToken(index, JsonNode::Kind::Number, token);
            return numberError(value.get_number().error(), token);
        case ondemand::json_type::boolean:
            setToken(index, JsonNode::Kind::Bool, token);
            return value.get_bool().error();
        default: {
            setToken(index, JsonNode::Kind::Null, token);
            bool isNull = false;
            if (auto error = value.is_null().get(isNull))
                return error;
            return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
        }
        }
    }

    int add(int depth, int parent, qint32 keyOffset, qint32 keyLength)
    {
        JsonNode node;
        node.depth = depth;
        node.parent = parent;
        node.keyOffset = keyOffset;
        node.keyLength = keyLength;
        m_nodes.push_back(node);
        return static_cast<int>(m_nodes.size() - 1);
    }

    void setToken(int index, JsonNode::Kind kind, std::string_view token)
    {
        JsonNode &node = m_nodes[index];
        node.kind = kind;
        node.valueOffset = static_cast<qint32>(token.data() - m_base);
        node.valueLength = static_cast<qint32>(token.size());
    }

    const char *m_base;
    const char *m_end;
    const char *m_errorAt = nullptr;
    std::vector<JsonNode> &m_nodes;
};

QString describe(simdjson::error_code error, bool atEnd)
{
    switch (error) {
    case simdjson::DEPTH_ERROR:
        return QStringLiteral("nested deeper than %1 levels").arg(JsonDocument::maxDepth);
    case simdjson::UNESCAPED_CHARS:
        return QStringLiteral("control character in a string (must be escaped)");
    case simdjson::UTF8_ERROR:
        return QStringLiteral("invalid UTF-8");
    case simdjson::EMPTY:
        return QStringLiteral("empty document");
    case simdjson::UNCLOSED_STRING:
        return QStringLiteral("unterminated string");
    case simdjson::STRING_ERROR:
        return QStringLiteral("invalid string (bad escape or control character)");
    case simdjson::NUMBER_ERROR:
        return QStringLiteral("invalid number");
    case simdjson::INCORRECT_TYPE:
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return QStringLiteral("invalid literal (expected true, false or null)");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("unexpected end of document (unclosed object or array)");
    case simdjson::TAPE_ERROR:
        if (atEnd)
            return QStringLiteral("unexpected end of document");
        return QStringLiteral("unexpected character, or a missing comma, colon or bracket");
    case simdjson::TRAILING_CONTENT:
        return QStringLiteral("unexpected content after the document");
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
}

} // namespace

JsonDocument JsonDocument::parse(const QByteArray &text)
{
    JsonDocument document;
    document.m_text = text;
    const simdjson::padded_string padded(text.constData(), static_cast<size_t>(text.size()));
    // Offsets are taken in the padded copy; it holds the same bytes at the same positions.
    const char *base = padded.data();
    const char *end = base + padded.size();
    ondemand::parser parser;
    // The document itself is On-Demand's depth 1, and a container records where its children
    // start at its depth + 1; the development checks of unoptimised builds assert that this
    // stays below max_depth, so the deepest container accepted needs maxDepth + 2.
    simdjson::error_code error = parser.allocate(padded.size(), maxDepth + 2);
    ondemand::document root;
    if (!error)
        error = parser.iterate(padded).get(root);
    const char *location = nullptr;
    if (!error) {
        // Real payloads average well over 8 bytes per value; reserving that many nodes saves
        // the copies of a growing array, and pages never touched cost nothing.
        document.m_nodes.reserve(static_cast<size_t>(text.size() / 8 + 16));
        Builder builder(base, end, document.m_nodes);
        bool scalar = false;
        error = root.is_scalar().get(scalar);
        if (!error && scalar) {
            error = builder.rootScalar(root);
        } else if (!error) {
            ondemand::value value;
            error = root.get_value().get(value);
            if (!error)
                error = builder.value(value, 0, -1, -1, 0);
        }
        // On-Demand stops after the root value; anything but the end of input after it is
        // trailing content (root scalars check this themselves).
        if (!error && !scalar && !root.current_location().get(location))
            error = simdjson::TRAILING_CONTENT;
        if (error && root.current_location().get(location))
            location = nullptr;
        if (error && builder.errorAt())
            location = builder.errorAt();
    }
    if (!error)
        return document;

    document.m_nodes.clear();
    qsizetype offset = location ? location - base : text.size();
    if (error == simdjson::UTF8_ERROR)
        offset = qMax<qsizetype>(0, firstInvalidUtf8(text));
    if (error == simdjson::UNESCAPED_CHARS)
        offset = qMax<qsizetype>(0, firstUnescapedControl(text));
    offset = qBound<qsizetype>(0, offset, text.size());
    const QByteArrayView before(text.constData(), offset);
    document.m_error.offset = offset;
    document.m_error.line = static_cast<int>(before.count('\n')) + 1;
    document.m_error.column = static_cast<int>(offset - (before.lastIndexOf('\n') + 1)) + 1;
    document.m_error.message = describe(error, offset >= text.size());
    return document;
}

QByteArrayView JsonDocument::rawKey(int node) const
{
    const JsonNode &n = m_nodes[node];
    if (n.keyOffset < 0)
        return {};
    return QByteArrayView(m_text.constData() + n.keyOffset, n.keyLength);
}

QByteArrayView JsonDocument::rawValue(int node) const
{
    const JsonNode &n = m_nodes[node];
    return QByteArrayView(m_text.constData() + n.valueOffset, n.valueLength);
}

namespace {

// Resolves the escapes of a JSON string token (with its quotes) through simdjson, so escape
// handling (surrogate pairs included) has one implementation.
QString unescape(QByteArrayView quoted)
{
    const simdjson::padded_string padded(quoted.data(), static_cast<size_t>(quoted.size()));
    ondemand::parser parser;
    ondemand::document document;
    std::string_view value;
    if (parser.iterate(padded).get(document) || document.get_string().get(value))
        return QString::fromUtf8(quoted);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

bool needsUnescape(QByteArrayView raw)
{
    return raw.contains('\\');
}

} // namespace

QString JsonDocument::key(int node) const
{
    const QByteArrayView raw = rawKey(node);
    if (!needsUnescape(raw))
        return QString::fromUtf8(raw);
    const QByteArray quoted = '"' + raw.toByteArray() + '"';
    return unescape(quoted);
}

QString JsonDocument::stringValue(int node) const
{
    if (m_nodes[node].kind != JsonNode::Kind::String)
        return {};
    const QByteArrayView raw = rawValue(node);
    if (!needsUnescape(raw))
        return QString::fromUtf8(raw.sliced(1, raw.size() - 2));
    return unescape(raw);
}

int JsonDocument::member(int node, QStringView key) const
{
    if (node < 0 || node >= static_cast<int>(m_nodes.size())
        || m_nodes[node].kind != JsonNode::Kind::Object)
        return -1;
    const QByteArray utf8 = key.toUtf8();
    for (int child = node + 1; child < m_nodes[node].nextSibling;
         child = m_nodes[child].nextSibling) {
        const QByteArrayView raw = rawKey(child);
        if (raw == utf8 || (needsUnescape(raw) && this->key(child) == key))
            return child;
    }
    return -1;
}

int JsonDocument::find(QStringView dottedPath) const
{
    if (m_nodes.empty())
        return -1;
    int node = 0;
    for (const QStringView part : dottedPath.split(u'.')) {
        node = member(node, part);
        if (node < 0)
            return -1;
    }
    return node;
}

QList<int> JsonDocument::children(int node) const
{
    QList<int> result;
    const JsonNode &n = m_nodes[node];
    result.reserve(n.childCount);
    for (int child = node + 1; child < n.nextSibling; child = m_nodes[child].nextSibling)
        result.append(child);
    return result;
}

QString JsonDocument::path(int node) const
{
    QStringList parts;
    for (int at = node; at > 0; at = m_nodes[at].parent) {
        const int parent = m_nodes[at].parent;
        if (m_nodes[parent].kind == JsonNode::Kind::Array) {
            parts.prepend(QStringLiteral("[%1]").arg(children(parent).indexOf(at)));
            continue;
        }
        const QString name = key(at);
        bool plain = !name.isEmpty() && !name.at(0).isDigit();
        for (const QChar c : name)
            plain = plain && (c.isLetterOrNumber() || c == u'_' || c == u'$');
        if (plain) {
            parts.prepend(u'.' + name);
        } else {
            QString quoted = name;
            quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            parts.prepend(QStringLiteral("[\"%1\"]").arg(quoted));
        }
    }
    return u'$' + parts.join(QString());
}

namespace {

void writePretty(const JsonDocument &document, int node, int indent, QByteArray &out)
{
    const JsonNode &n = document.nodes()[node];
    if (n.keyOffset >= 0) {
        out += '"';
        out += document.rawKey(node);
        out += "\": ";
    }
    if (n.kind != JsonNode::Kind::Object && n.kind != JsonNode::Kind::Array) {
        out += document.rawValue(node);
        return;
    }
    const bool object = n.kind == JsonNode::Kind::Object;
    out += object ? '{' : '[';
    if (n.childCount == 0) {
        out += object ? '}' : ']';
        return;
    }
    bool first = true;
    for (int child = node + 1; child < n.nextSibling; child = document.nodes()[child].nextSibling) {
        out += first ? "\n" : ",\n";
        first = false;
        out.append((n.depth + 1) * indent, ' ');
        writePretty(document, child, indent, out);
    }
    out += '\n';
    out.append(n.depth * indent, ' ');
    out += object ? '}' : ']';
}

} // namespace

QByteArray JsonDocument::pretty(int indent) const
{
    QByteArray out;
    if (m_nodes.empty())
        return out;
    out.reserve(m_text.size() + m_text.size() / 2);
    writePretty(*this, 0, indent, out);
    out += '\n';
    return out;
}

} // namespace Hookbench
