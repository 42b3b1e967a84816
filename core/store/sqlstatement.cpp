#include "sqlstatement.h"

#include <QSqlDriver>
#include <QSqlError>

#ifdef HOOKBENCH_NATIVE_SQLITE
#include <sqlite3.h>
#endif

#include <utility>

namespace Hookbench {

namespace {

QString queryErrorText(const QSqlQuery &query)
{
    const QString text = query.lastError().databaseText();
    return text.isEmpty() ? query.lastError().text() : text;
}

#ifdef HOOKBENCH_NATIVE_SQLITE
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// The driver's SQLite is the one linked here when both report the same library: the same
/// version and source id. A copy built into the driver (Qt's own builds on macOS and Windows)
/// differs in its source id or version at least as often as it is updated; when in doubt the
/// QSqlQuery path is taken.
bool sameSqlite(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next())
        return false;
    return query.value(0).toString() == QLatin1String(sqlite3_libversion())
           && query.value(1).toString() == QLatin1String(sqlite3_sourceid());
}
#endif

} // namespace

SqlStatement::SqlStatement() = default;

SqlStatement::~SqlStatement()
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    sqlite3_finalize(m_native);
#endif
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_native(std::exchange(other.m_native, nullptr))
    , m_query(std::move(other.m_query))
    , m_lastInsertId(other.m_lastInsertId)
    , m_error(std::move(other.m_error))
{ }

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    std::swap(m_native, other.m_native);
    std::swap(m_query, other.m_query);
    m_lastInsertId = other.m_lastInsertId;
    m_error = std::move(other.m_error);
    return *this;
}

bool SqlStatement::isNative(const QSqlDatabase &db)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    // Connections are per thread and long-lived: the answer is kept per connection name.
    static thread_local QHash<QString, bool> known;
    auto found = known.find(db.connectionName());
    if (found == known.end())
        found = known.insert(db.connectionName(), nativeHandle(db) && sameSqlite(db));
    return *found;
#else
    Q_UNUSED(db)
    return false;
#endif
}

bool SqlStatement::syncDatabaseFile(const QSqlDatabase &db)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    // A separate descriptor for the file would be simpler, but closing it would drop every
    // POSIX lock this process holds on the file, SQLite's included.
    sqlite3_file *file = nullptr;
    if (!isNative(db)
        || sqlite3_file_control(nativeHandle(db), "main", SQLITE_FCNTL_FILE_POINTER, &file)
               != SQLITE_OK
        || !file || !file->pMethods) {
        return false;
    }
    return file->pMethods->xSync(file, SQLITE_SYNC_NORMAL) == SQLITE_OK;
#else
    Q_UNUSED(db)
    return false;
#endif
}

bool SqlStatement::watchLogFrames(const QSqlDatabase &db, qint64 *frames)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (!isNative(db))
        return false;
    sqlite3_wal_hook(
        nativeHandle(db),
        [](void *target, sqlite3 *, const char *, int count) {
            *static_cast<qint64 *>(target) = count;
            return SQLITE_OK;
        },
        frames);
    return true;
#else
    Q_UNUSED(db)
    Q_UNUSED(frames)
    return false;
#endif
}

bool SqlStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (isNative(db)) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(nativeHandle(db),
                               utf8.constData(),
                               int(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT,
                               &m_native,
                               nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(nativeHandle(db)));
            return false;
        }
        return true;
    }
#endif
    m_query = std::make_unique<QSqlQuery>(db);
    if (!m_query->prepare(sql)) {
        m_error = queryErrorText(*m_query);
        return false;
    }
    return true;
}

void SqlStatement::bindValue(int index, const QVariant &value)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (m_native) {
        const int at = index + 1;
        if (value.isNull()) {
            sqlite3_bind_null(m_native, at);
            return;
        }
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(value.constData());
            sqlite3_bind_text16(m_native, at, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            return;
        }
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
            sqlite3_bind_blob64(
                m_native, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            return;
        }
        case QMetaType::Double:
            sqlite3_bind_double(m_native, at, value.toDouble());
            return;
        default:
            sqlite3_bind_int64(m_native, at, value.toLongLong());
            return;
        }
    }
#endif
    m_query->bindValue(index, value);
}

void SqlStatement::bindValue(int index, qint64 value)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_int64(m_native, index + 1, value);
        return;
    }
#endif
    m_query->bindValue(index, value);
}

void SqlStatement::bindText(int index, QByteArrayView utf8)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (m_native) {
        // Empty text, not NULL: SQLite binds a null pointer as NULL.
        sqlite3_bind_text64(m_native,
                            index + 1,
                            utf8.isEmpty() ? "" : utf8.data(),
                            sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT,
                            SQLITE_UTF8);
        return;
    }
#endif
    m_query->bindValue(index, QString::fromUtf8(utf8));
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (m_native) {
        // An empty blob, not NULL: SQLite binds a null pointer as NULL.
        static const char empty = 0;
        sqlite3_bind_blob64(m_native,
                            index + 1,
                            bytes.isEmpty() ? &empty : bytes.constData(),
                            sqlite3_uint64(bytes.size()),
                            SQLITE_STATIC);
        return;
    }
#endif
    m_query->bindValue(index, bytes.isNull() ? QByteArray("") : bytes);
}

bool SqlStatement::exec()
{
#ifdef HOOKBENCH_NATIVE_SQLITE
    if (m_native) {
        int status;
        while ((status = sqlite3_step(m_native)) == SQLITE_ROW) { }
        sqlite3 *db = sqlite3_db_handle(m_native);
        const bool ok = status == SQLITE_DONE;
        if (ok)
            m_lastInsertId = sqlite3_last_insert_rowid(db);
        else
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(m_native);
        sqlite3_clear_bindings(m_native);
        return ok;
    }
#endif
    if (!m_query->exec()) {
        m_error = queryErrorText(*m_query);
        return false;
    }
    m_lastInsertId = m_query->lastInsertId().toLongLong();
    m_query->finish();
    return true;
}

} // namespace Hookbench
