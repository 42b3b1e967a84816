#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;

namespace Hookbench {

/// A prepared statement for the writer's hot paths. Binding a value through QSqlQuery costs
/// about 2,000 instructions (Qt turns each position into a ":n" name and hashes it), which made
/// binding a third of all the work of capturing a request. When Qt's SQLite driver uses the
/// same SQLite library Hookbench links (distribution builds of Qt do), this binds and steps
/// through SQLite's own API on the connection's handle; otherwise it is a QSqlQuery.
class SqlStatement final
{
public:
    SqlStatement();
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    Q_DISABLE_COPY(SqlStatement)

    /// Whether statements on `db` go through SQLite's API (decided once per connection).
    static bool isNative(const QSqlDatabase &db);

    bool prepare(const QSqlDatabase &db, const QString &sql);
    /// Positions count from 0, as with QSqlQuery. Values are copied (QVariant: null, integers,
    /// bool, QString as text, QByteArray as blob).
    void bindValue(int index, const QVariant &value);
    void bindValue(int index, qint64 value);
    /// UTF-8 text, copied; binding it as such spares SQLite converting a QString's UTF-16.
    void bindText(int index, QByteArrayView utf8);
    /// A blob that stays alive and unchanged until exec() returns: not copied.
    void bindBlob(int index, const QByteArray &bytes);
    /// Runs the statement (no result rows are read) and resets it for the next bindings.
    bool exec();
    qint64 lastInsertId() const { return m_lastInsertId; }
    /// SQLite's message for the last failure.
    QString errorText() const { return m_error; }

    /// Flushes the main database file of `db` to disk through SQLite's own file handle and VFS
    /// (fdatasync, F_FULLFSYNC or FlushFileBuffers as SQLite is set up to). False when SQLite's
    /// API cannot be used on `db`, or the flush failed.
    static bool syncDatabaseFile(const QSqlDatabase &db);

    /// Keeps *frames at the number of frames in the write-ahead log after each commit on `db`
    /// (SQLite's WAL hook; it replaces automatic checkpoints on that connection). False when
    /// SQLite's API cannot be used on `db`. *frames must outlive the connection.
    static bool watchLogFrames(const QSqlDatabase &db, qint64 *frames);

private:
    sqlite3_stmt *m_native = nullptr;
    std::unique_ptr<QSqlQuery> m_query; ///< when SQLite's API cannot be used
    qint64 m_lastInsertId = 0;
    QString m_error;
};

} // namespace Hookbench
