#pragma once

#include <QStringList>

namespace Hookbench {

/// `hookbench events list|show|raw|delete`: reads (and deletes from) a store directly, also
/// while another Hookbench captures into it. Returns the exit code: 0 done, 1 not found or
/// the store failed, 2 usage error.
int runEventsCommand(const QStringList &arguments);

} // namespace Hookbench
