#include "trayicon.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QWidget>

namespace Hookbench {

TrayIcon::TrayIcon(QWidget *window, QAction *captureAction, QObject *parent)
    : QObject(parent), m_window(window)
{
    setObjectName(QStringLiteral("trayIcon"));
    m_icon.setIcon(QGuiApplication::windowIcon());
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show Hookbench"), this, &TrayIcon::showWindow);
    menu->addAction(captureAction);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_icon.setContextMenu(menu);
    connect(
        &m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    // Notifications are gathered: a burst of a thousand events is one message, not a thousand.
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(3000);
    connect(&m_notifyTimer, &QTimer::timeout, this, &TrayIcon::flushNotification);
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setVisible(bool visible)
{
    m_wanted = visible;
    m_icon.setVisible(visible && isAvailable());
}

void TrayIcon::setStatus(const QStringList &urls, qint64 events)
{
    m_icon.setToolTip(urls.isEmpty() ? tr("Hookbench — not capturing (%n event(s) stored)",
                                          nullptr,
                                          int(qMin<qint64>(events, INT_MAX)))
                                     : tr("Hookbench — capturing on %1 (%n event(s) stored)",
                                          nullptr,
                                          int(qMin<qint64>(events, INT_MAX)))
                                           .arg(urls.join(QStringLiteral(", "))));
}

void TrayIcon::eventsArrived(int count, const QString &latestType)
{
    if (!m_notify || !m_icon.isVisible() || m_window->isVisible() || count <= 0)
        return;
    m_unannounced += count;
    if (!latestType.isEmpty())
        m_latestType = latestType;
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void TrayIcon::flushNotification()
{
    if (m_unannounced == 0 || m_window->isVisible())
        return;
    const QString message
        = m_latestType.isEmpty()
              ? tr("%n new request(s) captured.", nullptr, m_unannounced)
              : tr("%n new request(s) captured; the latest: %1.", nullptr, m_unannounced)
                    .arg(m_latestType);
    m_icon.showMessage(tr("Hookbench"), message, QSystemTrayIcon::Information, 5000);
    m_unannounced = 0;
    m_latestType.clear();
}

void TrayIcon::showWindow()
{
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Hookbench
