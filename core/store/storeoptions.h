#pragma once

#include <QString>

namespace Hookbench {

/// How the store file is opened.
struct StoreOptions
{
    /// NORMAL survives a process crash (WAL); FULL also survives power loss, at a cost.
    enum class Synchronous { Normal, Full };

    QString path;
    Synchronous synchronous = Synchronous::Normal;
    qint64 maxBytes = 0; ///< 0 = no quota; otherwise writes past it fail as "disk full"

    /// In the platform's app-data folder, e.g. ~/.local/share/Hookbench/hookbench.sqlite.
    static QString defaultPath();
};

} // namespace Hookbench
