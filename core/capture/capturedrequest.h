#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace Hookbench {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Why a request could not be captured as a complete, well-formed HTTP message.
enum class CaptureError {
    None,
    Malformed, ///< 400: the parser rejected the bytes
    HeadersTooLarge, ///< 431: the header section exceeded its limit
    BodyTooLarge, ///< 413: the body exceeded its limit
    Timeout, ///< 408: the request was not complete in time
    ConnectionLimit, ///< 503: too many open connections on the listener
    ConnectionClosed, ///< the peer closed before the request was complete
};

QString captureErrorName(CaptureError error);
CaptureError captureErrorFromName(const QString &name);

/// One HTTP request exactly as it arrived: the unit Hookbench stores.
struct CapturedRequest
{
    qint64 id = 0; ///< store row id, 0 until committed
    QString listener;
    quint16 localPort = 0;
    QString remoteAddress;
    quint16 remotePort = 0;

    qint64 receivedStartUs = 0; ///< first byte, microseconds since the Unix epoch (UTC)
    qint64 receivedEndUs = 0; ///< last byte (or the moment the error was detected)

    QByteArray method;
    QByteArray target; ///< request-target as sent (path and query)
    QByteArray httpVersion; ///< e.g. "HTTP/1.1"
    /// Header fields in arrival order, original case, duplicates kept, as "Name: value\r\n"
    /// lines (serializeHeaders()). Kept in this form from parser to store: one buffer, not
    /// two allocations per field.
    QByteArray headerFields;
    QByteArray trailerFields; ///< chunked trailer fields, the same way
    QByteArray rawHead; ///< exact bytes of request line and header section
    QByteArray body; ///< de-chunked body, content coding untouched
    qint64 bodySize = 0; ///< bytes of body received (may exceed body.size() when truncated)
    bool bodyTruncated = false;

    int responseStatus = 0;
    CaptureError error = CaptureError::None;
    QString errorMessage;

    QByteArray path() const;
    QByteArray query() const;
    /// First value of a header, matched case-insensitively; empty when absent.
    QByteArray headerValue(QByteArrayView name) const;
    HeaderList headers() const;
    HeaderList trailers() const;
    void setHeaders(const HeaderList &headers);
    void setTrailers(const HeaderList &trailers);
};

/// Encodes headers as "Name: value\r\n" lines; CR and LF cannot occur inside a parsed field.
QByteArray serializeHeaders(const HeaderList &headers);
HeaderList parseSerializedHeaders(const QByteArray &data);

/// The public id of a captured request, e.g. "wevt_42".
QString publicRequestId(qint64 id);
/// Accepts "wevt_42" or "42"; returns 0 when the text names no id.
qint64 parsePublicRequestId(QStringView text);

} // namespace Hookbench

Q_DECLARE_METATYPE(Hookbench::CapturedRequest)
