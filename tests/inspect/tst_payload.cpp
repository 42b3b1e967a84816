// Payload decoding and classification: Content-Encoding, form fields, XML formatting, kinds.
#include "inspect/contentdecoding.h"
#include "inspect/formfields.h"
#include "inspect/payloadkind.h"
#include "inspect/xmlformatter.h"

#include <QTest>

#include <zlib.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Hookbench;

namespace {

const QByteArray foxText = QByteArray("The quick brown fox jumps over the lazy dog. ").repeated(20);

// Made with: python3 -c "print('The quick brown fox jumps over the lazy dog. '*20, end='')"
//            | brotli -c -q 11 | xxd -i
const QByteArray foxBrotli = QByteArray::fromHex(
    "1f8303882c0e78d3d0955d9710bb172ba9cad092cc8cad415ce6f236c8199e9e0a7b830d387048206f24be41a715"
    "ce1c1e27aa2938c289b84f8301");
// Same text, gzip first and br last ("Content-Encoding: gzip, br"):
//     ... | gzip -n -c | brotli -c -q 11 | xxd -i
const QByteArray foxGzipThenBrotli = QByteArray::fromHex(
    "0f24801f8b08000000000000030bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d522801"
    "4ae72456552aa4e4a7eb29848c2a1e553caa98da8a01e64a66b08403000003");
// 100,000,000 zero bytes: head -c 100000000 /dev/zero | brotli -c -q 11 | xxd -i
const QByteArray zerosBrotli = QByteArray::fromHex(
    "cfffff7ff82700e2b14020f7fe9ffffffff04f00c4610180eefd3fffffffe19f0088c32200ddfb7ffeffffc33f01"
    "10870500baf7fffcffff877f02200e0b0074effff31fbc1eff04401c1600e862d703");

// Compresses with zlib: windowBits 31 is gzip, 15 zlib-wrapped deflate, -15 raw deflate.
// `repeat` feeds the same input that many times, so that huge outputs need no huge input.
QByteArray compress(const QByteArray &data, int windowBits, int repeat = 1)
{
    z_stream stream {};
    if (deflateInit2(&stream, 9, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    char chunk[64 * 1024];
    for (int i = 0; i < repeat; ++i) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        stream.avail_in = uInt(data.size());
        const int flush = i + 1 == repeat ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(chunk);
            stream.avail_out = sizeof chunk;
            rc = deflate(&stream, flush);
            out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        } while (stream.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    }
    deflateEnd(&stream);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    return compress(data, 31);
}

// Text that compresses but not trivially, larger than the decoder's first output chunk.
QByteArray largeText()
{
    QByteArray text;
    quint32 state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 1103515245u + 12345u;
        text.append(QByteArray::number(state >> 16)).append(i % 16 ? ' ' : '\n');
    }
    return text;
}

qint64 peakRssKiB()
{
#ifdef Q_OS_LINUX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

} // namespace

class TestPayload : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodeBomb_data();
    void decodeBomb();
    void formFields_data();
    void formFields();
    void looksLikeForm_data();
    void looksLikeForm();
    void xmlFormat_data();
    void xmlFormat();
    void xmlInvalid_data();
    void xmlInvalid();
    void classify_data();
    void classify();
    void utf8_data();
    void utf8();
};

