#include "capturetestclient.h"

#include <QDeadlineTimer>

QByteArray TestReply::header(QByteArrayView name) const
{
    for (const auto &[field, value] : headers) {
        if (field.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawClient::connectTo(quint16 port, const QHostAddress &host)
{
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(5000);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawClient::fill(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}

std::optional<TestReply> RawClient::readReply(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            TestReply reply;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            reply.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            const qsizetype length = reply.header("Content-Length").toLongLong();
            if (m_buffer.size() >= headEnd + 4 + length) {
                reply.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                return reply;
            }
        }
        if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
}

bool RawClient::expectBytes(const QByteArray &bytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < bytes.size()) {
        if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    if (!m_buffer.startsWith(bytes))
        return false;
    m_buffer.remove(0, bytes.size());
    return true;
}

bool RawClient::waitForClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        if (m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    return true;
}

QByteArray RawClient::readUntil(const QByteArray &needle, int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.count(needle) < count) {
        if (deadline.hasExpired() || !fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return std::exchange(m_buffer, {});
}
