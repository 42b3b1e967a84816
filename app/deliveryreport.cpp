#include "deliveryreport.h"

#include "delivery/deliveryengine.h"
#include "delivery/deliveryjson.h"
#include "delivery/deliverystore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace Hookbench {

int deliverAndReport(const StoreOptions &store,
                     const DeliveryOrder &order,
                     bool wait,
                     const QString &command,
                     QTextStream &out,
                     QTextStream &err)
{
    auto fail = [&](int code, const QString &message) {
        err << "hookbench " << command << ": " << message << Qt::endl;
        return code;
    };
    DeliveryEngine engine;
    QString error;
    // Deliveries of a window capturing into the same store are the window's to resume.
    if (!engine.start(store, &error, DeliveryEngine::Recovery::OwnOnly))
        return fail(1, error);
    QEventLoop loop;
    QString groupId;
    QString lastId;
    QString rejection;
    bool printed = false;
    DeliveryStore reader;
    if (!reader.open(store, &error))
        return fail(1, error);
    Delivery created;
    QObject::connect(&engine, &DeliveryEngine::deliveryChanged, &loop, [&](const QString &id) {
        if (!wait && !printed && id == groupId) {
            // The row exists: show it as it was created (it may have started by now).
            printed = true;
            out << QJsonDocument(deliveryJson(created)).toJson();
            out.flush();
        }
    });
    QObject::connect(&engine, &DeliveryEngine::deliveryFinished, &loop, [&](const QString &id) {
        const std::optional<Delivery> ended = reader.delivery(id);
        if (ended && ended->groupId == groupId) {
            lastId = id;
            loop.quit();
        }
    });
    QObject::connect(
        &engine, &DeliveryEngine::rejected, &loop, [&](const QString &id, const QString &reason) {
            if (id == groupId) {
                rejection = reason;
                loop.quit();
            }
        });
    groupId = engine.submit(order, &error, &created);
    if (groupId.isEmpty())
        return fail(2, error);
    loop.exec();
    if (!rejection.isEmpty())
        return fail(1, rejection);
    const std::optional<Delivery> last = reader.delivery(lastId);
    if (!last)
        return fail(1, reader.lastError());
    if (!wait)
        return 0; // sent as asked; the outcome is in the store
    out << QJsonDocument(deliveryJson(*last)).toJson();
    out.flush();
    return last->status == DeliveryStatus::Delivered ? 0 : 1;
}

} // namespace Hookbench