void TestPayload::decode_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("maxOutput");
    QTest::addColumn<QByteArray>("expected"); // what `bytes` must hold
    QTest::addColumn<bool>("decoded");
    QTest::addColumn<QString>("error"); // a part of the message; empty when none is expected

    const qint64 big = ContentDecoding::defaultMaxOutput;
    const QByteArray text = foxText;
    const QByteArray large = largeText();
    const QByteArray gz = gzip(text);
    QByteArray corrupt = gz;
    corrupt[gz.size() / 2] = char(corrupt[gz.size() / 2] ^ 0x55);
    corrupt[gz.size() / 2 + 1] = char(corrupt[gz.size() / 2 + 1] ^ 0xaa);

    QTest::newRow("gzip") << QByteArray("gzip") << gz << big << text << true << QString();
    QTest::newRow("x-gzip upper case")
        << QByteArray("X-GZip") << gz << big << text << true << QString();
    QTest::newRow("gzip large") << QByteArray("gzip") << gzip(large) << big << large << true
                                << QString();
    QTest::newRow("gzip two members")
        << QByteArray("gzip") << gz + gzip("tail") << big << text + "tail" << true << QString();
    QTest::newRow("deflate zlib") << QByteArray("deflate") << compress(text, 15) << big << text
                                  << true << QString();
    QTest::newRow("deflate raw") << QByteArray("Deflate") << compress(text, -15) << big << text
                                 << true << QString();
    QTest::newRow("deflate raw large")
        << QByteArray("deflate") << compress(large, -15) << big << large << true << QString();
    QTest::newRow("br") << QByteArray("br") << foxBrotli << big << text << true << QString();
    QTest::newRow("gzip, br") << QByteArray(" gzip , BR ") << foxGzipThenBrotli << big << text
                              << true << QString();
    QTest::newRow("br, gzip") << QByteArray("br, gzip") << gzip(foxBrotli) << big << text << true
                              << QString();
    QTest::newRow("deflate, gzip") << QByteArray("deflate,gzip") << gzip(compress(text, 15)) << big
                                   << text << true << QString();
    QTest::newRow("identity, gzip,")
        << QByteArray("identity, gzip,") << gz << big << text << true << QString();
    QTest::newRow("identity") << QByteArray("identity") << text << big << text << false
                              << QString();
    QTest::newRow("no header") << QByteArray() << text << big << text << false << QString();
    QTest::newRow("empty body") << QByteArray("gzip") << QByteArray() << big << QByteArray()
                                << false << QString();
    QTest::newRow("unknown") << QByteArray("compress") << text << big << text << false
                             << QStringLiteral("\"compress\"");
    QTest::newRow("unknown stacked")
        << QByteArray("gzip, zstd") << gz << big << gz << false << QStringLiteral("\"zstd\"");
    QTest::newRow("gzip truncated")
        << QByteArray("gzip") << gz.first(gz.size() - 6) << big << gz.first(gz.size() - 6) << false
        << QStringLiteral("truncated");
    QTest::newRow("gzip header only") << QByteArray("gzip") << gz.first(10) << big << gz.first(10)
                                      << false << QStringLiteral("truncated");
    QTest::newRow("gzip corrupt") << QByteArray("gzip") << corrupt << big << corrupt << false
                                  << QStringLiteral("corrupt");
    QTest::newRow("gzip trailing") << QByteArray("gzip") << gz + "junk" << big << gz + "junk"
                                   << false << QStringLiteral("4 bytes of unexpected data");
    const QByteArray rawCut = compress(large, -15).first(1000);
    QTest::newRow("deflate truncated")
        << QByteArray("deflate") << rawCut << big << rawCut << false << QStringLiteral("truncated");
    const QByteArray brCut = foxBrotli.first(foxBrotli.size() - 3);
    QTest::newRow("br truncated") << QByteArray("br") << brCut << big << brCut << false
                                  << QStringLiteral("br data is truncated");
    QTest::newRow("br corrupt") << QByteArray("br") << QByteArray("\xff\xff\xff\xff not brotli")
                                << big << QByteArray("\xff\xff\xff\xff not brotli") << false
                                << QStringLiteral("br data is corrupt");
    QTest::newRow("stack fails inside") << QByteArray("gzip, br") << foxBrotli << big << foxBrotli
                                        << false << QStringLiteral("gzip data is corrupt");
    QTest::newRow("exactly at limit")
        << QByteArray("gzip") << gz << qint64(text.size()) << text << true << QString();
    QTest::newRow("one byte over limit") << QByteArray("gzip") << gz << qint64(text.size() - 1)
                                         << gz << false << QStringLiteral("decompression bomb");
    QTest::newRow("br over limit") << QByteArray("br") << foxBrotli << qint64(100) << foxBrotli
                                   << false << QStringLiteral("100-byte limit");
}

void TestPayload::decode()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(qint64, maxOutput);
    QFETCH(QByteArray, expected);
    QFETCH(bool, decoded);
    QFETCH(QString, error);

    const ContentDecoding::Result result = ContentDecoding::decode(body, encoding, maxOutput);
    QCOMPARE(result.decoded, decoded);
    QCOMPARE(result.bytes.size(), expected.size());
    QCOMPARE(result.bytes, expected);
    if (error.isEmpty()) {
        QCOMPARE(result.error, QString());
        QVERIFY(result.ok());
    } else {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }
}

void TestPayload::decodeBomb_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");

    const QByteArray zeros(1024 * 1024, '\0');
    const QByteArray gzipBomb = compress(zeros, 31, 100); // 100 MiB of zeros, about 100 KiB
    QTest::newRow("gzip") << QByteArray("gzip") << gzipBomb;
    QTest::newRow("deflate") << QByteArray("deflate") << compress(zeros, 15, 100);
    QTest::newRow("br") << QByteArray("br") << zerosBrotli;
    QTest::newRow("gzip, gzip") << QByteArray("gzip, gzip") << gzip(gzipBomb);
}

