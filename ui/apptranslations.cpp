#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Hookbench {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
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
