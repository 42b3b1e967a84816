#include "appsettings.h"
#include "apptranslations.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store/requeststore.h"
#include "store/storejanitor.h"
#include "store/storewriter.h"
#include "theme.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Hookbench;

/// The Settings dialog on real widgets (offscreen), real QSettings (in a test location) and a
/// real store for "Purge Now".
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void defaultsAreTheCommandLines();
    void settingsRoundTrip();
    void unreadableValuesFallBackToDefaults();
    void dialogShowsCurrentValues();
    void dialogReturnsEdits();
    void invalidInputDisablesOk_data();
    void invalidInputDisablesOk();
    void themeIsAppliedLive();
    void cancelRevertsTheAppearance();
    void okKeepsTheAppearance();
    void purgeNeedsAJanitorAndALimit();
    void purgeNowShowsProgressAndRemovesTheRightRows();
    void languageAndTraySurviveReopening_data();
    void languageAndTraySurviveReopening();
    void languageNoteSaysWhenItApplies();
    void notificationsNeedTheTrayIcon();
    void acceptingAppliesTheTraySettings();
    void chosenLanguageIsInstalled_data();
    void chosenLanguageIsInstalled();
    void screenshots();

private:
    static AppSettings sample();
    template<typename T>
    static T *child(const QWidget &dialog, const char *name);
    static QPushButton *okButton(const QWidget &dialog);
    static void removeTranslators();

    QPalette m_originalPalette;
    QFont m_originalFont;
    QString m_originalStyle;
};

void TestSettingsDialog::initTestCase()
{
    // Settings go to a test location under a test organization: the user's stay untouched.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HookbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    QSettings().clear();
    m_originalPalette = QApplication::palette();
    m_originalFont = QApplication::font();
    m_originalStyle = QApplication::style()->name();
    applyAppearance(AppSettings::Theme::System, 0); // remembers the platform's look
}

void TestSettingsDialog::cleanup()
{
    applyAppearance(AppSettings::Theme::System, 0);
    QSettings().clear();
}

AppSettings TestSettingsDialog::sample()
{
    AppSettings settings;
    ListenerConfig stripe;
    stripe.name = QStringLiteral("stripe");
    stripe.address = QHostAddress(QStringLiteral("::1"));
    stripe.port = 9000;
    stripe.limits.maxBodyBytes = 3 * 1024 * 1024 + 5; // not a whole MiB: kept exactly
    stripe.limits.maxHeaderBytes = 128 * 1024;
    stripe.limits.requestTimeoutMs = 12'500;
    stripe.limits.maxConnections = 77;
    QString error;
    for (const char *spec : {"/slow=202,delay=1500", "/fail=500,header=X-Why: test,body=no, {id}"})
        stripe.rules.append(*ResponseRule::parse(QString::fromLatin1(spec), &error));
    ListenerConfig all;
    all.name = QStringLiteral("everywhere");
    all.address = QHostAddress(QHostAddress::AnyIPv4);
    all.port = 0;
    settings.listeners = {stripe, all};
    settings.storePath = QStringLiteral("/tmp/hookbench-test/other.sqlite");
    settings.retention = {5000, 30};
    settings.theme = AppSettings::Theme::Dark;
    settings.fontPointSize = 13;
    settings.language = QStringLiteral("fr");
    settings.trayEnabled = false;
    settings.trayNotify = false;
    return settings;
}

template<typename T>
T *TestSettingsDialog::child(const QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QPushButton *TestSettingsDialog::okButton(const QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

namespace {

void compareListeners(const QList<ListenerConfig> &actual, const QList<ListenerConfig> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const ListenerConfig &a = actual.at(i);
        const ListenerConfig &e = expected.at(i);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.address, e.address);
        QCOMPARE(a.port, e.port);
        QCOMPARE(a.limits.maxBodyBytes, e.limits.maxBodyBytes);
        QCOMPARE(a.limits.maxHeaderBytes, e.limits.maxHeaderBytes);
        QCOMPARE(a.limits.requestTimeoutMs, e.limits.requestTimeoutMs);
        QCOMPARE(a.limits.maxConnections, e.limits.maxConnections);
        QCOMPARE(a.rules.size(), e.rules.size());
        for (qsizetype r = 0; r < a.rules.size(); ++r) {
            QCOMPARE(a.rules.at(r).spec(), e.rules.at(r).spec());
            QCOMPARE(a.rules.at(r).body, e.rules.at(r).body);
            QCOMPARE(a.rules.at(r).headers, e.rules.at(r).headers);
            QCOMPARE(a.rules.at(r).delayMs, e.rules.at(r).delayMs);
        }
    }
}

} // namespace

