#pragma once

#include <QStringList>

namespace Hookbench {

/// `hookbench verify`: checks a request's signature from the command line. Returns the exit
/// code: 0 valid, 1 invalid (or nothing to check), 2 usage error.
int runVerifyCommand(const QStringList &arguments);

} // namespace Hookbench
