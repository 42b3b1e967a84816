#pragma once

#include "listenerstate.h"

#include <QTcpServer>

#include <functional>

namespace Hookbench {

/// A listening socket that hands each accepted connection to a capture thread.
class CaptureListener final : public QTcpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(qintptr, const ListenerStatePtr &)>;

    CaptureListener(ListenerStatePtr state, Dispatch dispatch, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CaptureListener)

    const ListenerStatePtr &state() const { return m_state; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ListenerStatePtr m_state;
    Dispatch m_dispatch;
};

} // namespace Hookbench
