#pragma once

#include "capture/capturedrequest.h"

#include <QTcpSocket>

#include <optional>

/// One HTTP response as a raw test client saw it.
struct TestReply
{
    int status = 0;
    Hookbench::HeaderList headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

/// A raw TCP client for sending exact, malformed, slow or pipelined bytes.
class RawClient
{
public:
    bool connectTo(quint16 port, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost));
    void send(const QByteArray &bytes);
    /// Waits for one complete response (Content-Length framed); nothing on timeout.
    std::optional<TestReply> readReply(int timeoutMs = 10'000);
    /// Waits for exactly these bytes to arrive first (an interim response, say).
    bool expectBytes(const QByteArray &bytes, int timeoutMs = 5'000);
    /// Waits until `needle` has arrived `count` times; returns everything received so far.
    QByteArray readUntil(const QByteArray &needle, int count, int timeoutMs = 5'000);
    /// True when the server closes the connection within the time.
    bool waitForClosed(int timeoutMs = 5'000);
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill(int timeoutMs);
    QTcpSocket m_socket;
    QByteArray m_buffer;
};
