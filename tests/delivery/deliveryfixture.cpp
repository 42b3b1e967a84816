#include "deliveryfixture.h"

#include "deliverytesthelpers.h"
#include "store/requeststore.h"

#include <QTcpServer>
#include <QTest>

using namespace Hookbench;

DeliverySettings DeliveryFixture::quick()
{
    DeliverySettings settings;
    settings.maxAttempts = 1;
    settings.timeoutMs = 10'000;
    settings.backoffBaseMs = 20;
    settings.backoffCapMs = 50;
    return settings;
}

quint16 DeliveryFixture::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when `server` goes
}

void DeliveryFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_options.path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_writer = std::make_unique<StoreWriter>();
    QString error;
    QVERIFY2(m_writer->start(m_options, &error), qPrintable(error));
    m_store = std::make_unique<DeliveryStore>();
    QVERIFY2(m_store->open(m_options, &error), qPrintable(error));
    m_finished.clear();
    startEngine();
}

void DeliveryFixture::tearDown()
{
    m_engine.reset();
    m_store.reset();
    m_writer.reset();
    m_dir.reset();
}

void DeliveryFixture::startEngine(DeliveryEngine::Recovery recovery,
                                  DeliveryEngine::SecretResolver resolver)
{
    m_engine = std::make_unique<DeliveryEngine>();
    m_engine->setSecretResolver(std::move(resolver));
    connect(m_engine.get(), &DeliveryEngine::deliveryFinished, this, [this](const QString &id) {
        m_finished.append(id);
    });
    QString error;
    QVERIFY2(m_engine->start(m_options, &error, recovery), qPrintable(error));
}

CapturedRequest DeliveryFixture::storedWebhook(const QByteArray &body)
{
    const qint64 id = storeCaptured(*m_writer, sampleWebhook(body));
    RequestStore requests;
    QString error;
    if (id == 0 || !requests.open(m_options, &error))
        return {};
    return requests.request(id).value_or(CapturedRequest());
}

DeliveryOrder DeliveryFixture::order(const CapturedRequest &request,
                                     const QByteArray &url,
                                     const DeliverySettings &settings,
                                     const ResendEdits &edits)
{
    DeliveryTarget target;
    target.url = QString::fromUtf8(url);
    target.settings = settings;
    QString error;
    const auto built = DeliveryOrder::resend(request, target, edits, &error);
    if (!built)
        qWarning("%s", qPrintable(error));
    return built.value_or(DeliveryOrder());
}

bool DeliveryFixture::ended(const QString &groupId)
{
    return std::any_of(m_finished.cbegin(), m_finished.cend(), [&](const QString &id) {
        const auto delivery = m_store->delivery(id);
        return delivery && delivery->groupId == groupId;
    });
}
