#include "capture/captureservice.h"
#include "capturetestclient.h"
#include "store/requeststore.h"
#include "store/storewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hookbench;

/// A real file system that fills up under a running store: a small tmpfs, mounted for the
/// test. Needs root (as CI runs); skipped with the reason otherwise.
class TestStoreFailure : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fullDiskAnswers503AndRecovers();

private:
    static bool run(const QStringList &arguments, QString *output = nullptr);
    bool remount(const QString &options);
    quint16 startCapture();
    QByteArray post(RawClient &client, const QByteArray &body, int *status);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mountPoint;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CaptureService> m_service;
};

bool TestStoreFailure::run(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(arguments.first(), arguments.mid(1));
    const bool ok = process.waitForFinished(10'000) && process.exitStatus() == QProcess::NormalExit
                    && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardError());
    return ok;
}

bool TestStoreFailure::remount(const QString &options)
{
    return run({QStringLiteral("mount"),
                QStringLiteral("-o"),
                QStringLiteral("remount,") + options,
                m_mountPoint});
}

void TestStoreFailure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_mountPoint = m_dir->path();
    QString why;
    if (!run({QStringLiteral("mount"),
              QStringLiteral("-t"),
              QStringLiteral("tmpfs"),
              QStringLiteral("-o"),
              QStringLiteral("size=3m"),
              QStringLiteral("hookbench-test"),
              m_mountPoint},
             &why)) {
        m_mountPoint.clear();
        QSKIP(qPrintable(QStringLiteral("cannot mount a small file system here (needs root): ")
                         + why.trimmed()));
    }
}

void TestStoreFailure::cleanup()
{
    m_service.reset();
    m_writer.reset();
    if (!m_mountPoint.isEmpty())
        run({QStringLiteral("umount"), QStringLiteral("-l"), m_mountPoint});
    m_dir.reset();
}

quint16 TestStoreFailure::startCapture()
{
    StoreOptions options;
    options.path = m_mountPoint + QStringLiteral("/store.sqlite");
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    if (!m_writer->start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    m_service = std::make_unique<CaptureService>(m_writer.get());
    const auto info = m_service->addListener(ListenerConfig(), &error);
    return info ? info->port : 0;
}

QByteArray TestStoreFailure::post(RawClient &client, const QByteArray &body, int *status)
{
    client.send("POST /hook HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body);
    const auto reply = client.readReply();
    *status = reply ? reply->status : 0;
    return reply ? reply->body : QByteArray();
}

void TestStoreFailure::fullDiskAnswers503AndRecovers()
{
    const quint16 port = startCapture();
    QVERIFY(port != 0);
    QSignalSpy health(m_writer.get(), &StoreWriter::healthChanged);
    RawClient client;
    QVERIFY(client.connectTo(port));
    const QByteArray body(256 * 1024, 'f');
    int status = 200;
    QByteArray answer;
    QList<qint64> acknowledged;
    for (int i = 0; i < 40 && status == 200; ++i) {
        answer = post(client, body, &status);
        if (status == 200)
            acknowledged.append(parsePublicRequestId(
                QJsonDocument::fromJson(answer).object().value(QStringLiteral("id")).toString()));
    }
    QCOMPARE(status, 503); // the disk filled up before 40 requests
    QVERIFY2(answer.contains("full"), answer.constData());
    QTRY_VERIFY(!health.isEmpty());
    QCOMPARE(health.last().at(0).toBool(), false);

    QVERIFY(remount(QStringLiteral("size=64m"))); // space again
    answer = post(client, body, &status);
    QCOMPARE(status, 200);
    QTRY_COMPARE(health.last().at(0).toBool(), true);

    // Everything acknowledged before the disk filled up is intact.
    RequestStore store;
    QString error;
    QVERIFY(store.open(StoreOptions {m_mountPoint + QStringLiteral("/store.sqlite")}, &error));
    for (qint64 id : std::as_const(acknowledged))
        QCOMPARE(store.request(id).value_or(CapturedRequest()).body, body);
}

QTEST_MAIN(TestStoreFailure)
#include "tst_storefailure.moc"
