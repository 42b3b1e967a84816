#include "mainwindow.h"

#include "appsettings.h"
#include "delivery/deliverystore.h"
#include "detail/eventdetailview.h"
#include "detail/signaturepage.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "searchfield.h"
#include "store/storejanitor.h"
#include "trayicon.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hookbench {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString followKey = QStringLiteral("window/follow");

} // namespace

MainWindow::MainWindow(const CaptureSessionOptions &options,
                       const QString &apiListen,
                       const QByteArray &apiToken,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_apiToken(apiToken.isEmpty() ? ApiServer::generateToken() : apiToken)
    , m_model(new EventTableModel(this))
{
    setWindowTitle(tr("Hookbench"));
    resize(1200, 760);
    createActions();
    createMenus();
    createToolbar();
    createCentralWidget();

    m_changesTimer.setSingleShot(true);
    m_changesTimer.setInterval(100);
    connect(&m_changesTimer, &QTimer::timeout, this, &MainWindow::applyStoreChanges);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    startCapture(options);
    startConfiguredApi(apiListen);
    restoreLayout();
    // Made even without a tray on the desktop: it stays hidden there, and the settings it
    // applies remain testable.
    m_tray = new TrayIcon(this, m_captureAction, this);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        close();
    });
    applyTraySettings(AppSettings::load());
    updateStatus();
}

void MainWindow::applyRetention(const RetentionPolicy &policy)
{
    if (m_janitor && !policy.isEmpty())
        m_janitor->purge(policy);
}

