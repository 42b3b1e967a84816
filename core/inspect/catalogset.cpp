#include "catalogset.h"

#include "store/storeoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QReadLocker>
#include <QWriteLocker>

namespace Hookbench {

namespace {

// Catalogs are small; anything far larger is a mistake, not a catalog worth reading into memory.
constexpr qint64 maxCatalogBytes = 16 * 1024 * 1024;

QStringList jsonFiles(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList paths;
    paths.reserve(names.size());
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

std::optional<Catalog> loadFile(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(path + QStringLiteral(": ") + file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxCatalogBytes) {
        errors->append(path + QStringLiteral(": larger than ")
                       + QString::number(maxCatalogBytes / (1024 * 1024)) + QStringLiteral(" MiB"));
        return std::nullopt;
    }
    QString error;
    std::optional<Catalog> catalog = Catalog::fromJson(file.readAll(), &error);
    if (!catalog) {
        errors->append(path + QStringLiteral(": ") + error);
        return std::nullopt;
    }
    catalog->fileName = path;
    return catalog;
}

QString takenBy(const QString &provider, const QString &fileName)
{
    return QStringLiteral(": provider \"") + provider + QStringLiteral("\" is already defined by ")
           + fileName;
}

} // namespace

QString CatalogSet::defaultUserFolder()
{
    return QFileInfo(StoreOptions::defaultPath())
        .absoluteDir()
        .filePath(QStringLiteral("catalogs"));
}

QString CatalogSet::builtInFolder()
{
    return QStringLiteral(":/catalogs");
}

CatalogSet::CatalogSet(const QString &userFolder, QObject *parent)
    : QObject(parent)
    , m_userFolder(userFolder.isEmpty() ? QString()
                                        : QDir::cleanPath(QFileInfo(userFolder).absoluteFilePath()))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogSet::reload);
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
    reload();
}

CatalogSet::~CatalogSet() = default;

QList<Catalog> CatalogSet::catalogs() const
{
    QReadLocker locker(&m_lock);
    return m_catalogs;
}

std::optional<Catalog> CatalogSet::catalog(QStringView provider) const
{
    QReadLocker locker(&m_lock);
    for (const Catalog &catalog : m_catalogs) {
        if (catalog.provider == provider)
            return catalog;
    }
    return std::nullopt;
}

QStringList CatalogSet::errors() const
{
    QReadLocker locker(&m_lock);
    return m_errors;
}

void CatalogSet::reload()
{
    QStringList errors;
    QStringList notes;
    QMap<QString, Catalog> byProvider; // ordered by provider id

    for (const QString &path : jsonFiles(builtInFolder())) {
        std::optional<Catalog> catalog = loadFile(path, &errors);
        if (!catalog)
            continue;
        if (const auto it = byProvider.constFind(catalog->provider); it != byProvider.constEnd())
            errors.append(path + takenBy(catalog->provider, it->fileName));
        else
            byProvider.insert(catalog->provider, *catalog);
    }

    QStringList userFiles;
    if (!m_userFolder.isEmpty()) {
        if (!QDir().mkpath(m_userFolder))
            errors.append(m_userFolder + QStringLiteral(": cannot create the catalog folder"));
        userFiles = jsonFiles(m_userFolder);
    }
    QMap<QString, QString> fromUser; // provider -> file, to refuse a second user definition
    for (const QString &path : std::as_const(userFiles)) {
        std::optional<Catalog> catalog = loadFile(path, &errors);
        if (!catalog)
            continue;
        if (const auto it = fromUser.constFind(catalog->provider); it != fromUser.constEnd()) {
            errors.append(path + takenBy(catalog->provider, *it));
            continue;
        }
        if (const auto it = byProvider.constFind(catalog->provider); it != byProvider.constEnd())
            notes.append(path + QStringLiteral(" replaces the built-in catalog ") + it->fileName);
        fromUser.insert(catalog->provider, path);
        byProvider.insert(catalog->provider, *catalog);
    }

    const QList<Catalog> catalogs = byProvider.values();
    bool differs = false;
    {
        QWriteLocker locker(&m_lock);
        differs = catalogs != m_catalogs || errors != m_errors;
        if (differs) {
            m_catalogs = catalogs;
            m_errors = errors;
        }
    }
    watch(userFiles);
    if (!differs)
        return;
    for (const QString &note : std::as_const(notes))
        qInfo("Catalogs: %s", qPrintable(note));
    for (const QString &error : std::as_const(errors))
        qWarning("Catalog not loaded: %s", qPrintable(error));
    emit changed();
}

void CatalogSet::watch(const QStringList &userFiles)
{
    if (m_userFolder.isEmpty())
        return;
    // Saving by rename replaces the watched file, and a deleted folder drops its watch: watch
    // exactly what exists now.
    const QStringList watchedFiles = m_watcher.files();
    if (!watchedFiles.isEmpty())
        m_watcher.removePaths(watchedFiles);
    if (!m_watcher.directories().contains(m_userFolder) && QFileInfo(m_userFolder).isDir())
        m_watcher.addPath(m_userFolder);
    if (!userFiles.isEmpty())
        m_watcher.addPaths(userFiles);
}

} // namespace Hookbench