void TestSettingsDialog::defaultsAreTheCommandLines()
{
    const AppSettings settings = AppSettings::load();
    QCOMPARE(settings.listeners.size(), 1);
    QCOMPARE(settings.listeners.first().name, QStringLiteral("default"));
    QCOMPARE(settings.listeners.first().address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(settings.listeners.first().port, quint16(8787));
    QCOMPARE(settings.listeners.first().limits.maxBodyBytes, CaptureLimits().maxBodyBytes);
    QVERIFY(settings.listeners.first().rules.isEmpty());
    QCOMPARE(settings.storePath, StoreOptions::defaultPath());
    QVERIFY(settings.retention.isEmpty());
    QCOMPARE(settings.theme, AppSettings::Theme::System);
    QCOMPARE(settings.fontPointSize, 0);
    QVERIFY(settings.language.isEmpty()); // the system's
    QVERIFY(settings.trayEnabled);
    QVERIFY(settings.trayNotify);
}

void TestSettingsDialog::settingsRoundTrip()
{
    const AppSettings saved = sample();
    saved.save();
    {
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("listeners/size")).toInt(), 2);
        QCOMPARE(settings.value(QStringLiteral("listeners/2/name")).toString(),
                 QStringLiteral("everywhere"));
        QCOMPARE(settings.value(QStringLiteral("listeners/1/rules")).toStringList().last(),
                 QStringLiteral("/fail=500,header=X-Why: test,body=no, {id}"));
        QCOMPARE(settings.value(QStringLiteral("store/keepDays")).toInt(), 30);
        QCOMPARE(settings.value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("appearance/language")).toString(),
                 QStringLiteral("fr"));
        // The keys MainWindow has always read.
        QCOMPARE(settings.value(QStringLiteral("tray/enabled")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("tray/notify")).toBool(), false);
    }
    const AppSettings loaded = AppSettings::load();
    compareListeners(loaded.listeners, saved.listeners);
    QCOMPARE(loaded.storePath, saved.storePath);
    QCOMPARE(loaded.retention, saved.retention);
    QCOMPARE(loaded.theme, saved.theme);
    QCOMPARE(loaded.fontPointSize, saved.fontPointSize);
    QCOMPARE(loaded.language, saved.language);
    QCOMPARE(AppSettings::savedLanguage(), saved.language);
    QCOMPARE(loaded.trayEnabled, saved.trayEnabled);
    QCOMPARE(loaded.trayNotify, saved.trayNotify);

    // A shorter list leaves nothing of the longer one behind.
    AppSettings fewer = saved;
    fewer.listeners.removeLast();
    fewer.save();
    QCOMPARE(AppSettings::load().listeners.size(), 1);
    QVERIFY(!QSettings().contains(QStringLiteral("listeners/2/name")));
}

void TestSettingsDialog::unreadableValuesFallBackToDefaults()
{
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("listeners"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("odd"));
        settings.setValue(QStringLiteral("address"), QStringLiteral("not an address"));
        settings.setValue(QStringLiteral("port"), 70000);
        settings.setValue(QStringLiteral("maxConnections"), QStringLiteral("many"));
        settings.setValue(QStringLiteral("rules"),
                          QStringList {QStringLiteral("no slash"), QStringLiteral("/ok=204")});
        settings.endArray();
        settings.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        settings.setValue(QStringLiteral("appearance/language"), QStringLiteral("tlh"));
        settings.setValue(QStringLiteral("store/keepLast"), -4);
    }
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.listeners.size(), 1);
    const ListenerConfig &listener = loaded.listeners.first();
    QCOMPARE(listener.name, QStringLiteral("odd"));
    QCOMPARE(listener.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(listener.port, quint16(0));
    QCOMPARE(listener.limits.maxConnections, CaptureLimits().maxConnections);
    QCOMPARE(listener.rules.size(), 1);
    QCOMPARE(listener.rules.first().spec(), QStringLiteral("/ok=204"));
    QCOMPARE(loaded.theme, AppSettings::Theme::System);
    QCOMPARE(loaded.retention.keepLast, 0);
    QVERIFY(loaded.language.isEmpty()); // a language this version lacks: the system's
    QVERIFY(AppSettings::savedLanguage().isEmpty());
    QCOMPARE(uiLocale(loaded.language), QLocale::system());
}

