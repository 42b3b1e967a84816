#pragma once

#include "storeoptions.h"

#include <QSqlDatabase>

namespace Hookbench {

/// Owns one named Qt Sql connection to the store, used from the thread that created it.
class StoreConnection final
{
public:
    StoreConnection() = default;
    ~StoreConnection();
    Q_DISABLE_COPY_MOVE(StoreConnection)

    /// Opens (creating folders and schema as needed) and applies the durability settings.
    bool open(const StoreOptions &options, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }

    /// Applies a size quota through SQLite's page limit; 0 removes it.
    bool setMaxBytes(qint64 maxBytes, QString *error);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Hookbench
