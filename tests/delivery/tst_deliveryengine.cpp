#include "deliveryfixture.h"
#include "deliverytesthelpers.h"
#include "signing/schemeregistry.h"
#include "testreceiver.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Hookbench;

/// The delivery engine against real receivers on 127.0.0.1: what arrives (as captured, or
/// edited and re-signed), retries, manual retry, cancel, concurrency, refused orders.
class TestDeliveryEngine : public DeliveryFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void unchangedResendArrivesByteIdentical();
    void editedAndResignedEventVerifies_data();
    void editedAndResignedEventVerifies();
    void secretIdsAreResolvedOnTheEngineThread();
    void retriesUntilDelivered();
    void manualRetryOfAFailedDelivery();
    void cancelPendingAndInProgress();
    void concurrencyIsLimitedPerTarget();
    void rejectsUnusableOrders_data();
    void rejectsUnusableOrders();
};

void TestDeliveryEngine::unchangedResendArrivesByteIdentical()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const QByteArray body("{\"id\":\"evt_1\",\"amount\":1.50}\r\n\0\xff\xfe tail", 38);
    const CapturedRequest captured = storedWebhook(body);
    QCOMPARE(captured.body, body);
    DeliveryTarget target;
    target.url = QString::fromUtf8(receiver.url("/staging/hook?token=t1"));
    target.headers = {{"X-Env", "staging"}};
    target.settings = quick();
    QString error;
    const auto resend = DeliveryOrder::resend(captured, target, {}, &error);
    QVERIFY2(resend, qPrintable(error));
    const QString id = m_engine->submit(*resend, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 15'000);

    QCOMPARE(receiver.requests.size(), 1);
    const CapturedRequest &got = receiver.requests.first();
    QCOMPARE(got.body, body);
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.target, QByteArray("/staging/hook?token=t1"));
    QCOMPARE(got.headerValue("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(got.headerValue("Host"), "127.0.0.1:" + QByteArray::number(receiver.port()));
    // The captured end-to-end fields arrive in their order, case and values (repeated ones
    // folded into one); the HTTP stack's own fields come around them.
    const HeaderList expected = {{"User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"},
                                 {"Content-Type", "application/json; charset=utf-8"},
                                 {"Stripe-Signature", "t=1,v1=0000"},
                                 {"x-lower-case", "Value Kept"},
                                 {"X-Repeated", "one, two"},
                                 {"Accept", "*/*; q=0.5"},
                                 {"X-Env", "staging"}};
    const HeaderList arrived = got.headers();
    qsizetype at = 0;
    for (const auto &field : expected) {
        while (at < arrived.size() && arrived.at(at) != field)
            ++at;
        QVERIFY2(at < arrived.size(), field.first.constData());
    }
    QVERIFY(got.headerValue("X-Hop").isNull());
    QVERIFY(got.headerValue("Keep-Alive").isNull());
    QVERIFY(!got.headerValue("Connection").contains("X-Hop"));

    const Delivery delivery = *m_store->delivery(id);
    QCOMPARE(delivery.status, DeliveryStatus::Delivered);
    QCOMPARE(delivery.attempt, 1);
    QCOMPARE(delivery.groupId, id);
    QCOMPARE(delivery.requestId, captured.id);
    QCOMPARE(delivery.request.body, body);
    QCOMPARE(delivery.request.headers, expected);
    QCOMPARE(delivery.responseStatus, 200);
    QCOMPARE(delivery.responseBody, QByteArray("ok"));
    QVERIFY(
        delivery.responseHeaders.contains(qMakePair(QByteArray("X-Receiver"), QByteArray("test"))));
    QVERIFY(delivery.createdUs <= delivery.startedUs && delivery.startedUs <= delivery.deliveredUs);
    QCOMPARE(delivery.failureKind, FailureKind::None);
    QVERIFY(delivery.durationMs >= 0);
}

void TestDeliveryEngine::editedAndResignedEventVerifies_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signatureHeader");
    QTest::newRow("stripe") << QStringLiteral("stripe") << QByteArray("whsec_staging_secret")
                            << QByteArray("Stripe-Signature");
    QTest::newRow("standard-webhooks")
        << QStringLiteral("standard-webhooks")
        << QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << QByteArray("webhook-signature");
}