void TestSettingsDialog::dialogShowsCurrentValues()
{
    const AppSettings current = sample();
    SettingsDialog dialog(current, nullptr);
    auto *table = child<QTableWidget>(dialog, "listenerTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("stripe"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("0.0.0.0"));
    QCOMPARE(child<QLineEdit>(dialog, "listenerName")->text(), QStringLiteral("stripe"));
    QCOMPARE(child<QLineEdit>(dialog, "listenerAddress")->text(), QStringLiteral("::1"));
    QCOMPARE(child<QSpinBox>(dialog, "listenerPort")->value(), 9000);
    QCOMPARE(child<QSpinBox>(dialog, "listenerMaxBody")->value(), 4); // 3 MiB + 5 bytes, up
    QCOMPARE(child<QSpinBox>(dialog, "listenerMaxHeader")->value(), 128);
    QCOMPARE(child<QSpinBox>(dialog, "listenerTimeout")->value(), 13);
    QCOMPARE(child<QSpinBox>(dialog, "listenerMaxConnections")->value(), 77);
    QCOMPARE(child<QPlainTextEdit>(dialog, "listenerRules")->toPlainText(),
             QStringLiteral("/slow=202,delay=1500\n/fail=500,header=X-Why: test,body=no, {id}"));
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "storePath")->text()),
             current.storePath);
    QCOMPARE(child<QSpinBox>(dialog, "keepLast")->value(), 5000);
    QCOMPARE(child<QSpinBox>(dialog, "keepDays")->value(), 30);
    QCOMPARE(child<QComboBox>(dialog, "theme")->currentData().toInt(),
             int(AppSettings::Theme::Dark));
    QCOMPARE(child<QSpinBox>(dialog, "fontSize")->value(), 13);
    QCOMPARE(child<QComboBox>(dialog, "language")->currentText(), QStringLiteral("Français"));
    QVERIFY(!child<QCheckBox>(dialog, "trayEnabled")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "trayNotify")->isChecked());
    QVERIFY(okButton(dialog)->isEnabled());
    // Untouched, the dialog hands back what it got (limits kept to the byte).
    const AppSettings result = dialog.settings();
    compareListeners(result.listeners, current.listeners);
    QCOMPARE(result.storePath, current.storePath);
    QCOMPARE(result.retention, current.retention);
    QCOMPARE(result.fontPointSize, 13);
    QCOMPARE(result.language, QStringLiteral("fr"));
    QCOMPARE(result.trayEnabled, false);
    QCOMPARE(result.trayNotify, false);
}

