#include "../secrets/secretstesthelpers.h"
#include "detail/signaturepage.h"
#include "secrets/secretkeydialog.h"
#include "secrets/secretsdialog.h"
#include "secrets/secretstorage.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Hookbench;

namespace {
constexpr qint64 signedAt = 1700000000;
const QByteArray liveKey = "whsec_dialog_live_key";

/// Answers the next modal dialogs as they open: a SecretKeyDialog with a label and key, a
/// QInputDialog with `text`. Stops after `count` dialogs.
void answerDialogs(int count, const QString &label, const QByteArray &key, const QString &text)
{
    auto *timer = new QTimer(qApp);
    auto remaining = std::make_shared<int>(count);
    auto answered = std::make_shared<QPointer<QWidget>>();
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == *answered) // a dialog just accepted may still be the active one
            return;
        *answered = modal;
        if (auto *keyDialog = qobject_cast<SecretKeyDialog *>(modal)) {
            keyDialog->findChild<QLineEdit *>(QStringLiteral("secretLabel"))->setText(label);
            keyDialog->findChild<QLineEdit *>(QStringLiteral("secretKey"))
                ->setText(QString::fromUtf8(key));
            keyDialog->accept();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->setTextValue(text);
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            // An error nobody expected: close it so the test fails on its checks, not hangs.
            qWarning("Unexpected message: %s", qPrintable(box->text()));
            box->reject();
            return;
        } else {
            return;
        }
        if (--*remaining == 0)
            timer->deleteLater();
    });
    timer->start(20);
}
} // namespace

/// The secrets manager and the Signature tab, driven through their widgets over a real
/// SecretBook and store file.
class TestSecretsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sourcesAndSecretsAreManagedFromTheDialog();
    void rotatingPutsTheNewSecretFirst();
    void memoryOnlyWarnsAndOffersAnEncryptedFile();
    void signatureTabExplainsTheVerdict();
    void signatureTabOffersASourceForUncoveredPaths();

private:
    std::unique_ptr<SecretBook> openBook(SecretsOptions options);
    SigningSource addStripeSource();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretBook> m_book;
};

void TestSecretsDialog::initTestCase()
{
    // The encrypted file's default place and the opt-in setting go to throwaway test folders.
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(SecretStorage::defaultEncryptedFile());
}

void TestSecretsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SecretsOptions options;
    options.storage = SecretsOptions::Storage::Memory;
    m_book = openBook(options);
    QVERIFY(m_book);
}

void TestSecretsDialog::cleanup()
{
    m_book.reset();
    m_dir.reset();
}

std::unique_ptr<SecretBook> TestSecretsDialog::openBook(SecretsOptions options)
{
    StoreOptions store;
    store.path = m_dir->filePath(QStringLiteral("store.sqlite"));
    auto book = std::make_unique<SecretBook>(std::move(options));
    QString error;
    if (!book->open(store, &error))
        return nullptr;
    return book;
}

SigningSource TestSecretsDialog::addStripeSource()
{
    SigningSource source;
    source.name = QStringLiteral("Stripe live");
    source.scheme = QStringLiteral("stripe");
    source.pathPrefix = QStringLiteral("/stripe");
    QString error;
    if (!m_book->saveSource(&source, &error))
        qWarning("%s", qPrintable(error));
    bool done = false;
    m_book->addSecret(
        source.id, QStringLiteral("live"), liveKey, [&](const QString &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }))
        qWarning("the secret was never added");
    return source;
}

void TestSecretsDialog::sourcesAndSecretsAreManagedFromTheDialog()
{
    SecretsDialog dialog(m_book.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("sourceList"));
    QCOMPARE(list->count(), 0);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addSource")), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    auto *prefix = dialog.findChild<QLineEdit *>(QStringLiteral("sourcePathPrefix"));
    prefix->setText(QStringLiteral("stripe")); // the leading slash is added
    emit prefix->editingFinished();
    auto *scheme = dialog.findChild<QComboBox *>(QStringLiteral("sourceScheme"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("stripe")));
    QCOMPARE(m_book->sources().size(), 1);
    const SigningSource saved = m_book->sources().first();
    QCOMPARE(saved.pathPrefix, QStringLiteral("/stripe"));
    QCOMPARE(saved.scheme, QStringLiteral("stripe"));

    answerDialogs(1, QStringLiteral("live"), liveKey, QString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addSecret")), Qt::LeftButton);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("secretTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("live"));
    QVERIFY(!table->item(0, 1)->text().contains(QString::fromUtf8(liveKey))); // masked
    QCOMPARE(m_book->verifier()->verify(stripeRequest(liveKey, signedAt)).status,
             Verdict::Status::Valid);

    // Revealed on demand only, and hidden again.
    table->selectRow(0);
    auto *reveal = dialog.findChild<QPushButton *>(QStringLiteral("revealSecret"));
    QVERIFY(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(table->item(0, 1)->text(), QString::fromUtf8(liveKey));
    table->selectRow(0);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!table->item(0, 1)->text().contains(QString::fromUtf8(liveKey)));
}

