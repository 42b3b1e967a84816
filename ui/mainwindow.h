#pragma once

#include "api/apiserver.h"
#include "capture/capturesession.h"
#include "store/retentionpolicy.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace Hookbench {

struct AppSettings;
class DeliveriesWindow;
class DeliveryStore;
class EventDetailView;
class EventTableModel;
class EventTableView;
class SearchField;
class StoreJanitor;
class TrayIcon;

/// The main window: listener URLs and controls, the live event list over the whole store,
/// the selected event's details, store status and errors.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `apiListen` turns the automation API on for this run (else the saved setting decides);
    /// `apiToken` is its bearer token (empty: a new one, shown in the API settings).
    explicit MainWindow(const CaptureSessionOptions &options,
                        const QString &apiListen = QString(),
                        const QByteArray &apiToken = QByteArray(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    EventTableModel *eventModel() const { return m_model; }
    EventTableView *eventView() const { return m_view; }
    /// The signing sources and secrets in use (null when the store could not be opened).
    SecretBook *secrets() { return m_session.secrets(); }
    EventDetailView *detailView() const { return m_detail; }
    /// Sends events to targets (null when the store's deliveries could not be opened).
    DeliveryEngine *deliveries() { return m_session.deliveries(); }
    /// The list of every event's deliveries (made when first shown).
    DeliveriesWindow *deliveriesWindow() const { return m_deliveriesWindow; }
    /// Resend (or Edit and Resend) the shown event; several selected events: a bulk resend.
    void resend(bool edit);
    /// Resends every event the list's current filter matches, after choosing the target.
    void resendFiltered();
    void showAllDeliveries();
    /// Deletes, in the background, what `policy` does not keep; the list follows when done.
    void applyRetention(const RetentionPolicy &policy);
    /// Shows and raises the window (another launch for the same store asked for it).
    void activate();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolbar();
    void createCentralWidget();
    void restoreLayout();
    void saveLayout() const;

    void startCapture(const CaptureSessionOptions &options);
    void setCapturing(bool capturing);
    void showProblem(const QString &message);
    void hideProblem(const QString &message);
    void applyStoreChanges();
    void followNewest();
    void showCurrentEvent();
    void removeSelected();
    void clearAll();
    void editSettings();
    void applyTraySettings(const AppSettings &settings);
    void updateStatus();
    void updateEmptyHint();
    void startConfiguredApi(const QString &apiListen);
    void startApi(bool enabled, const QString &listen);
    void editApiSettings();
    /// The secrets manager; with a scheme and path prefix, on the source for them (created
    /// when none covers the prefix).
    /// Reads the list again (rows may have changed or gone), keeping the shown event selected.
    void reloadKeepingSelection();
    void manageSecrets(const QString &scheme = QString(), const QString &pathPrefix = QString());

    // Deliveries (mainwindowdeliveries.cpp)
    void createDeliveryActions(QMenu *menu);
    void startDeliveries(const StoreOptions &store);
    /// Asks for a target, then queues the events with progress and cancel.
    void resendMany(const QList<qint64> &ids);
    void manageTargets(QWidget *parent);
    void manageForwardingRules();
    void showDeliveriesOfShownEvent();
    void deliveryChanged(const QString &id);
    void applyDeliveryChanges();
    void showSelectedEvent(qint64 requestId);

    CaptureSession m_session;
    CaptureSessionOptions m_options;
    std::unique_ptr<StoreJanitor> m_janitor;
    ApiServer m_api;
    QByteArray m_apiToken;
    QString m_apiProblem;
    QString m_searchProblem;

    EventTableModel *m_model = nullptr;
    EventTableView *m_view = nullptr;
    EventDetailView *m_detail = nullptr;
    SearchField *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_urls = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_captureAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_apiAction = nullptr;
    QElapsedTimer m_passShown; ///< when a full pass last showed its progress
    QAction *m_secretsAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_resendAction = nullptr;
    QAction *m_editResendAction = nullptr;
    QAction *m_resendFilteredAction = nullptr;

    std::unique_ptr<DeliveryStore> m_deliveryStore; ///< targets and deliveries, for the window
    DeliveriesWindow *m_deliveriesWindow = nullptr;
    QSet<QString> m_changedDeliveries; ///< shown at the next changes tick

    QList<ListenerConfig> m_listenerConfigs; ///< as running (free ports replaced by the chosen)
    QList<int> m_listenerIds;
    QStringList m_listenerUrls;
    qint64 m_shownId = 0; ///< the request the detail view shows

    // Store changes arrive from other threads at any rate; they reach the list in one
    // update per tick, at most 100 ms after they happened.
    QTimer m_changesTimer;
    qint64 m_committedUpTo = 0;
    qint64 m_inspectedFrom = 0;
    qint64 m_inspectedUpTo = 0;
    bool m_reinspected = false;

    QTimer m_statusTimer;
    QElapsedTimer m_rateClock;
    qint64 m_rateBase = 0;
    double m_rate = 0;
    qint64 m_storedTotal = 0;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false; ///< Quit chosen: closing the window ends Hookbench even with a tray
    bool m_closing = false;
    bool m_stopped = false;
};

} // namespace Hookbench