void TestDeliveryEngine::editedAndResignedEventVerifies()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signatureHeader);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_1\",\"amount\":100}");
    ResendEdits edits;
    edits.method = "PUT";
    edits.path = "/edited?case=1";
    edits.body = "{\"id\":\"evt_1\",\"amount\":999}";
    DeliverySettings settings = quick();
    settings.signScheme = scheme;
    DeliveryOrder signedOrder = order(captured, receiver.url("/original"), settings, edits);
    signedOrder.secrets = {{QStringLiteral("cli"), secret}};
    QString error;
    const QString id = m_engine->submit(signedOrder, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 15'000);

    QCOMPARE(receiver.requests.size(), 1);
    const CapturedRequest &got = receiver.requests.first();
    QCOMPARE(got.method, QByteArray("PUT"));
    QCOMPARE(got.target, QByteArray("/edited?case=1"));
    QCOMPARE(got.body, *edits.body);
    const SigningRequest atReceiver
        = SigningRequest::fromCaptured(got, receiver.url("/edited?case=1"));
    QCOMPARE(atReceiver.headerValues(signatureHeader).size(), 1); // the old one is gone
    VerifyOptions now;
    now.nowSeconds = QDateTime::currentSecsSinceEpoch();
    const Verdict verdict = SchemeRegistry::find(scheme)->verify(
        atReceiver, {{QStringLiteral("staging"), secret}}, now);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    // The row holds exactly what was sent, signature included.
    const Delivery delivery = *m_store->delivery(id);
    QCOMPARE(delivery.status, DeliveryStatus::Delivered);
    SigningRequest recorded;
    recorded.headers = delivery.request.headers;
    QCOMPARE(recorded.header(signatureHeader), atReceiver.header(signatureHeader));
}

