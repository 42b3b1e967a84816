#pragma once

#include "signing/schemeregistry.h"

#include <QJsonDocument>
#include <QTest>

// The table tst_signing and tst_signingproviders share: a request as "Name: value" header lines,
// body, URL, secrets and verification time, and the verdict expected.
namespace VerifyTable {

inline void addColumns()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("headers"); // "Name: value" lines
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArrayList>("secrets");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("reason"); // "valid" or the failure's reason code
    QTest::addColumn<int>("secretIndex");
}

/// secretIndex: which secret matched; a valid row without one means the first.
inline void addRow(const char *name,
                   const char *scheme,
                   const QByteArray &headers,
                   const QByteArray &body,
                   const QByteArrayList &secrets,
                   qint64 now,
                   const char *reason,
                   int secretIndex = -1,
                   const QByteArray &url = {})
{
    QTest::newRow(name) << QString::fromLatin1(scheme) << headers << body << url << secrets << now
                        << QString::fromLatin1(reason)
                        << (secretIndex < 0 && qstrcmp(reason, "valid") == 0 ? 0 : secretIndex);
}

inline QByteArray changedByte(QByteArray body)
{
    body[body.size() / 2] = char(body[body.size() / 2] ^ 0x01);
    return body;
}

/// Verifies the current row and compares the verdict with what the row expects.
inline void verifyRow()
{
    using namespace Hookbench;
    QFETCH(QString, scheme);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, url);
    QFETCH(QByteArrayList, secrets);
    QFETCH(qint64, now);
    QFETCH(QString, reason);
    QFETCH(int, secretIndex);

    SigningRequest request;
    request.url = url;
    request.body = body;
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    SigningSecrets keys;
    for (const QByteArray &secret : secrets)
        keys.append({QStringLiteral("key-%1").arg(keys.size()), secret});

    const Verdict verdict = SchemeRegistry::verify(scheme, request, keys, VerifyOptions {now, {}});
    QCOMPARE(Verdict::reasonName(verdict.reason), reason);
    QVERIFY2(!verdict.message.isEmpty(), "every verdict explains itself");
    QCOMPARE(verdict.secretIndex, secretIndex);
    const QString status
        = reason == QLatin1String("valid") ? QStringLiteral("valid")
          : reason == QLatin1String("no_secret") || reason == QLatin1String("unknown_scheme")
              ? QStringLiteral("none")
              : QStringLiteral("invalid");
    QCOMPARE(Verdict::statusName(verdict.status), status);
    if (secretIndex >= 0)
        QCOMPARE(verdict.secretId, QStringLiteral("key-%1").arg(secretIndex));
    if (verdict.reason == Verdict::Reason::SignatureMismatch)
        QVERIFY(!verdict.received.isEmpty());
    // The verdict never carries a key, whatever it says.
    const QByteArray json = QJsonDocument(verdict.toJson()).toJson();
    for (const QByteArray &secret : secrets) {
        if (secret.size() >= 8)
            QVERIFY2(!json.contains(secret), json.constData());
    }
}

} // namespace VerifyTable
