// The delivery parts of the window over a real store, engine and receiver: the Resend and
// Edit and Resend dialogs, the Deliveries tab, the deliveries window, targets, forwarding
// rules and the diffs.
#include "capture/capturesession.h"
#include "delivery/deliveriesmodel.h"
#include "delivery/deliverieswindow.h"
#include "delivery/deliveryinspector.h"
#include "delivery/diffdialog.h"
#include "delivery/forwarder.h"
#include "delivery/forwardingrulesdialog.h"
#include "delivery/linediff.h"
#include "delivery/resenddialog.h"
#include "delivery/signingprofilepicker.h"
#include "delivery/targetsdialog.h"
#include "deliveryfixture.h"
#include "deliverytesthelpers.h"
#include "detail/deliveriespage.h"
#include "detail/textpane.h"
#include "secrets/secretbook.h"
#include "signing/schemeregistry.h"
#include "testreceiver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Hookbench;

class TestDeliveryUi final : public DeliveryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void resendUnchangedArrivesByteIdentical();
    void editAndResendSendsTheEdits();
    void invalidJsonCanStillBeSent();
    void signingPreviewShowsTheSignature();
    void bodyDiffShowsTheEditedField();
    void lineDiff();
    void deliveriesPageButtons();
    void deliveriesWindowFiltersAndFollows();
    void targetsDialogValidatesAndSaves();
    void forwardingRulesDialog();

private:
    /// Submits and waits for the group to end; returns the delivery id.
    QString deliver(const DeliveryOrder &order);
};

namespace {

const QByteArray minifiedJson
    = R"({"id":"evt_1","type":"invoice.paid","data":{"amount":1250,"currency":"eur"}})";

} // namespace

