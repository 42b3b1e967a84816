#pragma once

#include <QLocale>

class QCoreApplication;

namespace Hookbench {

/// Installs our translations and Qt's own (standard dialogs) for locale; returns whether ours
/// were found (English needs none).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Hookbench
