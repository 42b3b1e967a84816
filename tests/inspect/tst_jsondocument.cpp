// JsonDocument: lossless parsing (key order, duplicates, number text, escapes), error
// positions, the nesting limit, UTF-8 checks, navigation and pretty printing.
#include "inspect/jsondocument.h"

#include <QTest>

using namespace Hookbench;
using Kind = JsonNode::Kind;

namespace {

// A realistic provider event (~330 bytes), used for the truncation test. It ends with its
// closing brace, so that every shorter prefix is invalid.
const QByteArray webhook = R"({
  "id": "evt_1NqRkD2eZvKYlo2C",
  "object": "event",
  "type": "invoice.paid",
  "created": 1694012345,
  "livemode": false,
  "data": {
    "object": {
      "id": "in_1NqRkC2eZvKYlo2C",
      "amount_paid": 1999,
      "ratio": 1.10,
      "lines": [{"id": "il_1", "amount": 1999}, null],
      "email": "j\u00f6rg@example.com"
    }
  }
})";

// Checks the flat pre-order layout; returns what is wrong, or an empty string.
QString structureError(const JsonDocument &doc)
{
    const auto &nodes = doc.nodes();
    const int size = int(nodes.size());
    for (int i = 0; i < size; ++i) {
        const JsonNode &n = nodes[size_t(i)];
        if (n.nextSibling <= i || n.nextSibling > size)
            return QStringLiteral("node %1: nextSibling %2").arg(i).arg(n.nextSibling);
        if (i == 0 ? n.parent != -1 : (n.parent < 0 || n.parent >= i))
            return QStringLiteral("node %1: parent %2").arg(i).arg(n.parent);
        if (i > 0 && n.depth != nodes[size_t(n.parent)].depth + 1)
            return QStringLiteral("node %1: depth %2").arg(i).arg(n.depth);
        if (doc.children(i).size() != n.childCount)
            return QStringLiteral("node %1: childCount %2").arg(i).arg(n.childCount);
    }
    return {};
}

QByteArray nested(QByteArrayView open, int levels, QByteArrayView inner, QByteArrayView close)
{
    return open.toByteArray().repeated(levels) + inner.toByteArray()
           + close.toByteArray().repeated(levels);
}

} // namespace

class TestJsonDocument : public QObject
{
    Q_OBJECT

private slots:
    void keyOrderAndDuplicates();
    void numbers_data();
    void numbers();
    void escapes_data();
    void escapes();
    void invalidStrings_data();
    void invalidStrings();
    void rootValues_data();
    void rootValues();
    void invalidDocuments_data();
    void invalidDocuments();
    void errorPosition_data();
    void errorPosition();
    void truncatedWebhook();
    void invalidUtf8_data();
    void invalidUtf8();
    void navigation();
    void paths();
    void pretty();
    void bigDocument();
    void depthBoundary_data();
    void depthBoundary();
    void deepNesting_data();
    void deepNesting();
};

void TestJsonDocument::keyOrderAndDuplicates()
{
    const JsonDocument doc = JsonDocument::parse(R"({"b":1,"a":2,"b":3})");
    QVERIFY(doc.isValid());
    QCOMPARE(doc.nodes().size(), size_t(4));
    QCOMPARE(doc.pretty(), QByteArray("{\n  \"b\": 1,\n  \"a\": 2,\n  \"b\": 3\n}\n"));
    QCOMPARE(doc.children(0), QList<int>({1, 2, 3}));
    QCOMPARE(QStringList({doc.key(1), doc.key(2), doc.key(3)}),
             QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(doc.member(0, u"b"), 1); // the first of the duplicates
    QCOMPARE(doc.rawValue(doc.member(0, u"b")).toByteArray(), QByteArray("1"));
    QCOMPARE(doc.member(0, u"a"), 2);
    QCOMPARE(doc.member(0, u"c"), -1);
    QCOMPARE(doc.find(u"b"), 1);
}

void TestJsonDocument::numbers_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");
    const QByteArray valid = "12345678901234567890 123456789012345678901234567890 1.10 1e400 "
                             "-1e-400 -0 0 0.0000001 1E+2 -1.5e-10 1.7976931348623157e309 "
                             "100000000000000000000000000000.000";
    for (const QByteArray &token : valid.split(' '))
        QTest::addRow("%s", token.constData()) << token << true;
    const QByteArray invalid = "01 -01 00 1. .5 +1 1e 1e+ --1 - 0x10 1.e5 1_000 NaN Infinity "
                               "-Infinity";
    for (const QByteArray &token : invalid.split(' '))
        QTest::addRow("%s", token.constData()) << token << false;
}