void TestPayload::decodeBomb()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QVERIFY(body.size() < 200 * 1024);

    const qint64 rssBefore = peakRssKiB();
    const ContentDecoding::Result result = ContentDecoding::decode(body, encoding, 1024 * 1024);
    QVERIFY(!result.decoded);
    QVERIFY2(result.error.contains(QStringLiteral("decompression bomb")), qPrintable(result.error));
    QCOMPARE(result.bytes, body);
    // Never more than the limit in memory: the peak grows by far less than the 100 MB output.
    QVERIFY2(peakRssKiB() - rssBefore < 16 * 1024,
             qPrintable(QString::number(peakRssKiB() - rssBefore)));
}

void TestPayload::formFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<QByteArray>>("rawValues");

    using L = QStringList;
    using R = QList<QByteArray>;
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    QTest::newRow("order") << QByteArray("b=2&a=1&c=3") << L {b, a, QStringLiteral("c")}
                           << L {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3")}
                           << R {"2", "1", "3"};
    QTest::newRow("duplicates") << QByteArray("a=1&a=2") << L {a, a}
                                << L {QStringLiteral("1"), QStringLiteral("2")} << R {"1", "2"};
    QTest::newRow("plus") << QByteArray("q=hello+world") << L {QStringLiteral("q")}
                          << L {QStringLiteral("hello world")} << R {"hello+world"};
    QTest::newRow("%20") << QByteArray("q=hello%20world") << L {QStringLiteral("q")}
                         << L {QStringLiteral("hello world")} << R {"hello%20world"};
    QTest::newRow("%2B and name escapes")
        << QByteArray("a%5Bb%5D=1%2B1") << L {QStringLiteral("a[b]")} << L {QStringLiteral("1+1")}
        << R {"1%2B1"};
    QTest::newRow("%zz literal")
        << QByteArray("q=%zz&r=100%&s=%4")
        << L {QStringLiteral("q"), QStringLiteral("r"), QStringLiteral("s")}
        << L {QStringLiteral("%zz"), QStringLiteral("100%"), QStringLiteral("%4")}
        << R {"%zz", "100%", "%4"};
    QTest::newRow("empty") << QByteArray() << L {} << L {} << R {};
    QTest::newRow("a&&b=") << QByteArray("a&&b=") << L {a, b} << L {QString(), QString()}
                           << R {"", ""};
    QTest::newRow("edge ampersands")
        << QByteArray("&a=1&") << L {a} << L {QStringLiteral("1")} << R {"1"};
    QTest::newRow("no name") << QByteArray("=x") << L {QString()} << L {QStringLiteral("x")}
                             << R {"x"};
    QTest::newRow("= in value") << QByteArray("t=YQ==") << L {QStringLiteral("t")}
                                << L {QStringLiteral("YQ==")} << R {"YQ=="};
    QTest::newRow("utf-8") << QByteArray("n=J%C3%BCrgen+%F0%9F%98%80") << L {QStringLiteral("n")}
                           << L {QStringLiteral("J\u00fcrgen \U0001F600")}
                           << R {"J%C3%BCrgen+%F0%9F%98%80"};
    QTest::newRow("not utf-8") << QByteArray("n=%FFok") << L {QStringLiteral("n")}
                               << L {QStringLiteral("\ufffdok")} << R {"%FFok"};
}

void TestPayload::formFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);
    QFETCH(QList<QByteArray>, rawValues);

    const QList<FormField> fields = parseFormFields(body);
    QStringList gotNames, gotValues;
    QList<QByteArray> gotRaw;
    for (const FormField &field : fields) {
        gotNames << field.name;
        gotValues << field.value;
        gotRaw << field.rawValue;
        QCOMPARE(QString::fromUtf8(formUnescape(field.rawName)), field.name);
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotValues, values);
    QCOMPARE(gotRaw, rawValues);
}

void TestPayload::looksLikeForm_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expected");

    QTest::newRow("simple") << QByteArray("a=1&b=two+words%21") << true;
    QTest::newRow("php array") << QByteArray("items[0][id]=5&token=abc==\r\n") << true;
    QTest::newRow("one pair") << QByteArray("x=y") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("plain word") << QByteArray("hello") << false;
    QTest::newRow("sentence") << QByteArray("a = b and c") << false;
    QTest::newRow("json") << QByteArray("{\"a\":1}") << false;
    QTest::newRow("xml") << QByteArray("<a x=\"1\"/>") << false;
    QTest::newRow("value only") << QByteArray("=1") << false;
    QTest::newRow("multi-line") << QByteArray("a=1\nb=2") << false;
}

