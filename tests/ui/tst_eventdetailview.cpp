#include "delivery/deliveriesmodel.h"
#include "detail/bodypage.h"
#include "detail/deliveriespage.h"
#include "detail/eventdetailview.h"
#include "detail/fieldtablemodel.h"
#include "detail/findbar.h"
#include "detail/headerspage.h"
#include "detail/hexmodel.h"
#include "detail/jsonbodyview.h"
#include "detail/jsontreemodel.h"
#include "detail/overviewpage.h"
#include "detail/rawpage.h"
#include "detail/signaturepage.h"
#include "detail/textpane.h"

#include "inspect/catalogset.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Hookbench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Hookbench::PayloadKind)

namespace {

const QByteArray htmlPayload = "<b>bold</b><img src=x>";

CapturedRequest makeRequest(const QByteArray &body,
                            const HeaderList &headers = {},
                            const QByteArray &target = "/hooks/x?y=1")
{
    CapturedRequest request;
    request.id = 42;
    request.listener = QStringLiteral("default");
    request.localPort = 8080;
    request.remoteAddress = QStringLiteral("127.0.0.1");
    request.remotePort = 54321;
    request.receivedStartUs = 1'714'572'187'123'456;
    request.receivedEndUs = request.receivedStartUs + 1500;
    request.method = "POST";
    request.target = target;
    request.httpVersion = "HTTP/1.1";
    request.setHeaders(headers);
    request.rawHead = "POST " + target + " HTTP/1.1\r\n" + serializeHeaders(headers) + "\r\n";
    request.body = body;
    request.bodySize = body.size();
    request.responseStatus = 200;
    return request;
}

CapturedRequest jsonRequest(const QByteArray &body)
{
    return makeRequest(body, {{"Host", "localhost"}, {"Content-Type", "application/json"}});
}

QString cell(const QAbstractItemModel *model, int row, int column, const QModelIndex &parent = {})
{
    return model->index(row, column, parent).data().toString();
}

// The top-level row of the JSON tree whose key is `key`; -1 when none.
int rowOfKey(const JsonTreeModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, JsonTreeModel::KeyColumn) == key)
            return row;
    }
    return -1;
}

// Walks the whole tree through the model API, checking that parent() undoes index().
int checkTree(const QAbstractItemModel *model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (child.parent() != parent)
            return -1;
        const int below = checkTree(model, child);
        if (below < 0)
            return -1;
        count += 1 + below;
    }
    return count;
}

const char sampleEvent[] = R"({
  "id": "wevt_01HX9Q3ZB6",
  "created_at": "2024-05-01T12:03:07.123456Z",
  "event_name": "enrollment.accepted",
  "organization_id": "org_5521",
  "resource_id": "enr_8812",
  "resource_type": "enrollment",
  "data": {
    "employee": {"id": "emp_77", "name": "Ada Lovelace", "email": "ada@example.com"},
    "plan": "premium",
    "seats": 12,
    "price": 1.10,
    "big": 12345678901234567890,
    "huge": 1e400,
    "active": true,
    "cancelled_at": null,
    "tags": ["benefits", "dental", "vision"]
  }
})";

EventInfo sampleEventInfo()
{
    EventInfo event;
    event.bodyKind = QStringLiteral("json");
    event.provider = QStringLiteral("webhook-events");
    event.eventName = QStringLiteral("enrollment.accepted");
    event.eventId = QStringLiteral("wevt_01HX9Q3ZB6");
    event.occurredAtUs = 1'714'564'987'123'456;
    event.resourceType = QStringLiteral("enrollment");
    event.resourceId = QStringLiteral("enr_8812");
    event.organizationId = QStringLiteral("org_5521");
    event.knownType = true;
    event.duplicateOf = 7;
    return event;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    return palette;
}

} // namespace

/// The detail panel: every tab filled from a captured request, payloads always plain text.
class TestEventDetailView : public QObject
{
    Q_OBJECT
private slots:
    void tabsStartWithHints();
    void clearResets();
    void jsonTreeModel();
    void jsonKeepsOrderAndNumbers_data();
    void jsonKeepsOrderAndNumbers();
    void copyValueAndPath();
    void findBarCountsMatches();
    void findInBodyFocusesTheField();
    void bodyKinds_data();
    void bodyKinds();
    void headersKeepOrderAndDuplicates();
    void hexRows();
    void rawText_data();
    void rawText();
    void overviewFields();
    void htmlPayloadStaysPlainText();
    void deliveriesTab();
    void largeJsonBody();
    void screenshots();
};