void TestJsonDocument::numbers()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    // Each form, with the column where the token starts.
    const QList<std::pair<QByteArray, int>> forms = {
        {token, 1}, {QByteArray("[ " + token + " ]"), 3}, {QByteArray("{\"n\":" + token + '}'), 6}};
    for (const auto &[text, column] : forms) {
        const JsonDocument doc = JsonDocument::parse(text);
        QVERIFY2(doc.isValid() == valid, text.constData());
        if (!valid) {
            QVERIFY(doc.nodes().empty());
            QCOMPARE(doc.error().line, 1);
            QCOMPARE(doc.error().column, column);
            continue;
        }
        const int node = int(doc.nodes().size()) - 1;
        QCOMPARE(doc.nodes()[size_t(node)].kind, Kind::Number);
        QCOMPARE(doc.rawValue(node).toByteArray(), token); // exact text, never re-formatted
        QVERIFY(doc.pretty().contains(token));
    }
}

void TestJsonDocument::escapes_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray(R"("plain")") << QStringLiteral("plain");
    QTest::newRow("e acute") << QByteArray(R"("\u00e9")") << QString::fromUtf8("\xC3\xA9");
    QTest::newRow("upper hex") << QByteArray(R"("\u00E9t\u00C9")")
                               << QString::fromUtf8("\xC3\xA9t\xC3\x89");
    QTest::newRow("newline") << QByteArray(R"("a\nb")") << QStringLiteral("a\nb");
    QTest::newRow("solidus") << QByteArray(R"("\/")") << QStringLiteral("/");
    QTest::newRow("all short") << QByteArray(R"("\"\\\/\b\f\n\r\t")")
                               << QStringLiteral("\"\\/\b\f\n\r\t");
    QTest::newRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("escaped nul") << QByteArray(R"("a\u0000b")")
                                 << QString(QStringLiteral("a") + QChar(0) + u'b');
    // Valid UTF-8 as is; the long one crosses 4 KiB boundaries at every alignment.
    for (const char *raw : {"\xF0\x9F\x98\x80 \xF0\x9F\x8E\x89",
                            "\xE4\xB8\xAD\xE6\x96\x87",
                            "\xEF\xBF\xBD",
                            "\xF4\x8F\xBF\xBF"}) {
        QTest::addRow("utf-8 %s", raw)
            << QByteArray('"' + QByteArray(raw) + '"') << QString::fromUtf8(raw);
    }
    const QByteArray mixed = QByteArray("a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80").repeated(2000);
    QTest::newRow("long utf-8") << QByteArray('"' + mixed + '"') << QString::fromUtf8(mixed);
    QTest::newRow("raw DEL") << QByteArray("\"a\x7F\"") << QString::fromUtf8("a\x7F");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
}

void TestJsonDocument::escapes()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, value);

    const JsonDocument array = JsonDocument::parse('[' + token + ']');
    QVERIFY2(array.isValid(), qPrintable(array.error().message));
    QCOMPARE(array.nodes()[1].kind, Kind::String);
    QCOMPARE(array.rawValue(1).toByteArray(), token);
    QCOMPARE(array.stringValue(1), value);
    QCOMPARE(array.pretty(), QByteArray("[\n  " + token + "\n]\n")); // escapes kept verbatim

    const JsonDocument object = JsonDocument::parse('{' + token + ':' + token + '}');
    QVERIFY2(object.isValid(), qPrintable(object.error().message));
    QCOMPARE(object.rawKey(1).toByteArray(), token.mid(1, token.size() - 2));
    QCOMPARE(object.key(1), value);
    QCOMPARE(object.stringValue(1), value);
    QCOMPARE(object.member(0, value), 1);
    QCOMPARE(object.pretty(), QByteArray("{\n  " + token + ": " + token + "\n}\n"));
}