void TestPayload::looksLikeForm()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, expected);
    QCOMPARE(Hookbench::looksLikeForm(body), expected);
}

void TestPayload::xmlFormat_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nested") << QByteArray("<a><b><c>text</c></b><d/></a>")
                            << QByteArray("<a>\n  <b>\n    <c>text</c>\n  </b>\n  <d/>\n</a>\n");
    QTest::newRow("attributes and declaration")
        << QByteArray("<?xml version=\"1.0\"?><order id=\"7\" state=\"paid &amp; shipped\">"
                      "<total currency='EUR'>12.50</total></order>")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<order id=\"7\" state=\"paid &amp; shipped\">\n"
                      "  <total currency=\"EUR\">12.50</total>\n</order>\n");
    QTest::newRow("reindent") << QByteArray("<a>\n        <b>1</b>\n\t<b>2</b>\n</a>")
                              << QByteArray("<a>\n  <b>1</b>\n  <b>2</b>\n</a>\n");
    QTest::newRow("comment cdata pi")
        << QByteArray("<?xml-stylesheet href=\"s.xsl\"?><!-- head --><a><!--inner--><![CDATA[<raw> "
                      "& stuff]]><?php echo 1 ?></a>")
        << QByteArray("<?xml-stylesheet href=\"s.xsl\"?>\n<!-- head -->\n<a>\n  <!--inner-->"
                      "<![CDATA[<raw> & stuff]]><?php echo 1 ?></a>\n");
    QTest::newRow("namespaces")
        << QByteArray("<s:Envelope xmlns:s=\"urn:soap\" xmlns=\"urn:default\"><s:Body><Ping "
                      "s:must=\"1\"/></s:Body></s:Envelope>")
        << QByteArray("<s:Envelope xmlns:s=\"urn:soap\" xmlns=\"urn:default\">\n  <s:Body>\n"
                      "    <Ping s:must=\"1\"/>\n  </s:Body>\n</s:Envelope>\n");
    QTest::newRow("dtd") << QByteArray(
        "<!DOCTYPE note SYSTEM \"note.dtd\"><note><to>Tove</to></note>")
                         << QByteArray("<!DOCTYPE note SYSTEM \"note.dtd\">\n<note>\n"
                                       "  <to>Tove</to>\n</note>\n");
    QTest::newRow("mixed content") << QByteArray("<p>Hi <b>you</b> <i>there</i></p>")
                                   << QByteArray("<p>Hi <b>you</b> <i>there</i></p>\n");
    QTest::newRow("text after child") << QByteArray("<p><b>x</b> tail<i>y</i></p>")
                                      << QByteArray("<p>\n  <b>x</b> tail<i>y</i></p>\n");
    QTest::newRow("sibling after mixed") << QByteArray("<r><p>a<b>c</b></p><q/></r>")
                                         << QByteArray("<r>\n  <p>a<b>c</b></p>\n  <q/>\n</r>\n");
    QTest::newRow("utf-8 text") << QByteArray("<n>J\xc3\xbcrgen \xf0\x9f\x98\x80</n>")
                                << QByteArray("<n>J\xc3\xbcrgen \xf0\x9f\x98\x80</n>\n");
}

void TestPayload::xmlFormat()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const XmlFormatResult result = XmlFormatter::format(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, expected);
    // Formatting is stable: formatting the output again changes nothing.
    QCOMPARE(XmlFormatter::format(result.text).text, expected);
}

void TestPayload::xmlInvalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    QTest::newRow("mismatched tag") << QByteArray("<a>\n  <b>\n  </a>") << qint64(3) << qint64(6);
    QTest::newRow("unclosed") << QByteArray("<a><b>text</b>") << qint64(1) << qint64(14);
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << qint64(1) << qint64(8);
    QTest::newRow("bad attribute") << QByteArray("<a x=1/>") << qint64(1) << qint64(6);
    QTest::newRow("empty") << QByteArray() << qint64(1) << qint64(0);
    QTest::newRow("not xml") << QByteArray("{\"a\": 1}") << qint64(1) << qint64(1);
}

void TestPayload::xmlInvalid()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    const XmlFormatResult result = XmlFormatter::format(input);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.text, QByteArray());
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
}

