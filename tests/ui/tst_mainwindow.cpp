#include "../capture/capturetestclient.h"
#include "apisettingsdialog.h"
#include "apptranslations.h"
#include "detail/eventdetailview.h"
#include "detail/signaturepage.h"
#include "eventtablemodel.h"
#include "mainwindow.h"
#include "signing/schemeregistry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Hookbench;

/// The window, driven offscreen: it captures, lists what arrives, and says what went wrong.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsCapturedRequests();
    void signaturesAreVerifiedAndSearchable();
    void automationApiFromTheWindow();
    void burstsAreShownInFewUpdates();
    void portInUseIsShownInTheWindow();
    void unwritableStoreIsShownInTheWindow();
    void closingFinishesRequestsInFlight();
    void followsTheLanguage_data();
    void followsTheLanguage();

private:
    static CaptureSessionOptions options(const QString &db, quint16 port = 0);
    static quint16 listenerPort(const MainWindow &window);
};

CaptureSessionOptions TestMainWindow::options(const QString &db, quint16 port)
{
    CaptureSessionOptions options;
    options.store.path = db;
    ListenerConfig listener;
    listener.port = port;
    QString error;
    listener.rules.append(*ResponseRule::parse(QStringLiteral("/slow=200,delay=800"), &error));
    options.listeners.append(listener);
    return options;
}

quint16 TestMainWindow::listenerPort(const MainWindow &window)
{
    const auto *urls = window.findChild<QLabel *>(QStringLiteral("listenerUrls"));
    return urls ? quint16(QUrl(urls->text()).port()) : 0;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QSettings().clear();
}

void TestMainWindow::automationApiFromTheWindow()
{
    QTemporaryDir dir;
    MainWindow window(options(dir.filePath(QStringLiteral("s.sqlite"))),
                      QStringLiteral("127.0.0.1:0"),
                      "window-token");
    window.show();
    auto *statusText = window.findChild<QLabel *>(QStringLiteral("statusText"));
    const auto apiUrl = [statusText] {
        const qsizetype at = statusText->text().indexOf(QStringLiteral("http://"));
        return at < 0 ? QUrl() : QUrl(statusText->text().mid(at).section(u' ', 0, 0));
    };
    QVERIFY2(apiUrl().isValid(), qPrintable(statusText->text()));
    const auto callStats = [](const QUrl &base) {
        QNetworkAccessManager client;
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/v1/stats")));
        request.setRawHeader("Authorization", "Bearer window-token");
        QNetworkReply *reply = client.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    };
    const QUrl first = apiUrl();
    QCOMPARE(callStats(first), 200);

    // Turned off in its settings: the API stops, and the choice is remembered.
    auto *action = window.findChild<QAction *>(QStringLiteral("apiSettingsAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<ApiSettingsDialog *>(QStringLiteral("apiSettingsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("apiToken"))->text(),
             QStringLiteral("window-token"));
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("apiUrl"))->text().startsWith(first.toString()));
    dialog->findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(false);
    dialog->accept();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!apiUrl().isValid());
    QCOMPARE(callStats(first), 0); // refused
    QCOMPARE(QSettings().value(QStringLiteral("api/enabled")).toBool(), false);

    // And on again, on another address: it serves there.
    action->trigger();
    dialog = window.findChild<ApiSettingsDialog *>(QStringLiteral("apiSettingsDialog"));
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->findChild<QCheckBox *>(QStringLiteral("apiEnabled"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("apiListen"))
        ->setText(QStringLiteral("127.0.0.1:0"));
    dialog->accept();
    QVERIFY(apiUrl().isValid());
    QCOMPARE(callStats(apiUrl()), 200);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(QSettings().value(QStringLiteral("api/listen")).toString(),
             QStringLiteral("127.0.0.1:0"));

    // A bad address is said in the window, not only on stderr.
    action->trigger();
    dialog = window.findChild<ApiSettingsDialog *>(QStringLiteral("apiSettingsDialog"));
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("apiListen"))
        ->setText(QStringLiteral("nonsense"));
    dialog->accept();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("automation API")), qPrintable(banner->text()));
    QSettings().clear();
}

void TestMainWindow::listsCapturedRequests()
{
    QTemporaryDir dir;
    MainWindow window(options(dir.filePath(QStringLiteral("s.sqlite"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const quint16 port = listenerPort(window);
    QVERIFY(port != 0);
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(table && hint);
    QVERIFY(table->isHidden());
    QVERIFY(hint->text().contains(QString::number(port)));

    RawClient client;
    QVERIFY(client.connectTo(port));
    // A payload that looks like markup must show as the plain text it is.
    client.send("POST /hooks/<b>bold</b> HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi");
    QCOMPARE(client.readReply()->status, 200);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->isVisible());
    QVERIFY(hint->isHidden());
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(0, EventTableModel::Path).data().toString(),
             QStringLiteral("/hooks/<b>bold</b>"));
    QCOMPARE(model->index(0, EventTableModel::Status).data().toString(), QStringLiteral("200"));

    // Selecting it fills the detail view, still as plain text.
    table->setCurrentIndex(model->index(0, 0));
    auto *detail = window.detailView();
    QVERIFY(detail->isEnabled());
    const QList<QLabel *> labels = detail->findChildren<QLabel *>();
    bool shown = false;
    for (const QLabel *label : labels) {
        if (label->text().contains(u"/hooks/<b>bold</b>")) {
            shown = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(shown);

    // A search that matches nothing empties the list and says so; clearing it brings it back.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setText(QStringLiteral("method:PUT"));
    emit search->returnPressed();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"search"));
    search->setText(QStringLiteral("method:POST"));
    emit search->returnPressed();
    QCOMPARE(model->rowCount(), 1);
    // An invalid query is reported and leaves the list as it was.
    search->setText(QStringLiteral("type:"));
    emit search->returnPressed();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("problemBanner"))->isVisible());
    QVERIFY(window.windowTitle().contains(QString::number(port)));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusText"))->text().contains(u'1'));
}

