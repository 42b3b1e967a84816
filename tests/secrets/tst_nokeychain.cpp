#include "secrets/secretbook.h"
#include "secretstesthelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// A machine without a keychain (no D-Bus session, so no Secret Service): secrets still work for
/// this run, from memory, with a warning saying so, and nothing is written elsewhere.
class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secretsFallBackToMemoryWithAWarning();
};

void TestNoKeychain::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hookbench-no-bus");
    qunsetenv("DISPLAY"); // no D-Bus autolaunch either
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("XDG_CURRENT_DESKTOP", "none"); // not KDE: QtKeychain would ask KWallet instead
}

void TestNoKeychain::secretsFallBackToMemoryWithAWarning()
{
    QTemporaryDir dir;
    StoreOptions store;
    store.path = dir.filePath(QStringLiteral("store.sqlite"));
    SecretBook book;
    QString error;
    QVERIFY2(book.open(store, &error), qPrintable(error));
    QSignalSpy problem(&book, &SecretBook::vaultProblemChanged);

    SigningSource source;
    source.scheme = QStringLiteral("stripe");
    QVERIFY(book.saveSource(&source, &error));
    const QByteArray key = "whsec_memory_only";
    std::optional<QString> added;
    book.addSecret(source.id, QStringLiteral("live"), key, [&](const QString &e) { added = e; });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 30000);
    QCOMPARE(*added, QString());

    QCOMPARE(problem.count(), 1);
    QVERIFY2(book.vaultProblem().contains(QStringLiteral("kept in memory for this run only")),
             qPrintable(book.vaultProblem()));
    QCOMPARE(book.vaultKind(), std::optional(SecretVault::Kind::Memory));
    QCOMPARE(book.verifier()->verify(stripeRequest(key, 1700000000)).status,
             Verdict::Status::Valid);
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
