#include "failureclassification.h"

namespace Hookbench {

FailureKind classifyReplyError(QNetworkReply::NetworkError error, bool tlsPending)
{
    switch (error) {
    case QNetworkReply::NoError:
        return FailureKind::None;
    case QNetworkReply::HostNotFoundError:
        return FailureKind::Dns;
    case QNetworkReply::ConnectionRefusedError:
        return FailureKind::Refused;
    case QNetworkReply::TimeoutError:
        return FailureKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return FailureKind::Tls;
    case QNetworkReply::OperationCanceledError:
        return FailureKind::Network;
    default:
        return tlsPending ? FailureKind::Tls : FailureKind::Network;
    }
}

} // namespace Hookbench
