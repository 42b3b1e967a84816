#pragma once

#include "capture/capturedrequest.h"
#include "inspect/eventinfo.h"

namespace Hookbench {

/// One request as lists show it: the narrow columns, never the bytes. Listings read it from
/// the store; the writer announces each newly stored request in this form too.
struct RequestRow
{
    qint64 id = 0;
    qint64 receivedStartUs = 0;
    QString listener;
    QString remoteAddress;
    QByteArray method;
    QByteArray target;
    qint64 bodySize = 0;
    int responseStatus = 0;
    CaptureError error = CaptureError::None;
    EventInfo event;
    int deliveryCount = 0; ///< attempts to resend it, every target
    QString lastDeliveryStatus; ///< the newest attempt's status (stored name); empty: none
};

} // namespace Hookbench

// Only implicitly shared Qt values and plain numbers: a growing list may move rows with memcpy.
Q_DECLARE_TYPEINFO(Hookbench::RequestRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Hookbench::RequestRow)