void TestEventDetailView::tabsStartWithHints()
{
    EventDetailView view;
    const QStringList names {QStringLiteral("overviewTab"),
                             QStringLiteral("bodyTab"),
                             QStringLiteral("headersTab"),
                             QStringLiteral("rawTab"),
                             QStringLiteral("hexTab"),
                             QStringLiteral("signatureTab"),
                             QStringLiteral("deliveriesTab")};
    QCOMPARE(view.count(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(view.widget(i)->objectName(), names[i]);
        const auto *page = qobject_cast<DetailPage *>(view.widget(i));
        QVERIFY(page);
        QVERIFY(page->isShowingHint());
        QVERIFY(!page->hint().isEmpty());
    }
    QCOMPARE(static_cast<QWidget *>(view.signaturePage()),
             view.findChild<QWidget *>(QStringLiteral("signatureTab")));
}

void TestEventDetailView::clearResets()
{
    EventDetailView view;
    view.showRequest(jsonRequest(sampleEvent), sampleEventInfo());
    QVERIFY(!view.bodyPage()->isShowingHint());
    QVERIFY(!view.overviewPage()->isShowingHint());
    QCOMPARE(view.tabText(view.indexOf(view.headersPage())), QStringLiteral("Headers (2)"));
    QVERIFY(view.hexModel()->rowCount() > 0);
    QVERIFY(view.bodyPage()->jsonView()->model()->rowCount() > 0);

    view.clear();
    for (int i = 0; i < view.count(); ++i)
        QVERIFY(qobject_cast<DetailPage *>(view.widget(i))->isShowingHint());
    QCOMPARE(view.hexModel()->rowCount(), 0);
    QCOMPARE(view.headersPage()->model()->rowCount(), 0);
    QCOMPARE(view.bodyPage()->jsonView()->model()->rowCount(), 0);
    QCOMPARE(view.tabText(view.indexOf(view.headersPage())), QStringLiteral("Headers"));
}

void TestEventDetailView::jsonTreeModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(JsonDocument::parse(sampleEvent));
    QCOMPARE(model.rowCount(), 7);
    // Every value of the document is reachable, and parent() undoes index().
    QCOMPARE(checkTree(&model, {}), int(model.document().nodes().size()) - 1);

    const QModelIndex data = model.index(rowOfKey(&model, QStringLiteral("data")), 0);
    QCOMPARE(model.rowCount(data), 9);
    QCOMPARE(data.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("{9 keys}"));
    QCOMPARE(data.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(),
             QStringLiteral("object"));
    const QModelIndex tags = model.index(8, 0, data);
    QCOMPARE(tags.data().toString(), QStringLiteral("tags"));
    QCOMPARE(cell(&model, 2, JsonTreeModel::KeyColumn, tags), QStringLiteral("[2]"));
    QCOMPARE(cell(&model, 2, JsonTreeModel::ValueColumn, tags), QStringLiteral("vision"));
    const QModelIndex vision = model.index(2, 0, tags);
    QCOMPARE(model.indexOf(model.node(vision)), vision);
    QCOMPARE(vision.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$.data.tags[2]"));

    // The text pane's pretty text is JsonDocument::pretty(), or a prefix of it.
    bool complete = false;
    QCOMPARE(model.prettyText(1 << 20, &complete), model.document().pretty());
    QVERIFY(complete);
    const QByteArray prefix = model.prettyText(100, &complete);
    QVERIFY(!complete);
    QVERIFY(prefix.size() >= 100 && prefix.size() < 200);
    QVERIFY(model.document().pretty().startsWith(prefix));

    // A scalar document is one row; an invalid one is none.
    model.setDocument(JsonDocument::parse("42"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(&model, 0, JsonTreeModel::KeyColumn), QStringLiteral("$"));
    QCOMPARE(cell(&model, 0, JsonTreeModel::ValueColumn), QStringLiteral("42"));
    QVERIFY(!model.hasChildren(model.index(0, 0)));
    model.setDocument(JsonDocument::parse("{\"a\":"));
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(JsonDocument::parse("[[],{},[1,[2]]]"));
    QCOMPARE(checkTree(&model, {}), 6);
    QCOMPARE(model.prettyText(1 << 20), model.document().pretty());
    QCOMPARE(model.rawText(model.node(model.index(2, 0))), QByteArray("[1,[2]]"));
    QCOMPARE(model.rawText(model.node(model.index(0, 0))), QByteArray("[]"));
}

void TestEventDetailView::jsonKeepsOrderAndNumbers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("tokens"); // as written in the pretty text

    QTest::newRow("key order") << QByteArray(R"({"zeta":1,"alpha":2,"mid":3})")
                               << QStringList {u"zeta"_s, u"alpha"_s, u"mid"_s}
                               << QStringList {u"1"_s, u"2"_s, u"3"_s}
                               << QStringList {u"1"_s, u"2"_s, u"3"_s};
    QTest::newRow("exact numbers")
        << QByteArray(R"({"big":12345678901234567890,"huge":1e400,"money":1.10,"neg":-0.0})")
        << QStringList {u"big"_s, u"huge"_s, u"money"_s, u"neg"_s}
        << QStringList {u"12345678901234567890"_s, u"1e400"_s, u"1.10"_s, u"-0.0"_s}
        << QStringList {u"12345678901234567890"_s, u"1e400"_s, u"1.10"_s, u"-0.0"_s};
    QTest::newRow("duplicate keys")
        << QByteArray(R"({"a":1,"b":true,"a":null})") << QStringList {u"a"_s, u"b"_s, u"a"_s}
        << QStringList {u"1"_s, u"true"_s, u"null"_s} << QStringList {u"1"_s, u"true"_s, u"null"_s};
    QTest::newRow("escaped keys") << QByteArray(R"({"caf\u00e9":"cr\u00e8me","tab\tkey":"x"})")
                                  << QStringList {u"café"_s, u"tab key"_s}
                                  << QStringList {u"crème"_s, u"x"_s}
                                  << QStringList {u"\"caf\\u00e9\": \"cr\\u00e8me\""_s,
                                                  u"\"tab\\tkey\": \"x\""_s};
}

void TestEventDetailView::jsonKeepsOrderAndNumbers()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    QFETCH(QStringList, tokens);
    EventDetailView view;
    view.showRequest(jsonRequest(body), std::nullopt);
    const JsonBodyView *json = view.bodyPage()->jsonView();
    QCOMPARE(view.bodyPage()->kind(), PayloadKind::Json);
    const JsonTreeModel *model = json->model();
    QCOMPARE(model->rowCount(), keys.size());
    const QString pretty = json->textPane()->text();
    qsizetype last = -1;
    for (int row = 0; row < keys.size(); ++row) {
        QCOMPARE(cell(model, row, JsonTreeModel::KeyColumn), keys[row]);
        QCOMPARE(cell(model, row, JsonTreeModel::ValueColumn), values[row]);
        // The pretty text has the same values, verbatim and in order.
        const qsizetype at = pretty.indexOf(tokens[row], last + 1);
        QVERIFY2(at > last, qPrintable(tokens[row]));
        last = at;
    }
    QCOMPARE(json->textPane()->editor()->toPlainText(), pretty);
}

