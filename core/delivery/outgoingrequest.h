#pragma once

#include "capture/capturedrequest.h"
#include "signing/signaturescheme.h"

#include <optional>

namespace Hookbench {

/// A request as Hookbench sends it to a target. Host, Content-Length and the hop-by-hop
/// headers are not in `headers`: the HTTP stack writes them for the connection it uses.
struct OutgoingRequest
{
    QByteArray method;
    QByteArray url; ///< absolute, encoded
    HeaderList headers; ///< in order, original case
    QByteArray body; ///< sent byte for byte

    friend bool operator==(const OutgoingRequest &, const OutgoingRequest &) = default;
};

/// What "Edit and resend" changes; anything unset is taken from the captured request.
struct ResendEdits
{
    std::optional<QByteArray> method;
    /// Replaces the path (and, with a '?', the query) of the target's URL; starts with '/'.
    std::optional<QByteArray> path;
    std::optional<HeaderList> headers; ///< replaces the captured headers
    std::optional<QByteArray> body;
};

/// True for the hop-by-hop headers of RFC 9110 7.6.1 (Connection, Keep-Alive,
/// Proxy-Authenticate, Proxy-Authorization, TE, Trailer, Transfer-Encoding, Upgrade) and for
/// what the sending HTTP stack decides itself: Host, Content-Length, Expect.
bool isConnectionHeader(QByteArrayView name);

/// The headers minus those isConnectionHeader() names and those the request's Connection
/// header names (which are hop-by-hop for that request too). Order and case are kept.
HeaderList forwardableHeaders(const HeaderList &headers);

/// `headers` with `extra` appended; a name in `extra` first removes that name's fields from
/// `headers`, so a target's Authorization replaces the provider's instead of doubling it.
HeaderList withHeaders(HeaderList headers, const HeaderList &extra);

/// The target URL with its path (and query, when `path` has a '?') replaced by `path`;
/// nullopt with *error set when the URL or the path cannot be used.
std::optional<QByteArray>
urlWithPath(const QByteArray &targetUrl, const QByteArray &path, QString *error);

/// The request to send for a captured one: method, exact body bytes and forwardable headers
/// as captured, unless `edits` says otherwise, to `targetUrl` (path overridden by the edits),
/// plus the target's `extraHeaders`. nullopt with *error set when the edited path is unusable.
std::optional<OutgoingRequest> buildResend(const CapturedRequest &captured,
                                           const QByteArray &targetUrl,
                                           const HeaderList &extraHeaders,
                                           const ResendEdits &edits,
                                           QString *error);

/// Signs `request` as `scheme` would at options.timestamp: every header the scheme writes is
/// first removed (the old signature, timestamp and message id), the new ones appended, and
/// the URL replaced when the scheme needs it elsewhere (Twilio's bodySHA256). The URL signed is
/// the request's own, so schemes that sign it (Twilio, Square) cover the target's URL. Linear
/// keeps its time in the body: its `webhookTimestamp` is first set to the signing time (ms),
/// every other byte of the body kept. Returns the scheme's error (the request unchanged),
/// empty on success.
QString signOutgoing(OutgoingRequest &request,
                     const SignatureScheme &scheme,
                     const SigningSecrets &secrets,
                     const SignOptions &options);

/// The fields as they go on the wire through QNetworkRequest, which keeps one field per name:
/// repeated fields are joined into the first one's place, with ", " (RFC 9110 5.3) or "; "
/// for Cookie (RFC 6265 5.4).
HeaderList foldRepeatedHeaders(const HeaderList &headers);

} // namespace Hookbench
