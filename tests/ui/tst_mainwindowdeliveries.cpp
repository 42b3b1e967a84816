// Resending from the window: the Deliveries menu's dialogs over a real capture session,
// engine and receiver, with the list, the Deliveries tab and the deliveries window following.
#include "../capture/capturetestclient.h"
#include "../delivery/testreceiver.h"
#include "delivery/deliveriesmodel.h"
#include "delivery/deliverieswindow.h"
#include "delivery/resenddialog.h"
#include "delivery/signingprofilepicker.h"
#include "detail/deliveriespage.h"
#include "detail/eventdetailview.h"
#include "eventtablemodel.h"
#include "mainwindow.h"
#include "secrets/secretbook.h"
#include "signing/schemeregistry.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Hookbench;

namespace {

/// Presses the bulk resend's Cancel the moment its first slice of events is queued.
class CancelAfterFirstSlice final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *progress = qobject_cast<QProgressDialog *>(watched);
        if (event->type() == QEvent::Show && progress && !m_watching) {
            m_watching = true;
            auto *bar = progress->findChild<QProgressBar *>();
            connect(bar, &QProgressBar::valueChanged, progress, [progress](int value) {
                if (value > 0 && !progress->wasCanceled())
                    progress->cancel();
            });
        }
        return false;
    }

private:
    bool m_watching = false;
};

} // namespace

class TestMainWindowDeliveries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editAndResendSignedFromTheWindow();
    void bulkResendOfTheSelection();
    void bulkResendCanBeCancelled();

private:
    /// The window, capturing on a free port into `dir`, with keys kept in memory.
    static std::unique_ptr<MainWindow> openWindow(const QTemporaryDir &dir);
    static bool
    post(const MainWindow &window, const QByteArray &body, const HeaderList &headers = {});
    /// Runs `fill` on the Resend dialog once it is open, then presses its Send button.
    static void whenResendDialogOpens(std::function<void(ResendDialog *)> fill);
    static QTableView *eventTable(MainWindow &window);
};

void TestMainWindowDeliveries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindowDeliveries::openWindow(const QTemporaryDir &dir)
{
    CaptureSessionOptions options;
    options.store.path = dir.filePath(QStringLiteral("s.sqlite"));
    options.listeners.append(ListenerConfig());
    options.secrets.storage = SecretsOptions::Storage::Memory;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    return window;
}

bool TestMainWindowDeliveries::post(const MainWindow &window,
                                    const QByteArray &body,
                                    const HeaderList &headers)
{
    const auto *urls = window.findChild<QLabel *>(QStringLiteral("listenerUrls"));
    const auto port = quint16(QUrl(urls->text()).port());
    QByteArray head = "POST /stripe/hooks HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                      "application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    RawClient client;
    if (!client.connectTo(port))
        return false;
    client.send(head + "\r\n" + body);
    return client.readReply().has_value();
}

void TestMainWindowDeliveries::whenResendDialogOpens(std::function<void(ResendDialog *)> fill)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<ResendDialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            poll->deleteLater();
            poll->stop();
            fill(dialog);
            // The preview (and the Send button's state) follows the form after a short pause.
            QTest::qWait(300);
            dialog->sendButton()->click();
            return;
        }
    });
    poll->start(20);
}

QTableView *TestMainWindowDeliveries::eventTable(MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("eventTable"));
}