void TestEventDetailView::copyValueAndPath()
{
    EventDetailView view;
    view.showRequest(jsonRequest(sampleEvent), sampleEventInfo());
    JsonBodyView *json = view.bodyPage()->jsonView();
    const JsonTreeModel *model = json->model();
    const QModelIndex data = model->index(rowOfKey(model, QStringLiteral("data")), 0);
    auto *copyValue = json->findChild<QAction *>(QStringLiteral("copyValueAction"));
    auto *copyPath = json->findChild<QAction *>(QStringLiteral("copyPathAction"));
    QVERIFY(copyValue && copyPath);
    QVERIFY(json->tree()->actions().contains(copyValue)); // in the context menu too
    QCOMPARE(copyValue->shortcut(), QKeySequence(QKeySequence::Copy));

    struct Case
    {
        QModelIndex index;
        QString value;
        QString path;
    };
    const QModelIndex employee = model->index(0, 0, data);
    const Case cases[] = {
        {model->index(4, 0, data), QStringLiteral("12345678901234567890"), u"$.data.big"_s},
        {model->index(5, 0, data), QStringLiteral("1e400"), u"$.data.huge"_s},
        {model->index(1, 0, employee), QStringLiteral("Ada Lovelace"), u"$.data.employee.name"_s},
        {model->index(8, 0, data),
         QStringLiteral("[\n  \"benefits\",\n  \"dental\",\n  \"vision\"\n]"),
         u"$.data.tags"_s},
    };
    for (const Case &c : cases) {
        json->tree()->setCurrentIndex(c.index);
        QGuiApplication::clipboard()->clear();
        copyValue->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), c.value);
        copyPath->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), c.path);
    }
}

