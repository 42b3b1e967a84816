#include "gracefulclose.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace Hookbench {

namespace {

void stopSending(QTcpSocket *socket)
{
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#endif
}

} // namespace

void closeGracefully(QTcpSocket *socket, int lingerMs)
{
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        return;
    }
    // From now on whatever arrives is read and dropped, so the kernel never resets the
    // connection over unread bytes.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    socket->readAll();
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
    auto halfClose = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            stopSending(socket);
    };
    socket->flush();
    if (socket->bytesToWrite() == 0)
        halfClose();
    else
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
}

} // namespace Hookbench