void TestSettingsDialog::dialogReturnsEdits()
{
    SettingsDialog dialog(AppSettings(), nullptr);
    dialog.show();
    auto *name = child<QLineEdit>(dialog, "listenerName");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("github"));
    auto *address = child<QLineEdit>(dialog, "listenerAddress");
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("0.0.0.0"));
    child<QSpinBox>(dialog, "listenerPort")->setValue(9100);
    child<QSpinBox>(dialog, "listenerMaxBody")->setValue(2);
    child<QSpinBox>(dialog, "listenerMaxConnections")->setValue(10);
    child<QPlainTextEdit>(dialog, "listenerRules")
        ->setPlainText(QStringLiteral("/a=201\n\n  /b=503,delay=10  \n"));
    QCOMPARE(child<QTableWidget>(dialog, "listenerTable")->item(0, 0)->text(),
             QStringLiteral("github"));

    QTest::mouseClick(child<QPushButton>(dialog, "addListener"), Qt::LeftButton);
    QCOMPARE(child<QTableWidget>(dialog, "listenerTable")->rowCount(), 2);
    QVERIFY(okButton(dialog)->isEnabled()); // a new listener is valid as added
    child<QLineEdit>(dialog, "listenerName")->selectAll();
    QTest::keyClicks(child<QLineEdit>(dialog, "listenerName"), QStringLiteral("second"));

    child<QLineEdit>(dialog, "storePath")->setText(QStringLiteral("/data/hooks.sqlite"));
    child<QSpinBox>(dialog, "keepLast")->setValue(1000);
    child<QComboBox>(dialog, "theme")->setCurrentIndex(1);
    child<QSpinBox>(dialog, "fontSize")->setValue(11);

    const AppSettings result = dialog.settings();
    QCOMPARE(result.listeners.size(), 2);
    const ListenerConfig &first = result.listeners.first();
    QCOMPARE(first.name, QStringLiteral("github"));
    QCOMPARE(first.address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(first.port, quint16(9100));
    QCOMPARE(first.limits.maxBodyBytes, 2 * 1024 * 1024);
    QCOMPARE(first.limits.maxHeaderBytes, CaptureLimits().maxHeaderBytes); // untouched
    QCOMPARE(first.limits.maxConnections, 10);
    QCOMPARE(first.rules.size(), 2);
    QCOMPARE(first.rules.at(1).spec(), QStringLiteral("/b=503,delay=10"));
    QCOMPARE(result.listeners.at(1).name, QStringLiteral("second"));
    QCOMPARE(result.listeners.at(1).port, quint16(0));
    QCOMPARE(result.storePath, QStringLiteral("/data/hooks.sqlite"));
    QCOMPARE(result.retention, (RetentionPolicy {1000, 0}));
    QCOMPARE(result.theme, AppSettings::Theme::Light);
    QCOMPARE(result.fontPointSize, 11);

    child<QLineEdit>(dialog, "storePath")->clear(); // empty: the default place
    QCOMPARE(dialog.settings().storePath, StoreOptions::defaultPath());
}

void TestSettingsDialog::invalidInputDisablesOk_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("rule status") << "listenerRules"
                                 << "/ok=200\n/x=abc"
                                 << "Response rule on line 2: Invalid status 'abc'";
    QTest::newRow("rule prefix") << "listenerRules"
                                 << "hooks=200"
                                 << "Response rule on line 1: Expected PREFIX=STATUS";
    QTest::newRow("rule delay") << "listenerRules"
                                << "/x=200,delay=-1"
                                << "Response rule on line 1: Invalid delay";
    QTest::newRow("address") << "listenerAddress"
                             << "999.1.1.1"
                             << "“999.1.1.1” is not an IP address";
    QTest::newRow("no address") << "listenerAddress"
                                << ""
                                << "Enter the address to listen on";
    QTest::newRow("no name") << "listenerName"
                             << ""
                             << "Give the listener a name";
    QTest::newRow("port in use") << "listenerPort"
                                 << "8787"
                                 << "Port 8787 is also used by listener “listener 2”";
    QTest::newRow("same name") << "listenerName"
                               << "default"
                               << "Another listener is also named “default”";
    QTest::newRow("no listeners") << ""
                                  << ""
                                  << "Add at least one listener";
}

