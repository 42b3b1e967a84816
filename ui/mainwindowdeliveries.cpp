// MainWindow: resending events, the deliveries views, targets and forwarding rules.
#include "mainwindow.h"

#include "delivery/deliverieswindow.h"
#include "delivery/deliveryengine.h"
#include "delivery/deliverystore.h"
#include "delivery/forwarder.h"
#include "delivery/forwardingrulesdialog.h"
#include "delivery/resenddialog.h"
#include "delivery/targetsdialog.h"
#include "detail/deliveriespage.h"
#include "detail/eventdetailview.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "searchfield.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <limits>

namespace Hookbench {

void MainWindow::createDeliveryActions(QMenu *menu)
{
    m_resendAction = menu->addAction(tr("&Resend…"), this, [this] { resend(false); });
    m_resendAction->setObjectName(QStringLiteral("resendAction"));
    m_resendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resendAction->setToolTip(tr("Send the selected events again, unchanged (Ctrl+Shift+R)"));
    m_editResendAction = menu->addAction(tr("&Edit and Resend…"), this, [this] { resend(true); });
    m_editResendAction->setObjectName(QStringLiteral("editResendAction"));
    m_editResendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_resendFilteredAction
        = menu->addAction(tr("Resend &All Listed Events…"), this, &MainWindow::resendFiltered);
    m_resendFilteredAction->setObjectName(QStringLiteral("resendFilteredAction"));
    menu->addSeparator();
    QAction *all = menu->addAction(tr("All &Deliveries"), this, &MainWindow::showAllDeliveries);
    all->setObjectName(QStringLiteral("allDeliveriesAction"));
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    menu->addSeparator();
    menu->addAction(tr("&Targets…"), this, [this] { manageTargets(this); });
    menu->addAction(tr("&Forwarding Rules…"), this, &MainWindow::manageForwardingRules);
    for (QAction *action : {m_resendAction, m_editResendAction, m_resendFilteredAction})
        action->setEnabled(false);
}

void MainWindow::startDeliveries(const StoreOptions &store)
{
    DeliveryEngine *engine = m_session.deliveries();
    if (!engine)
        return;
    auto reader = std::make_unique<DeliveryStore>();
    QString error;
    if (!reader->open(store, &error)) {
        showProblem(tr("Deliveries are unavailable: %1").arg(error));
        return;
    }
    m_deliveryStore = std::move(reader);
    connect(engine, &DeliveryEngine::deliveryChanged, this, &MainWindow::deliveryChanged);
    connect(
        engine, &DeliveryEngine::rejected, this, [this](const QString &, const QString &reason) {
            showProblem(tr("A delivery could not be queued: %1").arg(reason));
        });
    if (Forwarder *forwarder = m_session.forwarder()) {
        connect(forwarder, &Forwarder::ruleUnusable, this, [this](qint64, const QString &reason) {
            showProblem(tr("A forwarding rule sends nothing: %1").arg(reason));
        });
    }
    for (QAction *action : {m_resendAction, m_editResendAction, m_resendFilteredAction})
        action->setEnabled(true);
    DeliveriesPage *page = m_detail->deliveriesPage();
    connect(page, &DeliveriesPage::resendRequested, this, &MainWindow::resend);
    connect(page, &DeliveriesPage::retryRequested, engine, &DeliveryEngine::retry);
    connect(page, &DeliveriesPage::cancelRequested, engine, &DeliveryEngine::cancel);
}

void MainWindow::deliveryChanged(const QString &id)
{
    m_changedDeliveries.insert(id);
    if (m_deliveriesWindow)
        m_deliveriesWindow->deliveryChanged(id);
    if (!m_changesTimer.isActive())
        m_changesTimer.start();
}

void MainWindow::applyDeliveryChanges()
{
    if (m_changedDeliveries.isEmpty() || !m_deliveryStore)
        return;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    bool shownChanged = false;
    for (const QString &id : std::exchange(m_changedDeliveries, {})) {
        if (const std::optional<Delivery> delivery = m_deliveryStore->delivery(id)) {
            first = qMin(first, delivery->requestId);
            last = qMax(last, delivery->requestId);
            shownChanged = shownChanged || delivery->requestId == m_shownId;
        }
    }
    // The list's Deliveries column (one refresh for the whole tick), and the tab when it
    // shows one of those events.
    if (last > 0)
        m_model->rowsChanged(first, last);
    if (shownChanged)
        showDeliveriesOfShownEvent();
}

void MainWindow::showDeliveriesOfShownEvent()
{
    DeliveriesPage *page = m_detail->deliveriesPage();
    page->setResendEnabled(m_deliveryStore && m_shownId);
    if (m_deliveryStore && m_shownId)
        page->setDeliveries(m_deliveryStore->forRequest(m_shownId));
}

void MainWindow::resend(bool edit)
{
    if (!m_deliveryStore)
        return;
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(EventTableModel::IdRole).toLongLong());
    ids.removeAll(0);
    if (ids.size() > 1 && !edit) {
        std::sort(ids.begin(), ids.end());
        resendMany(ids);
        return;
    }
    const std::optional<CapturedRequest> captured
        = m_shownId ? m_model->store()->request(m_shownId) : std::nullopt;
    if (!captured)
        return;
    ResendDialog dialog(edit ? ResendDialog::Mode::Edit : ResendDialog::Mode::Unchanged,
                        *captured,
                        m_deliveryStore->targets(),
                        m_session.secrets(),
                        this);
    connect(&dialog, &ResendDialog::manageTargetsRequested, this, [this, &dialog] {
        manageTargets(&dialog);
        dialog.setTargets(m_deliveryStore->targets());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const std::optional<DeliveryOrder> order = dialog.order(&error);
    if (order && !m_session.deliveries()->submit(*order, &error).isEmpty()) {
        m_detail->setCurrentWidget(m_detail->deliveriesPage());
        return;
    }
    showProblem(tr("The event could not be resent: %1").arg(error));
}

void MainWindow::resendFiltered()
{
    const qint64 newest = m_model->store()->maxId();
    QList<qint64> ids = m_model->store()->idsBetween(m_model->filter(), 0, newest);
    if (!ids.isEmpty())
        resendMany(ids);
}

void MainWindow::resendMany(const QList<qint64> &ids)
{
    const std::optional<CapturedRequest> first = m_model->store()->request(ids.first());
    if (!first || !m_deliveryStore)
        return;
    // Kept after this function returns: the queuing loop asks it for each event's order.
    QPointer<ResendDialog> dialog = new ResendDialog(ResendDialog::Mode::Unchanged,
                                                     *first,
                                                     m_deliveryStore->targets(),
                                                     m_session.secrets(),
                                                     this);
    dialog->setEventCount(int(ids.size()));
    connect(dialog, &ResendDialog::manageTargetsRequested, this, [this, dialog] {
        manageTargets(dialog);
        dialog->setTargets(m_deliveryStore->targets());
    });
    if (dialog->exec() != QDialog::Accepted) {
        delete dialog;
        return;
    }

    // Queued in slices between events, so the window stays live; Cancel also cancels what
    // was already queued and has not been sent.
    auto *progress
        = new QProgressDialog(tr("Queuing deliveries…"), tr("Cancel"), 0, int(ids.size()), this);
    progress->setObjectName(QStringLiteral("resendProgress"));
    progress->setWindowTitle(tr("Resend %1 Events").arg(ids.size()));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    struct Queue
    {
        QList<qint64> ids;
        qsizetype next = 0;
        QStringList queued;
        QStringList failures;
    };
    auto queue = std::make_shared<Queue>();
    queue->ids = ids;
    auto *slices = new QTimer(progress);
    const auto finish = [progress, dialog] {
        if (dialog)
            dialog->deleteLater();
        progress->close();
    };
    connect(slices, &QTimer::timeout, progress, [this, progress, slices, dialog, queue, finish] {
        DeliveryEngine *engine = m_session.deliveries();
        if (!engine || !dialog) {
            slices->stop();
            finish();
            return;
        }
        if (progress->wasCanceled()) {
            slices->stop();
            for (const QString &id : std::as_const(queue->queued))
                engine->cancel(id);
            showProblem(tr("Resend cancelled. Deliveries already queued and not yet sent were "
                           "cancelled too (queued: %1).")
                            .arg(queue->queued.size()));
            finish();
            return;
        }
        const qsizetype end = qMin(queue->next + 50, queue->ids.size());
        for (; queue->next < end; ++queue->next) {
            const qint64 requestId = queue->ids[queue->next];
            QString error;
            const std::optional<CapturedRequest> captured = m_model->store()->request(requestId);
            const std::optional<DeliveryOrder> order
                = captured ? dialog->orderFor(*captured, &error) : std::nullopt;
            const QString id = order ? engine->submit(*order, &error) : QString();
            if (!id.isEmpty())
                queue->queued.append(id);
            else
                queue->failures.append(
                    tr("event %1: %2").arg(requestId).arg(captured ? error : tr("deleted")));
        }
        progress->setValue(int(queue->next));
        if (queue->next < queue->ids.size())
            return;
        slices->stop();
        if (!queue->failures.isEmpty())
            showProblem(tr("Events that could not be resent: %1; the first: %2")
                            .arg(queue->failures.size())
                            .arg(queue->failures.first()));
        finish();
    });
    progress->show();
    slices->start(0);
}

void MainWindow::manageTargets(QWidget *parent)
{
    if (!m_deliveryStore)
        return;
    TargetsDialog dialog(m_deliveryStore.get(), m_session.secrets(), parent);
    dialog.exec();
}

void MainWindow::manageForwardingRules()
{
    Forwarder *forwarder = m_session.forwarder();
    if (!forwarder || !m_deliveryStore) {
        showProblem(
            tr("Forwarding rules are unavailable: the store's deliveries could not be opened."));
        return;
    }
    ForwardingRulesDialog dialog(forwarder, m_deliveryStore.get(), this);
    connect(&dialog, &ForwardingRulesDialog::manageTargetsRequested, this, [this, &dialog] {
        manageTargets(&dialog);
        dialog.reloadTargets();
    });
    dialog.exec();
}

void MainWindow::showAllDeliveries()
{
    if (!m_deliveryStore)
        return;
    if (!m_deliveriesWindow) {
        m_deliveriesWindow = new DeliveriesWindow(m_deliveryStore.get(), this);
        DeliveryEngine *engine = m_session.deliveries();
        connect(
            m_deliveriesWindow, &DeliveriesWindow::retryRequested, engine, &DeliveryEngine::retry);
        connect(m_deliveriesWindow,
                &DeliveriesWindow::cancelRequested,
                engine,
                &DeliveryEngine::cancel);
        connect(m_deliveriesWindow,
                &DeliveriesWindow::showEventRequested,
                this,
                &MainWindow::showSelectedEvent);
    } else {
        m_deliveriesWindow->reload();
    }
    m_deliveriesWindow->show();
    m_deliveriesWindow->raise();
    m_deliveriesWindow->activateWindow();
}

void MainWindow::showSelectedEvent(qint64 requestId)
{
    int row = m_model->rowOf(requestId);
    if (row < 0 && !m_search->text().isEmpty()) {
        // Not in the list as filtered: show every event, then look again.
        m_search->clear();
        row = m_model->rowOf(requestId);
    }
    if (row >= 0) {
        m_followAction->setChecked(false);
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    m_detail->setCurrentWidget(m_detail->deliveriesPage());
    activate();
}

} // namespace Hookbench
