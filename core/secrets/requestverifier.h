#pragma once

#include "capture/capturedrequest.h"
#include "signing/verdict.h"
#include "signingsource.h"

#include <QHash>

namespace Hookbench {

/// The signing sources and their keys at one moment, immutable once built: verification
/// threads share it while the owner builds the next one. Turns a captured request into its
/// verdict, checked at the time the request arrived, so the verdict of a stored request is
/// the same whenever it is computed again.
class RequestVerifier final
{
public:
    RequestVerifier() = default;
    /// `secrets[sourceId]` in rotation order; a secret whose key is unavailable is left out.
    RequestVerifier(QList<SigningSource> sources, QHash<qint64, SigningSecrets> secrets);

    /// The most specific source for a request (longest path prefix, then a named listener
    /// before "any"); nullptr when none applies.
    const SigningSource *sourceFor(const QString &listener, const QByteArray &path) const;

    Verdict verify(const CapturedRequest &request) const;

    /// The URL a scheme that signs it is checked against: the source's public URL or
    /// "http://" + Host, followed by the request target.
    static QByteArray signedUrl(const CapturedRequest &request, const SigningSource *source);

    const QList<SigningSource> &sources() const { return m_sources; }
    /// The secret with this id and its key, for signing a delivery; empty when unknown or
    /// its key is unavailable.
    SigningSecrets secret(const QString &secretId) const;

private:
    QList<SigningSource> m_sources;
    QHash<qint64, SigningSecrets> m_secrets;
};

} // namespace Hookbench