void TestSettingsDialog::invalidInputDisablesOk()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, message);
    SettingsDialog dialog(AppSettings(), nullptr);
    dialog.show();
    auto *problem = child<QLabel>(dialog, "listenerProblem");
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(problem->isHidden());

    const bool second = field == QLatin1String("listenerPort") || input == QLatin1String("default");
    if (second)
        QTest::mouseClick(child<QPushButton>(dialog, "addListener"), Qt::LeftButton);
    if (field.isEmpty()) {
        QTest::mouseClick(child<QPushButton>(dialog, "removeListener"), Qt::LeftButton);
    } else if (auto *spin = dialog.findChild<QSpinBox *>(field)) {
        spin->setValue(input.toInt());
    } else if (auto *edit = dialog.findChild<QPlainTextEdit *>(field)) {
        edit->setPlainText(input);
    } else {
        auto *line = child<QLineEdit>(dialog, qPrintable(field));
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, input);
    }
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
    QCOMPARE(okButton(dialog)->toolTip(), problem->text());
    auto *tabs = child<QTabWidget>(dialog, "settingsTabs");
    QVERIFY(!tabs->tabIcon(0).isNull()); // seen from the other pages too

    // Putting it right enables OK again.
    if (field.isEmpty()) {
        QTest::mouseClick(child<QPushButton>(dialog, "addListener"), Qt::LeftButton);
    } else if (second) {
        QTest::mouseClick(child<QPushButton>(dialog, "removeListener"), Qt::LeftButton);
    } else if (auto *edit = dialog.findChild<QPlainTextEdit *>(field)) {
        edit->setPlainText(QStringLiteral("/x=204"));
    } else {
        auto *line = child<QLineEdit>(dialog, qPrintable(field));
        QTest::keyClicks(line,
                         field == QLatin1String("listenerName") ? QStringLiteral("n") : QString());
        if (field == QLatin1String("listenerAddress")) {
            line->selectAll();
            QTest::keyClicks(line, QStringLiteral("127.0.0.1"));
        }
    }
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problem->text()));
    QVERIFY(problem->isHidden());
    QVERIFY(tabs->tabIcon(0).isNull());
}

void TestSettingsDialog::themeIsAppliedLive()
{
    SettingsDialog dialog(AppSettings(), nullptr);
    dialog.show();
    auto *theme = child<QComboBox>(dialog, "theme");
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Light)));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QColor lightBase = QApplication::palette().color(QPalette::Base);
    QTRY_COMPARE(dialog.palette().color(QPalette::Base), lightBase);
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
    const QPalette dark = QApplication::palette();
    QVERIFY2(dark.color(QPalette::Base).lightness() < lightBase.lightness() - 100,
             qPrintable(dark.color(QPalette::Base).name()));
    // Live: windows hear of the change from the event loop.
    QTRY_COMPARE(dialog.palette().color(QPalette::Base), dark.color(QPalette::Base));
    // Complete: text stays readable on every surface, disabled text is dimmer.
    QVERIFY(dark.color(QPalette::Text).lightness() > 200);
    QVERIFY(dark.color(QPalette::ToolTipText).lightness() > 200);
    QVERIFY(dark.color(QPalette::Link).lightness() > 120);
    QVERIFY(dark.color(QPalette::PlaceholderText).lightness()
            < dark.color(QPalette::Text).lightness());
    QVERIFY(dark.color(QPalette::Disabled, QPalette::Text).lightness()
            < dark.color(QPalette::Active, QPalette::Text).lightness());

    child<QSpinBox>(dialog, "fontSize")->setValue(17);
    QCOMPARE(QApplication::font().pointSize(), 17);
    QTRY_COMPARE(dialog.font().pointSize(), 17);
    child<QSpinBox>(dialog, "fontSize")->setValue(child<QSpinBox>(dialog, "fontSize")->minimum());
    QCOMPARE(dialog.settings().fontPointSize, 0);
    QCOMPARE(QApplication::font().pointSize(), m_originalFont.pointSize());
}

void TestSettingsDialog::cancelRevertsTheAppearance()
{
    SettingsDialog dialog(AppSettings(), nullptr);
    dialog.show();
    auto *theme = child<QComboBox>(dialog, "theme");
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
    child<QSpinBox>(dialog, "fontSize")->setValue(19);
    QVERIFY(QApplication::palette().color(QPalette::Base)
            != m_originalPalette.color(QPalette::Base));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             m_originalPalette.color(QPalette::Base));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             m_originalPalette.color(QPalette::Window));
    QCOMPARE(QApplication::font().pointSize(), m_originalFont.pointSize());

    // Cancel goes back to what was in effect, not to the system look.
    AppSettings dark;
    dark.theme = AppSettings::Theme::Dark;
    applyAppearance(dark.theme, 0);
    const QColor darkBase = QApplication::palette().color(QPalette::Base);
    SettingsDialog again(dark, nullptr);
    auto *theme2 = child<QComboBox>(again, "theme");
    theme2->setCurrentIndex(theme2->findData(int(AppSettings::Theme::Light)));
    QVERIFY(QApplication::palette().color(QPalette::Base) != darkBase);
    again.reject();
    QCOMPARE(QApplication::palette().color(QPalette::Base), darkBase);
}

