#pragma once

#include "captureservice.h"
#include "delivery/deliveryengine.h"
#include "delivery/forwarder.h"
#include "inspect/catalogset.h"
#include "secrets/secretbook.h"
#include "store/reinspector.h"
#include "store/storewriter.h"

#include <QObject>

namespace Hookbench {

/// Everything a capturing Hookbench runs, whether headless or with a window.
struct CaptureSessionOptions
{
    StoreOptions store;
    QList<ListenerConfig> listeners;
    /// Two lets reading and answering overlap with the writer even on a two-core machine
    /// (measured: +10% requests/s at 64 connections, no cost with one).
    int captureThreads = defaultCaptureThreads();
    /// Where users keep their own provider catalogs (watched); empty: built-in catalogs only.
    QString catalogFolder = CatalogSet::defaultUserFolder();
    /// Derive events, signature verdicts and the search index (see Reinspector); off: store
    /// requests only.
    bool inspect = true;
    /// Where signing secrets' keys are kept.
    SecretsOptions secrets;

    static int defaultCaptureThreads();
};

/// Owns the store writer, the capture service and the delivery engine, started and stopped in
/// the right order: the store opens before any listener accepts, and listeners drain and
/// deliveries stop before the store closes.
class CaptureSession final : public QObject
{
    Q_OBJECT
public:
    explicit CaptureSession(QObject *parent = nullptr);
    ~CaptureSession() override;
    Q_DISABLE_COPY_MOVE(CaptureSession)

    /// Opens the store; returns false with a message when it cannot be opened.
    bool openStore(const CaptureSessionOptions &options, QString *error);
    /// Starts one listener (the store must be open).
    std::optional<ListenerInfo> addListener(const ListenerConfig &config, QString *error);

    /// Drains connections (up to drainTimeoutMs), commits what is queued, then emits stopped().
    void shutdown(int drainTimeoutMs);

    StoreWriter *writer() { return &m_writer; }
    CaptureService *service() { return m_service.get(); }
    /// The provider catalogs in use (null before openStore()).
    CatalogSet *catalogs() { return m_catalogs.get(); }
    /// Background re-inspection of stored requests (null before openStore()).
    Reinspector *reinspector() { return m_reinspector.get(); }
    /// Signing sources and secrets (null before openStore(), or when they cannot be read).
    SecretBook *secrets() { return m_secrets.get(); }
    /// Sends captured requests to targets, signing with the secrets above (null before
    /// openStore(), or when the store's deliveries cannot be opened).
    DeliveryEngine *deliveries() { return m_deliveries.get(); }
    /// Sends newly captured requests to targets by the forwarding rules (null before
    /// openStore(), or without inspection or deliveries).
    Forwarder *forwarder() { return m_forwarder.get(); }

signals:
    void stopped();

private:
    void startDeliveries(const StoreOptions &store);
    void startForwarding(const StoreOptions &store);

    std::unique_ptr<CatalogSet> m_catalogs;
    std::unique_ptr<SecretBook> m_secrets;
    StoreWriter m_writer;
    std::unique_ptr<Reinspector> m_reinspector;
    std::unique_ptr<DeliveryEngine> m_deliveries;
    std::unique_ptr<Forwarder> m_forwarder;
    std::unique_ptr<CaptureService> m_service;
    bool m_stopping = false;
};

} // namespace Hookbench