void TestSecretsDialog::rotatingPutsTheNewSecretFirst()
{
    addStripeSource();
    SecretsDialog dialog(m_book.get());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("secretTable"));
    QCOMPARE(table->rowCount(), 1);
    table->selectRow(0);
    answerDialogs(1, QStringLiteral("live 2"), "whsec_next", QString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("rotateSecret")),
                      Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("live 2"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("live"));
    // Both verify during the switch-over.
    const auto verifier = m_book->verifier();
    QCOMPARE(verifier->verify(stripeRequest(liveKey, signedAt)).status, Verdict::Status::Valid);
    QCOMPARE(verifier->verify(stripeRequest("whsec_next", signedAt)).status,
             Verdict::Status::Valid);
}

void TestSecretsDialog::memoryOnlyWarnsAndOffersAnEncryptedFile()
{
    SecretsOptions options;
    options.storage = SecretsOptions::Storage::Memory;
    options.memoryReason = QStringLiteral("No keychain is available (test).");
    m_book.reset();
    m_book = openBook(options);
    QVERIFY(m_book);
    addStripeSource();
    SecretsDialog dialog(m_book.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("vaultWarning"));
    auto *encrypt = dialog.findChild<QPushButton *>(QStringLiteral("useEncryptedFile"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("No keychain")));
    QVERIFY(encrypt->isVisible());

    answerDialogs(2, QString(), {}, QStringLiteral("a long passphrase"));
    QTest::mouseClick(encrypt, Qt::LeftButton);
    QTRY_VERIFY(!warning->isVisible());
    QCOMPARE(m_book->vaultKind(), std::optional(SecretVault::Kind::EncryptedFile));

    // The key moved into the file: a restart with the passphrase has it.
    const QString secretId = m_book->secrets(m_book->sources().first().id).first().id;
    m_book.reset();
    SecretsOptions reopened;
    reopened.storage = SecretsOptions::Storage::EncryptedFile;
    reopened.encryptedFile = SecretStorage::defaultEncryptedFile();
    reopened.passphrase = "a long passphrase";
    m_book = openBook(reopened);
    QVERIFY(m_book);
    QTRY_VERIFY(m_book->isReady());
    QCOMPARE(m_book->key(secretId), std::optional(liveKey));
}

void TestSecretsDialog::signatureTabExplainsTheVerdict()
{
    addStripeSource();
    SignaturePage page;
    page.setSecrets(m_book.get());
    page.show();
    page.showRequest(stripeRequest(liveKey, signedAt, 5));
    QVERIFY(!page.isShowingHint());
    QCOMPARE(page.verdict().status, Verdict::Status::Valid);
    QCOMPARE(page.fieldText(QStringLiteral("status")), QStringLiteral("Signature valid"));
    QCOMPARE(page.fieldText(QStringLiteral("scheme")), QStringLiteral("stripe"));
    QCOMPARE(page.fieldText(QStringLiteral("secret")), QStringLiteral("live"));
    QVERIFY(page.fieldText(QStringLiteral("source")).startsWith(QStringLiteral("Stripe live")));
    QVERIFY(page.fieldText(QStringLiteral("signedAt")).contains(QStringLiteral("5 s after")));

    CapturedRequest tampered = stripeRequest(liveKey, signedAt, 5);
    tampered.body.replace("charge", "chargE");
    page.showRequest(tampered);
    QCOMPARE(page.verdict().reason, Verdict::Reason::SignatureMismatch);
    QCOMPARE(page.fieldText(QStringLiteral("status")), QStringLiteral("Signature invalid"));
    QVERIFY(!page.fieldText(QStringLiteral("expected")).isEmpty());
    QVERIFY(!page.fieldText(QStringLiteral("received")).isEmpty());
    QVERIFY(page.fieldText(QStringLiteral("expected"))
            != page.fieldText(QStringLiteral("received")));
    QCOMPARE(page.fieldText(QStringLiteral("message")), page.verdict().message);

    // Removing the secret changes the shown verdict at once.
    QString error;
    QVERIFY(m_book->removeSecret(m_book->secrets(m_book->sources().first().id).first().id, &error));
    QCOMPARE(page.verdict().reason, Verdict::Reason::NoSecret);
}

void TestSecretsDialog::signatureTabOffersASourceForUncoveredPaths()
{
    SignaturePage page;
    page.setSecrets(m_book.get());
    page.show();
    page.showRequest(stripeRequest(liveKey, signedAt, 5, "/stripe/hooks"));
    auto *add = page.findChild<QPushButton *>(QStringLiteral("signature_addSource"));
    QVERIFY(add->isVisible());
    QSignalSpy requested(&page, &SignaturePage::manageSecretsRequested);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("stripe"));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("/stripe"));

    // The manager then opens on a new source for that prefix and scheme.
    SecretsDialog dialog(m_book.get());
    dialog.showSourceFor(QStringLiteral("stripe"), QStringLiteral("/stripe"));
    QCOMPARE(m_book->sources().size(), 1);
    QCOMPARE(m_book->sources().first().scheme, QStringLiteral("stripe"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("sourcePathPrefix"))->text(),
             QStringLiteral("/stripe"));
}

QTEST_MAIN(TestSecretsDialog)
#include "tst_secretsdialog.moc"
