#pragma once

#include "delivery.h"

#include <QNetworkReply>

namespace Hookbench {

/// Why an attempt that got no HTTP answer failed. `tlsPending` is true for an https URL whose
/// handshake had not completed: a connection closed then is a TLS problem (a server that does
/// not speak TLS, or rejects the client's), not a network one. OperationCanceledError is the
/// caller's own abort (timeout or cancel), which it knows better: it maps to Network here.
FailureKind classifyReplyError(QNetworkReply::NetworkError error, bool tlsPending);

} // namespace Hookbench