void TestEventDetailView::findBarCountsMatches()
{
    EventDetailView view;
    view.showRequest(jsonRequest(R"({"a":"needle","b":["Needle","hay"],"c":"NEEDLE"})"),
                     std::nullopt);
    TextPane *pane = view.bodyPage()->jsonView()->textPane();
    FindBar *find = pane->findBar();
    auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
    QVERIFY(field);

    QTest::keyClicks(field, QStringLiteral("needle"));
    QCOMPARE(find->matchCount(), 3);
    QCOMPARE(find->statusText(), QStringLiteral("1 of 3"));
    QCOMPARE(pane->editor()->textCursor().selectedText(), QStringLiteral("needle"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(find->statusText(), QStringLiteral("2 of 3"));
    QCOMPARE(pane->editor()->textCursor().selectedText(), QStringLiteral("Needle"));
    find->findNext();
    find->findNext(); // wraps around
    QCOMPARE(find->statusText(), QStringLiteral("1 of 3"));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(find->statusText(), QStringLiteral("3 of 3"));
    QCOMPARE(pane->editor()->textCursor().selectedText(), QStringLiteral("NEEDLE"));

    find->setNeedle(QStringLiteral("absent"));
    QCOMPARE(find->matchCount(), 0);
    QCOMPARE(find->statusText(), QStringLiteral("not found"));
    find->setNeedle(QString());
    QCOMPARE(find->statusText(), QString());
}

void TestEventDetailView::findInBodyFocusesTheField()
{
    EventDetailView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.showRequest(jsonRequest(R"({"a":"x","b":"x"})"), std::nullopt);
    view.setCurrentIndex(0);
    view.findInBody();
    QCOMPARE(view.currentWidget(), view.bodyPage());
    FindBar *find = view.bodyPage()->jsonView()->textPane()->findBar();
    auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("\"x\""));
    QCOMPARE(find->statusText(), QStringLiteral("1 of 2"));
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(find->statusText(), QStringLiteral("2 of 2"));
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(find->statusText(), QStringLiteral("1 of 2"));
}

void TestEventDetailView::bodyKinds_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("contentEncoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<PayloadKind>("kind");
    QTest::addColumn<QString>("shown"); // a part of what the body tab shows
    QTest::addColumn<QString>("note");

    static const char gzipJson[] = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\x56\xca\x2d\x4e"
                                   "\x57\xb2\x52\xaa\xca\x2c\x28\x48\x4d\x51\xd2\x51\xca\x53\xb2"
                                   "\x32\x31\xaa\x05\x00\x19\xd1\x46\x65\x17\x00\x00\x00";
    const QByteArray gzipped(gzipJson, sizeof(gzipJson) - 1);

    QTest::newRow("json") << QByteArray("application/json") << QByteArray()
                          << QByteArray(R"({"a":[1,2]})") << PayloadKind::Json
                          << QStringLiteral("{\n  \"a\": [\n    1,\n    2\n  ]\n}") << QString();
    QTest::newRow("gzip json") << QByteArray("application/json") << QByteArray("gzip") << gzipped
                               << PayloadKind::Json << QStringLiteral("\"msg\": \"zipped\"")
                               << QStringLiteral("Decoded from gzip");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray()
                          << QByteArray("a=1&b=two+words&a=%3Cb%3E") << PayloadKind::Form
                          << QStringLiteral("a: 1\nb: two words\na: <b>\n")
                          << QStringLiteral("3 form fields.");
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray()
                         << QByteArray("<a><b>x</b><c/></a>") << PayloadKind::Xml
                         << QStringLiteral("<a>\n  <b>x</b>\n  <c/>\n</a>") << QString();
    QTest::newRow("text") << QByteArray("text/plain") << QByteArray()
                          << QByteArray("hello\r\nworld") << PayloadKind::Text
                          << QStringLiteral("hello\nworld") << QString();
    QTest::newRow("latin-1 text") << QByteArray("text/plain; charset=iso-8859-1") << QByteArray()
                                  << QByteArray("caf\xe9") << PayloadKind::Text
                                  << QStringLiteral("café") << QString();
    QTest::newRow("binary") << QByteArray("application/octet-stream") << QByteArray()
                            << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << PayloadKind::Binary
                            << QStringLiteral("Binary payload, 10 bytes — see the Hex tab.")
                            << QString();
    QTest::newRow("empty") << QByteArray("application/json") << QByteArray() << QByteArray()
                           << PayloadKind::Empty << QStringLiteral("This request has no body.")
                           << QString();
    QTest::newRow("invalid json") << QByteArray("application/json") << QByteArray()
                                  << QByteArray("{\n  \"a\": 1,\n}") << PayloadKind::Json
                                  << QStringLiteral("Invalid JSON at line 3, column 1")
                                  << QString();
    QTest::newRow("bad gzip") << QByteArray("text/plain") << QByteArray("gzip")
                              << QByteArray("not gzip at all") << PayloadKind::Text
                              << QStringLiteral("not gzip at all")
                              << QStringLiteral("Could not undo Content-Encoding \"gzip\"");
}

void TestEventDetailView::bodyKinds()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, contentEncoding);
    QFETCH(QByteArray, body);
    QFETCH(PayloadKind, kind);
    QFETCH(QString, shown);
    QFETCH(QString, note);

    HeaderList headers {{"Content-Type", contentType}};
    if (!contentEncoding.isEmpty())
        headers.append({"Content-Encoding", contentEncoding});
    EventDetailView view;
    view.showRequest(makeRequest(body, headers), std::nullopt);
    const BodyPage *page = view.bodyPage();
    QCOMPARE(page->kind(), kind);
    QVERIFY2(page->note().contains(note), qPrintable(page->note()));
    const bool invalid = !page->error().isEmpty();
    switch (kind) {
    case PayloadKind::Empty:
        QVERIFY(page->isShowingHint());
        QCOMPARE(page->hint(), shown);
        return;
    case PayloadKind::Json:
        QVERIFY(!page->isShowingHint());
        if (invalid) {
            QVERIFY2(page->error().startsWith(shown), qPrintable(page->error()));
            QCOMPARE(page->textPane()->text(), QString::fromUtf8(body)); // the raw text
            QCOMPARE(page->textPane()->editor()->textCursor().blockNumber(), 2);
        } else {
            QVERIFY2(page->jsonView()->textPane()->text().contains(shown),
                     qPrintable(page->jsonView()->textPane()->text()));
            QVERIFY(page->jsonView()->model()->rowCount() > 0);
            QVERIFY(page->jsonView()->textPane()->isHighlighting());
        }
        return;
    case PayloadKind::Form:
        QCOMPARE(page->formModel()->allLines(), shown);
        return;
    case PayloadKind::Xml:
    case PayloadKind::Text:
        QVERIFY(!invalid);
        QVERIFY2(page->textPane()->text().contains(shown), qPrintable(page->textPane()->text()));
        QCOMPARE(page->textPane()->editor()->toPlainText(), page->textPane()->text());
        return;
    case PayloadKind::Binary:
        QCOMPARE(page->binaryMessage(), shown);
        QCOMPARE(view.hexModel()->size(), makeRequest(body, headers).rawHead.size() + body.size());
        return;
    }
}