void TestSettingsDialog::okKeepsTheAppearance()
{
    SettingsDialog dialog(AppSettings(), nullptr);
    dialog.show();
    auto *theme = child<QComboBox>(dialog, "theme");
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
    const QColor darkBase = QApplication::palette().color(QPalette::Base);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().theme, AppSettings::Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Base), darkBase);
}

void TestSettingsDialog::purgeNeedsAJanitorAndALimit()
{
    AppSettings limited;
    limited.retention.keepLast = 10;
    {
        SettingsDialog dialog(limited, nullptr);
        QVERIFY(!child<QPushButton>(dialog, "purgeNow")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "purgeStatus")->text().isEmpty()); // says why
    }
    QTemporaryDir dir;
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("s.sqlite"));
    StoreJanitor janitor(options);
    SettingsDialog dialog(AppSettings(), &janitor);
    auto *purge = child<QPushButton>(dialog, "purgeNow");
    QVERIFY(!purge->isEnabled()); // no limit: nothing to purge
    child<QSpinBox>(dialog, "keepDays")->setValue(3);
    QVERIFY(purge->isEnabled());
    child<QSpinBox>(dialog, "keepDays")->setValue(0);
    QVERIFY(!purge->isEnabled());
}

void TestSettingsDialog::purgeNowShowsProgressAndRemovesTheRightRows()
{
    QTemporaryDir dir;
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("store.sqlite"));
    StoreWriter writer;
    QString error;
    QVERIFY2(writer.start(options, &error), qPrintable(error));
    const int stored = 900;
    std::vector<StoreWriter::Submission> submissions;
    QList<qint64> ids;
    for (int i = 0; i < stored; ++i) {
        CapturedRequest request;
        request.receivedStartUs = request.receivedEndUs = 1'700'000'000'000'000 + i;
        request.method = "POST";
        request.target = "/hooks";
        request.httpVersion = "HTTP/1.1";
        request.responseStatus = 200;
        submissions.push_back({request, this, [&ids](const CommitResult &result) {
                                   ids.append(result.id);
                               }});
    }
    writer.submitAll(std::move(submissions));
    QTRY_COMPARE(ids.size(), stored);
    std::sort(ids.begin(), ids.end());

    StoreJanitor janitor(options);
    QSignalSpy finished(&janitor, &StoreJanitor::finished);
    AppSettings current;
    current.retention.keepLast = 250;
    SettingsDialog dialog(current, &janitor);
    dialog.show();
    child<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(1);
    auto *progress = child<QProgressBar>(dialog, "purgeProgress");
    auto *cancel = child<QPushButton>(dialog, "cancelPurge");
    auto *purge = child<QPushButton>(dialog, "purgeNow");
    QVERIFY(progress->isHidden());
    QList<int> values;
    connect(progress, &QProgressBar::valueChanged, this, [&values](int value) {
        values.append(value);
    });
    QTest::mouseClick(purge, Qt::LeftButton);
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(!purge->isEnabled()); // one purge at a time
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), stored - 250);
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY2(values.size() >= 3, qPrintable(QString::number(values.size()))); // one per chunk
    QVERIFY(std::is_sorted(values.begin(), values.end()));
    QVERIFY(cancel->isHidden());
    QVERIFY(purge->isEnabled());
    QVERIFY2(child<QLabel>(dialog, "purgeStatus")->text().contains(QStringLiteral("650")),
             qPrintable(child<QLabel>(dialog, "purgeStatus")->text()));

    RequestStore store;
    QVERIFY(store.open(options, &error));
    QCOMPARE(store.ids(0, 10'000), ids.mid(stored - 250));
}

void TestSettingsDialog::languageAndTraySurviveReopening_data()
{
    QTest::addColumn<QString>("language"); // the native name picked in the combo box
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<bool>("notify");
    QTest::newRow("Deutsch, no tray") << "Deutsch"
                                      << "de" << false << false;
    QTest::newRow("English, tray") << "English"
                                   << "en" << true << true;
    QTest::newRow("Français, quiet tray") << "Français"
                                          << "fr" << true << false;
    QTest::newRow("Español") << "Español"
                             << "es" << true << true;
    QTest::newRow("system default") << ""
                                    << "" << false << true;
}

void TestSettingsDialog::languageAndTraySurviveReopening()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(bool, tray);
    QFETCH(bool, notify);
    // Start from the other choices, so that every one of them is really changed.
    AppSettings before;
    before.language = code.isEmpty() ? QStringLiteral("de") : QString();
    before.trayEnabled = !tray;
    before.trayNotify = !notify;
    before.save();
    {
        SettingsDialog dialog(AppSettings::load(), nullptr);
        dialog.show();
        auto *combo = child<QComboBox>(dialog, "language");
        QCOMPARE(combo->count(), 5); // the system's, English, Deutsch, Français, Español
        combo->setCurrentIndex(language.isEmpty() ? 0 : combo->findText(language));
        QVERIFY(combo->currentIndex() >= 0);
        child<QCheckBox>(dialog, "trayEnabled")->setChecked(tray);
        child<QCheckBox>(dialog, "trayNotify")->setChecked(notify);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        dialog.settings().save(); // as the main window does
    }
    QCOMPARE(AppSettings::savedLanguage(), code);
    SettingsDialog reopened(AppSettings::load(), nullptr);
    auto *combo = child<QComboBox>(reopened, "language");
    QCOMPARE(combo->currentData().toString(), code);
    if (!language.isEmpty())
        QCOMPARE(combo->currentText(), language);
    QCOMPARE(child<QCheckBox>(reopened, "trayEnabled")->isChecked(), tray);
    QCOMPARE(child<QCheckBox>(reopened, "trayNotify")->isChecked(), notify);
}

