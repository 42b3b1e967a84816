#include "appsettings.h"

#include "apptranslations.h"
#include "store/storeoptions.h"

#include <QSettings>

#include <limits>

namespace Hookbench {

namespace {

const QString listenersKey = QStringLiteral("listeners");
const QString nameKey = QStringLiteral("name");
const QString addressKey = QStringLiteral("address");
const QString portKey = QStringLiteral("port");
const QString maxBodyKey = QStringLiteral("maxBodyBytes");
const QString maxHeaderKey = QStringLiteral("maxHeaderBytes");
const QString timeoutKey = QStringLiteral("requestTimeoutMs");
const QString maxConnectionsKey = QStringLiteral("maxConnections");
const QString rulesKey = QStringLiteral("rules");
const QString storePathKey = QStringLiteral("store/path");
const QString keepLastKey = QStringLiteral("store/keepLast");
const QString keepDaysKey = QStringLiteral("store/keepDays");
const QString themeKey = QStringLiteral("appearance/theme");
const QString fontSizeKey = QStringLiteral("appearance/fontPointSize");
const QString languageKey = QStringLiteral("appearance/language");
// MainWindow read these before the Settings dialog offered them: the keys stay.
const QString trayEnabledKey = QStringLiteral("tray/enabled");
const QString trayNotifyKey = QStringLiteral("tray/notify");

ListenerConfig defaultListener()
{
    ListenerConfig listener; // "default" on 127.0.0.1
    listener.port = AppSettings::defaultPort;
    return listener;
}

// A value that is missing or out of range keeps the default.
template<typename T>
void readNumber(const QSettings &settings, const QString &key, T min, T max, T *value)
{
    bool ok = false;
    const qint64 read = settings.value(key).toLongLong(&ok);
    if (ok && read >= qint64(min) && read <= qint64(max))
        *value = T(read);
}

ListenerConfig readListener(const QSettings &settings)
{
    ListenerConfig listener;
    const QString name = settings.value(nameKey).toString().trimmed();
    if (!name.isEmpty())
        listener.name = name;
    const QHostAddress address(settings.value(addressKey).toString());
    if (!address.isNull())
        listener.address = address;
    readNumber<quint16>(settings, portKey, 0, 65535, &listener.port);
    CaptureLimits &limits = listener.limits;
    readNumber<qint64>(
        settings, maxBodyKey, 0, std::numeric_limits<qint64>::max(), &limits.maxBodyBytes);
    readNumber<qint64>(
        settings, maxHeaderKey, 64, std::numeric_limits<qint64>::max(), &limits.maxHeaderBytes);
    readNumber<int>(
        settings, timeoutKey, 1, std::numeric_limits<int>::max(), &limits.requestTimeoutMs);
    readNumber<int>(
        settings, maxConnectionsKey, 1, std::numeric_limits<int>::max(), &limits.maxConnections);
    const QStringList specs = settings.value(rulesKey).toStringList();
    for (const QString &spec : specs) {
        QString error;
        // A rule this version cannot read is left out rather than failing the whole listener.
        if (std::optional<ResponseRule> rule = ResponseRule::parse(spec, &error))
            listener.rules.append(*rule);
    }
    return listener;
}

} // namespace

AppSettings::AppSettings() : listeners {defaultListener()}, storePath(StoreOptions::defaultPath())
{ }

AppSettings AppSettings::load()
{
    AppSettings result;
    QSettings settings;
    const int count = settings.beginReadArray(listenersKey);
    if (count > 0) {
        result.listeners.clear();
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            result.listeners.append(readListener(settings));
        }
    }
    settings.endArray();
    const QString path = settings.value(storePathKey).toString();
    if (!path.isEmpty())
        result.storePath = path;
    readNumber<int>(
        settings, keepLastKey, 0, std::numeric_limits<int>::max(), &result.retention.keepLast);
    readNumber<int>(
        settings, keepDaysKey, 0, std::numeric_limits<int>::max(), &result.retention.keepDays);
    result.theme = themeFromName(settings.value(themeKey).toString());
    readNumber<int>(settings, fontSizeKey, 0, 200, &result.fontPointSize);
    result.language = savedLanguage();
    result.trayEnabled = settings.value(trayEnabledKey, result.trayEnabled).toBool();
    result.trayNotify = settings.value(trayNotifyKey, result.trayNotify).toBool();
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.remove(listenersKey); // no stale entries past the new end of the list
    settings.beginWriteArray(listenersKey, int(listeners.size()));
    for (int i = 0; i < listeners.size(); ++i) {
        const ListenerConfig &listener = listeners.at(i);
        settings.setArrayIndex(i);
        settings.setValue(nameKey, listener.name);
        settings.setValue(addressKey, listener.address.toString());
        settings.setValue(portKey, listener.port);
        settings.setValue(maxBodyKey, listener.limits.maxBodyBytes);
        settings.setValue(maxHeaderKey, listener.limits.maxHeaderBytes);
        settings.setValue(timeoutKey, listener.limits.requestTimeoutMs);
        settings.setValue(maxConnectionsKey, listener.limits.maxConnections);
        QStringList specs;
        for (const ResponseRule &rule : listener.rules)
            specs.append(rule.spec());
        settings.setValue(rulesKey, specs);
    }
    settings.endArray();
    settings.setValue(storePathKey, storePath);
    settings.setValue(keepLastKey, retention.keepLast);
    settings.setValue(keepDaysKey, retention.keepDays);
    settings.setValue(themeKey, themeName(theme));
    settings.setValue(fontSizeKey, fontPointSize);
    settings.setValue(languageKey, language);
    settings.setValue(trayEnabledKey, trayEnabled);
    settings.setValue(trayNotifyKey, trayNotify);
}

QString AppSettings::savedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return isUiLanguage(code) ? code : QString(); // a language this version lacks: the system's
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace Hookbench
