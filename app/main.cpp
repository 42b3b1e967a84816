#include "appsettings.h"
#include "apptranslations.h"
#include "commandline.h"
#include "eventscommand.h"
#include "headlessrunner.h"
#include "mainwindow.h"
#include "resendcommand.h"
#include "secrets/secretstorage.h"
#include "signcommand.h"
#include "singleinstance.h"
#include "theme.h"
#include "triggercommand.h"
#include "verifycommand.h"
#include "waitcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>
#include <memory>

using namespace Hookbench;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hookbench.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKBENCH_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (argc >= 2 && qstrcmp(argv[1], "events") == 0) {
        QCoreApplication app(argc, argv);
        return runEventsCommand(QCoreApplication::arguments());
    }
    if (argc >= 2 && qstrcmp(argv[1], "wait") == 0) {
        QCoreApplication app(argc, argv);
        return runWaitCommand(QCoreApplication::arguments());
    }
    if (argc >= 2 && qstrcmp(argv[1], "verify") == 0) {
        QCoreApplication app(argc, argv);
        return runVerifyCommand(QCoreApplication::arguments());
    }
    if (argc >= 2 && qstrcmp(argv[1], "sign") == 0) {
        QCoreApplication app(argc, argv);
        return runSignCommand(QCoreApplication::arguments());
    }
    if (argc >= 2 && qstrcmp(argv[1], "resend") == 0) {
        QCoreApplication app(argc, argv);
        return runResendCommand(QCoreApplication::arguments());
    }
    if (argc >= 2 && qstrcmp(argv[1], "trigger") == 0) {
        QCoreApplication app(argc, argv);
        return runTriggerCommand(QCoreApplication::arguments());
    }
    // Parse before any QGuiApplication exists: --help, --version and --headless need no display.
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.mode == CommandLine::Mode::Exit) {
        std::fputs(qPrintable(commandLine.message + u'\n'), commandLine.exitCode ? stderr : stdout);
        return commandLine.exitCode;
    }

    if (commandLine.mode == CommandLine::Mode::Headless) {
        // Qt's own event dispatcher wakes threads with fewer system calls than GLib's; with no
        // window there is no GLib-based integration to keep.
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        HeadlessRunner runner;
        const int failed = runner.start(commandLine);
        return failed >= 0 ? failed : app.exec();
    }

    QApplication app(argc, argv);
    // The language chosen in the settings, else the system's.
    installTranslations(app, uiLocale(AppSettings::savedLanguage()));
    QGuiApplication::setDesktopFileName(QStringLiteral(HOOKBENCH_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/hookbench/hookbench.svg")));
    // The window's settings supply what the command line left out.
    const AppSettings settings = AppSettings::load();
    CaptureSessionOptions session = commandLine.session;
    if (!commandLine.storeGiven)
        session.store.path = settings.storePath;
    if (!commandLine.listenGiven && !settings.listeners.isEmpty())
        session.listeners = settings.listeners;
    // One window per store: a second launch for it shows the first one's window instead.
    SingleInstance instance(session.store.path);
    if (instance.activateRunningInstance())
        return 0;
    applyAppearance(settings.theme, settings.fontPointSize);
    session.secrets = SecretStorage::load(nullptr); // may ask for the secrets file's passphrase
    MainWindow window(session, commandLine.apiListen, commandLine.apiToken);
    QObject::connect(
        &instance, &SingleInstance::activationRequested, &window, &MainWindow::activate);
    window.applyRetention(settings.retention); // the settings dialog can purge at any time
    window.show();
    return app.exec();
}
