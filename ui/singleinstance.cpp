#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace Hookbench {

namespace {
constexpr int timeoutMs = 1000;
const QByteArray activateMessage = "activate\n";
const QByteArray acknowledgement = "ok\n";

QString nameFor(const QString &storePath)
{
    // Per user (the socket lives in a per-user place on every platform Qt supports, but the
    // name is global on Windows) and per store, whichever way its path was spelled.
    QFileInfo info(storePath);
    const QString canonical
        = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray key = qgetenv("USER") + qgetenv("USERNAME") + '\0' + canonical.toUtf8();
    return QStringLiteral("hookbench-")
           + QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}
} // namespace

SingleInstance::SingleInstance(const QString &storePath, QObject *parent)
    : QObject(parent), m_name(nameFor(storePath))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == activateMessage) {
                    socket->write(acknowledgement);
                    socket->flush();
                    emit activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::activateRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(timeoutMs)) {
        socket.write(activateMessage);
        socket.flush();
        // Only an answer proves a live instance; a hung one is treated like none.
        while (!socket.canReadLine() && socket.waitForReadyRead(timeoutMs)) { }
        if (socket.canReadLine() && socket.readLine() == acknowledgement)
            return true;
    }
    // No instance (or a socket file left by one that crashed): this one becomes the first.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name)) {
        QLocalServer::removeServer(m_name);
        m_server.listen(m_name);
    }
    return false;
}

} // namespace Hookbench
