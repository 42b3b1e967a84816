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
    /// The condition on requests `r` for one method, with one placeholder for it, worded so
    /// that SQLite can use the method index (which leaves POST out; see step 8).
    /// (Inline: the search language's fuzz target builds without the store.)
    static QString methodCondition(const QString &method)
    {
        // SQLite uses a partial index only when the query repeats the index's own condition.
        return method == u"POST" ? QStringLiteral("r.method = ?")
                                 : QStringLiteral("r.method = ? AND r.method <> 'POST'");
    }
};

} // namespace Hookbench