void TestJsonDocument::invalidStrings_data()
{
    // The error must point into the bad string: from its opening quote to just past its
    // closing quote (for a raw control character, at the latest the character itself).
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    QTest::newRow("unknown escape") << QByteArray(R"("\x")") << 1 << 1 << 5;
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << 1 << 2 << 10;
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << 1 << 2 << 10;
    QTest::newRow("high then not low") << QByteArray(R"(["\ud83d\u0041"])") << 1 << 2 << 16;
    QTest::newRow("short hex") << QByteArray(R"(["\u12"])") << 1 << 2 << 8;
    QTest::newRow("non-hex") << QByteArray(R"(["\uZZZZ"])") << 1 << 2 << 10;
    QTest::newRow("bad escape in key") << QByteArray(R"({"\x":1})") << 1 << 2 << 6;
    QTest::newRow("bad escape, next line") << QByteArray("{\n  \"a\": \"\\x\"\n}") << 2 << 8 << 12;
    QTest::newRow("raw tab") << QByteArray("[\"a\tb\"]") << 1 << 2 << 4;
    QTest::newRow("raw newline in key") << QByteArray("{\"a\n\":1}") << 1 << 2 << 4;
    QTest::newRow("raw nul") << QByteArray("[\"a\0b\"]", 7) << 1 << 2 << 4;
    QTest::newRow("raw 0x1f") << QByteArray("[1,\"\x1F\"]") << 1 << 4 << 5;
}

void TestJsonDocument::invalidStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY(!doc.isValid());
    QVERIFY(!doc.error().message.isEmpty());
    QCOMPARE(doc.error().line, line);
    QVERIFY2(doc.error().column >= firstColumn && doc.error().column <= lastColumn,
             qPrintable(QString::number(doc.error().column)));
}

void TestJsonDocument::rootValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("string") << QByteArray(R"("s")") << Kind::String << QByteArray(R"("s")");
    QTest::newRow("number") << QByteArray("42") << Kind::Number << QByteArray("42");
    QTest::newRow("true") << QByteArray("true") << Kind::Bool << QByteArray("true");
    QTest::newRow("false") << QByteArray("false") << Kind::Bool << QByteArray("false");
    QTest::newRow("null") << QByteArray("null") << Kind::Null << QByteArray("null");
    QTest::newRow("spaced number")
        << QByteArray(" \n 42 \t\r\n") << Kind::Number << QByteArray("42");
    QTest::newRow("spaced string")
        << QByteArray("\t\"a b\"\n") << Kind::String << QByteArray(R"("a b")");
    QTest::newRow("empty object") << QByteArray("{}") << Kind::Object << QByteArray("{");
    QTest::newRow("empty array") << QByteArray("[]") << Kind::Array << QByteArray("[");
    QTest::newRow("spaced object")
        << QByteArray("\r\n { \n } \n") << Kind::Object << QByteArray("{");
}

void TestJsonDocument::rootValues()
{
    QFETCH(QByteArray, text);
    QFETCH(Kind, kind);
    QFETCH(QByteArray, raw);
    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.error().offset, qsizetype(-1));
    QCOMPARE(doc.nodes().size(), size_t(1));
    const JsonNode &root = doc.nodes()[0];
    QCOMPARE(root.kind, kind);
    // depth, parent, nextSibling, childCount, keyOffset
    QCOMPARE(
        QList<int>({root.depth, root.parent, root.nextSibling, root.childCount, root.keyOffset}),
        QList<int>({0, -1, 1, 0, -1}));
    QCOMPARE(doc.rawValue(0).toByteArray(), raw);
    QCOMPARE(doc.path(0), QStringLiteral("$"));
    const QByteArray pretty = kind == Kind::Object ? "{}" : kind == Kind::Array ? "[]" : raw;
    QCOMPARE(doc.pretty(), QByteArray(pretty + '\n'));
}

