#include "settingsdialog.h"

#include "apptranslations.h"
#include "listenerspage.h"
#include "store/storejanitor.h"
#include "store/storeoptions.h"
#include "theme.h"
#include "trayicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace Hookbench {

namespace {

// The font size spin box shows "System" at its minimum, so stepping up from it lands on a
// readable size rather than on 1 pt.
constexpr int systemFontSize = 5;
constexpr int progressSteps = 1000; // QProgressBar counts in int; stores may hold more

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, StoreJanitor *janitor, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_janitor(janitor)
    , m_tabs(new QTabWidget(this))
    , m_listeners(new ListenersPage(current.listeners, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_listeners, tr("&Listeners"));
    m_tabs->addTab(createStorePage(), tr("&Store"));
    m_tabs->addTab(createAppearancePage(), tr("&Appearance"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_listeners, &ListenersPage::problemChanged, this, &SettingsDialog::setProblem);
    setProblem(m_listeners->problem());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(780, 600);
}

QWidget *SettingsDialog::createStorePage()
{
    auto *page = new QWidget(this);

    auto *location = new QGroupBox(tr("Location"), page);
    m_storePath = new QLineEdit(QDir::toNativeSeparators(m_current.storePath), location);
    m_storePath->setObjectName(QStringLiteral("storePath"));
    m_storePath->setPlaceholderText(QDir::toNativeSeparators(StoreOptions::defaultPath()));
    m_storePath->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), location);
    browse->setObjectName(QStringLiteral("browseStore"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseStore);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_storePath, 1);
    pathRow->addWidget(browse);
    auto *storeNote = hint(tr("A new location is used the next time Hookbench starts. Events "
                              "stored so far stay in the current file."),
                           location);
    storeNote->setObjectName(QStringLiteral("storeNote"));
    auto *locationLayout = new QVBoxLayout(location);
    locationLayout->addLayout(pathRow);
    locationLayout->addWidget(storeNote);

