#include "secrets/encryptedfilevault.h"
#include "secrets/requestverifier.h"
#include "secrets/secretbook.h"
#include "secretstesthelpers.h"
#include "signing/generichmacscheme.h"
#include "store/reinspector.h"
#include "store/requeststore.h"
#include "store/storewriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

namespace {
constexpr qint64 signedAt = 1700000000;
const QByteArray liveKey = "whsec_live_0123456789";
const QByteArray rotatedKey = "whsec_rotated_abcdef";

SigningSource stripeSource(const QString &prefix = QStringLiteral("/stripe"))
{
    SigningSource source;
    source.name = QStringLiteral("Stripe");
    source.scheme = QStringLiteral("stripe");
    source.pathPrefix = prefix;
    return source;
}
} // namespace

/// Signing sources and secrets: which source checks a request, verdicts at arrival time, and
/// the SecretBook over a real store file with in-memory and encrypted-file vaults.
class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pathPrefixesMatchWholeSegments();
    void theMostSpecificSourceChecks();
    void verdictsUseTheArrivalTime();
    void truncatedBodiesAreNotJudged();
    void requestsOutsideEverySourceAreAutoDetected();
    void secretsRotateNewestFirst();
    void keysNeverReachTheStore();
    void memoryKeysDoNotSurviveARestart();
    void removingASourceForgetsItsSecrets();
    void encryptedFileKeepsKeysAcrossRestarts();
    void encryptedFileRefusesAWrongPassphrase();
    void storedVerdictsFollowSecretChanges();
    void genericHmacSourcesKeepTheirConfiguration();

private:
    std::unique_ptr<SecretBook> openBook(SecretsOptions options = memoryOnly());
    QString
    addSecret(SecretBook &book, qint64 sourceId, const QString &label, const QByteArray &key);
    /// Saves stripeSource() with the secret "live" (liveKey): its id, or 0 when either failed.
    qint64 addLiveSource(SecretBook &book);
    static SecretsOptions memoryOnly();
    SecretsOptions encryptedFile(const QByteArray &passphrase) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreOptions m_store;
};

void TestSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store.path = m_dir->filePath(QStringLiteral("store.sqlite"));
}

void TestSecrets::cleanup()
{
    m_dir.reset();
}

SecretsOptions TestSecrets::memoryOnly()
{
    SecretsOptions options;
    options.storage = SecretsOptions::Storage::Memory;
    return options;
}

SecretsOptions TestSecrets::encryptedFile(const QByteArray &passphrase) const
{
    SecretsOptions options;
    options.storage = SecretsOptions::Storage::EncryptedFile;
    options.encryptedFile = m_dir->filePath(QStringLiteral("secrets.enc"));
    options.passphrase = passphrase;
    return options;
}