void TestJsonDocument::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const QString empty = QStringLiteral("empty document");
    const QString trailing = QStringLiteral("unexpected content after the document");
    const QString unexpected = QStringLiteral("unexpected character");
    const QString end = QStringLiteral("unexpected end of document");
    QTest::newRow("empty") << QByteArray() << empty << 1 << 1;
    QTest::newRow("spaces") << QByteArray("   ") << empty << 1 << 4;
    QTest::newRow("newlines") << QByteArray("\n\n") << empty << 3 << 1;
    QTest::newRow("object then x") << QByteArray("{} x") << trailing << 1 << 4;
    QTest::newRow("two arrays") << QByteArray("[1] [2]") << trailing << 1 << 5;
    QTest::newRow("extra bracket") << QByteArray("[1]]") << trailing << 1 << 4;
    QTest::newRow("number then x") << QByteArray("42 x") << trailing << 1 << 4;
    QTest::newRow("number then number") << QByteArray("1 2") << trailing << 1 << 3;
    QTest::newRow("big number then digit")
        << QByteArray("123456789012345678901234567890 5") << trailing << 1 << 32;
    QTest::newRow("1e400 then x") << QByteArray("1e400 x") << trailing << 1 << 7;
    QTest::newRow("string then x") << QByteArray(R"("s" x)") << trailing << 1 << 5;
    QTest::newRow("string then string") << QByteArray(R"("s""t")") << trailing << 1 << 4;
    QTest::newRow("true then x") << QByteArray("true x") << trailing << 1 << 6;
    QTest::newRow("null then x") << QByteArray("null x") << trailing << 1 << 6;
    QTest::newRow("trailing comma, array") << QByteArray("[1,]") << unexpected << 1 << 4;
    QTest::newRow("trailing comma, object") << QByteArray(R"({"a":1,})") << unexpected << 1 << 8;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << unexpected << 1 << 6;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << unexpected << 1 << 4;
    QTest::newRow("number key") << QByteArray("{1:2}") << unexpected << 1 << 2;
    QTest::newRow("lone close") << QByteArray("]") << unexpected << 1 << 1;
    QTest::newRow("unclosed array") << QByteArray("[") << end << 1 << 2;
    QTest::newRow("unclosed member") << QByteArray(R"({"a":)") << end << 1 << 6;
    QTest::newRow("unterminated string")
        << QByteArray(R"("abc)") << QStringLiteral("unterminated string") << 1 << 5;
    const QString literal = QStringLiteral("invalid literal");
    QTest::newRow("bad literal") << QByteArray("nul") << literal << 1 << 1;
    QTest::newRow("bad literal in array") << QByteArray("[nul]") << literal << 1 << 2;
    QTest::newRow("literal with suffix") << QByteArray("[truex]") << literal << 1 << 2;
}

void TestJsonDocument::invalidDocuments()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY(!doc.isValid());
    QVERIFY(doc.nodes().empty());
    QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
    QVERIFY(doc.pretty().isEmpty());
    QCOMPARE(doc.find(u"a"), -1);
}

void TestJsonDocument::errorPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("bad literal") << QByteArray("[\n  1,\n    tru\n]") << 3 << 5;
    QTest::newRow("missing colon") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 7;
    QTest::newRow("missing comma") << QByteArray("[\n  1\n  2\n]") << 3 << 3;
    QTest::newRow("leading zero") << QByteArray("{\n  \"a\": 1,\n  \"b\": 01\n}") << 3 << 8;
    QTest::newRow("unclosed at end") << QByteArray("{\n  \"a\": [1,\n") << 3 << 1;
    QTest::newRow("trailing content") << QByteArray("[1]\n\n   x") << 3 << 4;
    QTest::newRow("crlf") << QByteArray("{\r\n  \"a\": 1,\r\n  \"b\" 2\r\n}") << 3 << 7;
    QTest::newRow("tab is one column") << QByteArray("{\n\t\"a\" 1}") << 2 << 6;
    QTest::newRow("columns are bytes") << QByteArray("{\"\xC3\xA9\": 1 2}") << 1 << 10;
}

void TestJsonDocument::errorPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
    // offset, line and column describe the same byte
    const QByteArrayView before(text.constData(), doc.error().offset);
    QCOMPARE(before.count('\n') + 1, qsizetype(line));
    QCOMPARE(doc.error().offset - before.lastIndexOf('\n'), qsizetype(column));
}