void TestEventDetailView::headersKeepOrderAndDuplicates()
{
    CapturedRequest request = makeRequest("{}",
                                          {{"Host", "localhost"},
                                           {"X-Dup", "1"},
                                           {"Content-Type", "application/json"},
                                           {"x-dup", "2"}});
    request.setTrailers({{"X-Checksum", "abc"}});
    EventDetailView view;
    view.showRequest(request, std::nullopt);
    const FieldTableModel *model = view.headersPage()->model();
    QCOMPARE(model->rowCount(), 5);
    const QStringList names {u"Host"_s, u"X-Dup"_s, u"Content-Type"_s, u"x-dup"_s, u"X-Checksum"_s};
    const QStringList values {u"localhost"_s, u"1"_s, u"application/json"_s, u"2"_s, u"abc"_s};
    for (int row = 0; row < names.size(); ++row) {
        QCOMPARE(cell(model, row, FieldTableModel::NameColumn), names[row]);
        QCOMPARE(cell(model, row, FieldTableModel::ValueColumn), values[row]);
        QCOMPARE(cell(model, row, FieldTableModel::SectionColumn),
                 row == 4 ? QStringLiteral("trailer") : QStringLiteral("header"));
    }
    QVERIFY(!view.headersPage()->table()->isColumnHidden(FieldTableModel::SectionColumn));
    QCOMPARE(view.tabText(view.indexOf(view.headersPage())), QStringLiteral("Headers (5)"));

    view.headersPage()->copyAll();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Host: localhost\nX-Dup: 1\nContent-Type: application/json\n"
                            "x-dup: 2\nX-Checksum: abc\n"));
    QTableView *table = view.headersPage()->table();
    table->selectionModel()->select(model->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(model->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.headersPage()->copySelected();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("X-Dup: 1\nx-dup: 2\n"));

    // Without trailers the section column is not shown.
    view.showRequest(makeRequest("{}", {{"Host", "localhost"}}), std::nullopt);
    QVERIFY(view.headersPage()->table()->isColumnHidden(FieldTableModel::SectionColumn));
}

void TestEventDetailView::hexRows()
{
    CapturedRequest request = makeRequest("ABCDEFGHIJKLMNOPQR");
    request.rawHead = "GET / HTTP/1.1\r\n\r\n"; // 18 bytes, then 18 of body
    EventDetailView view;
    view.showRequest(request, std::nullopt);
    const HexModel *model = view.hexModel();
    QAbstractItemModelTester tester(const_cast<HexModel *>(model),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(model, 0, HexModel::OffsetColumn), QStringLiteral("00000000"));
    QCOMPARE(cell(model, 0, HexModel::HexColumn),
             QStringLiteral("47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a"));
    QCOMPARE(cell(model, 0, HexModel::TextColumn), QStringLiteral("GET / HTTP/1.1.."));
    QCOMPARE(cell(model, 1, HexModel::OffsetColumn), QStringLiteral("00000010"));
    QCOMPARE(cell(model, 1, HexModel::TextColumn), QStringLiteral("..ABCDEFGHIJKLMN"));
    QCOMPARE(cell(model, 2, HexModel::OffsetColumn), QStringLiteral("00000020"));
    QCOMPARE(cell(model, 2, HexModel::HexColumn), QStringLiteral("4f 50 51 52"));
    QCOMPARE(cell(model, 2, HexModel::TextColumn), QStringLiteral("OPQR"));

    request.body = QByteArray("\0\x7f\x80\xff", 4);
    request.rawHead.clear();
    view.showRequest(request, std::nullopt);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, HexModel::HexColumn), QStringLiteral("00 7f 80 ff"));
    QCOMPARE(cell(model, 0, HexModel::TextColumn), QStringLiteral("...."));
}

