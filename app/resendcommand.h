#pragma once

#include <QStringList>

class QTextStream;

namespace Hookbench {

/// `hookbench resend ID --db PATH --target URL [...]`: sends a captured request again, as
/// captured or edited and re-signed, and prints the delivery as JSON: as soon as it is created,
/// or with --wait once it has ended. Exit code: 0 (with --wait: Delivered), 1 Failed, store or
/// event unusable, 2 usage error.
int runResendCommand(const QStringList &arguments);
/// The same, writing to `out` and `err` (for tests).
int runResendCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Hookbench