void TestSettingsDialog::languageNoteSaysWhenItApplies()
{
    SettingsDialog dialog(AppSettings(), nullptr);
    dialog.show();
    child<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(2);
    auto *note = child<QLabel>(dialog, "languageNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("next time Hookbench starts")),
             qPrintable(note->text()));
    // Near the combo box: in the same group, right below it.
    auto *combo = child<QComboBox>(dialog, "language");
    QCOMPARE(note->parentWidget(), combo->parentWidget());
    QVERIFY(note->geometry().top() >= combo->geometry().bottom());
    QVERIFY(note->geometry().top() - combo->geometry().bottom() < 3 * combo->height());
}

void TestSettingsDialog::notificationsNeedTheTrayIcon()
{
    SettingsDialog dialog(AppSettings(), nullptr);
    auto *tray = child<QCheckBox>(dialog, "trayEnabled");
    auto *notify = child<QCheckBox>(dialog, "trayNotify");
    QVERIFY(tray->isChecked());
    QVERIFY(notify->isEnabled());
    tray->setChecked(false);
    QVERIFY(!notify->isEnabled());
    QVERIFY(notify->isChecked()); // kept for when the icon comes back
    tray->setChecked(true);
    QVERIFY(notify->isEnabled());
}

void TestSettingsDialog::acceptingAppliesTheTraySettings()
{
    QTemporaryDir dir;
    CaptureSessionOptions options;
    options.store.path = dir.filePath(QStringLiteral("s.sqlite"));
    ListenerConfig listener;
    listener.port = 0;
    options.listeners.append(listener);
    MainWindow window(options);
    window.show();
    auto *tray = window.findChild<TrayIcon *>(QStringLiteral("trayIcon"));
    QVERIFY(tray);
    QVERIFY(tray->isWanted()); // on by default
    QVERIFY(tray->notificationsEnabled());
    auto *settingsAction = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);

    // Each pass goes through the dialog as a user would, and checks the live effect.
    const auto choose = [&window, settingsAction](bool showIcon, bool notifyWhenHidden) {
        settingsAction->trigger();
        auto *dialog = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        child<QCheckBox>(*dialog, "trayEnabled")->setChecked(showIcon);
        child<QCheckBox>(*dialog, "trayNotify")->setChecked(notifyWhenHidden);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog")));
    };
    choose(false, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!tray->isWanted());
    QVERIFY(!tray->isVisible());
    QVERIFY(!tray->notificationsEnabled());
    QCOMPARE(AppSettings::load().trayEnabled, false);
    QCOMPARE(QSettings().value(QStringLiteral("tray/enabled")).toBool(), false);

    choose(true, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tray->isWanted());
    // Shown at once where the desktop has a tray (offscreen has none).
    QCOMPARE(tray->isVisible(), TrayIcon::isAvailable());
    QVERIFY(!tray->notificationsEnabled());
    QCOMPARE(QSettings().value(QStringLiteral("tray/notify")).toBool(), false);

    choose(true, true);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tray->notificationsEnabled());
}