QString TestDeliveryUi::deliver(const DeliveryOrder &order)
{
    QString error;
    const QString id = m_engine->submit(order, &error);
    if (id.isEmpty()) {
        qWarning() << "not submitted:" << error;
        return {};
    }
    if (!QTest::qWaitFor([&] { return ended(id); }, 15'000))
        return {};
    return id;
}

void TestDeliveryUi::resendUnchangedArrivesByteIdentical()
{
    startEngine();
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook(minifiedJson);
    ResendDialog dialog(ResendDialog::Mode::Unchanged, captured, {}, nullptr);
    QVERIFY(!dialog.sendButton()->isEnabled() || dialog.target().url.isEmpty());
    dialog.setTargetUrl(QString::fromLatin1(receiver.url("/hooks")));
    QTRY_VERIFY(dialog.sendButton()->isEnabled());
    QTRY_VERIFY(dialog.preview().startsWith(QString::fromLatin1("POST " + receiver.url("/hooks"))));
    QVERIFY(dialog.preview().contains(QStringLiteral("Stripe-Signature: t=1,v1=0000")));
    QVERIFY(!dialog.preview().contains(QStringLiteral("Keep-Alive")));

    QString error;
    const std::optional<DeliveryOrder> order = dialog.order(&error);
    QVERIFY2(order, qPrintable(error));
    const QString id = deliver(*order);
    QVERIFY(!id.isEmpty());
    QCOMPARE(receiver.requests.size(), 1);
    QCOMPARE(receiver.requests.first().body, minifiedJson);
    QCOMPARE(m_store->delivery(id)->status, DeliveryStatus::Delivered);
}

void TestDeliveryUi::editAndResendSendsTheEdits()
{
    startEngine();
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook(minifiedJson);
    ResendDialog dialog(ResendDialog::Mode::Edit, captured, {}, nullptr);
    dialog.setTargetUrl(QString::fromLatin1(receiver.url("/hooks")));
    QCOMPARE(dialog.jsonStatus(), QStringLiteral("✔ Valid JSON"));
    // Untouched, the edit form changes nothing.
    QVERIFY(!dialog.edits().body && !dialog.edits().headers && !dialog.edits().method);

    dialog.methodBox()->setCurrentText(QStringLiteral("PUT"));
    dialog.pathEdit()->setText(QStringLiteral("/staging/hooks?replay=1"));
    QTableWidget *headers = dialog.headerTable();
    int userAgent = -1;
    for (int row = 0; row < headers->rowCount(); ++row) {
        if (headers->item(row, 0)->text() == QLatin1String("User-Agent"))
            userAgent = row;
    }
    QVERIFY(userAgent >= 0);
    headers->item(userAgent, 1)->setText(QStringLiteral("Hookbench-test"));
    QByteArray edited = minifiedJson;
    edited.replace("1250", "9999");
    dialog.bodyEdit()->selectAll();
    dialog.bodyEdit()->insertPlainText(QString::fromUtf8(edited));
    QCOMPARE(dialog.jsonStatus(), QStringLiteral("✔ Valid JSON"));

    QString error;
    const std::optional<DeliveryOrder> order = dialog.order(&error);
    QVERIFY2(order, qPrintable(error));
    QVERIFY(!deliver(*order).isEmpty());
    QCOMPARE(receiver.requests.size(), 1);
    const CapturedRequest &arrived = receiver.requests.first();
    QCOMPARE(arrived.method, QByteArray("PUT"));
    QCOMPARE(arrived.target, QByteArray("/staging/hooks?replay=1"));
    QCOMPARE(arrived.body, edited);
    QCOMPARE(arrived.headerValue("User-Agent"), QByteArray("Hookbench-test"));
}

void TestDeliveryUi::invalidJsonCanStillBeSent()
{
    startEngine();
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook(minifiedJson);
    ResendDialog dialog(ResendDialog::Mode::Edit, captured, {}, nullptr);
    dialog.setTargetUrl(QString::fromLatin1(receiver.url("/hooks")));
    const QByteArray broken = "{\n  \"id\": \"evt_1\",\n  \"amount\": 12,50\n}";
    dialog.bodyEdit()->selectAll();
    dialog.bodyEdit()->insertPlainText(QString::fromUtf8(broken));
    QVERIFY2(dialog.jsonStatus().startsWith(QStringLiteral("✘ Invalid JSON at line 3")),
             qPrintable(dialog.jsonStatus()));
    QTRY_VERIFY(dialog.sendButton()->isEnabled());
    QString error;
    const std::optional<DeliveryOrder> order = dialog.order(&error);
    QVERIFY2(order, qPrintable(error));
    QVERIFY(!deliver(*order).isEmpty());
    QCOMPARE(receiver.requests.first().body, broken);
}

void TestDeliveryUi::signingPreviewShowsTheSignature()
{
    const QByteArray key = "whsec_preview_key";
    SecretsOptions secretsOptions;
    secretsOptions.storage = SecretsOptions::Storage::Memory;
    SecretBook secrets(secretsOptions);
    QString error;
    QVERIFY2(secrets.open(m_options, &error), qPrintable(error));
    SigningSource source;
    source.name = QStringLiteral("Stripe staging");
    source.scheme = QStringLiteral("stripe");
    QVERIFY(secrets.saveSource(&source, &error));
    QString added;
    bool done = false;
    secrets.addSecret(source.id, QStringLiteral("staging"), key, [&](const QString &problem) {
        added = problem;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(added.isEmpty(), qPrintable(added));
    const QString secretId = secrets.secrets(source.id).first().id;

    startEngine(DeliveryEngine::Recovery::TakeOver, [&](const QString &id) -> SigningSecrets {
        return id == secretId ? SigningSecrets {{id, key}} : SigningSecrets {};
    });
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook(minifiedJson);
    ResendDialog dialog(ResendDialog::Mode::Unchanged, captured, {}, &secrets);
    dialog.setTargetUrl(QString::fromLatin1(receiver.url("/hooks")));
    // Choosing the scheme without a secret that exists cannot be sent.
    dialog.signing()->setProfile(QStringLiteral("stripe"), secretId);
    QCOMPARE(dialog.signing()->secretId(), secretId);
    QTRY_VERIFY(dialog.preview().contains(QStringLiteral("Stripe-Signature: t=")));
    QVERIFY(!dialog.preview().contains(QStringLiteral("t=1,v1=0000")));

    const std::optional<DeliveryOrder> order = dialog.order(&error);
    QVERIFY2(order, qPrintable(error));
    QCOMPARE(order->settings.signSecretId, secretId);
    QVERIFY(!deliver(*order).isEmpty());
    const CapturedRequest &arrived = receiver.requests.first();
    SigningRequest signing;
    signing.headers = arrived.headers();
    signing.body = arrived.body;
    const Verdict verdict = SchemeRegistry::verify(
        u"stripe", signing, {{QStringLiteral("k"), key}}, {QDateTime::currentSecsSinceEpoch(), {}});
    QCOMPARE(verdict.status, Verdict::Status::Valid);
}

void TestDeliveryUi::bodyDiffShowsTheEditedField()
{
    startEngine();
    const CapturedRequest captured = storedWebhook(minifiedJson);
    ResendDialog dialog(ResendDialog::Mode::Edit, captured, {}, nullptr);
    QByteArray edited = minifiedJson;
    edited.replace("\"eur\"", "\"usd\"");
    dialog.bodyEdit()->selectAll();
    dialog.bodyEdit()->insertPlainText(QString::fromUtf8(edited));
    dialog.compareBodies();
    auto *diff = dialog.findChild<DiffDialog *>();
    // Formatting keeps the JSON (an edit of layout only), and can be undone.
    dialog.formatBody();
    QVERIFY(
        dialog.bodyEdit()->toPlainText().contains(QStringLiteral("\n    \"currency\": \"usd\"")));
    QCOMPARE(dialog.jsonStatus(), QStringLiteral("✔ Valid JSON"));
    dialog.bodyEdit()->undo();
    QCOMPARE(dialog.bodyEdit()->toPlainText().toUtf8(), edited);
    QVERIFY(diff);
    // One line of the pretty-printed JSON changed, though the body is a single line.
    QList<DiffLine> changed;
    for (const DiffLine &line : diff->lines()) {
        if (line.kind != DiffLine::Same)
            changed.append(line);
    }
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0].kind, DiffLine::Removed);
    QCOMPARE(changed[0].text.trimmed(), QStringLiteral("\"currency\": \"eur\""));
    QCOMPARE(changed[1].kind, DiffLine::Added);
    QCOMPARE(changed[1].text.trimmed(), QStringLiteral("\"currency\": \"usd\""));
    QVERIFY(diff->view()->toPlainText().contains(QStringLiteral("- ")));
    QVERIFY(diff->summary().contains(QStringLiteral("1 lines removed")));
}

void TestDeliveryUi::lineDiff()
{
    const QList<DiffLine> lines
        = diffLines(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nc\nd\n<b>e</b>"));
    const QList<DiffLine> expected {{DiffLine::Same, QStringLiteral("a"), 1, 1},
                                    {DiffLine::Removed, QStringLiteral("b"), 2, 0},
                                    {DiffLine::Same, QStringLiteral("c"), 3, 2},
                                    {DiffLine::Same, QStringLiteral("d"), 4, 3},
                                    {DiffLine::Added, QStringLiteral("<b>e</b>"), 0, 4}};
    QCOMPARE(lines, expected);
    QVERIFY(diffLines(QStringLiteral("same"), QStringLiteral("same")).first().kind
            == DiffLine::Same);
    // Markup in a payload stays text in the diff view.
    DiffDialog dialog(QStringLiteral("t"),
                      QStringLiteral("left"),
                      QStringLiteral("<i>x</i>"),
                      QStringLiteral("right"),
                      QStringLiteral("<i>y</i>"));
    QVERIFY(dialog.view()->toPlainText().contains(QStringLiteral("- <i>x</i>")));
    QVERIFY(dialog.view()->toPlainText().contains(QStringLiteral("+ <i>y</i>")));
    // Binary bodies are compared as hex listings.
    QVERIFY(comparableBody(QByteArray("\x00\x01\xff", 3)).contains(QStringLiteral("00 01 ff")));
}

void TestDeliveryUi::deliveriesPageButtons()
{
    DeliveriesPage page;
    page.setResendEnabled(true);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.emptyHint().startsWith(QStringLiteral("No deliveries yet")));
    Delivery failed;
    failed.id = QStringLiteral("wdlv_failed");
    failed.requestId = 7;
    failed.targetUrl = QStringLiteral("http://127.0.0.1:1/hook");
    failed.status = DeliveryStatus::Failed;
    failed.failureKind = FailureKind::HttpStatus;
    failed.failureMessage = QStringLiteral("<b>the target answered 500</b>");
    failed.responseStatus = 500;
    failed.responseBody = R"({"error":"boom","retry":true})";
    failed.createdUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    failed.request.method = "POST";
    failed.request.url = "http://127.0.0.1:1/hook";
    failed.request.headers = {{"Content-Type", "application/json"}};
    failed.request.body = minifiedJson;
    Delivery delivered = failed;
    delivered.id = QStringLiteral("wdlv_delivered");
    delivered.status = DeliveryStatus::Delivered;
    delivered.failureKind = FailureKind::None;
    delivered.failureMessage.clear();
    delivered.responseStatus = 200;
    delivered.responseBody = R"({"error":null,"retry":true})";
    Delivery pending = failed;
    pending.id = QStringLiteral("wdlv_pending");
    pending.status = DeliveryStatus::Pending;
    pending.failureKind = FailureKind::None;
    pending.responseStatus = 0;

    page.setDeliveries({failed, delivered, pending});
    QVERIFY(page.emptyHint().isEmpty());
    // The newest attempt is selected and shown in full.
    QCOMPARE(page.selectedDeliveries().size(), 1);
    QCOMPARE(page.selectedDeliveries().first()->id, pending.id);
    QCOMPARE(page.inspector()->responsePane()->text(), QStringLiteral("Not sent yet."));
    QVERIFY(page.cancelButton()->isEnabled());
    QVERIFY(!page.retryButton()->isEnabled());
    QSignalSpy cancelled(&page, &DeliveriesPage::cancelRequested);
    page.cancelButton()->click();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().first().toString(), pending.id);

    page.table()->selectRow(0);
    QCOMPARE(page.selectedDeliveries().first()->id, failed.id);
    QVERIFY(page.retryButton()->isEnabled());
    QVERIFY(!page.cancelButton()->isEnabled());
    // The failure reason is plain text, markup and all.
    QCOMPARE(page.model()->index(0, DeliveriesModel::FailureReasonColumn).data().toString(),
             QStringLiteral("HTTP 500: <b>the target answered 500</b>"));
    QVERIFY(page.inspector()->sentPane()->text().startsWith(
        QStringLiteral("POST http://127.0.0.1:1/hook\nContent-Type: application/json\n\n")));
    QVERIFY(page.inspector()->responsePane()->text().startsWith(QStringLiteral("HTTP 500")));
    QSignalSpy retried(&page, &DeliveriesPage::retryRequested);
    page.retryButton()->click();
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried.first().first().toString(), failed.id);

    // Two selected: their responses compared.
    page.table()->selectionModel()->select(page.model()->index(1, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(page.compareButton()->isEnabled());
    page.compareButton()->click();
    auto *diff = page.findChild<DiffDialog *>();
    QVERIFY(diff);
    const auto changed = std::count_if(diff->lines().cbegin(),
                                       diff->lines().cend(),
                                       [](const DiffLine &l) { return l.kind != DiffLine::Same; });
    QCOMPARE(changed, 4); // the status line and the "error" member, each removed and added

    // Status colours: grey, blue, green, red, readable on light and dark.
    const QColor deliveredColor
        = DeliveriesModel::statusColor(DeliveryStatus::Delivered, page.palette());
    QVERIFY(deliveredColor.green() > deliveredColor.red());
    const QColor failedColor = DeliveriesModel::statusColor(DeliveryStatus::Failed, page.palette());
    QVERIFY(failedColor.red() > failedColor.green());
}

void TestDeliveryUi::deliveriesWindowFiltersAndFollows()
{
    startEngine();
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.enqueue({500, "no"});
    const CapturedRequest captured = storedWebhook(minifiedJson);
    const QString failedId = deliver(order(captured, receiver.url()));
    const QString deliveredId = deliver(order(captured, receiver.url()));
    QVERIFY(!failedId.isEmpty() && !deliveredId.isEmpty());

    DeliveriesWindow window(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.model()->rowCount(), 2);
    QCOMPARE(window.model()->deliveryAt(0)->id, deliveredId); // newest first
    QCOMPARE(window.countText(), QStringLiteral("Deliveries: 2"));
    window.statusFilter()->setCurrentIndex(
        window.statusFilter()->findData(deliveryStatusName(DeliveryStatus::Failed)));
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->deliveryAt(0)->id, failedId);
    QCOMPARE(window.model()->index(0, DeliveriesModel::EventColumn).data().toString(),
             QString::number(captured.id));

    // With every status shown, a retry appears at the top as it happens.
    window.statusFilter()->setCurrentIndex(0);
    QSignalSpy show(&window, &DeliveriesWindow::showEventRequested);
    connect(m_engine.get(),
            &DeliveryEngine::deliveryChanged,
            &window,
            &DeliveriesWindow::deliveryChanged);
    const QString retryId = m_engine->retry(failedId);
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QCOMPARE(window.model()->deliveryAt(0)->id, retryId);
    QTRY_COMPARE(window.model()->deliveryAt(0)->status, DeliveryStatus::Delivered);
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QVERIFY(window.inspector()->summary().startsWith(retryId));
    // A double click is a press, a release, then the double-click event.
    const QPoint cellCentre = window.table()->visualRect(window.model()->index(0, 1)).center();
    QTest::mouseClick(window.table()->viewport(), Qt::LeftButton, {}, cellCentre);
    QTest::mouseDClick(window.table()->viewport(), Qt::LeftButton, {}, cellCentre);
    QCOMPARE(show.size(), 1);
    QCOMPARE(show.first().first().toLongLong(), captured.id);
}

void TestDeliveryUi::targetsDialogValidatesAndSaves()
{
    startEngine();
    TargetsDialog dialog(m_store.get(), nullptr);
    QCOMPARE(dialog.list()->count(), 0);
    dialog.nameEdit()->setText(QStringLiteral("staging"));
    dialog.urlEdit()->setText(QStringLiteral("https://staging.example.com/webhooks"));
    dialog.selfSignedBox()->setChecked(true);
    QVERIFY(!dialog.saveCurrent());
    QVERIFY2(dialog.problem().contains(QStringLiteral("self-signed")),
             qPrintable(dialog.problem()));
    dialog.selfSignedBox()->setChecked(false);
    dialog.headersEdit()->setPlainText(QStringLiteral("no colon here"));
    QVERIFY(!dialog.saveCurrent());
    QVERIFY(dialog.problem().contains(QStringLiteral("line 1")));
    dialog.headersEdit()->setPlainText(
        QStringLiteral("Authorization: Bearer staging\n\nX-Env: staging"));
    dialog.attemptsBox()->setValue(3);
    QSignalSpy changed(&dialog, &TargetsDialog::targetsChanged);
    QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.problem()));
    QCOMPARE(changed.size(), 1);

    const QList<DeliveryTarget> stored = m_store->targets();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("staging"));
    QCOMPARE(stored.first().settings.maxAttempts, 3);
    const HeaderList headers {{"Authorization", "Bearer staging"}, {"X-Env", "staging"}};
    QCOMPARE(stored.first().headers, headers);
    QCOMPARE(dialog.list()->count(), 1);

    // A local target may accept a self-signed certificate.
    dialog.newTarget();
    dialog.nameEdit()->setText(QStringLiteral("local"));
    dialog.urlEdit()->setText(QStringLiteral("https://localhost:3000/hooks"));
    dialog.selfSignedBox()->setChecked(true);
    QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.problem()));
    QCOMPARE(m_store->targets().size(), 2);

    // The Resend dialog offers them, with their settings.
    const CapturedRequest captured = storedWebhook(minifiedJson);
    ResendDialog resend(ResendDialog::Mode::Unchanged, captured, m_store->targets(), nullptr);
    QCOMPARE(resend.targetBox()->count(), 3); // both, and "Another URL…"
    resend.selectTarget(m_store->targets().first().id);
    QCOMPARE(resend.target().name, QStringLiteral("local"));
    QCOMPARE(resend.urlEdit()->text(), QStringLiteral("https://localhost:3000/hooks"));
    QVERIFY(resend.urlEdit()->isReadOnly());

    QVERIFY(dialog.removeCurrent());
    QCOMPARE(m_store->targets().size(), 1);
}