void MainWindow::activate()
{
    show();
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_copyUrlAction = new QAction(tr("Copy URL"), this);
    m_copyUrlAction->setObjectName(QStringLiteral("copyUrlAction"));
    m_copyUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyUrlAction->setToolTip(tr("Copy the capture URL to the clipboard (Ctrl+Shift+C)"));
    connect(m_copyUrlAction, &QAction::triggered, this, [this] {
        if (!m_listenerUrls.isEmpty())
            QGuiApplication::clipboard()->setText(m_listenerUrls.first());
    });

    m_captureAction = new QAction(tr("Capturing"), this);
    m_captureAction->setObjectName(QStringLiteral("captureAction"));
    m_captureAction->setCheckable(true);
    m_captureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_captureAction->setToolTip(tr("Start or stop the listeners (Ctrl+R)"));
    connect(m_captureAction, &QAction::toggled, this, &MainWindow::setCapturing);

    m_followAction = new QAction(tr("Follow new events"), this);
    m_followAction->setObjectName(QStringLiteral("followAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(QSettings().value(followKey, true).toBool());
    m_followAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_followAction->setToolTip(tr("Keep the newest event in view (F5)"));
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            followNewest();
    });

    m_clearAction = new QAction(tr("Clear…"), this);
    m_clearAction->setObjectName(QStringLiteral("clearAction"));
    m_clearAction->setToolTip(tr("Delete every stored event"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearAll);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::removeSelected);

    m_findAction = new QAction(tr("Find in Body"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_detail->findInBody(); });

    m_focusSearchAction = new QAction(tr("Search Events"), this);
    m_focusSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusSearchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts(
        {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);

    m_apiAction = new QAction(tr("Automation &API…"), this);
    m_apiAction->setObjectName(QStringLiteral("apiSettingsAction"));
    connect(m_apiAction, &QAction::triggered, this, &MainWindow::editApiSettings);
    m_secretsAction = new QAction(tr("Signing &Secrets…"), this);
    m_secretsAction->setObjectName(QStringLiteral("secretsAction"));
    m_secretsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_secretsAction, &QAction::triggered, this, [this] { manageSecrets(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_copyUrlAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addAction(m_apiAction);
    file->addAction(m_secretsAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_quitting = true;
        close();
    });
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addAction(m_focusSearchAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addAction(m_clearAction);

    QMenu *capture = menuBar()->addMenu(tr("&Capture"));
    capture->addAction(m_captureAction);
    capture->addAction(m_followAction);

    createDeliveryActions(menuBar()->addMenu(tr("&Deliveries")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hookbench"), this, [this] {
        QMessageBox::about(
            this,
            tr("About Hookbench"),
            tr("Hookbench %1\nA webhook workbench: capture, inspect, verify and "
               "replay webhooks, all on your machine.\n\nBuilt with Qt %2.")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolbar()
{
    auto *toolbar = addToolBar(tr("Capture"));
    toolbar->setObjectName(QStringLiteral("captureToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_captureAction);
    m_urls = new QLabel(this);
    m_urls->setObjectName(QStringLiteral("listenerUrls"));
    m_urls->setTextFormat(Qt::PlainText);
    m_urls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urls->setContentsMargins(6, 0, 6, 0);
    toolbar->addWidget(m_urls);
    toolbar->addAction(m_copyUrlAction);
    toolbar->addSeparator();
    toolbar->addAction(m_followAction);
    toolbar->addAction(m_clearAction);
    toolbar->addSeparator();
    m_search = new SearchField(this);
    m_search->setMinimumWidth(320);
    toolbar->addWidget(m_search);
    connect(m_search, &SearchField::queryChanged, this, [this](const SearchQuery &query) {
        RequestFilter filter;
        filter.search = query;
        m_model->setFilter(filter);
        updateEmptyHint();
        updateStatus();
    });
    connect(m_search, &SearchField::problemChanged, this, [this](const QString &message) {
        if (!message.isEmpty())
            showProblem(tr("Search not applied. %1").arg(message));
        else
            hideProblem(m_searchProblem);
        m_searchProblem = message.isEmpty() ? QString() : tr("Search not applied. %1").arg(message);
    });
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_problem = new QLabel(central);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                            "padding: 8px; border-bottom: 1px solid #f5c6cb; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *listArea = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyHint = new QLabel(listArea);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setContentsMargins(24, 24, 24, 24);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(m_emptyHint, 1);
    m_view = new EventTableView(listArea);
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_resendAction);
    m_view->addAction(m_editResendAction);
    m_view->addAction(m_deleteAction);
    listLayout->addWidget(m_view, 1);
    m_detail = new EventDetailView(m_splitter);
    connect(m_detail->signaturePage(),
            &SignaturePage::manageSecretsRequested,
            this,
            &MainWindow::manageSecrets);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_splitter->addWidget(listArea);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::showCurrentEvent);
    // Resets (new filter, deletions) drop the selection; the shown event goes with it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrentEvent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followAction->isChecked())
            followNewest();
        updateEmptyHint();
    });
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(windowStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({height() * 3 / 5, height() * 2 / 5});
    m_view->restoreState();
    m_model->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                  m_view->horizontalHeader()->sortIndicatorOrder());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(followKey, m_followAction->isChecked());
    m_view->saveState();
}

void MainWindow::startCapture(const CaptureSessionOptions &options)
{
    QString error;
    if (!m_session.openStore(options, &error)) {
        showProblem(tr("Nothing is being captured: the store cannot be opened. %1\n"
                       "Choose another location in Settings or with --db PATH.")
                        .arg(error));
        m_emptyHint->setText(tr("Nothing is being captured."));
        m_captureAction->setEnabled(false);
        m_view->hide();
        return;
    }
    if (!m_model->open(options.store, &error))
        showProblem(tr("The stored events cannot be read: %1").arg(error));
    m_detail->setCatalogs(m_session.catalogs());
    m_detail->setSecrets(m_session.secrets());
    startDeliveries(options.store);
    m_api.setDeliveries(m_session.deliveries());
    if (SecretBook *secrets = m_session.secrets()) {
        connect(secrets, &SecretBook::vaultProblemChanged, this, [this](const QString &problem) {
            if (!problem.isEmpty())
                showProblem(problem);
        });
        if (!secrets->vaultProblem().isEmpty())
            showProblem(secrets->vaultProblem());
    }
    m_janitor = std::make_unique<StoreJanitor>(options.store);
    connect(m_janitor.get(), &StoreJanitor::removed, this, [this](const QList<qint64> &ids) {
        m_storedTotal = qMax<qint64>(0, m_storedTotal - ids.size());
    });
    connect(m_janitor.get(), &StoreJanitor::finished, this, [this](qint64, const QString &failure) {
        reloadKeepingSelection();
        if (!failure.isEmpty())
            showProblem(tr("Deleting events stopped: %1").arg(failure));
        updateEmptyHint();
    });
    m_storedTotal = m_model->store()->count();
    m_rateBase = m_session.writer()->committedCount();
    m_rateClock.start();

    connect(
        m_session.writer(), &StoreWriter::committed, this, [this](const QList<RequestRow> &rows) {
            if (rows.isEmpty())
                return;
            m_storedTotal += rows.size();
            m_committedUpTo = qMax(m_committedUpTo, rows.last().id);
            if (m_tray) // notifies while the window is hidden in the tray
                m_tray->eventsArrived(int(rows.size()), rows.last().event.eventName);
            if (!m_changesTimer.isActive())
                m_changesTimer.start();
        });
    if (Reinspector *reinspector = m_session.reinspector()) {
        connect(reinspector, &Reinspector::inspected, this, [this](qint64 first, qint64 last) {
            m_inspectedFrom = m_inspectedFrom ? qMin(m_inspectedFrom, first) : first;
            m_inspectedUpTo = qMax(m_inspectedUpTo, last);
            if (!m_changesTimer.isActive())
                m_changesTimer.start();
        });
        connect(reinspector, &Reinspector::progress, this, [this](qint64 done) {
            // A pass over a large store takes a while: say so, a few times a second at most.
            if (m_passShown.isValid() && m_passShown.elapsed() < 250)
                return;
            m_passShown.start();
            statusBar()->showMessage(
                tr("Checking stored events again (signatures, catalogs): %1 of %2…")
                    .arg(QLocale().toString(done), QLocale().toString(m_storedTotal)));
        });
        connect(reinspector, &Reinspector::finished, this, [this] {
            statusBar()->clearMessage();
            m_passShown.invalidate();
            m_reinspected = true;
            if (!m_changesTimer.isActive())
                m_changesTimer.start();
        });
    }
    connect(m_session.writer(),
            &StoreWriter::healthChanged,
            this,
            [this](bool healthy, const QString &reason) {
                if (healthy)
                    m_problem->hide();
                else
                    showProblem(tr("%1\nRequests are answered with 503 (so providers retry) "
                                   "until writing works again.")
                                    .arg(reason));
            });
    m_listenerConfigs = options.listeners;
    const QSignalBlocker blocker(m_captureAction);
    setCapturing(true);
    m_captureAction->setChecked(!m_listenerIds.isEmpty());
}

void MainWindow::setCapturing(bool capturing)
{
    CaptureService *service = m_session.service();
    if (!service)
        return;
    for (const int id : std::as_const(m_listenerIds))
        service->removeListener(id);
    m_listenerIds.clear();
    m_listenerUrls.clear();
    QStringList problems;
    if (capturing) {
        for (ListenerConfig &config : m_listenerConfigs) {
            QString error;
            const auto info = m_session.addListener(config, &error);
            if (!info) {
                problems.append(tr("%1. Is another program using that port? Change it in "
                                   "Settings, or start Hookbench with --listen 127.0.0.1:0 to "
                                   "pick a free one.")
                                    .arg(error));
                continue;
            }
            config.port = info->port; // a restart keeps the URL the provider was given
            m_listenerIds.append(info->id);
            m_listenerUrls.append(info->url().toString());
        }
    }
    m_urls->setText(m_listenerUrls.isEmpty()
                        ? (capturing ? tr("no listener is running") : tr("stopped"))
                        : m_listenerUrls.join(QStringLiteral("  ")));
    m_copyUrlAction->setEnabled(!m_listenerUrls.isEmpty());
    m_captureAction->setText(m_listenerIds.isEmpty() ? tr("Start capturing")
                                                     : tr("Stop capturing"));
    setWindowTitle(m_listenerUrls.isEmpty()
                       ? tr("Hookbench")
                       : tr("Hookbench — %1").arg(m_listenerUrls.join(QStringLiteral(", "))));
    if (!problems.isEmpty())
        showProblem(problems.join(u'\n'));
    updateEmptyHint();
}

void MainWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void MainWindow::hideProblem(const QString &message)
{
    if (!message.isEmpty() && m_problem->text() == message)
        m_problem->hide();
}

void MainWindow::reloadKeepingSelection()
{
    const qint64 shown = m_shownId;
    m_model->reload();
    if (const int row = m_model->cachedRowOf(shown); shown && row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void MainWindow::applyStoreChanges()
{
    if (std::exchange(m_reinspected, false)) {
        // A full pass may have changed any row's event, and which rows a filter matches.
        reloadKeepingSelection();
        m_inspectedFrom = m_inspectedUpTo = 0;
    }
    if (m_committedUpTo)
        m_model->storeCommitted(std::exchange(m_committedUpTo, 0));
    if (m_inspectedUpTo)
        m_model->storeInspected(std::exchange(m_inspectedFrom, 0),
                                std::exchange(m_inspectedUpTo, 0));
    applyDeliveryChanges();
    updateEmptyHint();
}

void MainWindow::followNewest()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_model->isNewestFirst())
        m_view->scrollToTop();
    else
        m_view->scrollToBottom();
}

void MainWindow::showCurrentEvent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(EventTableModel::IdRole).toLongLong() : 0;
    if (id == m_shownId)
        return;
    m_shownId = id;
    const std::optional<CapturedRequest> request
        = id ? m_model->store()->request(id) : std::nullopt;
    if (!request) {
        m_shownId = 0;
        m_detail->clear();
        showDeliveriesOfShownEvent();
        return;
    }
    m_detail->showRequest(*request, m_model->store()->event(id));
    showDeliveriesOfShownEvent();
    // Reading an older event is not following the newest one any more.
    if (current.row() != 0 && m_model->isNewestFirst() && m_view->hasFocus())
        m_followAction->setChecked(false);
}

void MainWindow::removeSelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(EventTableModel::IdRole).toLongLong());
    ids.removeAll(0);
    if (ids.isEmpty() || !m_janitor)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Delete events"),
        tr("Delete %n selected event(s) from the store? This cannot be undone.",
           nullptr,
           int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_janitor->removeRequests(ids);
}

void MainWindow::clearAll()
{
    if (!m_janitor || m_storedTotal == 0)
        return;
    const auto answer
        = QMessageBox::warning(this,
                               tr("Clear the store"),
                               tr("Delete all %n stored event(s)? This cannot be undone.",
                                  nullptr,
                                  int(qMin<qint64>(m_storedTotal, INT_MAX))),
                               QMessageBox::Yes | QMessageBox::Cancel,
                               QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_janitor->purge(RetentionPolicy {0, 0, true});
}

void MainWindow::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_view->setVisible(!empty);
    if (!empty)
        return;
    if (!m_search->text().trimmed().isEmpty())
        m_emptyHint->setText(tr("No event matches this search."));
    else if (m_listenerUrls.isEmpty())
        m_emptyHint->setText(tr("Not capturing. Start capturing to receive webhooks."));
    else
        m_emptyHint->setText(
            tr("Waiting for webhooks.\n\nPoint your provider (or a tunnel) at %1 — every "
               "request that arrives is stored exactly and shows up here.")
                .arg(m_listenerUrls.first()));
}

void MainWindow::updateStatus()
{
    if (m_rateClock.isValid() && m_rateClock.elapsed() >= 900) {
        const qint64 committed = m_session.writer()->committedCount();
        m_rate = double(committed - m_rateBase) * 1000.0 / double(m_rateClock.restart());
        m_rateBase = committed;
    }
    const QString path = m_session.writer()->path();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    QStringList parts;
    if (m_model->total() != m_storedTotal)
        parts.append(
            tr("%1 of %2 events shown")
                .arg(QLocale().toString(m_model->total()), QLocale().toString(m_storedTotal)));
    else
        parts.append(tr("Events: %1").arg(QLocale().toString(m_storedTotal)));
    parts.append(tr("%1/s").arg(QLocale().toString(m_rate, 'f', m_rate < 10 ? 1 : 0)));
    parts.append(tr("Store: %1 (%2)").arg(path, QLocale().formattedDataSize(bytes)));
    if (m_api.url().isValid())
        parts.append(tr("API: %1").arg(m_api.url().toString()));
    m_status->setText(parts.join(QStringLiteral("   ·   ")));
    if (m_tray)
        m_tray->setStatus(m_listenerUrls, m_storedTotal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stopped) {
        event->accept();
        return;
    }
    // With a notification-area icon, closing the window keeps Hookbench capturing there.
    if (m_tray && m_tray->isVisible() && !m_quitting) {
        saveLayout();
        hide();
        event->ignore();
        return;
    }
    // Requests in flight are still stored and answered before the window goes away.
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    saveLayout();
    statusBar()->showMessage(tr("Finishing requests in flight…"));
    connect(&m_session, &CaptureSession::stopped, this, [this] {
        m_stopped = true;
        close();
    });
    m_api.stop();
    m_janitor.reset();
    m_session.shutdown(5000);
}

} // namespace Hookbench
