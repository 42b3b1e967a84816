#pragma once

#include "capture/listenerconfig.h"
#include "store/retentionpolicy.h"

#include <QList>
#include <QString>

namespace Hookbench {

/// What the Settings dialog edits, kept with QSettings under "listeners/", "store/" and
/// "appearance/". Missing or unreadable values fall back to the command line's defaults.
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    /// The port the command line listens on by default (CommandLine::defaultPort).
    static constexpr quint16 defaultPort = 8787;

    QList<ListenerConfig> listeners;
    QString storePath;
    RetentionPolicy retention;
    Theme theme = Theme::System;
    int fontPointSize = 0; ///< 0: the system's

    /// One listener on 127.0.0.1:defaultPort, the store in the default place, no retention
    /// limits, the system's theme and font.
    AppSettings();

    static AppSettings load();
    void save() const;

    static QString themeName(Theme theme); ///< "system", "light" or "dark", as stored
    static Theme themeFromName(const QString &name); ///< System for anything unknown
};

} // namespace Hookbench
