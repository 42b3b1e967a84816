#include "outgoingrequest.h"

#include "jsonmemberedit.h"
#include "signing/linearscheme.h"
#include "signing/signingrequest.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace Hookbench {

namespace {

class OutgoingRequestText final
{
    Q_DECLARE_TR_FUNCTIONS(Hookbench::OutgoingRequest)
};

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsName(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &field) {
        return sameName(field.first, name);
    });
}

} // namespace

bool isConnectionHeader(QByteArrayView name)
{
    static constexpr QByteArrayView names[] = {
        "Connection",
        "Keep-Alive",
        "Proxy-Authenticate",
        "Proxy-Authorization",
        "Proxy-Connection", // not standard, but only ever meant for one hop
        "TE",
        "Trailer",
        "Transfer-Encoding",
        "Upgrade",
        "Host",
        "Content-Length",
        "Expect",
    };
    return std::any_of(std::begin(names), std::end(names), [name](QByteArrayView candidate) {
        return sameName(candidate, name);
    });
}

HeaderList forwardableHeaders(const HeaderList &headers)
{
    QList<QByteArray> named; // fields a Connection header declares hop-by-hop
    for (const auto &[name, value] : headers) {
        if (!sameName(name, "Connection"))
            continue;
        for (const QByteArray &token : value.split(',')) {
            const QByteArray trimmed = token.trimmed();
            if (!trimmed.isEmpty())
                named.append(trimmed);
        }
    }
    HeaderList result;
    result.reserve(headers.size());
    for (const auto &field : headers) {
        if (isConnectionHeader(field.first))
            continue;
        if (std::any_of(named.cbegin(), named.cend(), [&field](const QByteArray &token) {
                return sameName(token, field.first);
            })) {
            continue;
        }
        result.append(field);
    }
    return result;
}

HeaderList withHeaders(HeaderList headers, const HeaderList &extra)
{
    headers.removeIf([&extra](const auto &field) { return containsName(extra, field.first); });
    headers += extra;
    return headers;
}

std::optional<QByteArray>
urlWithPath(const QByteArray &targetUrl, const QByteArray &path, QString *error)
{
    const QUrl url = QUrl::fromEncoded(targetUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = OutgoingRequestText::tr("'%1' is not a URL with a host")
                     .arg(QString::fromUtf8(targetUrl));
        return std::nullopt;
    }
    if (path.isEmpty())
        return url.toEncoded();
    const bool printable = std::all_of(path.cbegin(), path.cend(), [](char c) {
        return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f;
    });
    if (!path.startsWith('/') || !printable) {
        *error = OutgoingRequestText::tr(
                     "the path '%1' must start with '/' and contain no spaces or control "
                     "characters (percent-encode them)")
                     .arg(QString::fromUtf8(path));
        return std::nullopt;
    }
    const QByteArray origin
        = url.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // Without a '?' in the override the target's own query (e.g. a token) stays.
    if (!path.contains('?') && url.hasQuery())
        return origin + path + '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return origin + path;
}

std::optional<OutgoingRequest> buildResend(const CapturedRequest &captured,
                                           const QByteArray &targetUrl,
                                           const HeaderList &extraHeaders,
                                           const ResendEdits &edits,
                                           QString *error)
{
    const auto url = urlWithPath(targetUrl, edits.path.value_or(QByteArray()), error);
    if (!url)
        return std::nullopt;
    OutgoingRequest request;
    request.method = edits.method.value_or(captured.method);
    if (request.method.isEmpty())
        request.method = "POST"; // a capture that failed before its request line
    request.url = *url;
    request.headers = withHeaders(forwardableHeaders(edits.headers.value_or(captured.headers())),
                                  forwardableHeaders(extraHeaders));
    request.body = edits.body.value_or(captured.body);
    return request;
}

QString signOutgoing(OutgoingRequest &request,
                     const SignatureScheme &scheme,
                     const SigningSecrets &secrets,
                     const SignOptions &options)
{
    SigningRequest signing;
    signing.method = request.method;
    signing.url = request.url;
    signing.headers = request.headers;
    signing.body = request.body;
    if (dynamic_cast<const LinearScheme *>(&scheme)) {
        // Linear's replay window (60 s) is checked against webhookTimestamp inside the signed
        // body, not a header: a replay must carry the signing time there (signatures.md §16).
        const auto stamped
            = withTopLevelInteger(request.body, u"webhookTimestamp", options.timestamp * 1000);
        if (!stamped) {
            return OutgoingRequestText::tr(
                "a Linear body must be a JSON object to carry the signing time in "
                "webhookTimestamp");
        }
        signing.body = *stamped;
    }
    const SignResult result = scheme.sign(signing, secrets, options);
    if (!result.error.isEmpty())
        return result.error;
    request.body = signing.body;
    request.headers = withHeaders(request.headers, result.headers);
    if (!result.url.isEmpty())
        request.url = result.url;
    return {};
}

HeaderList foldRepeatedHeaders(const HeaderList &headers)
{
    HeaderList folded;
    folded.reserve(headers.size());
    for (const auto &field : headers) {
        auto first = std::find_if(folded.begin(), folded.end(), [&field](const auto &earlier) {
            return sameName(earlier.first, field.first);
        });
        if (first == folded.end()) {
            folded.append(field);
            continue;
        }
        first->second
            += sameName(field.first, "Cookie") ? QByteArrayView("; ") : QByteArrayView(", ");
        first->second += field.second;
    }
    return folded;
}

} // namespace Hookbench
