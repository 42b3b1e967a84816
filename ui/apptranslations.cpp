#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

namespace Hookbench {

QList<UiLanguage> availableUiLanguages()
{
    // Native names are written out rather than taken from QLocale::nativeLanguageName(), which
    // gives "français" and "español" in lower case.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

bool isUiLanguage(const QString &code)
{
    const QList<UiLanguage> languages = availableUiLanguages();
    return std::any_of(languages.cbegin(), languages.cend(), [&code](const UiLanguage &language) {
        return language.code == code;
    });
}

QLocale uiLocale(const QString &code)
{
    return isUiLanguage(code) ? QLocale(code) : QLocale::system();
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // The first language the user reads decides: with "en_GB:de" QTranslator would pass over
    // English (no catalog: it is the sources') and load German.
    const QStringList languages = locale.uiLanguages();
    if (!languages.isEmpty() && QLocale(languages.first()).language() == QLocale::English)
        return false;
    const QList<QPair<QString, QString>> catalogs = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("hookbench"), QStringLiteral(":/i18n")},
    };
    bool ours = false;
    for (const auto &[name, folder] : catalogs) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            ours = name == QLatin1String("hookbench");
        } else {
            delete translator;
        }
    }
    return ours;
}

} // namespace Hookbench
