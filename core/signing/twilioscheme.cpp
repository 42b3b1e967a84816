#include "twilioscheme.h"

#include "inspect/formfields.h"
#include "schemesupport.h"
#include "signingcrypto.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Hookbench {

namespace {
constexpr char signatureHeader[] = "X-Twilio-Signature";

bool isForm(const SigningRequest &request)
{
    const QByteArray type = request.header("Content-Type").toLower();
    if (!type.isNull())
        return type.contains("application/x-www-form-urlencoded");
    return !request.body.isEmpty() && looksLikeForm(request.body);
}

std::optional<QByteArray> twilioMac(const SigningSecret &secret, const QByteArray &data)
{
    if (secret.key.isEmpty())
        return std::nullopt;
    return SigningCrypto::hmac(SigningCrypto::Digest::Sha1, secret.key, data);
}
} // namespace

bool TwilioScheme::detects(const SigningRequest &request) const
{
    return request.hasHeader(signatureHeader);
}

QByteArray TwilioScheme::formData(const QByteArray &body)
{
    QMap<QByteArray, QList<QByteArray>> values; // QMap: keys in byte order
    for (const FormField &field : parseFormFields(body)) {
        QList<QByteArray> &list = values[formUnescape(field.rawName)];
        const QByteArray value = formUnescape(field.rawValue);
        if (!list.contains(value))
            list.append(value);
    }
    QByteArray data;
    for (auto it = values.begin(); it != values.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (const QByteArray &value : std::as_const(*it))
            data += it.key() + value;
    }
    return data;
}

QByteArrayList TwilioScheme::urlVariants(const QByteArray &url)
{
    QByteArrayList variants {url};
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd < 0)
        return variants;
    const QByteArray scheme = url.left(schemeEnd).toLower();
    const QByteArray defaultPort = scheme == "https" ? "443" : scheme == "http" ? "80" : "";
    if (defaultPort.isEmpty())
        return variants;
    const qsizetype hostStart = schemeEnd + 3;
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && url[hostEnd] != '/' && url[hostEnd] != '?'
           && url[hostEnd] != '#')
        ++hostEnd;
    const QByteArray authority = url.mid(hostStart, hostEnd - hostStart);
    const qsizetype colon = authority.lastIndexOf(':');
    const bool hasPort = colon > authority.lastIndexOf(']') && colon > authority.lastIndexOf('@');
    if (!hasPort)
        variants.append(url.left(hostEnd) + ':' + defaultPort + url.mid(hostEnd));
    else if (authority.mid(colon + 1) == defaultPort)
        variants.append(url.left(hostStart + colon) + url.mid(hostEnd));
    return variants;
}

QByteArray TwilioScheme::bodyHashParameter(const QByteArray &url)
{
    const qsizetype question = url.indexOf('?');
    if (question < 0)
        return {};
    qsizetype end = url.indexOf('#', question);
    if (end < 0)
        end = url.size();
    for (const QByteArray &pair : url.mid(question + 1, end - question - 1).split('&')) {
        if (pair.startsWith("bodySHA256="))
            return pair.mid(11).isNull() ? QByteArray("") : pair.mid(11);
    }
    return {};
}

Verdict TwilioScheme::verify(const SigningRequest &request,
                             const SigningSecrets &secrets,
                             const VerifyOptions &) const
{
    if (secrets.isEmpty())
        return SchemeSupport::finish(SchemeSupport::noSecret(name()), *this);
    if (!request.hasHeader(signatureHeader))
        return SchemeSupport::finish(SchemeSupport::missingHeader(signatureHeader), *this);
    if (request.url.isEmpty())
        return SchemeSupport::finish(SchemeSupport::missingUrl(name()), *this);
    const QByteArray value = request.header(signatureHeader);
    const QByteArray bodyHash = bodyHashParameter(request.url);
    const QByteArray params
        = bodyHash.isNull() && isForm(request) ? formData(request.body) : QByteArray();
    const QList<SchemeSupport::Received> received {
        {value, SigningCrypto::fromBase64(value).value_or(QByteArray())}};

    Verdict verdict;
    const QByteArrayList urls = urlVariants(request.url);
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const QByteArray data = urls.at(i) + params;
        Verdict attempt = SchemeSupport::matchSecrets(
            received,
            secrets,
            [&data](const SigningSecret &secret) { return twilioMac(secret, data); },
            SchemeSupport::base64,
            signatureHeader,
            Verdict::tr("the account's auth token"));
        if (i == 0 || attempt.isValid())
            verdict = attempt;
        if (attempt.isValid())
            break;
    }
    if (verdict.isValid() && !bodyHash.isNull()) {
        const QByteArray actual
            = SigningCrypto::hash(SigningCrypto::Digest::Sha256, request.body).toHex();
        if (!SigningCrypto::equal(actual, bodyHash.toLower())) {
            verdict.status = Verdict::Status::Invalid;
            verdict.reason = Verdict::Reason::BodyHashMismatch;
            verdict.expected = actual;
            verdict.received = bodyHash;
            verdict.message = Verdict::tr("The URL's signature matches, but the body is not the "
                                          "one signed: its SHA-256 is %1, the URL's bodySHA256 "
                                          "is %2.")
                                  .arg(QString::fromLatin1(actual), QString::fromLatin1(bodyHash));
        }
    }
    return SchemeSupport::finish(verdict, *this);
}

SignResult TwilioScheme::sign(const SigningRequest &request,
                              const SigningSecrets &secrets,
                              const SignOptions &) const
{
    SignResult result;
    if (request.url.isEmpty()) {
        result.error = Verdict::tr("twilio signs the URL: give the URL the request goes to");
        return result;
    }
    if (secrets.isEmpty() || secrets.first().key.isEmpty()) {
        result.error = Verdict::tr("twilio signs with the account's auth token");
        return result;
    }
    QByteArray url = request.url;
    QByteArray data;
    if (isForm(request)) {
        data = url + formData(request.body);
    } else {
        // Any other body travels as its SHA-256 in the URL, which is then all that is signed.
        if (!request.body.isEmpty() && bodyHashParameter(url).isNull()) {
            const qsizetype fragment = url.indexOf('#');
            const QByteArray tail = fragment < 0 ? QByteArray() : url.mid(fragment);
            url.chop(tail.size());
            url += (url.contains('?') ? "&" : "?") + QByteArray("bodySHA256=")
                   + SigningCrypto::hash(SigningCrypto::Digest::Sha256, request.body).toHex()
                   + tail;
            result.url = url;
        }
        data = url;
    }
    result.headers = {{signatureHeader, twilioMac(secrets.first(), data)->toBase64()}};
    return result;
}

} // namespace Hookbench
