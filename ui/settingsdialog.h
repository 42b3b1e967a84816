#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Hookbench {

class ListenersPage;
class StoreJanitor;

/// The Settings dialog: listeners, store location and retention (with "Purge now"), theme,
/// font size, language and the tray icon. Theme and font show at once and are undone on Cancel;
/// the rest is read back with settings() after OK, for the caller to save and apply (the
/// language at the next start).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `janitor` (may be null: no purging) must outlive the dialog.
    SettingsDialog(const AppSettings &current, StoreJanitor *janitor, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    /// The settings as edited.
    AppSettings settings() const;

    void reject() override;

private:
    QWidget *createStorePage();
    QWidget *createAppearancePage();
    QWidget *createThemeBox(QWidget *page);
    QWidget *createLanguageBox(QWidget *page);
    QWidget *createTrayBox(QWidget *page);
    void browseStore();
    RetentionPolicy retention() const;
    void updatePurgeButton();
    void startPurge();
    void purgeProgress(qint64 done, qint64 total);
    void purgeFinished(qint64 removedCount, const QString &error);
    void previewAppearance();
    AppSettings::Theme theme() const;
    int fontPointSize() const;
    void setProblem(const QString &problem);

    const AppSettings m_current;
    StoreJanitor *m_janitor;
    bool m_purging = false;
    bool m_purgeCancelled = false;

    QTabWidget *m_tabs;
    ListenersPage *m_listeners;
    QLineEdit *m_storePath = nullptr;
    QSpinBox *m_keepLast = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QPushButton *m_purge = nullptr;
    QPushButton *m_cancelPurge = nullptr;
    QProgressBar *m_purgeProgress = nullptr;
    QLabel *m_purgeStatus = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_trayEnabled = nullptr;
    QCheckBox *m_trayNotify = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace Hookbench
