#pragma once

class QTcpSocket;

namespace Hookbench {

/// Ends a connection the way HTTP servers must after a final answer to a client that may
/// still be sending (a 413 to an upload, say): send everything written, then stop sending
/// (half-close) while reading and discarding what still arrives, and close once the client
/// has gone or lingerMs have passed. Closing at once would make the kernel reset the
/// connection over the unread bytes, and the client would lose the answer.
/// The socket emits disconnected() when it is closed.
void closeGracefully(QTcpSocket *socket, int lingerMs = 2000);

} // namespace Hookbench
