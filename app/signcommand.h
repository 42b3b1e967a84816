#pragma once

#include <QStringList>

namespace Hookbench {

/// `hookbench sign`: prints the headers a provider would send with a body, for replaying and for
/// tests. Returns the exit code: 0 signed, 1 the key cannot sign, 2 usage error.
int runSignCommand(const QStringList &arguments);

} // namespace Hookbench
