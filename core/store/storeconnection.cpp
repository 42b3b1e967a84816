#include "storeconnection.h"

#include "storeschema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Hookbench {

QString StoreOptions::defaultPath()
{
    // <app data>/Hookbench/hookbench.sqlite, e.g. ~/.local/share/Hookbench on Linux,
    // ~/Library/Application Support/Hookbench on macOS, %LOCALAPPDATA%\Hookbench on Windows.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("Hookbench/hookbench.sqlite"));
}

StoreConnection::~StoreConnection()
{
    close();
}

bool StoreConnection::open(const StoreOptions &options, QString *error)
{
    static QAtomicInteger<quint64> counter;
    const QFileInfo file(options.path);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = QStringLiteral("Cannot create the folder %1").arg(file.absolutePath());
        return false;
    }
    m_name = QStringLiteral("hookbench-store-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(options.path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        *error = QStringLiteral("Cannot open the store %1: %2")
                     .arg(options.path, m_db.lastError().text());
        close();
        return false;
    }
    const QString synchronous = options.synchronous == StoreOptions::Synchronous::Full
                                    ? QStringLiteral("FULL")
                                    : QStringLiteral("NORMAL");
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = ") + synchronous,
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // After a burst, give disk space back once the log starts over (64 MiB kept).
        QStringLiteral("PRAGMA journal_size_limit = 67108864"),
    };
    QSqlQuery query(m_db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = QStringLiteral("Cannot configure the store %1: %2")
                         .arg(options.path, query.lastError().text());
            close();
            return false;
        }
    }
    QString schemaError;
    if (!StoreSchema::migrate(m_db, &schemaError)) {
        *error = QStringLiteral("%1 (%2)").arg(schemaError, options.path);
        close();
        return false;
    }
    return setMaxBytes(options.maxBytes, error);
}

void StoreConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool StoreConnection::setMaxBytes(qint64 maxBytes, QString *error)
{
    QSqlQuery query(m_db);
    qint64 pages = 0xfffffffe; // SQLite's own maximum
    if (maxBytes > 0 && query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
        pages = qMax<qint64>(1, maxBytes / query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Hookbench