std::unique_ptr<SecretBook> TestSecrets::openBook(SecretsOptions options)
{
    auto book = std::make_unique<SecretBook>(std::move(options));
    QString error;
    if (!book->open(m_store, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    if (!book->isReady()) {
        QSignalSpy ready(book.get(), &SecretBook::ready);
        if (!ready.wait(10000))
            return nullptr;
    }
    return book;
}

QString TestSecrets::addSecret(SecretBook &book,
                               qint64 sourceId,
                               const QString &label,
                               const QByteArray &key)
{
    std::optional<QString> result;
    book.addSecret(sourceId, label, key, [&result](const QString &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return QStringLiteral("addSecret never finished");
    return *result;
}

qint64 TestSecrets::addLiveSource(SecretBook &book)
{
    SigningSource source = stripeSource();
    QString error;
    if (!book.saveSource(&source, &error))
        qWarning("saveSource: %s", qPrintable(error));
    else if (const QString added = addSecret(book, source.id, QStringLiteral("live"), liveKey);
             !added.isEmpty())
        qWarning("addSecret: %s", qPrintable(added));
    else
        return source.id;
    return 0;
}

void TestSecrets::pathPrefixesMatchWholeSegments()
{
    SigningSource source = stripeSource();
    QVERIFY(source.matches(QString(), "/stripe"));
    QVERIFY(source.matches(QString(), "/stripe/hooks"));
    QVERIFY(!source.matches(QString(), "/stripes"));
    QVERIFY(!source.matches(QString(), "/github"));
    source.listener = QStringLiteral("127.0.0.1:9000");
    QVERIFY(source.matches(QStringLiteral("127.0.0.1:9000"), "/stripe"));
    QVERIFY(!source.matches(QStringLiteral("127.0.0.1:9001"), "/stripe"));
    source.pathPrefix.clear();
    QVERIFY(source.matches(QStringLiteral("127.0.0.1:9000"), "/anything"));
}

void TestSecrets::theMostSpecificSourceChecks()
{
    SigningSource any = stripeSource(QString());
    any.id = 1;
    SigningSource stripe = stripeSource();
    stripe.id = 2;
    SigningSource hooks = stripeSource(QStringLiteral("/stripe/hooks"));
    hooks.id = 3;
    SigningSource onListener = stripeSource(QStringLiteral("/stripe/hooks"));
    onListener.id = 4;
    onListener.listener = QStringLiteral("127.0.0.1:9000");
    const RequestVerifier verifier({any, stripe, hooks, onListener}, {});
    QCOMPARE(verifier.sourceFor(QStringLiteral("x:1"), "/other")->id, 1);
    QCOMPARE(verifier.sourceFor(QStringLiteral("x:1"), "/stripe/x")->id, 2);
    QCOMPARE(verifier.sourceFor(QStringLiteral("x:1"), "/stripe/hooks")->id, 3);
    QCOMPARE(verifier.sourceFor(QStringLiteral("127.0.0.1:9000"), "/stripe/hooks")->id, 4);
    QVERIFY(!RequestVerifier({stripe}, {}).sourceFor(QString(), "/github"));
}

void TestSecrets::verdictsUseTheArrivalTime()
{
    SigningSource source = stripeSource();
    source.id = 7;
    const RequestVerifier verifier({source}, {{7, {{QStringLiteral("s1"), liveKey}}}});

    const Verdict onTime = verifier.verify(stripeRequest(liveKey, signedAt, 5));
    QCOMPARE(onTime.status, Verdict::Status::Valid);
    QCOMPARE(onTime.secretId, QStringLiteral("s1"));
    QCOMPARE(onTime.skewSeconds, 5);

    // Stripe's window is 300 s: arriving ten minutes late fails, whenever it is checked.
    const Verdict late = verifier.verify(stripeRequest(liveKey, signedAt, 600));
    QCOMPARE(late.reason, Verdict::Reason::TimestampTooOld);
    QCOMPARE(late.skewSeconds, 600);

    source.toleranceSeconds = 3600; // a source may widen it
    const RequestVerifier lenient({source}, {{7, {{QStringLiteral("s1"), liveKey}}}});
    QCOMPARE(lenient.verify(stripeRequest(liveKey, signedAt, 600)).status, Verdict::Status::Valid);

    const Verdict wrongKey = verifier.verify(stripeRequest("whsec_other", signedAt));
    QCOMPARE(wrongKey.reason, Verdict::Reason::SignatureMismatch);
}

void TestSecrets::truncatedBodiesAreNotJudged()
{
    SigningSource source = stripeSource();
    source.id = 1;
    const RequestVerifier verifier({source}, {{1, {{QString(), liveKey}}}});
    CapturedRequest request = stripeRequest(liveKey, signedAt);
    request.bodyTruncated = true;
    request.bodySize = request.body.size() * 10;
    const Verdict verdict = verifier.verify(request);
    QCOMPARE(verdict.status, Verdict::Status::None);
    QCOMPARE(verdict.reason, Verdict::Reason::BodyTruncated);
    QCOMPARE(verdict.scheme, QStringLiteral("stripe"));
}

void TestSecrets::requestsOutsideEverySourceAreAutoDetected()
{
    const RequestVerifier verifier({stripeSource(QStringLiteral("/elsewhere"))}, {});
    const Verdict verdict = verifier.verify(stripeRequest(liveKey, signedAt));
    QCOMPARE(verdict.status, Verdict::Status::None);
    QCOMPARE(verdict.reason, Verdict::Reason::NoSecret);
    QCOMPARE(verdict.scheme, QStringLiteral("stripe"));
}

void TestSecrets::secretsRotateNewestFirst()
{
    auto book = openBook();
    QVERIFY(book);
    SigningSource source = stripeSource();
    QString error;
    QVERIFY2(book->saveSource(&source, &error), qPrintable(error));
    QVERIFY(source.id > 0);

    QSignalSpy changed(book.get(), &SecretBook::changed);
    QCOMPARE(addSecret(*book, source.id, QStringLiteral("live"), liveKey), QString());
    QCOMPARE(addSecret(*book, source.id, QStringLiteral("rotated"), rotatedKey), QString());
    QCOMPARE(changed.count(), 2);

    const QList<SecretEntry> secrets = book->secrets(source.id);
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets[0].label, QStringLiteral("rotated"));
    QCOMPARE(secrets[1].label, QStringLiteral("live"));
    QCOMPARE(book->key(secrets[0].id), std::optional(rotatedKey));

    // Both keys verify while the old one is kept: the verdict names the one that matched.
    const auto verifier = book->verifier();
    QCOMPARE(verifier->verify(stripeRequest(liveKey, signedAt)).secretId, secrets[1].id);
    QCOMPARE(verifier->verify(stripeRequest(rotatedKey, signedAt)).secretId, secrets[0].id);

    QVERIFY(book->removeSecret(secrets[1].id, &error));
    QCOMPARE(book->verifier()->verify(stripeRequest(liveKey, signedAt)).reason,
             Verdict::Reason::SignatureMismatch);
}

void TestSecrets::keysNeverReachTheStore()
{
    {
        auto book = openBook();
        QVERIFY(book);
        const qint64 sourceId = addLiveSource(*book);
        QVERIFY(sourceId > 0);
    }
    // The store file and its write-ahead log hold the label, never the key.
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_store.path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("live"));
    QVERIFY(!bytes.contains(liveKey));
}

void TestSecrets::memoryKeysDoNotSurviveARestart()
{
    qint64 sourceId = 0;
    {
        auto book = openBook();
        QVERIFY(book);
        sourceId = addLiveSource(*book);
        QVERIFY(sourceId > 0);
        QCOMPARE(book->vaultKind(), std::optional(SecretVault::Kind::Memory));
    }
    auto book = openBook();
    QVERIFY(book);
    // The source and the secret's entry remain; its key was this run's only.
    QCOMPARE(book->sources().size(), 1);
    const QList<SecretEntry> secrets = book->secrets(sourceId);
    QCOMPARE(secrets.size(), 1);
    QVERIFY(!book->key(secrets[0].id));
    QCOMPARE(book->verifier()->verify(stripeRequest(liveKey, signedAt)).reason,
             Verdict::Reason::NoSecret);
}

void TestSecrets::removingASourceForgetsItsSecrets()
{
    auto book = openBook();
    QVERIFY(book);
    const qint64 sourceId = addLiveSource(*book);
    QVERIFY(sourceId > 0);
    const QString secretId = book->secrets(sourceId).first().id;
    QString error;
    QVERIFY(book->removeSource(sourceId, &error));
    QVERIFY(book->sources().isEmpty());
    QVERIFY(!book->secret(secretId));
    QVERIFY(!book->key(secretId));
    book.reset();
    book = openBook();
    QVERIFY(book->sources().isEmpty());
    QVERIFY(book->secrets(sourceId).isEmpty());
}

void TestSecrets::encryptedFileKeepsKeysAcrossRestarts()
{
    qint64 sourceId = 0;
    {
        auto book = openBook(encryptedFile("correct horse battery staple"));
        QVERIFY(book);
        sourceId = addLiveSource(*book);
        QVERIFY(sourceId > 0);
        QCOMPARE(book->vaultKind(), std::optional(SecretVault::Kind::EncryptedFile));
    }
    QFile file(m_dir->filePath(QStringLiteral("secrets.enc")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(liveKey));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    auto book = openBook(encryptedFile("correct horse battery staple"));
    QVERIFY(book);
    const QList<SecretEntry> secrets = book->secrets(sourceId);
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(book->key(secrets[0].id), std::optional(liveKey));
    QCOMPARE(book->verifier()->verify(stripeRequest(liveKey, signedAt)).status,
             Verdict::Status::Valid);
}

void TestSecrets::encryptedFileRefusesAWrongPassphrase()
{
    {
        auto book = openBook(encryptedFile("right"));
        QVERIFY(book);
        const qint64 sourceId = addLiveSource(*book);
        QVERIFY(sourceId > 0);
    }
    SecretBook book(encryptedFile("wrong"));
    QString error;
    QVERIFY(!book.open(m_store, &error));
    QVERIFY2(error.contains(QStringLiteral("passphrase")), qPrintable(error));

    QFile::resize(m_dir->filePath(QStringLiteral("secrets.enc")), 10); // damaged
    SecretBook damaged(encryptedFile("right"));
    QVERIFY(!damaged.open(m_store, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Hookbench secrets file")), qPrintable(error));
}

void TestSecrets::storedVerdictsFollowSecretChanges()
{
    StoreWriter writer;
    QString error;
    QVERIFY2(writer.start(m_store, &error), qPrintable(error));
    auto book = openBook();
    QVERIFY(book);
    Reinspector reinspector(&writer, nullptr, book.get());
    qint64 inspectedUpTo = 0;
    connect(&reinspector, &Reinspector::inspected, this, [&](qint64, qint64 last) {
        inspectedUpTo = qMax(inspectedUpTo, last);
    });
    QVERIFY2(reinspector.start(m_store, &error), qPrintable(error));

    auto store = [&](const CapturedRequest &request) {
        qint64 id = 0;
        QObject context;
        writer.submit(request, &context, [&id](const CommitResult &r) { id = r.id; });
        const bool stored = QTest::qWaitFor([&] { return id > 0; }, 10000)
                            && QTest::qWaitFor([&] { return inspectedUpTo >= id; }, 10000);
        return stored ? id : qint64(-1);
    };
    RequestStore reader;
    QVERIFY(reader.open(m_store, &error));
    auto search = [&](const QString &text) {
        RequestFilter filter;
        filter.search = std::get<SearchQuery>(SearchQuery::parse(text, 0));
        QList<qint64> ids;
        for (const RequestRow &row : reader.newestBefore(0, 100, filter))
            ids.append(row.id);
        return ids;
    };

    const qint64 good = store(stripeRequest(liveKey, signedAt));
    const qint64 forged = store(stripeRequest("whsec_forged", signedAt));
    QVERIFY(good > 0 && forged > good);
    // No secret yet: nothing judged, and the reason says why.
    QCOMPARE(reader.event(good)->signatureStatus, QString());
    QCOMPARE(reader.event(good)->signatureReason, QStringLiteral("no_secret"));
    QCOMPARE(reader.event(good)->signatureScheme, QStringLiteral("stripe"));
    QCOMPARE(search(QStringLiteral("sig:none")), (QList<qint64> {forged, good}));

    SigningSource source = stripeSource();
    QVERIFY(book->saveSource(&source, &error));
    QCOMPARE(addSecret(*book, source.id, QStringLiteral("live"), liveKey), QString());
    // Each change starts a pass over the stored requests.
    QTRY_COMPARE(reader.event(good)->signatureStatus, QStringLiteral("valid"));
    QTRY_COMPARE(reader.event(forged)->signatureStatus, QStringLiteral("invalid"));
    QCOMPARE(reader.event(forged)->signatureStatus, QStringLiteral("invalid"));
    QCOMPARE(reader.event(forged)->signatureReason, QStringLiteral("signature_mismatch"));
    QCOMPARE(search(QStringLiteral("sig:valid")), QList<qint64> {good});
    QCOMPARE(search(QStringLiteral("sig:invalid")), QList<qint64> {forged});
    QCOMPARE(search(QStringLiteral("sig:none")), QList<qint64> {});

    // New requests are verified as they are stored.
    const qint64 later = store(stripeRequest(liveKey, signedAt + 60));
    QCOMPARE(reader.event(later)->signatureStatus, QStringLiteral("valid"));

    const QString secretId = book->secrets(source.id).first().id;
    QVERIFY(book->removeSecret(secretId, &error));
    QTRY_COMPARE(reader.event(good)->signatureStatus, QString());
    QCOMPARE(search(QStringLiteral("sig:valid")), QList<qint64> {});
}

void TestSecrets::genericHmacSourcesKeepTheirConfiguration()
{
    GenericHmacConfig config;
    config.signatureHeader = "X-Acme-Signature";
    config.prefix = "sha512=";
    config.digest = SigningCrypto::Digest::Sha512;
    config.encoding = GenericHmacConfig::Encoding::Base64;
    config.contentTemplate = "{timestamp}:{body}";
    config.timestampHeader = "X-Acme-Timestamp";
    const QByteArray key = "acme-secret";
    SigningRequest signing;
    signing.url = "/acme";
    signing.body = R"({"event":"order.paid"})";
    const SignResult signature
        = GenericHmacScheme(config).sign(signing, {{QString(), key}}, SignOptions {signedAt, {}});
    QVERIFY2(signature.error.isEmpty(), qPrintable(signature.error));
    CapturedRequest request = stripeRequest(key, signedAt, 2, "/acme");
    request.body = signing.body;
    request.bodySize = request.body.size();
    request.setHeaders(signature.headers);

    qint64 sourceId = 0;
    {
        auto book = openBook();
        QVERIFY(book);
        SigningSource source;
        source.name = QStringLiteral("Acme");
        source.scheme = QStringLiteral("generic");
        source.pathPrefix = QStringLiteral("/acme");
        source.generic = config;
        QString error;
        QVERIFY(book->saveSource(&source, &error));
        sourceId = source.id;
    }
    auto book = openBook(); // the configuration comes back from the store
    QVERIFY(book);
    const std::optional<SigningSource> source = book->source(sourceId);
    QVERIFY(source);
    QCOMPARE(source->generic.toJson(), config.toJson());
    QCOMPARE(addSecret(*book, sourceId, QStringLiteral("acme"), key), QString());
    const Verdict verdict = book->verifier()->verify(request);
    QCOMPARE(verdict.status, Verdict::Status::Valid);
    QCOMPARE(verdict.scheme, QStringLiteral("generic"));
    request.body.replace("paid", "PAID");
    QCOMPARE(book->verifier()->verify(request).reason, Verdict::Reason::SignatureMismatch);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
