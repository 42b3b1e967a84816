// The parts of the main window that apply settings: the settings dialog and the automation API.
#include "mainwindow.h"

#include "apisettingsdialog.h"
#include "appsettings.h"
#include "settingsdialog.h"
#include "theme.h"
#include "trayicon.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace Hookbench {

namespace {
const QString apiEnabledKey = QStringLiteral("api/enabled");
const QString apiListenKey = QStringLiteral("api/listen");
const QString defaultApiListen = QStringLiteral("127.0.0.1:8788");

bool sameListeners(const QList<ListenerConfig> &a, const QList<ListenerConfig> &b)
{
    const auto describe = [](const ListenerConfig &c) -> QString {
        QStringList rules;
        for (const ResponseRule &rule : c.rules)
            rules.append(rule.spec());
        return QStringList {c.name,
                            c.address.toString(),
                            QString::number(c.port),
                            QString::number(c.limits.maxBodyBytes),
                            QString::number(c.limits.maxHeaderBytes),
                            QString::number(c.limits.requestTimeoutMs),
                            QString::number(c.limits.maxConnections),
                            rules.join(u'\n')}
            .join(u'\t');
    };
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (describe(a[i]) != describe(b[i]))
            return false;
    }
    return true;
}
} // namespace

void MainWindow::startConfiguredApi(const QString &apiListen)
{
    const QSettings settings;
    if (!apiListen.isEmpty())
        startApi(true, apiListen);
    else
        startApi(settings.value(apiEnabledKey, false).toBool(),
                 settings.value(apiListenKey, defaultApiListen).toString());
}

void MainWindow::editSettings()
{
    auto *dialog = new SettingsDialog(AppSettings::load(), m_janitor.get(), this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        const AppSettings before = AppSettings::load();
        chosen.save();
        applyAppearance(chosen.theme, chosen.fontPointSize);
        if (!sameListeners(chosen.listeners, before.listeners)) {
            m_listenerConfigs = chosen.listeners;
            if (m_captureAction->isChecked())
                setCapturing(true);
        }
        applyTraySettings(chosen);
        QStringList nextStart;
        if (chosen.storePath != m_options.store.path && chosen.storePath != before.storePath)
            nextStart.append(tr("The new store location is used from the next start."));
        if (chosen.language != before.language)
            nextStart.append(tr("The new language is used from the next start."));
        if (!nextStart.isEmpty())
            statusBar()->showMessage(nextStart.join(u' '), 10'000);
        updateStatus();
    });
    dialog->open();
}

void MainWindow::applyTraySettings(const AppSettings &settings)
{
    m_tray->setVisible(settings.trayEnabled);
    m_tray->setNotificationsEnabled(settings.trayNotify);
}

void MainWindow::startApi(bool enabled, const QString &listen)
{
    m_api.stop();
    // A banner about an earlier failure to start goes once the API starts or is turned off.
    hideProblem(m_apiProblem);
    m_apiProblem.clear();
    if (!enabled)
        return;
    QString error;
    const auto where = ListenerConfig::parseListen(listen, &error);
    if (!where || !m_api.start(where->address, where->port, m_options.store, m_apiToken, &error)) {
        m_apiProblem = tr("The automation API is not running: %1").arg(error);
        showProblem(m_apiProblem);
        return;
    }
    QJsonArray listeners;
    if (m_session.service()) {
        for (const ListenerInfo &info : m_session.service()->listeners())
            listeners.append(QJsonObject {{QStringLiteral("name"), info.name},
                                          {QStringLiteral("url"), info.url().toString()}});
    }
    m_api.setListeners(listeners);
}

void MainWindow::editApiSettings()
{
    QSettings settings;
    auto *dialog = new ApiSettingsDialog(m_api.url().isValid()
                                             || settings.value(apiEnabledKey, false).toBool(),
                                         settings.value(apiListenKey, defaultApiListen).toString(),
                                         m_apiToken,
                                         this);
    dialog->setObjectName(QStringLiteral("apiSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto url = [this] {
        return m_api.url().isValid() ? m_api.url().toString() + QStringLiteral("/v1/") : QString();
    };
    dialog->showState(url(), m_apiProblem);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings saved;
        saved.setValue(apiEnabledKey, dialog->isApiEnabled());
        saved.setValue(apiListenKey, dialog->listen());
        startApi(dialog->isApiEnabled(), dialog->listen());
        updateStatus();
    });
    dialog->open(); // not exec(): the window keeps capturing and painting meanwhile
}

} // namespace Hookbench