void TestDeliveryUi::forwardingRulesDialog()
{
    // A whole capture session: its forwarder is what the dialog edits.
    tearDown();
    QTemporaryDir dir;
    CaptureSession session;
    CaptureSessionOptions options;
    options.store.path = dir.filePath(QStringLiteral("rules.sqlite"));
    options.secrets.storage = SecretsOptions::Storage::Memory;
    options.catalogFolder.clear();
    QString error;
    QVERIFY2(session.openStore(options, &error), qPrintable(error));
    QVERIFY(session.forwarder());
    DeliveryStore store;
    QVERIFY(store.open(options.store, &error));
    DeliveryTarget target;
    target.name = QStringLiteral("local");
    target.url = QStringLiteral("http://127.0.0.1:3000/hooks");
    QVERIFY(store.saveTarget(&target));

    ForwardingRulesDialog dialog(session.forwarder(), &store);
    QCOMPARE(dialog.list()->count(), 0);
    dialog.nameEdit()->setText(QStringLiteral("subscriptions"));
    dialog.queryEdit()->setText(QStringLiteral("type:subscription.* status:"));
    QVERIFY(!dialog.saveCurrent());
    QVERIFY2(dialog.problem().startsWith(QStringLiteral("The query cannot be used")),
             qPrintable(dialog.problem()));
    dialog.queryEdit()->setText(QStringLiteral("provider:paket type:subscription.*"));
    QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.problem()));
    QCOMPARE(session.forwarder()->rules().size(), 1);
    const ForwardingRule rule = session.forwarder()->rules().first();
    QCOMPARE(rule.query, QStringLiteral("provider:paket type:subscription.*"));
    QCOMPARE(rule.targetId, target.id);
    QVERIFY(rule.enabled);
    QCOMPARE(dialog.list()->count(), 1);

    dialog.enabledBox()->setChecked(false);
    QVERIFY(dialog.saveCurrent());
    QVERIFY(!session.forwarder()->rules().first().enabled);
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("(off)")));
    QVERIFY(dialog.removeCurrent());
    QVERIFY(session.forwarder()->rules().isEmpty());

    QSignalSpy stopped(&session, &CaptureSession::stopped);
    session.shutdown(1000);
    QTRY_COMPARE(stopped.size(), 1);
}

QTEST_MAIN(TestDeliveryUi)
#include "tst_deliveryui.moc"