void TestPayload::classify_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");

    const QString json = QStringLiteral("json"), form = QStringLiteral("form");
    const QString xml = QStringLiteral("xml"), text = QStringLiteral("text");
    const QString binary = QStringLiteral("binary"), empty = QStringLiteral("empty");
    const QByteArray obj("{\"a\":1}");

    QTest::newRow("empty body") << QByteArray("application/json") << QByteArray() << empty;
    QTest::newRow("empty no type") << QByteArray() << QByteArray() << empty;
    QTest::newRow("json") << QByteArray("application/json") << obj << json;
    QTest::newRow("json charset") << QByteArray("Application/JSON; charset=utf-8") << obj << json;
    QTest::newRow("+json") << QByteArray("application/vnd.api+json") << obj << json;
    QTest::newRow("text/json") << QByteArray("text/json") << obj << json;
    QTest::newRow("json declared, not json")
        << QByteArray("application/json") << QByteArray("oops") << json;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray("a=1&b=2") << form;
    QTest::newRow("form declared, json sent")
        << QByteArray("application/x-www-form-urlencoded") << obj << json;
    QTest::newRow("application/xml") << QByteArray("application/xml") << QByteArray("<a/>") << xml;
    QTest::newRow("text/xml") << QByteArray("text/xml; charset=\"utf-8\"") << QByteArray("<a/>")
                              << xml;
    QTest::newRow("+xml") << QByteArray("application/soap+xml") << QByteArray("<a/>") << xml;
    QTest::newRow("text/csv") << QByteArray("text/csv") << QByteArray("a,b\n1,2\n") << text;
    QTest::newRow("text/html with brace") << QByteArray("text/html") << obj << text;
    QTest::newRow("text/plain json") << QByteArray("text/plain") << QByteArray("\n  [1,2]") << json;
    QTest::newRow("text/plain xml") << QByteArray("text/plain") << QByteArray(" <a/>") << xml;
    QTest::newRow("text/plain text") << QByteArray("text/plain") << QByteArray("hello") << text;
    QTest::newRow("text/plain form-like") << QByteArray("text/plain") << QByteArray("a=1") << text;
    QTest::newRow("no type json") << QByteArray() << obj << json;
    QTest::newRow("no type bom json") << QByteArray() << QByteArray("\xef\xbb\xbf{}") << json;
    QTest::newRow("no type xml") << QByteArray() << QByteArray("<?xml version=\"1.0\"?><a/>")
                                 << xml;
    QTest::newRow("no type form") << QByteArray() << QByteArray("a=1&b=2") << form;
    QTest::newRow("octet-stream json") << QByteArray("application/octet-stream") << obj << json;
    QTest::newRow("octet-stream text")
        << QByteArray("application/octet-stream") << QByteArray("plain words") << text;
    QTest::newRow("octet-stream binary") << QByteArray("application/octet-stream")
                                         << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << binary;
    QTest::newRow("NUL in text/plain")
        << QByteArray("text/plain") << QByteArray("ab\0cd", 5) << binary;
    QTest::newRow("NUL in json") << QByteArray("application/json")
                                 << QByteArray("{\"a\":\"\0\"}", 9) << binary;
    QTest::newRow("NUL far away") << QByteArray("text/plain")
                                  << QByteArray(20000, 'a') + QByteArray(1, '\0') << binary;
    QTest::newRow("invalid utf-8") << QByteArray("text/plain") << QByteArray("caf\xe9") << binary;
    QTest::newRow("invalid utf-8 no type") << QByteArray() << QByteArray("\xc0\x80") << binary;
    QTest::newRow("latin-1 declared")
        << QByteArray("text/plain; charset=ISO-8859-1") << QByteArray("caf\xe9") << text;
    QTest::newRow("emoji") << QByteArray("text/plain") << QByteArray("party \xf0\x9f\x8e\x89 time")
                           << text;
    QTest::newRow("emoji cut at 8 KiB")
        << QByteArray() << QByteArray(8191, 'x') + "\xf0\x9f\x8e\x89" << text;
    QTest::newRow("control characters")
        << QByteArray() << QByteArray("\x01\x02\x03\x04 abc \x05\x06") << binary;
    QTest::newRow("few controls") << QByteArray() << QByteArray("line\x07 with a bell in it")
                                  << text;
    QTest::newRow("image") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n\0", 9)
                           << binary;
    QTest::newRow("other type text")
        << QByteArray("application/graphql") << QByteArray("{ viewer { id } }") << text;
}

void TestPayload::classify()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QCOMPARE(payloadKindName(classifyPayload(contentType, body)), kind);
}

void TestPayload::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ascii") << QByteArray("plain") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("two bytes") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << false;
    QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("cut sequence") << QByteArray("\xe2\x82") << false;
    QTest::newRow("0xff") << QByteArray("a\xff") << false;
}

void TestPayload::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