    auto *retentionBox = new QGroupBox(tr("Retention"), page);
    m_keepLast = new QSpinBox(retentionBox);
    m_keepLast->setObjectName(QStringLiteral("keepLast"));
    m_keepLast->setRange(0, 100'000'000);
    m_keepLast->setSingleStep(1000);
    m_keepLast->setSpecialValueText(tr("No limit"));
    m_keepLast->setSuffix(tr(" events"));
    m_keepLast->setGroupSeparatorShown(true);
    m_keepLast->setAccelerated(true);
    m_keepLast->setValue(m_current.retention.keepLast);
    m_keepDays = new QSpinBox(retentionBox);
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(0, 36'500);
    m_keepDays->setSpecialValueText(tr("No limit"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(m_current.retention.keepDays);
    auto *limits = new QFormLayout;
    limits->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    limits->addRow(tr("Keep the &newest:"), m_keepLast);
    limits->addRow(tr("Keep events &received within:"), m_keepDays);

    m_purge = new QPushButton(tr("&Purge Now"), retentionBox);
    m_purge->setObjectName(QStringLiteral("purgeNow"));
    m_purge->setToolTip(tr("Delete the events these limits do not keep, now"));
    m_purgeProgress = new QProgressBar(retentionBox);
    m_purgeProgress->setObjectName(QStringLiteral("purgeProgress"));
    m_purgeProgress->setRange(0, progressSteps);
    m_purgeProgress->setValue(0);
    m_purgeProgress->setTextVisible(false);
    m_purgeProgress->hide();
    m_cancelPurge = new QPushButton(tr("Cancel Purge"), retentionBox);
    m_cancelPurge->setObjectName(QStringLiteral("cancelPurge"));
    m_cancelPurge->hide();
    m_purgeStatus = new QLabel(retentionBox);
    m_purgeStatus->setObjectName(QStringLiteral("purgeStatus"));
    m_purgeStatus->setTextFormat(Qt::PlainText);
    m_purgeStatus->setWordWrap(true);
    if (!m_janitor)
        m_purgeStatus->setText(tr("Purging needs a store open in the main window."));
    connect(m_purge, &QPushButton::clicked, this, &SettingsDialog::startPurge);
    connect(m_cancelPurge, &QPushButton::clicked, this, [this] {
        m_purgeCancelled = true;
        m_cancelPurge->setEnabled(false);
        m_purgeStatus->setText(tr("Cancelling…"));
        m_janitor->cancel();
    });
    if (m_janitor) {
        connect(m_janitor, &StoreJanitor::progress, this, &SettingsDialog::purgeProgress);
        connect(m_janitor, &StoreJanitor::finished, this, &SettingsDialog::purgeFinished);
    }
    connect(m_keepLast, &QSpinBox::valueChanged, this, &SettingsDialog::updatePurgeButton);
    connect(m_keepDays, &QSpinBox::valueChanged, this, &SettingsDialog::updatePurgeButton);
    updatePurgeButton();
    auto *purgeRow = new QHBoxLayout;
    purgeRow->addWidget(m_purge);
    purgeRow->addWidget(m_purgeProgress, 1);
    purgeRow->addWidget(m_cancelPurge);
    purgeRow->addStretch();

    auto *retentionLayout = new QVBoxLayout(retentionBox);
    retentionLayout->addLayout(limits);
    retentionLayout->addWidget(hint(tr("Events beyond these limits are deleted, oldest first. "
                                       "Purge Now deletes them at once; this cannot be undone."),
                                    retentionBox));
    retentionLayout->addLayout(purgeRow);
    retentionLayout->addWidget(m_purgeStatus);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(location);
    layout->addWidget(retentionBox);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(createThemeBox(page));
    layout->addWidget(createLanguageBox(page));
    layout->addWidget(createTrayBox(page));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::createThemeBox(QWidget *page)
{
    auto *box = new QGroupBox(tr("Theme and Font"), page);
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(m_current.theme))));
    m_fontSize = new QSpinBox(box);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(systemFontSize, 72);
    m_fontSize->setSpecialValueText(tr("System"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(m_current.fontPointSize > 0
                             ? qMax(systemFontSize + 1, m_current.fontPointSize)
                             : systemFontSize);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::previewAppearance);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::previewAppearance);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Font size:"), m_fontSize);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(hint(tr("Changes show at once; Cancel undoes them. System follows the "
                              "look of your desktop."),
                           box));
    return box;
}

QWidget *SettingsDialog::createLanguageBox(QWidget *page)
{
    auto *box = new QGroupBox(tr("Language"), page);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language under its own name: whoever cannot read the current one still finds theirs.
    for (const UiLanguage &language : availableUiLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_current.language)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Lan&guage:"), m_language);
    // The window is not rebuilt in another language while it runs: say when the choice shows.
    auto *note = hint(tr("A new language is used the next time Hookbench starts."), box);
    note->setObjectName(QStringLiteral("languageNote"));
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(note);
    return box;
}

QWidget *SettingsDialog::createTrayBox(QWidget *page)
{
    auto *box = new QGroupBox(tr("System Tray"), page);
    m_trayEnabled = new QCheckBox(tr("Show Hookbench in the system t&ray"), box);
    m_trayEnabled->setObjectName(QStringLiteral("trayEnabled"));
    m_trayEnabled->setChecked(m_current.trayEnabled);
    m_trayNotify = new QCheckBox(tr("&Notify about new events while the window is hidden"), box);
    m_trayNotify->setObjectName(QStringLiteral("trayNotify"));
    m_trayNotify->setChecked(m_current.trayNotify);
    // Notifications come from the tray icon: without it there are none to turn on.
    m_trayNotify->setEnabled(m_trayEnabled->isChecked());
    connect(m_trayEnabled, &QCheckBox::toggled, m_trayNotify, &QCheckBox::setEnabled);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_trayEnabled);
    layout->addWidget(m_trayNotify);
    layout->addWidget(hint(TrayIcon::isAvailable()
                               ? tr("With the icon shown, closing the window keeps Hookbench "
                                    "capturing in the tray.")
                               : tr("This desktop shows no system tray at the moment; the "
                                    "setting applies where it does."),
                           box));
    return box;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result = m_current;
    result.listeners = m_listeners->listeners();
    const QString path = m_storePath->text().trimmed();
    result.storePath
        = path.isEmpty() ? StoreOptions::defaultPath() : QDir::fromNativeSeparators(path);
    result.retention = retention();
    result.theme = theme();
    result.fontPointSize = fontPointSize();
    result.language = m_language->currentData().toString();
    result.trayEnabled = m_trayEnabled->isChecked();
    result.trayNotify = m_trayNotify->isChecked();
    return result;
}