void TestMainWindow::signaturesAreVerifiedAndSearchable()
{
    QTemporaryDir dir;
    CaptureSessionOptions captureOptions = options(dir.filePath(QStringLiteral("s.sqlite")));
    captureOptions.secrets.storage = SecretsOptions::Storage::Memory;
    MainWindow window(captureOptions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SecretBook *secrets = window.secrets();
    QVERIFY(secrets);
    const QByteArray key = "whsec_window_test";
    auto send = [&](const QByteArray &signingKey) {
        SigningRequest signing;
        signing.body = R"({"id":"evt_1","type":"charge.succeeded"})";
        const SignResult signature = SchemeRegistry::find(u"stripe")->sign(
            signing, {{QString(), signingKey}}, {QDateTime::currentSecsSinceEpoch(), {}});
        QByteArray head = "POST /stripe/hooks HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                          + QByteArray::number(signing.body.size()) + "\r\n";
        for (const auto &[name, value] : signature.headers)
            head += name + ": " + value + "\r\n";
        RawClient client;
        if (!client.connectTo(listenerPort(window)))
            return false;
        client.send(head + "\r\n" + signing.body);
        return client.readReply().has_value();
    };
    QVERIFY(send(key));
    QVERIFY(send("whsec_forged"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    const QAbstractItemModel *model = table->model();
    QTRY_COMPARE(model->rowCount(), 2);
    // No secret yet: the scheme is recognised, nothing is judged.
    QTRY_COMPARE(model->index(0, EventTableModel::Signature).data().toString(),
                 QStringLiteral("no secret"));

    // Adding one checks the stored events again, with progress in the status bar.
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    SigningSource source;
    source.name = QStringLiteral("Stripe");
    source.scheme = QStringLiteral("stripe");
    source.pathPrefix = QStringLiteral("/stripe");
    QString error;
    QVERIFY(secrets->saveSource(&source, &error));
    bool added = false;
    secrets->addSecret(
        source.id, QStringLiteral("live"), key, [&](const QString &) { added = true; });
    QTRY_VERIFY(added);

    // Newest first: the forged one, then the genuine one.
    QTRY_COMPARE(model->index(0, EventTableModel::Signature).data().toString(),
                 QStringLiteral("✘ invalid"));
    QTRY_COMPARE(model->index(1, EventTableModel::Signature).data().toString(),
                 QStringLiteral("✔ valid"));
    const bool progressShown = std::any_of(messages.cbegin(), messages.cend(), [](const auto &m) {
        return m.first().toString().startsWith(QStringLiteral("Checking stored events again"));
    });
    QVERIFY(progressShown);

    table->setCurrentIndex(model->index(0, 0));
    const SignaturePage *page = window.detailView()->signaturePage();
    QCOMPARE(page->verdict().reason, Verdict::Reason::SignatureMismatch);
    QVERIFY(!page->fieldText(QStringLiteral("expected")).isEmpty());

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("sig:valid"));
    emit search->returnPressed();
    QCOMPARE(model->rowCount(), 1);
    search->setText(QStringLiteral("sig:invalid"));
    emit search->returnPressed();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, EventTableModel::Signature).data().toString(),
             QStringLiteral("✘ invalid"));
}

void TestMainWindow::burstsAreShownInFewUpdates()
{
    QTemporaryDir dir;
    MainWindow window(options(dir.filePath(QStringLiteral("s.sqlite"))));
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(table->model(), &QAbstractItemModel::rowsInserted);
    const quint16 port = listenerPort(window);
    constexpr int connections = 4;
    constexpr int perConnection = 250;
    QByteArray burst;
    for (int i = 0; i < perConnection; ++i)
        burst += "POST /burst HTTP/1.1\r\nContent-Length: 2\r\n\r\nok";
    std::vector<std::unique_ptr<RawClient>> clients;
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < connections; ++c) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectTo(port));
        clients.back()->send(burst);
    }
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), connections * perConnection, 30'000);
    // One view update per 100 ms tick at most, however many commits the burst took.
    QVERIFY2(inserted.size() <= clock.elapsed() / 100 + 2,
             qPrintable(
                 QStringLiteral("%1 updates in %2 ms").arg(inserted.size()).arg(clock.elapsed())));
}

void TestMainWindow::portInUseIsShownInTheWindow()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    MainWindow window(options(dir.filePath(QStringLiteral("s.sqlite")), occupant.serverPort()));
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QString::number(occupant.serverPort())),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("--listen 127.0.0.1:0")));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
}

void TestMainWindow::unwritableStoreIsShownInTheWindow()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MainWindow window(options(file.fileName() + QStringLiteral("/s.sqlite")));
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("store cannot be opened")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("--db")));
}

void TestMainWindow::closingFinishesRequestsInFlight()
{
    QTemporaryDir dir;
    auto *window = new MainWindow(options(dir.filePath(QStringLiteral("s.sqlite"))));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    const quint16 port = listenerPort(*window);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /slow HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QTest::qWait(200);
    QPointer<MainWindow> guard(window);
    window->close(); // the answer is still owed: the window waits for it
    QVERIFY(guard);
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QTRY_VERIFY(!guard); // then it closes by itself
}

void TestMainWindow::followsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Datei");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("&Fichier");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("&Archivo");
}

void TestMainWindow::followsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QVERIFY(installTranslations(*qApp, QLocale(language)));
    QTemporaryDir dir;
    MainWindow window(options(dir.filePath(QStringLiteral("s.sqlite"))));
    const auto menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), fileMenu);
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
