#pragma once

#include "capture/httpresponse.h"
#include "store/requeststore.h"

#include <QJsonArray>

namespace Hookbench {

class DeliveryEngine;
class DeliveryStore;

/// Answers the local automation API (`/v1/...`) from a store: what to answer for one parsed
/// request. Knows nothing of sockets.
class ApiRouter final
{
public:
    /// token: the bearer token every call must carry.
    ApiRouter(RequestStore *store, QByteArray token);

    HttpResponse handle(const CapturedRequest &request);

    /// What /v1/stats reports as listeners (a snapshot the owner keeps current).
    void setListeners(const QJsonArray &listeners) { m_listeners = listeners; }
    void setStorePath(const QString &path) { m_storePath = path; }
    /// Where `/deliveries` reads from and `/resend` submits to (either may be null: no
    /// deliveries are listed, resending answers 503).
    void setDeliveries(DeliveryStore *store, DeliveryEngine *engine)
    {
        m_deliveryStore = store;
        m_engine = engine;
    }

private:
    HttpResponse listEvents(const QByteArray &query);
    HttpResponse event(qint64 id, const QByteArray &part, const QByteArray &method);
    HttpResponse resend(qint64 id, const QByteArray &body);
    HttpResponse deliveries(qint64 id);
    HttpResponse stats();

    RequestStore *m_store;
    QByteArray m_token;
    QJsonArray m_listeners;
    QString m_storePath;
    DeliveryStore *m_deliveryStore = nullptr;
    DeliveryEngine *m_engine = nullptr;
};

} // namespace Hookbench
