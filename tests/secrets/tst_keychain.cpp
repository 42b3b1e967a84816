#include "secrets/keychainvault.h"
#include "secrets/secretbook.h"
#include "secretstesthelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hookbench;

/// The real OS keychain: gnome-keyring's Secret Service on the private D-Bus session that
/// scripts/test-session.sh starts (CI always runs there). Each run uses its own service name.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysRoundTripThroughTheKeychain();
    void secretBookKeepsKeysInTheKeychainAcrossRestarts();

private:
    std::optional<QByteArray> readKey(KeychainVault &vault, const QString &id, QString *error);
    QString m_service;
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariable("HOOKBENCH_SECRET_SERVICE") != QLatin1String("1"))
        QSKIP("No Secret Service here: run under scripts/test-session.sh (CI always does)");
    m_service = QStringLiteral("dev.hookbench.Hookbench.test-")
                + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QByteArray>
TestKeychain::readKey(KeychainVault &vault, const QString &id, QString *error)
{
    bool finished = false;
    std::optional<QByteArray> result;
    vault.read(id, [&](const std::optional<QByteArray> &key, const QString &readError) {
        result = key;
        *error = readError;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 20000))
        *error = QStringLiteral("the keychain never answered");
    return result;
}

void TestKeychain::keysRoundTripThroughTheKeychain()
{
    KeychainVault vault(m_service);
    bool probed = false;
    bool available = false;
    QString why;
    vault.probe([&](bool answer, const QString &reason) {
        probed = true;
        available = answer;
        why = reason;
    });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 20000);
    QVERIFY2(available, qPrintable(why));

    const QByteArray key("whsec_\x00\xff binary-safe", 23);
    std::optional<QString> written;
    vault.write(QStringLiteral("k1"), key, [&](const QString &error) { written = error; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QCOMPARE(*written, QString());

    QString error;
    QCOMPARE(readKey(vault, QStringLiteral("k1"), &error), std::optional(key));
    QCOMPARE(error, QString());

    std::optional<QString> removed;
    vault.remove(QStringLiteral("k1"), [&](const QString &e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QCOMPARE(*removed, QString());
    QCOMPARE(readKey(vault, QStringLiteral("k1"), &error), std::nullopt);
    QCOMPARE(error, QString()); // missing, not failed
}

void TestKeychain::secretBookKeepsKeysInTheKeychainAcrossRestarts()
{
    QTemporaryDir dir;
    StoreOptions store;
    store.path = dir.filePath(QStringLiteral("store.sqlite"));
    SecretsOptions options;
    options.keychainService = m_service;
    const QByteArray key = "whsec_keychain_test";
    qint64 sourceId = 0;
    QString secretId;
    {
        SecretBook book(options);
        QString error;
        QVERIFY2(book.open(store, &error), qPrintable(error));
        QVERIFY(book.isReady()); // no secrets: the keychain was not even asked
        QCOMPARE(book.vaultKind(), std::nullopt);
        SigningSource source;
        source.scheme = QStringLiteral("stripe");
        QVERIFY(book.saveSource(&source, &error));
        sourceId = source.id;
        std::optional<QString> added;
        book.addSecret(sourceId, QStringLiteral("live"), key, [&](const QString &e) { added = e; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 20000);
        QCOMPARE(*added, QString());
        QCOMPARE(book.vaultKind(), std::optional(SecretVault::Kind::Keychain));
        QCOMPARE(book.vaultProblem(), QString());
        secretId = book.secrets(sourceId).first().id;
    }
    SecretBook book(options);
    QString error;
    QSignalSpy ready(&book, &SecretBook::ready);
    QVERIFY(book.open(store, &error));
    QVERIFY(ready.count() == 1 || ready.wait(20000));
    QCOMPARE(book.key(secretId), std::optional(key));
    QCOMPARE(book.verifier()->verify(stripeRequest(key, 1700000000)).status,
             Verdict::Status::Valid);

    QVERIFY(book.removeSecret(secretId, &error));
    KeychainVault vault(m_service);
    QTRY_COMPARE_WITH_TIMEOUT(readKey(vault, secretId, &error), std::nullopt, 20000);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