void SettingsDialog::reject()
{
    if (theme() != m_current.theme || fontPointSize() != m_current.fontPointSize)
        applyAppearance(m_current.theme, m_current.fontPointSize);
    QDialog::reject();
}

void SettingsDialog::browseStore()
{
    const QString path = m_storePath->text().trimmed();
    const QString chosen
        = QFileDialog::getSaveFileName(this,
                                       tr("Store Location"),
                                       path.isEmpty() ? StoreOptions::defaultPath() : path,
                                       tr("Hookbench stores (*.sqlite);;All files (*)"),
                                       nullptr,
                                       QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_storePath->setText(QDir::toNativeSeparators(chosen));
}

RetentionPolicy SettingsDialog::retention() const
{
    return {m_keepLast->value(), m_keepDays->value()};
}

void SettingsDialog::updatePurgeButton()
{
    m_purge->setEnabled(m_janitor && !m_purging && !retention().isEmpty());
}

void SettingsDialog::startPurge()
{
    if (!m_janitor || m_purging || retention().isEmpty())
        return;
    m_purging = true;
    m_purgeCancelled = false;
    m_purgeProgress->setRange(0, 0); // busy until the janitor has counted
    m_purgeProgress->show();
    m_cancelPurge->setEnabled(true);
    m_cancelPurge->show();
    m_purgeStatus->setText(tr("Counting the events to delete…"));
    updatePurgeButton();
    m_janitor->purge(retention());
}

void SettingsDialog::purgeProgress(qint64 done, qint64 total)
{
    if (!m_purging || total <= 0)
        return;
    const QLocale locale;
    m_purgeProgress->setRange(0, progressSteps);
    m_purgeProgress->setValue(int(qMin(done, total) * progressSteps / total));
    if (!m_purgeCancelled)
        m_purgeStatus->setText(
            tr("Deleted %1 of %2 events…").arg(locale.toString(done), locale.toString(total)));
}

void SettingsDialog::purgeFinished(qint64 removedCount, const QString &error)
{
    if (!m_purging)
        return;
    m_purging = false;
    m_cancelPurge->hide();
    m_purgeProgress->setRange(0, progressSteps);
    const int count = int(qMin<qint64>(removedCount, std::numeric_limits<int>::max()));
    if (!error.isEmpty()) {
        m_purgeStatus->setText(
            tr("Purging stopped after deleting %Ln event(s): %1", nullptr, count).arg(error));
    } else if (m_purgeCancelled) {
        m_purgeStatus->setText(tr("Purge cancelled after deleting %Ln event(s).", nullptr, count));
    } else {
        m_purgeProgress->setValue(progressSteps);
        m_purgeProgress->setVisible(removedCount > 0);
        m_purgeStatus->setText(removedCount == 0
                                   ? tr("Nothing to delete: every event is within the limits.")
                                   : tr("Deleted %Ln event(s).", nullptr, count));
    }
    updatePurgeButton();
}

void SettingsDialog::previewAppearance()
{
    applyAppearance(theme(), fontPointSize());
}

AppSettings::Theme SettingsDialog::theme() const
{
    return AppSettings::Theme(m_theme->currentData().toInt());
}

int SettingsDialog::fontPointSize() const
{
    return m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value();
}

void SettingsDialog::setProblem(const QString &problem)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problem);
    m_tabs->setTabIcon(m_tabs->indexOf(m_listeners),
                       problem.isEmpty() ? QIcon()
                                         : style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

} // namespace Hookbench
