#pragma once

#include <QLocalServer>
#include <QObject>

namespace Hookbench {

/// One window per store: the first Hookbench to open a store listens on a local socket named
/// after it; a second one started for the same store asks it to show its window and exits,
/// instead of fighting over the listener port and the store. Another store, another instance.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &storePath, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    /// True when another instance has this store and was asked to show itself (this one
    /// should exit); false when this is the first (it now answers later ones).
    bool activateRunningInstance();
    /// The local socket's name (per user and store).
    QString serverName() const { return m_name; }

signals:
    /// A later instance was started for this store: show the window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace Hookbench