void TestSettingsDialog::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestSettingsDialog::chosenLanguageIsInstalled_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ours"); // a Hookbench catalog is installed
    QTest::addColumn<QString>("title"); // of the Settings dialog
    QTest::addColumn<QString>("languageNote");
    QTest::newRow("de") << "de" << true << "Einstellungen"
                        << "Eine neue Sprache gilt ab dem nächsten Start von Hookbench.";
    QTest::newRow("fr") << "fr" << true << "Paramètres"
                        << "La nouvelle langue sera utilisée au prochain démarrage de Hookbench.";
    QTest::newRow("es") << "es" << true << "Configuración"
                        << "El nuevo idioma se usará la próxima vez que se inicie Hookbench.";
    QTest::newRow("en") << "en" << false << "Settings"
                        << "A new language is used the next time Hookbench starts.";
}

void TestSettingsDialog::chosenLanguageIsInstalled()
{
    QFETCH(QString, code);
    QFETCH(bool, ours);
    QFETCH(QString, title);
    QFETCH(QString, languageNote);
    removeTranslators();
    QCOMPARE(installTranslations(*qApp, uiLocale(code)), ours);
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
    const bool hookbenchInstalled
        = std::any_of(installed.cbegin(), installed.cend(), [](const QTranslator *translator) {
              return translator->filePath().startsWith(QStringLiteral(":/i18n/"));
          });
    QCOMPARE(hookbenchInstalled, ours);
    if (code == QLatin1String("en"))
        QVERIFY(installed.isEmpty()); // not even Qt's own: English is the sources' language
    {
        SettingsDialog dialog(AppSettings(), nullptr);
        QCOMPARE(dialog.windowTitle(), title);
        QCOMPARE(child<QLabel>(dialog, "languageNote")->text(), languageNote);
        // Language names stay in their own language whatever the window is in.
        QVERIFY(child<QComboBox>(dialog, "language")->findText(QStringLiteral("Deutsch")) > 0);
    }
    removeTranslators();
}

void TestSettingsDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("HOOKBENCH_SHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set HOOKBENCH_SHOT_DIR to write screenshots of the dialog");
    QVERIFY(QDir().mkpath(folder));
    QTemporaryDir dir;
    StoreOptions options;
    options.path = dir.filePath(QStringLiteral("store.sqlite"));
    StoreJanitor janitor(options);
    for (const auto theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
        AppSettings current = sample();
        current.theme = theme;
        current.fontPointSize = 0;
        applyAppearance(theme, 0);
        SettingsDialog dialog(current, &janitor);
        dialog.show();
        const QString name = AppSettings::themeName(theme);
        auto *tabs = child<QTabWidget>(dialog, "settingsTabs");
        child<QPlainTextEdit>(dialog, "listenerRules")
            ->setPlainText(QStringLiteral("/slow=202,delay=1500\n/fail=abc"));
        QTest::qWait(50);
        QVERIFY(
            dialog.grab().save(folder + QStringLiteral("/settings-listeners-%1.png").arg(name)));
        child<QPlainTextEdit>(dialog, "listenerRules")->setPlainText(QStringLiteral("/slow=202"));
        for (int page = 1; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(
                folder + QStringLiteral("/settings-page%1-%2.png").arg(page).arg(name)));
        }
        QSignalSpy finished(&janitor, &StoreJanitor::finished);
        tabs->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(dialog, "purgeNow"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/settings-purged-%1.png").arg(name)));
        dialog.reject();
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
