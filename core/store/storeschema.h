#pragma once

#include <QString>

class QSqlDatabase;

namespace Hookbench {

/// Creates the schema or migrates it step by step to the newest version.
class StoreSchema final
{
public:
    static int currentVersion();
    /// Returns false and fills error when a step fails; a failed step leaves the version as it was.
    static bool migrate(QSqlDatabase &db, QString *error);
};

} // namespace Hookbench
