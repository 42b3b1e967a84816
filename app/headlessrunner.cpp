#include "headlessrunner.h"

#include "commandline.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace Hookbench {

namespace {
constexpr int drainTimeoutMs = 10'000;
}

HeadlessRunner::HeadlessRunner(QObject *parent) : QObject(parent), m_out(stdout), m_err(stderr) { }

int HeadlessRunner::start(const CommandLine &commandLine)
{
    m_quiet = commandLine.quiet;
    m_uptime.start();
    QString error;
    if (!m_session.openStore(commandLine.session, &error)) {
        m_err << "hookbench: " << error << Qt::endl;
        return 1;
    }
    m_api.setDeliveries(m_session.deliveries());
    connect(m_session.writer(), &StoreWriter::committed, this, &HeadlessRunner::printCaptured);
    connect(m_session.writer(),
            &StoreWriter::healthChanged,
            this,
            [this](bool healthy, const QString &reason) {
                if (healthy)
                    m_err << "hookbench: the store is writable again; capturing resumes"
                          << Qt::endl;
                else
                    m_err << "hookbench: " << reason << " - answering 503 until writing works again"
                          << Qt::endl;
            });
    for (const ListenerConfig &config : commandLine.session.listeners) {
        const auto info = m_session.addListener(config, &error);
        if (!info) {
            m_err << "hookbench: " << error << Qt::endl;
            return 1;
        }
        m_out << "Listening on " << info->url().toString() << " (" << info->name << ")" << Qt::endl;
    }
    if (!commandLine.apiListen.isEmpty()) {
        const auto where = ListenerConfig::parseListen(commandLine.apiListen, &error);
        const bool generated = commandLine.apiToken.isEmpty();
        const QByteArray token = generated ? ApiServer::generateToken() : commandLine.apiToken;
        if (!m_api.start(where->address, where->port, commandLine.session.store, token, &error)) {
            m_err << "hookbench: " << error << Qt::endl;
            return 1;
        }
        QJsonArray listeners;
        for (const ListenerInfo &info : m_session.service()->listeners())
            listeners.append(QJsonObject {{QStringLiteral("name"), info.name},
                                          {QStringLiteral("url"), info.url().toString()}});
        m_api.setListeners(listeners);
        m_out << "API on " << m_api.url().toString() << "/v1/";
        if (generated)
            m_out << " (token: " << token << ")";
        m_out << Qt::endl;
    }
    m_out << "Storing into " << m_session.writer()->path() << "; Ctrl+C stops" << Qt::endl;

    auto *signals_ = new TerminationSignals(this);
    connect(signals_, &TerminationSignals::terminationRequested, this, &HeadlessRunner::stop);
    connect(&m_session, &CaptureSession::stopped, this, [this] {
        // Queued behind the writer's last committed() notifications, so the count is whole.
        QMetaObject::invokeMethod(
            this,
            [this] {
                printSummary();
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    });
    return -1;
}

void HeadlessRunner::printCaptured(const QList<RequestRow> &requests)
{
    for (const RequestRow &r : requests) {
        ++m_captured;
        if (r.error != CaptureError::None)
            ++m_failed;
        if (m_quiet)
            continue;
        m_out << publicRequestId(r.id) << ' ' << (r.method.isEmpty() ? "-" : r.method) << ' '
              << (r.target.isEmpty() ? QByteArray("-") : r.target) << ' ' << r.bodySize << " B "
              << r.responseStatus;
        if (r.error != CaptureError::None)
            m_out << ' ' << captureErrorName(r.error);
        m_out << '\n';
    }
    m_out.flush();
}

void HeadlessRunner::stop(int signalCount)
{
    if (signalCount > 1) {
        m_err << "hookbench: stopping now without waiting for open requests" << Qt::endl;
        printSummary();
        std::fflush(nullptr);
        std::_Exit(130);
    }
    m_err << "hookbench: finishing requests in flight (press Ctrl+C again to stop now)" << Qt::endl;
    m_session.shutdown(drainTimeoutMs);
}

void HeadlessRunner::printSummary()
{
    m_out << "Captured " << m_captured << " request" << (m_captured == 1 ? "" : "s") << " ("
          << m_failed << " with errors) in " << QString::number(m_uptime.elapsed() / 1000.0, 'f', 1)
          << " s; store: " << m_session.writer()->path() << Qt::endl;
}

} // namespace Hookbench