void TestEventDetailView::rawText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("shownStart");
    QTest::addColumn<QString>("note");

    QTest::newRow("text") << QByteArray("{\"a\":1}")
                          << QStringLiteral("POST /hooks/x?y=1 HTTP/1.1\nContent-Type: text/"
                                            "plain\n\n{\"a\":1}")
                          << QString();
    QTest::newRow("invalid utf-8") << QByteArray("caf\xe9!") << QString()
                                   << QStringLiteral("not valid UTF-8 are shown as \uFFFD");
    QTest::newRow("binary") << QByteArray("\x01\x02\0\x03", 4) << QString()
                            << QStringLiteral("The body (4 bytes) is binary: see the Hex tab.");
    QTest::newRow("large") << QByteArray(3 * 1024 * 1024, 'x') << QString()
                           << QStringLiteral("Showing the first");
}

void TestEventDetailView::rawText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, shownStart);
    QFETCH(QString, note);
    EventDetailView view;
    const CapturedRequest request = makeRequest(body, {{"Content-Type", "text/plain"}});
    view.showRequest(request, std::nullopt);
    RawPage *raw = view.rawPage();
    QVERIFY(!raw->isShowingHint());
    const QString text = raw->editor()->toPlainText();
    QVERIFY(
        text.startsWith(QStringLiteral("POST /hooks/x?y=1 HTTP/1.1\nContent-Type: text/plain")));
    if (!shownStart.isEmpty())
        QCOMPARE(text, shownStart);
    if (note.isEmpty())
        QVERIFY(raw->note().isEmpty());
    else
        QVERIFY2(raw->note().contains(note), qPrintable(raw->note()));
    // Long lines are broken for display, which adds a line break every 4096 characters.
    QVERIFY(text.size() <= RawPage::maxRenderedBytes + RawPage::maxRenderedBytes / 4096 + 1);
    QVERIFY(raw->editor()->isReadOnly());
    if (QTest::currentDataTag() == QByteArrayLiteral("invalid utf-8"))
        QVERIFY(text.endsWith(QStringLiteral("caf\uFFFD!")));
}

void TestEventDetailView::overviewFields()
{
    const CatalogSet catalogs {QString()}; // the built-in catalogs only
    EventDetailView view;
    view.setCatalogs(&catalogs);
    EventInfo event = sampleEventInfo();
    event.conformance = {QStringLiteral("data.plan: expected integer, got string")};
    view.showRequest(jsonRequest(sampleEvent), event);
    const OverviewPage *overview = view.overviewPage();
    const auto field = [overview](const char *name) {
        return overview->fieldText(QString::fromLatin1(name));
    };
    QCOMPARE(field("requestLine"), QStringLiteral("POST /hooks/x?y=1 HTTP/1.1"));
    QCOMPARE(field("requestId"), QStringLiteral("wevt_42"));
    QCOMPARE(field("listener"), QStringLiteral("default (port 8080)"));
    QCOMPARE(field("remote"), QStringLiteral("127.0.0.1:54321"));
    QVERIFY2(field("received").contains(QStringLiteral(".123456")), qPrintable(field("received")));
    QCOMPARE(field("duration"), QStringLiteral("1.500 ms"));
    QCOMPARE(field("answered"), QStringLiteral("200"));
    QCOMPARE(field("provider"), QStringLiteral("webhook-events"));
    QCOMPARE(field("eventType"), QStringLiteral("enrollment.accepted"));
    QCOMPARE(field("eventId"), QStringLiteral("wevt_01HX9Q3ZB6"));
    QVERIFY(field("occurredAt").contains(QStringLiteral(".123456")));
    QCOMPARE(field("resourceType"), QStringLiteral("enrollment"));
    QCOMPARE(field("resourceId"), QStringLiteral("enr_8812"));
    QCOMPARE(field("organization"), QStringLiteral("org_5521"));
    QCOMPARE(field("knownType"), QStringLiteral("known event type"));
    QCOMPARE(field("conformance"), QStringLiteral("• data.plan: expected integer, got string"));
    QVERIFY(field("duplicateOf").startsWith(QStringLiteral("wevt_7 ")));
    QVERIFY(field("typeDescription").startsWith(QStringLiteral("An enrollment was accepted.")));
    QVERIFY(field("providerDescription").startsWith(QStringLiteral("Webhook Events API: ")));
    QVERIFY(field("error").isEmpty());

    // An unknown type, a capture error, and no catalogs at all.
    event.eventName = QStringLiteral("enrollment.exploded");
    event.knownType = false;
    CapturedRequest request = jsonRequest("{\"a\":");
    request.error = CaptureError::Timeout;
    request.errorMessage = QStringLiteral("the body did not arrive in 30 s");
    request.responseStatus = 408;
    view.showRequest(request, event);
    QCOMPARE(field("knownType"), QStringLiteral("not in the catalog"));
    QVERIFY(field("typeDescription").isEmpty());
    QVERIFY(field("error").endsWith(QStringLiteral(": the body did not arrive in 30 s")));
    QCOMPARE(field("answered"), QStringLiteral("408"));
    view.setCatalogs(nullptr);
    view.showRequest(request, std::nullopt);
    QVERIFY(!field("noEvent").isEmpty());
    QVERIFY(field("providerDescription").isEmpty());
}

