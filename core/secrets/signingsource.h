#pragma once

#include "signing/generichmacscheme.h"
#include "signing/signingsecret.h"

#include <QList>
#include <QString>

#include <optional>

namespace Hookbench {

/// Which requests a signature scheme and its secrets apply to: those a listener received
/// (empty: any listener) under a path prefix (empty: any path). The most specific source that
/// matches a request checks it.
struct SigningSource
{
    qint64 id = 0;
    QString name;
    QString scheme = QStringLiteral("auto"); ///< a SchemeRegistry name, or "auto"
    QString listener; ///< "host:port" as the capture listener names itself; empty: any
    QString pathPrefix; ///< e.g. "/stripe"; empty: any path
    std::optional<qint64> toleranceSeconds; ///< unset: the scheme's own replay window
    /// The URL the provider calls, up to the path (e.g. "https://abc.ngrok.app"), for schemes
    /// that sign the URL (Twilio, Square); empty: "http://" + the Host header.
    QString publicUrl;
    /// Scheme "generic": how the provider signs (header, prefix, digest, encoding, template).
    GenericHmacConfig generic;

    bool matches(const QString &requestListener, const QByteArray &requestPath) const;
};

/// A secret's description, as stored: never its key, which the vault holds under `id`.
struct SecretEntry
{
    QString id; ///< the vault entry's name
    qint64 sourceId = 0;
    QString label; ///< shown in lists and named by verdicts
    int position = 0; ///< rotation order: tried lowest first
    qint64 createdUs = 0;
};

} // namespace Hookbench
