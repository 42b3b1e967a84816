#pragma once

#include <QString>
#include <QStringList>

namespace Hookbench {

/// What inspection learned about the event a request carries. Derived from the captured
/// bytes and the catalogs; never changes them.
struct EventInfo
{
    QString bodyKind; ///< payloadKindName(): empty, json, form, xml, text, binary
    QString bodyError; ///< why the body could not be read as its kind (invalid JSON, bad gzip)

    QString provider; ///< catalog provider id; empty when not recognized
    QString eventName;
    QString eventId;
    qint64 occurredAtUs = 0; ///< UTC, µs since the epoch; 0 when not known
    QString resourceType;
    QString resourceId;
    QString organizationId;
    QString workspaceId;
    QString apiVersion;
    QString sourceRequestId; ///< the provider's id of the API request that caused the event
    QString idempotencyKey;
    bool knownType = false; ///< the event type is in the provider's catalog
    QStringList conformance; ///< documented fields missing or of the wrong type
    qint64 duplicateOf = 0; ///< request id of the first sighting of the same event; 0 if none
    QString signatureStatus; ///< "valid", "invalid"; empty: nothing checked (see the reason)
    QString signatureReason; ///< Verdict::reasonName(); empty: not verified yet
    QString signatureScheme; ///< the scheme that checked it; empty when none applied

    bool hasEvent() const { return !eventName.isEmpty() || !eventId.isEmpty(); }
};

} // namespace Hookbench
