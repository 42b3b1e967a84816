#pragma once

#include <QStringList>

namespace Hookbench {

/// `hookbench wait --event-name NAME [-q QUERY] [--timeout S] [--since TIME]`: blocks until a
/// matching event is in the store, for CI scripts. Exit code: 0 found (its id is printed),
/// 1 timed out or the store failed, 2 usage error.
int runWaitCommand(const QStringList &arguments);

} // namespace Hookbench
