#pragma once

#include <QObject>

namespace Hookbench {

/// Turns SIGINT and SIGTERM into a Qt signal delivered on the event loop (the handler itself
/// only writes a byte to a socket pair, the one async-signal-safe way to wake Qt).
class TerminationSignals final : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    Q_DISABLE_COPY_MOVE(TerminationSignals)

signals:
    /// count: how many termination signals arrived so far (the second one means "now").
    void terminationRequested(int count);

private:
    int m_count = 0;
};

} // namespace Hookbench