void TestJsonDocument::truncatedWebhook()
{
    const JsonDocument whole = JsonDocument::parse(webhook);
    QVERIFY2(whole.isValid(), qPrintable(whole.error().message));
    QCOMPARE(structureError(whole), QString());
    QCOMPARE(whole.stringValue(whole.find(u"data.object.email")),
             QString::fromUtf8("j\xC3\xB6rg@example.com"));
    for (qsizetype size = 0; size < webhook.size(); ++size) {
        const QByteArray prefix = webhook.first(size);
        const JsonDocument doc = JsonDocument::parse(prefix);
        QVERIFY2(!doc.isValid(), qPrintable(QString::number(size)));
        QVERIFY(doc.nodes().empty() && !doc.error().message.isEmpty());
        QVERIFY(doc.error().offset >= 0 && doc.error().offset <= size);
        QVERIFY(doc.error().line >= 1 && doc.error().column >= 1);
    }
}

void TestJsonDocument::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the first byte that is not valid UTF-8
    QTest::newRow("in value") << QByteArray("{\"a\": \"x\xFFy\"}") << 1 << 9;
    QTest::newRow("in key") << QByteArray("{\"k\xC3\":1}") << 1 << 4;
    QTest::newRow("truncated, line 3")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": \"\xE2\x82\"\n}") << 3 << 9;
    QTest::newRow("key on line 3") << QByteArray("{\n  \"a\": 1,\n  \"\xFF\": 2\n}") << 3 << 4;
    QTest::newRow("overlong") << QByteArray("[\"\xC0\x80\"]") << 1 << 3;
    QTest::newRow("surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << 1 << 3;
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << 1 << 3;
    QTest::newRow("stray continuation") << QByteArray("[\"a\x80\"]") << 1 << 4;
    QTest::newRow("outside strings") << QByteArray("[1,\xFF]") << 1 << 4;
    QTest::newRow("first of two") << QByteArray("[\"\xFF\",\"\xFE\"]") << 1 << 3;
    QTest::newRow("after emoji and cjk")
        << QByteArray("[\"\xF0\x9F\x98\x80\xE4\xB8\xAD\",\"\xFF\"]") << 1 << 13;
    // A literal U+FFFD is valid text and is not the error.
    QTest::newRow("after U+FFFD") << QByteArray("{\"a\":\"\xEF\xBF\xBD\",\"b\":\"\xFF\"}") << 1
                                  << 17;
    for (int at : {4094, 4095, 4096, 4097, 8192}) {
        QByteArray text = "[\"" + QByteArray(at - 2, 'x') + "\xFF\"]";
        QTest::addRow("bad byte at %d", at) << text << 1 << at + 1;
    }
    // Valid two-byte sequences straddle the 4 KiB boundaries before the bad byte.
    QTest::newRow("after 6000 bytes of e acute")
        << QByteArray("{\"a\":\"" + QByteArray("\xC3\xA9").repeated(3000) + "\xFF\"}") << 1 << 6007;
}

void TestJsonDocument::invalidUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.error().message, QStringLiteral("invalid UTF-8"));
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
}

void TestJsonDocument::navigation()
{
    const JsonDocument doc = JsonDocument::parse(
        R"({"data": {"items": [{"id": "a"}, {"id": "b"}, {"id": "c", "n": 1.50}], "x": {}},
            "type": "x.y", "ok": true})");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(structureError(doc), QString());

    const int items = doc.find(u"data.items");
    QVERIFY(items > 0);
    QCOMPARE(doc.nodes()[size_t(items)].kind, Kind::Array);
    QCOMPARE(doc.rawKey(items).toByteArray(), QByteArray("items"));
    const QList<int> elements = doc.children(items);
    QCOMPARE(elements.size(), 3);
    for (const int element : elements) {
        QCOMPARE(doc.nodes()[size_t(element)].parent, items);
        QVERIFY(doc.rawKey(element).isEmpty());
        QCOMPARE(doc.key(element), QString());
    }
    const int id = doc.member(elements.at(2), u"id");
    QCOMPARE(doc.rawKey(id).toByteArray(), QByteArray("id"));
    QCOMPARE(doc.rawValue(id).toByteArray(), QByteArray(R"("c")"));
    QCOMPARE(doc.stringValue(id), QStringLiteral("c"));
    QCOMPARE(doc.path(id), QStringLiteral("$.data.items[2].id"));
    QCOMPARE(doc.rawValue(doc.member(elements.at(2), u"n")).toByteArray(), QByteArray("1.50"));
    QCOMPARE(doc.stringValue(doc.member(elements.at(2), u"n")), QString()); // not a string

    QCOMPARE(doc.stringValue(doc.find(u"type")), QStringLiteral("x.y"));
    QCOMPARE(doc.rawValue(doc.find(u"ok")).toByteArray(), QByteArray("true"));
    QCOMPARE(doc.children(doc.find(u"ok")), QList<int>());
    QCOMPARE(doc.children(doc.find(u"data.x")), QList<int>());
    QCOMPARE(doc.find(u"data.items.id"), -1); // arrays have no members
    QCOMPARE(doc.find(u"data.missing"), -1);
    QCOMPARE(doc.member(items, u"id"), -1);
    QCOMPARE(doc.member(-1, u"data"), -1);
    QCOMPARE(doc.member(int(doc.nodes().size()), u"data"), -1);
}

