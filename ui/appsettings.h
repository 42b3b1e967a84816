#pragma once

#include "capture/listenerconfig.h"
#include "store/retentionpolicy.h"

#include <QList>
#include <QString>

namespace Hookbench {

/// What the Settings dialog edits, kept with QSettings under "listeners/", "store/",
/// "appearance/" and "tray/". Missing or unreadable values fall back to the command line's
/// defaults.
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
    QString language; ///< empty: the system's; else a code of availableUiLanguages()
    bool trayEnabled = true; ///< the notification-area icon, where the platform has one
    bool trayNotify = true; ///< notifications about new events while the window is hidden

    /// One listener on 127.0.0.1:defaultPort, the store in the default place, no retention
    /// limits, the system's theme, font and language, the tray icon with notifications.
    AppSettings();

    static AppSettings load();
    void save() const;
    /// Just the language, for start-up: translations are installed before anything else.
    static QString savedLanguage();

    static QString themeName(Theme theme); ///< "system", "light" or "dark", as stored
    static Theme themeFromName(const QString &name); ///< System for anything unknown
};

} // namespace Hookbench
