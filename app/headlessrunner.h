#pragma once

#include "api/apiserver.h"
#include "capture/capturesession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace Hookbench {

struct CommandLine;

/// Headless mode: capture, print one line per stored request, drain on SIGINT/SIGTERM and
/// print a summary.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRunner(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

    /// Starts capturing; returns the process exit code to use if it could not start, else -1.
    int start(const CommandLine &commandLine);

private:
    void printCaptured(const QList<RequestRow> &requests);
    void stop(int signalCount);
    void printSummary();

    CaptureSession m_session;
    ApiServer m_api;
    QTextStream m_out;
    QTextStream m_err;
    QElapsedTimer m_uptime;
    qint64 m_captured = 0;
    qint64 m_failed = 0;
    bool m_quiet = false;
};

} // namespace Hookbench
