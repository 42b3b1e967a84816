// libFuzzer target for JsonDocument. The input is the JSON text. Parsing must never crash, and
// both outcomes must keep their invariants: a valid document has a consistent flat tree and a
// pretty form that differs only in whitespace; an error has a sane, consistent position.
#include "inspect/jsondocument.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Last: its check() macro must not meet the Qt headers.
#include "fuzzcheck.h"

using namespace Hookbench;
using Kind = JsonNode::Kind;

namespace {

// Calls of the slower per-node helpers (member, path) are limited to keep runs fast.
constexpr int slowChecks = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

// The text without whitespace outside strings: pretty printing may change nothing else.
QByteArray compact(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (isSpace(c))
            continue;
        inString = c == '"';
        out += c;
    }
    return out;
}

bool isContainer(Kind kind)
{
    return kind == Kind::Object || kind == Kind::Array;
}

void checkTree(const JsonDocument &doc)
{
    const auto &nodes = doc.nodes();
    const int size = int(nodes.size());
    const qsizetype textSize = doc.text().size();
    check(size > 0);
    for (int i = 0; i < size; ++i) {
        const JsonNode &n = nodes[size_t(i)];
        check(n.nextSibling > i && n.nextSibling <= size);
        check(n.depth >= 0 && n.depth <= JsonDocument::maxDepth);
        if (i == 0) {
            check(n.parent == -1 && n.depth == 0 && n.nextSibling == size && n.keyOffset == -1);
        } else {
            check(n.parent >= 0 && n.parent < i);
            const JsonNode &parent = nodes[size_t(n.parent)];
            check(isContainer(parent.kind));
            check(n.depth == parent.depth + 1);
            check(n.nextSibling <= parent.nextSibling);
            check((n.keyOffset >= 0) == (parent.kind == Kind::Object));
        }
        if (!isContainer(n.kind))
            check(n.nextSibling == i + 1 && n.childCount == 0);
        int children = 0;
        for (int child = i + 1; child < n.nextSibling; child = nodes[size_t(child)].nextSibling) {
            check(nodes[size_t(child)].parent == i);
            ++children;
        }
        check(children == n.childCount);
        check(doc.children(i).size() == n.childCount);

        check(n.valueOffset >= 0 && n.valueLength > 0 && n.valueOffset + n.valueLength <= textSize);
        check(n.keyOffset < 0 || (n.keyLength >= 0 && n.keyOffset + n.keyLength < textSize));
        const QByteArrayView raw = doc.rawValue(i);
        switch (n.kind) {
        case Kind::Object:
            check(raw == "{");
            break;
        case Kind::Array:
            check(raw == "[");
            break;
        case Kind::String:
            check(raw.size() >= 2 && raw.front() == '"' && raw.back() == '"');
            break;
        case Kind::Number:
            check(raw.front() == '-' || (raw.front() >= '0' && raw.front() <= '9'));
            break;
        case Kind::Bool:
            check(raw == "true" || raw == "false");
            break;
        case Kind::Null:
            check(raw == "null");
            break;
        }
        check(!isSpace(raw.back()));
        const QString value = doc.stringValue(i);
        check(n.kind == Kind::String || value.isEmpty());
        const QByteArrayView rawKey = doc.rawKey(i);
        const QString key = doc.key(i);
        if (!rawKey.contains('\\'))
            check(key == QString::fromUtf8(rawKey));
        if (i < slowChecks) {
            check(doc.path(i).startsWith(u'$'));
            if (n.keyOffset >= 0) {
                // The first member of that name: this node or an earlier duplicate.
                const int first = doc.member(n.parent, key);
                check(first > n.parent && first <= i && doc.key(first) == key);
            }
        }
    }
}

void checkPretty(const JsonDocument &doc)
{
    const QByteArray pretty = doc.pretty();
    check(pretty.endsWith('\n'));
    check(compact(pretty) == compact(doc.text()));
    const JsonDocument again = JsonDocument::parse(pretty);
    check(again.isValid());
    check(again.nodes().size() == doc.nodes().size());
    for (int i = 0; i < int(doc.nodes().size()); ++i) {
        const JsonNode &a = doc.nodes()[size_t(i)];
        const JsonNode &b = again.nodes()[size_t(i)];
        check(a.kind == b.kind && a.depth == b.depth && a.parent == b.parent);
        check(a.childCount == b.childCount && a.nextSibling == b.nextSibling);
        check(doc.rawKey(i) == again.rawKey(i));
        if (!isContainer(a.kind))
            check(doc.rawValue(i) == again.rawValue(i));
    }
    check(again.pretty() == pretty);
    check(JsonDocument::parse(doc.pretty(4)).pretty() == pretty);
}

void checkError(const JsonDocument &doc)
{
    const JsonParseError &error = doc.error();
    const QByteArray &text = doc.text();
    check(doc.nodes().empty());
    check(doc.pretty().isEmpty());
    check(!error.message.isEmpty());
    check(error.line >= 1 && error.column >= 1);
    check(error.offset >= 0 && error.offset <= text.size());
    const QByteArrayView before(text.constData(), error.offset);
    check(error.line == before.count('\n') + 1);
    check(error.column == error.offset - before.lastIndexOf('\n'));
    if (error.message == QLatin1String("invalid UTF-8")) {
        // The offset is the first bad byte: everything before it is valid, and the sequence
        // that starts there is not.
        check(!isValidUtf8(text));
        check(isValidUtf8(before));
        check(error.offset < text.size());
        const auto lead = static_cast<uchar>(text.at(error.offset));
        const qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        const qsizetype available = std::min(length, text.size() - error.offset);
        check(available < length || !isValidUtf8(text.sliced(error.offset, available)));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonDocument doc = JsonDocument::parse(text);
    check(doc.text() == text);
    if (!doc.isValid()) {
        checkError(doc);
        return 0;
    }
    check(doc.error().offset == -1 && doc.error().message.isEmpty());
    check(isValidUtf8(text));
    checkTree(doc);
    checkPretty(doc);
    // Without its closing bracket, a container document cannot be valid.
    if (isContainer(doc.nodes()[0].kind)) {
        qsizetype end = text.size();
        while (end > 0 && isSpace(text.at(end - 1)))
            --end;
        const JsonDocument cut = JsonDocument::parse(text.first(end - 1));
        check(!cut.isValid());
        checkError(cut);
    }
    return 0;
}
