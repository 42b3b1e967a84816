#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Hookbench {

/// A language the window can be shown in, named in itself ("Deutsch") so that anyone can find
/// theirs whatever language the window is in now.
struct UiLanguage
{
    QString code; ///< "en", "de", …: what the settings keep
    QString nativeName;
};

/// English (the language of the sources) and every language Hookbench is translated into.
QList<UiLanguage> availableUiLanguages();

/// Whether `code` is one of availableUiLanguages().
bool isUiLanguage(const QString &code);

/// The locale to translate the window for: the chosen language, or the system's when `code` is
/// empty or unknown.
QLocale uiLocale(const QString &code);

/// Installs our translations and Qt's own (standard dialogs) for locale; returns whether ours
/// were found. When English comes first in locale.uiLanguages() nothing is installed: English is
/// the language of the sources.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Hookbench
