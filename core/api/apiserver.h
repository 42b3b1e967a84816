#pragma once

#include "store/storeoptions.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

class QThread;

namespace Hookbench {

class DeliveryEngine;

/// The local automation API over HTTP, on its own thread with its own store connection, so
/// scripts never slow down capture or the window.
class ApiServer final : public QObject
{
    Q_OBJECT
public:
    /// The largest request body taken (413 beyond): a resend's replacement body as base64,
    /// up to the largest body capture keeps (25 MiB).
    static constexpr qint64 maxBodyBytes = 34 * 1024 * 1024;

    explicit ApiServer(QObject *parent = nullptr);
    ~ApiServer() override;
    Q_DISABLE_COPY_MOVE(ApiServer)

    /// Opens the store and listens; returns false with a message when either fails.
    bool start(const QHostAddress &address,
               quint16 port,
               const StoreOptions &store,
               const QByteArray &token,
               QString *error);
    void stop();
    /// Where it serves; invalid when it is not running.
    QUrl url() const { return m_url; }

    /// What /v1/stats reports as listeners.
    void setListeners(const QJsonArray &listeners);
    /// The engine `POST /v1/webhook-events/{id}/resend` submits to (from the API thread, see
    /// DeliveryEngine::submit()); null: it answers 503. Before or after start(); the engine
    /// must outlive this server, or be replaced by null first.
    void setDeliveries(DeliveryEngine *engine);

    /// A new random token for when the user gave none.
    static QByteArray generateToken();

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    DeliveryEngine *m_deliveries = nullptr;
    QUrl m_url;
};

} // namespace Hookbench
