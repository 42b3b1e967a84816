#pragma once

#include "delivery/deliveryengine.h"
#include "delivery/deliverystore.h"
#include "store/storewriter.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// What the engine tests share: a fresh store made by the capture writer, an engine on it
/// (recording every deliveryFinished), a reader of the delivery rows, and request building.
class DeliveryFixture : public QObject
{
protected:
    void setUp(); ///< from init()
    void tearDown(); ///< from cleanup()

    void startEngine(Hookbench::DeliveryEngine::Recovery recovery
                     = Hookbench::DeliveryEngine::Recovery::TakeOver,
                     Hookbench::DeliveryEngine::SecretResolver resolver = {});
    /// A sample webhook stored through the writer, read back as a resend reads it.
    Hookbench::CapturedRequest storedWebhook(const QByteArray &body);
    Hookbench::DeliveryOrder order(const Hookbench::CapturedRequest &request,
                                   const QByteArray &url,
                                   const Hookbench::DeliverySettings &settings = quick(),
                                   const Hookbench::ResendEdits &edits = {});
    /// Whether the group that `groupId` started has ended (deliveryFinished for one of its rows).
    bool ended(const QString &groupId);
    /// One attempt, a 10 s timeout, and short backoffs.
    static Hookbench::DeliverySettings quick();
    /// A port on 127.0.0.1 nothing listens on.
    static quint16 closedPort();

    std::unique_ptr<QTemporaryDir> m_dir;
    Hookbench::StoreOptions m_options;
    std::unique_ptr<Hookbench::StoreWriter> m_writer;
    std::unique_ptr<Hookbench::DeliveryEngine> m_engine;
    std::unique_ptr<Hookbench::DeliveryStore> m_store;
    QStringList m_finished;
};