void TestMainWindowDeliveries::editAndResendSignedFromTheWindow()
{
    QTemporaryDir dir;
    const auto window = openWindow(dir);
    SecretBook *secrets = window->secrets();
    SigningSource source;
    source.name = QStringLiteral("Staging");
    source.scheme = QStringLiteral("stripe");
    source.pathPrefix = QStringLiteral("/staging");
    QString error;
    QVERIFY(secrets->saveSource(&source, &error));
    const QByteArray key = "whsec_staging_key";
    bool added = false;
    secrets->addSecret(
        source.id, QStringLiteral("staging"), key, [&](const QString &) { added = true; });
    QTRY_VERIFY(added);
    const QString secretId = secrets->secrets(source.id).first().id;

    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const QByteArray body = R"({"id":"evt_1","type":"invoice.paid","amount":1250})";
    QVERIFY(post(*window, body, {{"Stripe-Signature", "t=1,v1=production"}}));
    QTableView *table = eventTable(*window);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(table->model()->index(0, EventTableModel::Deliveries).data().toString(),
             QStringLiteral("—"));

    QByteArray edited = body;
    edited.replace("1250", "1");
    whenResendDialogOpens([&](ResendDialog *dialog) {
        dialog->setTargetUrl(QString::fromLatin1(receiver.url("/staging/hooks")));
        dialog->signing()->setProfile(QStringLiteral("stripe"), secretId);
        dialog->bodyEdit()->selectAll();
        dialog->bodyEdit()->insertPlainText(QString::fromUtf8(edited));
    });
    window->findChild<QAction *>(QStringLiteral("editResendAction"))->trigger();

    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 15'000);
    const CapturedRequest &arrived = receiver.requests.first();
    QCOMPARE(arrived.body, edited);
    SigningRequest signing;
    signing.headers = arrived.headers();
    signing.body = arrived.body;
    const Verdict verdict = SchemeRegistry::verify(
        u"stripe", signing, {{QStringLiteral("k"), key}}, {QDateTime::currentSecsSinceEpoch(), {}});
    QCOMPARE(verdict.status, Verdict::Status::Valid);

    // The list counts the attempt; the Deliveries tab shows it, delivered, with what was sent.
    QTRY_COMPARE(table->model()->index(0, EventTableModel::Deliveries).data().toString(),
                 QStringLiteral("1"));
    DeliveriesPage *page = window->detailView()->deliveriesPage();
    QCOMPARE(window->detailView()->currentWidget(), page);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTRY_COMPARE(page->model()->deliveryAt(0)->status, DeliveryStatus::Delivered);
    QCOMPARE(page->model()->deliveryAt(0)->request.body, edited);
}

void TestMainWindowDeliveries::bulkResendOfTheSelection()
{
    QTemporaryDir dir;
    const auto window = openWindow(dir);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    for (int i = 0; i < 3; ++i)
        QVERIFY(post(*window, QByteArray(R"({"n":)") + QByteArray::number(i) + '}'));
    QTableView *table = eventTable(*window);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->setFocus();
    table->selectAll();

    QString title;
    whenResendDialogOpens([&](ResendDialog *dialog) {
        title = dialog->windowTitle();
        dialog->setTargetUrl(QString::fromLatin1(receiver.url("/bulk")));
    });
    window->findChild<QAction *>(QStringLiteral("resendAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 3, 15'000);
    QCOMPARE(title, QStringLiteral("Resend 3 Events"));
    QSet<QByteArray> bodies;
    for (const CapturedRequest &request : receiver.requests)
        bodies.insert(request.body);
    QCOMPARE(bodies, (QSet<QByteArray> {R"({"n":0})", R"({"n":1})", R"({"n":2})"}));

    window->showAllDeliveries();
    DeliveriesWindow *all = window->deliveriesWindow();
    QVERIFY(all && all->isVisible());
    QTRY_COMPARE(all->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE(all->model()->deliveryAt(row)->status, DeliveryStatus::Delivered);
}

void TestMainWindowDeliveries::bulkResendCanBeCancelled()
{
    QTemporaryDir dir;
    const auto window = openWindow(dir);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.fallback.delayMs = 3000; // keeps the first ones in flight while the rest wait
    const int events = 120;
    for (int i = 0; i < events; ++i)
        QVERIFY(post(*window, QByteArray(R"({"n":)") + QByteArray::number(i) + '}'));
    QTableView *table = eventTable(*window);
    QTRY_COMPARE(table->model()->rowCount(), events);

    whenResendDialogOpens([&](ResendDialog *dialog) {
        dialog->setTargetUrl(QString::fromLatin1(receiver.url("/bulk")));
    });
    // Cancel as soon as the first slice is queued: when the progress dialog shows, watch its bar.
    CancelAfterFirstSlice canceller;
    qApp->installEventFilter(&canceller);
    window->resendFiltered();

    window->showAllDeliveries();
    DeliveriesWindow *all = window->deliveriesWindow();
    // Only the first slice was queued; what had not been sent was cancelled.
    QTRY_VERIFY_WITH_TIMEOUT(all->model()->rowCount() > 0
                                 && std::all_of(all->model()->deliveries().cbegin(),
                                                all->model()->deliveries().cend(),
                                                [](const Delivery &d) { return d.isFinal(); }),
                             20'000);

    const QList<Delivery> &deliveries = all->model()->deliveries();
    QVERIFY2(deliveries.size() < events, qPrintable(QString::number(deliveries.size())));
    const auto cancelled
        = std::count_if(deliveries.cbegin(), deliveries.cend(), [](const Delivery &d) {
              return d.status == DeliveryStatus::Cancelled;
          });
    QVERIFY(cancelled > 0);
    QVERIFY(receiver.requests.size() < deliveries.size());
    QVERIFY(window->statusBar() != nullptr);
}

QTEST_MAIN(TestMainWindowDeliveries)
#include "tst_mainwindowdeliveries.moc"
