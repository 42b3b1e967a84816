// libFuzzer target for signature headers: whatever the headers and body, parsing never crashes,
// every verdict is consistent and explains itself without leaking the key, and what a scheme
// signs for a body it verifies.
//
// Input: one byte picking the scheme, then "Name: value" header lines, a NUL byte, and the body.
#include "signing/schemeregistry.h"
#include "signing/signatureheader.h"

#include <QJsonDocument>

#include <cstdint>

// Last: its check() macro must not meet the Qt headers.
#include "fuzzcheck.h"

using namespace Hookbench;

namespace {

constexpr qint64 now = 1700000000;

// The keys a scheme verifies with and signs with (test keys).
SigningSecrets verifyKeys(const QString &scheme)
{
    if (scheme == QLatin1String("discord"))
        return {{QString(), "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"}};
    if (scheme == QLatin1String("sendgrid"))
        return {{QString(),
                 "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECzxZCbrCJEppymz78oeIZcTusnsNwXxqwJff"
                 "WEEm+fWS4dXNneoKD3lHepW6gO96K0AskIVauAHI5VT44RTJ7w=="}};
    return {{QStringLiteral("fuzz"), "whsec_ZnV6ei1zZWNyZXQtZnV6ei1zZWNyZXQ="}};
}

SigningSecrets signKeys(const QString &scheme)
{
    if (scheme == QLatin1String("discord"))
        return {{QString(), "0707070707070707070707070707070707070707070707070707070707070707"}};
    if (scheme == QLatin1String("sendgrid"))
        return {{QString(),
                 "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgncl/CjCsbcyC1qGgkUOJg1vV"
                 "oUr2HqZT2IuecgROTOuhRANCAAQLPFkJusIkSmnKbPvyh4hlxO6yew3BfGrAl99YQSb59Z"
                 "Lh1c2d6goPeUd6lbqA73orQCyQhVq4AcjlVPjhFMnv"}};
    return verifyKeys(scheme);
}

void checkParsers(const QByteArray &value)
{
    for (const char separator : {',', ';'}) {
        const auto items = SignatureHeader::parseKeyValues(value, separator);
        check(items.size() == value.count(separator) + 1);
        for (const auto &item : items)
            check(!item.key.contains(separator) && !item.key.contains('=')
                  && !item.value.contains(separator));
    }
    for (const bool anyWhitespace : {false, true}) {
        for (const auto &item : SignatureHeader::parseVersionedList(value, anyWhitespace)) {
            check(!item.key.contains(' ') && !item.value.contains(' ') && !item.key.contains(','));
            check(item.key.size() + item.value.size() <= value.size());
        }
    }
    if (const auto seconds = SignatureHeader::parseUnixSeconds(value)) {
        check(*seconds >= 0 && value.size() <= 18);
        check(value.toLongLong() == *seconds);
    }
}

void checkVerdict(const Verdict &verdict, const SigningSecrets &keys)
{
    check(!verdict.message.isEmpty());
    check(verdict.isValid() == (verdict.reason == Verdict::Reason::Valid));
    check((verdict.status == Verdict::Status::None)
          == (verdict.reason == Verdict::Reason::NoSecret
              || verdict.reason == Verdict::Reason::UnknownScheme));
    check(verdict.secretIndex >= -1 && verdict.secretIndex < keys.size());
    check(!verdict.isValid() || verdict.secretIndex >= 0);
    const QByteArray json = QJsonDocument(verdict.toJson()).toJson();
    for (const SigningSecret &key : keys)
        check(!json.contains(key.key));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QStringList names = SchemeRegistry::names();
    const QString scheme = names.at(data[0] % names.size());
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype split = input.indexOf('\0');
    const QByteArray head = split < 0 ? input : input.left(split);

    SigningRequest request;
    request.url = "https://fuzz.example/hook?x=1";
    request.body = split < 0 ? QByteArray() : input.mid(split + 1);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        checkParsers(request.headers.last().second);
    }

    // Whatever arrived: a consistent verdict, for the named scheme and for detection.
    const SigningSecrets keys = verifyKeys(scheme);
    checkVerdict(SchemeRegistry::verify(scheme, request, keys, {now, {}}), keys);
    checkVerdict(SchemeRegistry::verify(u"auto", request, keys, {now, {}}), keys);
    checkVerdict(SchemeRegistry::verify(scheme, request, {}, {now, {}}), {});

    // What the scheme signs for this body (and these headers, e.g. Content-Type) verifies.
    const SignatureScheme *signer = SchemeRegistry::find(scheme);
    check(signer);
    SigningRequest resigned = request;
    resigned.headers.clear();
    for (const auto &header : request.headers) {
        if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            resigned.headers.append(header);
    }
    const SignResult result = signer->sign(resigned, signKeys(scheme), {now, "msg_fuzz"});
    check(result.error.isEmpty() && !result.headers.isEmpty());
    resigned.headers += result.headers;
    if (!result.url.isEmpty())
        resigned.url = result.url;
    // Linear's time is in the body, which the fuzzer writes: check the signature only.
    const Verdict verdict = signer->verify(resigned, keys, {now, std::optional<qint64>(0)});
    checkVerdict(verdict, keys);
    check(verdict.isValid());
    return 0;
}