void TestEventDetailView::htmlPayloadStaysPlainText()
{
    QVERIFY(Qt::mightBeRichText(QString::fromUtf8(htmlPayload))); // the test means something
    EventDetailView view;
    view.resize(900, 600);
    view.show();
    EventInfo event = sampleEventInfo();
    event.eventName = QString::fromUtf8(htmlPayload);
    event.eventId = QString::fromUtf8(htmlPayload);
    event.conformance = {QString::fromUtf8(htmlPayload)};
    const HeaderList headers {{"Content-Type", "text/html"}, {"X-Evil", htmlPayload}};

    const QList<QByteArray> bodies {
        htmlPayload, QByteArray("{\"<b>bold</b>\":\"<i>x</i>\"}"), QByteArray("{\"<b>k</b>\":1,")};
    for (const QByteArray &body : bodies) {
        CapturedRequest request = makeRequest(body, headers, "/<i>x</i>");
        view.showRequest(request, event);
        // Every label in the panel is plain text, whatever it shows.
        for (const QLabel *label : view.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        QCOMPARE(view.overviewPage()->fieldText(QStringLiteral("eventType")),
                 QString::fromUtf8(htmlPayload));
        QCOMPARE(view.overviewPage()->fieldText(QStringLiteral("requestLine")),
                 QStringLiteral("POST /<i>x</i> HTTP/1.1"));
        QCOMPARE(cell(view.headersPage()->model(), 1, FieldTableModel::ValueColumn),
                 QString::fromUtf8(htmlPayload));
        QVERIFY(view.rawPage()->editor()->toPlainText().contains(QString::fromUtf8(htmlPayload)));
    }
    // The last body is invalid JSON with markup in it: the error and the text stay literal.
    QVERIFY(view.bodyPage()->textPane()->editor()->toPlainText().contains(
        QStringLiteral("{\"<b>k</b>\":1,")));
    view.showRequest(makeRequest(htmlPayload, headers), event);
    QCOMPARE(view.bodyPage()->kind(), PayloadKind::Text);
    QCOMPARE(view.bodyPage()->textPane()->editor()->toPlainText(), QString::fromUtf8(htmlPayload));
    view.showRequest(jsonRequest(R"({"x":"<b>bold</b><img src=x>"})"), event);
    const JsonTreeModel *model = view.bodyPage()->jsonView()->model();
    QCOMPARE(cell(model, 0, JsonTreeModel::ValueColumn), QString::fromUtf8(htmlPayload));
    QVERIFY(view.bodyPage()->jsonView()->textPane()->editor()->toPlainText().contains(
        QString::fromUtf8(htmlPayload)));
}

void TestEventDetailView::deliveriesTab()
{
    EventDetailView view;
    view.showRequest(jsonRequest(sampleEvent), sampleEventInfo());
    DeliveriesPage *page = view.deliveriesPage();
    QVERIFY(!page->isShowingHint());
    QVERIFY(page->emptyHint().startsWith(QStringLiteral("No deliveries yet")));
    QCOMPARE(page->model()->columnCount(), int(DeliveriesModel::ColumnCount));
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    Delivery failed;
    failed.id = QStringLiteral("wdlv_1");
    failed.status = DeliveryStatus::Failed;
    failed.targetUrl = QStringLiteral("https://staging.example.com/hooks");
    failed.createdUs = 1'714'572'187'000'000;
    failed.failedUs = failed.createdUs + 2'000'000;
    failed.failureKind = FailureKind::Network;
    failed.failureMessage = QString::fromUtf8(htmlPayload);
    page->setDeliveries({failed});
    QVERIFY(page->emptyHint().isEmpty());
    const DeliveriesModel *model = page->model();
    QCOMPARE(cell(model, 0, DeliveriesModel::StatusColumn), QStringLiteral("Failed"));
    QCOMPARE(cell(model, 0, DeliveriesModel::FailureReasonColumn),
             QStringLiteral("Network error: ") + QString::fromUtf8(htmlPayload));
    QVERIFY(cell(model, 0, DeliveriesModel::StartedColumn).isEmpty());
    QVERIFY(model->index(0, DeliveriesModel::StatusColumn)
                .data(Qt::ForegroundRole)
                .value<QColor>()
                .isValid());

    for (const QPalette &palette : {QPalette(Qt::white), darkPalette()}) {
        const QColor pending = DeliveriesModel::statusColor(DeliveryStatus::Pending, palette);
        const QColor progress = DeliveriesModel::statusColor(DeliveryStatus::InProgress, palette);
        const QColor delivered = DeliveriesModel::statusColor(DeliveryStatus::Delivered, palette);
        const QColor failedColor = DeliveriesModel::statusColor(DeliveryStatus::Failed, palette);
        QVERIFY(pending.isValid() && progress.isValid() && delivered.isValid()
                && failedColor.isValid());
        QVERIFY(pending.hsvSaturation() < 60); // grey
        QVERIFY(progress.blue() > progress.red() && progress.blue() > progress.green());
        QVERIFY(delivered.green() > delivered.red() && delivered.green() > delivered.blue());
        QVERIFY(failedColor.red() > failedColor.green() && failedColor.red() > failedColor.blue());
    }
}

void TestEventDetailView::largeJsonBody()
{
    // About 10 MB of realistic JSON: 80,000 objects in an array under "items".
    QByteArray body = R"({"id":"wevt_big","event_name":"export.finished","items":[)";
    for (int i = 0; i < 80'000; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"id":"item_)" + QByteArray::number(i) + R"(","name":"Item number )"
                + QByteArray::number(i)
                + R"(","price":12.50,"tags":["a","b","c"],"ok":true,"ref":null,)"
                  R"("address":{"street":"1 Long Road","city":"Springfield","zip":"12345"}})";
    }
    body += "]}";
    QVERIFY(body.size() > 10'000'000);
    EventDetailView view;
    view.resize(1000, 700);
    view.show();
    view.setCurrentWidget(view.bodyPage());
    QElapsedTimer timer;
    timer.start();
    view.showRequest(jsonRequest(body), std::nullopt);
    const qint64 built = timer.elapsed();
    QCoreApplication::processEvents();
    qInfo("10 MB JSON (%lld bytes): view built in %lld ms, painted after %lld ms",
          qint64(body.size()),
          built,
          timer.elapsed());
    const JsonBodyView *json = view.bodyPage()->jsonView();
    QCOMPARE(json->model()->rowCount(), 3);
    QCOMPARE(json->model()->rowCount(json->model()->index(2, 0)), 80'000);
    QVERIFY(!json->textPane()->isHighlighting());
    QVERIFY2(json->note().contains(QStringLiteral("the tree has all")), qPrintable(json->note()));
    QVERIFY(json->textPane()->text().size() < JsonBodyView::maxTextBytes + 1024);
    QVERIFY(view.rawPage()->note().contains(QStringLiteral("Showing the first")));
    QCOMPARE(view.hexModel()->size(), jsonRequest(body).rawHead.size() + body.size());

    timer.restart();
    view.bodyPage()->jsonView()->expandAll();
    QCoreApplication::processEvents();
    qInfo("expand all on it: %lld ms (%s)",
          timer.elapsed(),
          qPrintable(view.bodyPage()->jsonView()->note()));
}

void TestEventDetailView::screenshots()
{
    const QString dir = qEnvironmentVariable("HOOKBENCH_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set HOOKBENCH_SHOT_DIR to save screenshots of the panel.");
    QDir().mkpath(dir);
    const CatalogSet catalogs {QString()};
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        EventDetailView view;
        view.setCatalogs(&catalogs);
        view.resize(1100, 700);
        CapturedRequest request = jsonRequest(sampleEvent);
        request.setTrailers({{"X-Checksum", "sha256=abc"}});
        view.showRequest(request, sampleEventInfo());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.bodyPage()->jsonView()->expandAll();
        view.bodyPage()->jsonView()->textPane()->findBar()->setNeedle(QStringLiteral("ada"));
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        for (int i = 0; i < view.count(); ++i) {
            view.setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString name = view.widget(i)->objectName();
            QVERIFY(view.grab().save(dir + u'/' + name + suffix));
        }
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestEventDetailView)
#include "tst_eventdetailview.moc"
