#include "capturelistener.h"

namespace Hookbench {

CaptureListener::CaptureListener(ListenerStatePtr state, Dispatch dispatch, QObject *parent)
    : QTcpServer(parent), m_state(std::move(state)), m_dispatch(std::move(dispatch))
{
    // The connection limit is answered with 503 by the capture thread, not by the kernel's
    // backlog, so accept everything here.
    setMaxPendingConnections(1 << 16);
}

void CaptureListener::incomingConnection(qintptr socketDescriptor)
{
    m_dispatch(socketDescriptor, m_state);
}

} // namespace Hookbench
