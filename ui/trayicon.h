#pragma once

#include <QSystemTrayIcon>
#include <QTimer>

class QAction;

namespace Hookbench {

/// The notification-area icon, where the platform has one: capture status in its tooltip, a
/// menu to show the window, start or stop capturing and quit, and a notification when events
/// arrive while the window is hidden (one per few seconds, however many arrive).
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    TrayIcon(QWidget *window, QAction *captureAction, QObject *parent = nullptr);
    ~TrayIcon() override;
    Q_DISABLE_COPY_MOVE(TrayIcon)

    static bool isAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }

    /// Shows or hides the icon; it shows only where the platform has a tray.
    void setVisible(bool visible);
    bool isVisible() const { return m_icon.isVisible(); }
    /// What setVisible() last asked for, whether or not the desktop could show it.
    bool isWanted() const { return m_wanted; }
    void setNotificationsEnabled(bool enabled) { m_notify = enabled; }
    bool notificationsEnabled() const { return m_notify; }
    /// Listener URLs and how many events are stored, for the tooltip.
    void setStatus(const QStringList &urls, qint64 events);
    /// Events were stored: notifies when the window is hidden.
    void eventsArrived(int count, const QString &latestType);

signals:
    void quitRequested();

private:
    void showWindow();
    void flushNotification();

    QWidget *m_window;
    QSystemTrayIcon m_icon;
    QTimer m_notifyTimer;
    bool m_wanted = false;
    bool m_notify = true;
    int m_unannounced = 0;
    QString m_latestType;
};

} // namespace Hookbench