void TestDeliveryEngine::secretIdsAreResolvedOnTheEngineThread()
{
    QThread *const testThread = QThread::currentThread();
    QAtomicInt resolvedElsewhere = 0;
    startEngine(DeliveryEngine::Recovery::TakeOver,
                [testThread, &resolvedElsewhere](const QString &secretId) -> SigningSecrets {
                    if (QThread::currentThread() != testThread)
                        resolvedElsewhere.storeRelaxed(1);
                    if (secretId == QLatin1String("keychain-1"))
                        return {{secretId, "whsec_from_keychain"}};
                    return {};
                });
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_2\"}");
    DeliverySettings settings = quick();
    settings.signScheme = QStringLiteral("stripe");
    settings.signSecretId = QStringLiteral("keychain-1");
    QString error;
    const QString known = m_engine->submit(order(captured, receiver.url(), settings), &error);
    settings.signSecretId = QStringLiteral("gone");
    const QString unknown = m_engine->submit(order(captured, receiver.url(), settings), &error);
    QVERIFY(!known.isEmpty() && !unknown.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(ended(known) && ended(unknown), 15'000);

    QCOMPARE(m_store->delivery(known)->status, DeliveryStatus::Delivered);
    QCOMPARE(receiver.requests.size(), 1);
    VerifyOptions now;
    now.nowSeconds = QDateTime::currentSecsSinceEpoch();
    QVERIFY(SchemeRegistry::find(u"stripe")
                ->verify(SigningRequest::fromCaptured(receiver.requests.first()),
                         {{QStringLiteral("k"), "whsec_from_keychain"}},
                         now)
                .isValid());
    const Delivery failed = *m_store->delivery(unknown);
    QCOMPARE(failed.status, DeliveryStatus::Failed);
    QCOMPARE(failed.failureKind, FailureKind::Signing);
    QVERIFY2(failed.failureMessage.contains(QLatin1String("gone")),
             qPrintable(failed.failureMessage));
    QCOMPARE(resolvedElsewhere.loadRelaxed(), 1);
}

void TestDeliveryEngine::retriesUntilDelivered()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.enqueue({500, "boom"});
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_3\"}");
    DeliverySettings settings = quick();
    settings.maxAttempts = 3;
    QString error;
    const QString id = m_engine->submit(order(captured, receiver.url(), settings), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 15'000);

    const QList<Delivery> attempts = m_store->group(id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts[0].id, id);
    QCOMPARE(attempts[0].attempt, 1);
    QCOMPARE(attempts[0].status, DeliveryStatus::Failed);
    QCOMPARE(attempts[0].failureKind, FailureKind::HttpStatus);
    QCOMPARE(attempts[0].responseStatus, 500);
    QCOMPARE(attempts[0].responseBody, QByteArray("boom"));
    QVERIFY2(attempts[0].failureMessage.contains(QLatin1String("500")),
             qPrintable(attempts[0].failureMessage));
    QCOMPARE(attempts[1].attempt, 2);
    QCOMPARE(attempts[1].groupId, id);
    QCOMPARE(attempts[1].status, DeliveryStatus::Delivered);
    QVERIFY(attempts[1].dueUs >= attempts[0].failedUs);
    QVERIFY(attempts[1].dueUs <= attempts[0].failedUs + 20'000); // at most the backoff base
    // Only the group's end is announced as finished.
    QVERIFY(!m_finished.contains(attempts[0].id));
    QVERIFY(m_finished.contains(attempts[1].id));
    QCOMPARE(receiver.requests.size(), 2);
    QCOMPARE(receiver.requests[1].body, receiver.requests[0].body);
}

void TestDeliveryEngine::manualRetryOfAFailedDelivery()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.enqueue({503, "later"});
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_5\"}");
    QString error;
    const QString id = m_engine->submit(order(captured, receiver.url()), &error);
    QTRY_VERIFY_WITH_TIMEOUT(ended(id), 15'000);
    QCOMPARE(m_store->delivery(id)->status, DeliveryStatus::Failed);

    const QString again = m_engine->retry(id);
    QVERIFY(again.startsWith(QLatin1String("wdlv_")));
    QTRY_VERIFY_WITH_TIMEOUT(m_finished.contains(again), 15'000);
    const Delivery retried = *m_store->delivery(again);
    QCOMPARE(retried.status, DeliveryStatus::Delivered);
    QCOMPARE(retried.attempt, 2);
    QCOMPARE(retried.groupId, id);
    QCOMPARE(receiver.requests.size(), 2);

    // A delivered one is not retried again, and says why.
    QSignalSpy rejected(m_engine.get(), &DeliveryEngine::rejected);
    const QString refused = m_engine->retry(again);
    QVERIFY(rejected.wait(10'000));
    QCOMPARE(rejected.first().at(0).toString(), refused);
    QVERIFY2(rejected.first().at(1).toString().contains(QLatin1String("failed or cancelled")),
             qPrintable(rejected.first().at(1).toString()));
    QVERIFY(!m_store->delivery(refused));
}

void TestDeliveryEngine::cancelPendingAndInProgress()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.fallback.silent = true;
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_6\"}");
    DeliverySettings settings = quick();
    settings.maxConcurrency = 1;
    settings.maxAttempts = 3; // a cancelled attempt is not retried all the same
    QString error;
    const QString running = m_engine->submit(order(captured, receiver.url(), settings), &error);
    const QString waiting = m_engine->submit(order(captured, receiver.url(), settings), &error);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 15'000);
    QTRY_VERIFY(m_store->delivery(waiting).has_value());
    QCOMPARE(m_store->delivery(waiting)->status, DeliveryStatus::Pending);

    m_engine->cancel(waiting);
    QTRY_VERIFY_WITH_TIMEOUT(m_finished.contains(waiting), 10'000);
    const Delivery never = *m_store->delivery(waiting);
    QCOMPARE(never.status, DeliveryStatus::Cancelled);
    QCOMPARE(never.failureKind, FailureKind::Cancelled);
    QCOMPARE(never.startedUs, 0);

    m_engine->cancel(running);
    QTRY_VERIFY_WITH_TIMEOUT(m_finished.contains(running), 10'000);
    const Delivery stopped = *m_store->delivery(running);
    QCOMPARE(stopped.status, DeliveryStatus::Cancelled);
    QCOMPARE(stopped.failureKind, FailureKind::Cancelled);
    QVERIFY(stopped.startedUs > 0);
    QCOMPARE(m_store->group(running).size(), 1);
    QCOMPARE(receiver.requests.size(), 1);
}

void TestDeliveryEngine::concurrencyIsLimitedPerTarget()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.fallback.delayMs = 300;
    const CapturedRequest captured = storedWebhook("{\"id\":\"evt_7\"}");
    DeliverySettings settings = quick();
    settings.maxConcurrency = 2;
    QString error;
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(m_engine->submit(order(captured, receiver.url(), settings), &error));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) { return ended(id); }),
        20'000);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_store->delivery(id)->status, DeliveryStatus::Delivered);
    QCOMPARE(receiver.requests.size(), 5);
    QCOMPARE(receiver.maxConcurrent, 2);
}

void TestDeliveryEngine::rejectsUnusableOrders_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("problem");
    QTest::newRow("self-signed for a remote host")
        << QByteArray("https://staging.example.com/hook") << true << QString()
        << QStringLiteral("only for targets on this machine");
    QTest::newRow("signing without a secret")
        << QByteArray("http://localhost/hook") << false << QStringLiteral("stripe")
        << QStringLiteral("needs a secret");
    QTest::newRow("unknown scheme")
        << QByteArray("http://localhost/hook") << false << QStringLiteral("nope")
        << QStringLiteral("unknown signing scheme");
}

void TestDeliveryEngine::rejectsUnusableOrders()
{
    QFETCH(QByteArray, url);
    QFETCH(bool, selfSigned);
    QFETCH(QString, scheme);
    QFETCH(QString, problem);
    const CapturedRequest captured = storedWebhook("{}");
    DeliverySettings settings = quick();
    settings.allowSelfSigned = selfSigned;
    settings.signScheme = scheme;
    QString error;
    QVERIFY(m_engine->submit(order(captured, url, settings), &error).isEmpty());
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(m_store->forRequest(captured.id).isEmpty());
}

QTEST_GUILESS_MAIN(TestDeliveryEngine)
#include "tst_deliveryengine.moc"