void TestJsonDocument::paths()
{
    const JsonDocument doc = JsonDocument::parse(
        R"({"a b": {"c\"d": [0, {"e\\f": 1}]}, "1x": 2, "": 3, "$a_b": 4, "\u0061": [[5]],
            "x.y": 6})");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QStringList paths;
    for (int i = 0; i < int(doc.nodes().size()); ++i)
        paths.append(doc.path(i));
    const QStringList expected
        = QStringLiteral(
              R"($|$["a b"]|$["a b"]["c\"d"]|$["a b"]["c\"d"][0]|$["a b"]["c\"d"][1]|)"
              R"($["a b"]["c\"d"][1]["e\\f"]|$["1x"]|$[""]|$.$a_b|$.a|$.a[0]|$.a[0][0]|$["x.y"])")
              .split(u'|');
    QCOMPARE(paths, expected);
    QCOMPARE(doc.find(u"a b"), 1);
    QCOMPARE(doc.find(u"a"), 9); // "\u0061" is matched by its unescaped name
    QCOMPARE(doc.rawKey(9).toByteArray(), QByteArray(R"(\u0061)"));
    QCOMPARE(doc.rawKey(2).toByteArray(), QByteArray(R"(c\"d)"));
    QCOMPARE(doc.key(2), QStringLiteral("c\"d"));
    QCOMPARE(doc.member(1, u"c\"d"), 2);
}

void TestJsonDocument::pretty()
{
    const JsonDocument doc = JsonDocument::parse(
        "{\"a\":1,\"b\":[true,null,\"x\\n\"],\"c\":{},\"d\":[],\"e\":{\"f\":1.10,\"f\":1e400}}");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    const QByteArray two = R"({
  "a": 1,
  "b": [
    true,
    null,
    "x\n"
  ],
  "c": {},
  "d": [],
  "e": {
    "f": 1.10,
    "f": 1e400
  }
}
)";
    QCOMPARE(doc.pretty(), two);
    QCOMPARE(doc.pretty(2), two);
    const JsonDocument small = JsonDocument::parse(R"({"a":[1,{}],"b":{"c":[]}})");
    QCOMPARE(small.pretty(4),
             QByteArray("{\n    \"a\": [\n        1,\n        {}\n    ],\n    \"b\": {\n"
                        "        \"c\": []\n    }\n}\n"));
    // Pretty text parses to the same tree and pretty-prints to itself.
    QCOMPARE(JsonDocument::parse(two).nodes().size(), doc.nodes().size());
    QCOMPARE(JsonDocument::parse(two).pretty(), two);
    QCOMPARE(JsonDocument::parse(doc.pretty(4)).pretty(), two);
}

