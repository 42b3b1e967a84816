#pragma once

#include "catalog.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QReadWriteLock>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace Hookbench {

/// The provider catalogs in use: the built-in ones (resource folder `:/catalogs`) plus every
/// `*.json` in a user folder, reloaded without a restart when that folder changes. A user
/// catalog replaces a built-in one with the same provider id; a broken file only costs itself.
/// The accessors may be called from any thread; reload() and the watching run on the owner's.
class CatalogSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSet)

public:
    /// The resource folder holding the built-in catalogs.
    static QString builtInFolder();
    /// Where users drop their own catalogs: "catalogs" next to the default store.
    static QString defaultUserFolder();

    /// Loads the catalogs at once and watches `userFolder` (the app's data folder + "/catalogs",
    /// next to the default store), creating it when missing. An empty folder: built-ins only.
    explicit CatalogSet(const QString &userFolder, QObject *parent = nullptr);
    ~CatalogSet() override;

    /// A snapshot of every catalog, ordered by provider id.
    QList<Catalog> catalogs() const;
    /// The catalog of `provider`, if one is loaded.
    std::optional<Catalog> catalog(QStringView provider) const;
    /// One "file: message" line per catalog file that could not be used.
    QStringList errors() const;
    QString userFolder() const { return m_userFolder; }

    /// Reads every catalog file again; emits changed() when the result differs.
    void reload();

signals:
    /// The catalogs or their errors differ after a reload.
    void changed();

private:
    void watch(const QStringList &userFiles);

    const QString m_userFolder;
    mutable QReadWriteLock m_lock; // guards m_catalogs and m_errors
    QList<Catalog> m_catalogs;
    QStringList m_errors;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce; // editors write a file in several steps: reload once they are done
};

} // namespace Hookbench
