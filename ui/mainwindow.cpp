#include "mainwindow.h"

#include "apisettingsdialog.h"
#include "recentrequestsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hookbench {

namespace {
const QString apiEnabledKey = QStringLiteral("api/enabled");
const QString apiListenKey = QStringLiteral("api/listen");
const QString defaultApiListen = QStringLiteral("127.0.0.1:8788");
} // namespace

MainWindow::MainWindow(const CaptureSessionOptions &options,
                       const QString &apiListen,
                       const QByteArray &apiToken,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_apiToken(apiToken.isEmpty() ? ApiServer::generateToken() : apiToken)
    , m_model(new RecentRequestsModel(10'000, this))
{
    setWindowTitle(tr("Hookbench"));
    resize(1000, 640);

    auto *toolbar = addToolBar(tr("Capture"));
    toolbar->setObjectName(QStringLiteral("captureToolbar"));
    toolbar->setMovable(false);
    m_urls = new QLabel(this);
    m_urls->setObjectName(QStringLiteral("listenerUrls"));
    m_urls->setTextFormat(Qt::PlainText);
    m_urls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(new QLabel(tr("Capturing on "), this));
    toolbar->addWidget(m_urls);
    QAction *copyUrl = toolbar->addAction(tr("Copy URL"), this, [this] {
        if (!m_listenerUrls.isEmpty())
            QGuiApplication::clipboard()->setText(m_listenerUrls.first());
    });
    copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(copyUrl);
    QAction *apiSettings
        = fileMenu->addAction(tr("Automation &API…"), this, &MainWindow::editApiSettings);
    apiSettings->setObjectName(QStringLiteral("apiSettingsAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Hookbench"), this, [this] {
        QMessageBox::about(this,
                           tr("About Hookbench"),
                           tr("Hookbench %1\nA webhook workbench: capture, inspect, verify and "
                              "replay webhooks, all on your machine.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problem = new QLabel(central);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                            "padding: 8px; border-bottom: 1px solid #f5c6cb; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_emptyHint = new QLabel(central);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); padding: 24px; }"));
    layout->addWidget(m_emptyHint, 1);
    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("requestTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->hide(); // until the first request arrives; the hint says where to send it
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RecentRequestsModel::Target,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(RecentRequestsModel::Id, 110);
    m_view->setColumnWidth(RecentRequestsModel::Received, 110);
    m_view->setColumnWidth(RecentRequestsModel::Status, 190);
    layout->addWidget(m_view);
    setCentralWidget(central);

    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(100);
    connect(&m_showTimer, &QTimer::timeout, this, &MainWindow::showCaptured);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);

    startCapture(options);
    const QSettings settings;
    if (!apiListen.isEmpty())
        startApi(true, apiListen);
    else
        startApi(settings.value(apiEnabledKey, false).toBool(),
                 settings.value(apiListenKey, defaultApiListen).toString());
    updateStatus();
}

void MainWindow::startApi(bool enabled, const QString &listen)
{
    m_api.stop();
    // A banner about an earlier failure to start goes once the API starts or is turned off.
    if (!m_apiProblem.isEmpty() && m_problem->text() == m_apiProblem)
        m_problem->hide();
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

MainWindow::~MainWindow() = default;

void MainWindow::startCapture(const CaptureSessionOptions &options)
{
    QString error;
    if (!m_session.openStore(options, &error)) {
        showProblem(tr("Nothing is being captured: the store cannot be opened. %1\n"
                       "Choose another location with --db PATH.")
                        .arg(error));
        m_emptyHint->setText(tr("Nothing is being captured."));
        return;
    }
    connect(m_session.writer(), &StoreWriter::committed, this, &MainWindow::onCaptured);
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
    QStringList problems;
    for (const ListenerConfig &config : options.listeners) {
        const auto info = m_session.addListener(config, &error);
        if (info)
            m_listenerUrls.append(info->url().toString());
        else
            problems.append(tr("%1. Is another program using that port? Start Hookbench with "
                               "--listen 127.0.0.1:0 to pick a free one.")
                                .arg(error));
    }
    m_urls->setText(m_listenerUrls.isEmpty() ? tr("(no listener)")
                                             : m_listenerUrls.join(QStringLiteral("  ")));
    m_emptyHint->setText(
        m_listenerUrls.isEmpty()
            ? tr("No listener is running.")
            : tr("Waiting for webhooks.\n\nPoint your provider (or a tunnel) at %1 — every "
                 "request that arrives is stored exactly and shows up here.")
                  .arg(m_listenerUrls.first()));
    if (!m_listenerUrls.isEmpty())
        setWindowTitle(tr("Hookbench — %1").arg(m_listenerUrls.join(QStringLiteral(", "))));
    if (!problems.isEmpty())
        showProblem(problems.join(u'\n'));
}

void MainWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void MainWindow::onCaptured(const QList<RequestRow> &requests)
{
    // A burst of thousands per second must not keep the GUI thread busy: requests are shown
    // in one model update per tick, at most 100 ms after they were stored.
    m_unshown += requests;
    if (!m_showTimer.isActive())
        m_showTimer.start();
}

void MainWindow::showCaptured()
{
    m_captured += m_unshown.size();
    m_model->prepend(std::exchange(m_unshown, {}));
    if (m_view->isHidden()) {
        m_emptyHint->hide();
        m_view->show();
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    QString text = tr("Captured this session: %1").arg(m_captured) + QStringLiteral("   ")
                   + tr("Store: %1").arg(m_session.writer()->path());
    if (m_api.url().isValid())
        text += QStringLiteral("   ") + tr("API: %1").arg(m_api.url().toString());
    m_status->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stopped) {
        event->accept();
        return;
    }
    // Requests in flight are still stored and answered before the window goes away.
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    statusBar()->showMessage(tr("Finishing requests in flight…"));
    connect(&m_session, &CaptureSession::stopped, this, [this] {
        m_stopped = true;
        close();
    });
    m_api.stop();
    m_session.shutdown(5000);
}

} // namespace Hookbench