void TestJsonDocument::bigDocument()
{
    // ~25 MB: 200,000 events of 10 nodes each.
    constexpr int count = 200'000;
    QByteArray text;
    text.reserve(26 * 1000 * 1000);
    text += "{\"events\": [\n";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += ",\n";
        text += "  {\"id\": \"evt_" + QByteArray::number(i) + "\", \"type\": \"invoice.paid\", "
                + "\"amount\": " + QByteArray::number(i * 7) + ".50, \"tags\": [\"a\", \"b\"], "
                + "\"ok\": true, \"meta\": null, \"pad\": \"" + QByteArray(8, 'p') + "\"}";
    }
    text += "\n], \"last\": \"end\"}\n";
    QVERIFY(text.size() > 20'000'000);

    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.nodes().size(), size_t(1 + 1 + count * 10 + 1));
    const int events = doc.find(u"events");
    QCOMPARE(doc.nodes()[size_t(events)].childCount, count);
    const int last = doc.children(events).constLast();
    QCOMPARE(doc.stringValue(doc.member(last, u"id")), QStringLiteral("evt_%1").arg(count - 1));
    QCOMPARE(doc.rawValue(doc.member(last, u"amount")).toByteArray(),
             QByteArray(QByteArray::number((count - 1) * 7) + ".50"));
    QCOMPARE(doc.path(doc.member(last, u"ok")), QStringLiteral("$.events[%1].ok").arg(count - 1));
    QCOMPARE(doc.stringValue(doc.find(u"last")), QStringLiteral("end"));
    QCOMPARE(doc.nodes()[0].nextSibling, int(doc.nodes().size()));
}

void TestJsonDocument::depthBoundary_data()
{
    // JsonNode::depth is 0 for the root: the deepest node accepted has depth maxDepth.
    constexpr int max = JsonDocument::maxDepth;
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("arrays, scalar at max") << nested("[", max, "1", "]") << true;
    QTest::newRow("arrays, scalar past max") << nested("[", max + 1, "1", "]") << false;
    QTest::newRow("arrays, empty at max") << nested("[", max + 1, "", "]") << true;
    QTest::newRow("arrays, empty past max") << nested("[", max + 2, "", "]") << false;
    QTest::newRow("objects, scalar at max") << nested(R"({"a":)", max, "1", "}") << true;
    QTest::newRow("objects, scalar past max") << nested(R"({"a":)", max + 1, "1", "}") << false;
    QTest::newRow("objects, empty at max") << nested(R"({"a":)", max, "{}", "}") << true;
    QTest::newRow("objects, empty past max") << nested(R"({"a":)", max + 1, "{}", "}") << false;
}

void TestJsonDocument::depthBoundary()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const JsonDocument doc = JsonDocument::parse(text);
    QCOMPARE(doc.isValid(), valid);
    if (!valid) {
        QVERIFY2(doc.error().message.contains(QStringLiteral("nested deeper than 1024")),
                 qPrintable(doc.error().message));
        return;
    }
    QCOMPARE(doc.nodes().back().depth, JsonDocument::maxDepth);
    QCOMPARE(structureError(doc), QString());
    QCOMPARE(JsonDocument::parse(doc.pretty()).nodes().size(), doc.nodes().size());
}

void TestJsonDocument::deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // where the first too deep value starts
    constexpr int tooDeep = JsonDocument::maxDepth + 1;
    for (int levels : {10'000, 100'000}) {
        QTest::addRow("%d arrays", levels) << nested("[", levels, "", "]") << 1 << tooDeep + 1;
        QTest::addRow("%d open arrays", levels) << QByteArray(levels, '[') << 1 << tooDeep + 1;
        QTest::addRow("%d objects", levels)
            << nested(R"({"a":)", levels, "1", "}") << 1 << 5 * tooDeep + 1;
        QTest::addRow("%d open objects", levels)
            << QByteArray(R"({"a":)").repeated(levels) << 1 << 5 * tooDeep + 1;
        QTest::addRow("%d mixed", levels)
            << nested(R"([{"a":)", levels, "null", "}]") << 1 << 3 * tooDeep - 1;
        QTest::addRow("%d arrays on line 2", levels)
            << QByteArray("{\"a\":\n" + QByteArray(levels, '[')) << 2 << tooDeep;
    }
}

void TestJsonDocument::deepNesting()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonDocument doc = JsonDocument::parse(text);
    QVERIFY(!doc.isValid());
    QVERIFY(doc.nodes().empty());
    QCOMPARE(doc.error().message,
             QStringLiteral("nested deeper than %1 levels").arg(JsonDocument::maxDepth));
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
