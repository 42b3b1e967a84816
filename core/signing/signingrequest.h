#pragma once

#include "capture/capturedrequest.h"

#include <QByteArray>
#include <QList>

namespace Hookbench {

/// What a signature is checked against: the request exactly as received. `url` is the full URL
/// the provider called (Twilio and Square sign it); the captured target when nothing better is
/// known.
struct SigningRequest
{
    QByteArray method = "POST";
    QByteArray url;
    HeaderList headers; ///< arrival order, original case, duplicates kept
    QByteArray body; ///< raw bytes, never re-serialized

    /// First value of a header, matched case-insensitively; null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// Every value of a header, in arrival order.
    QList<QByteArray> headerValues(QByteArrayView name) const;

    static SigningRequest fromCaptured(const CapturedRequest &request, const QByteArray &url = {});
};

} // namespace Hookbench
