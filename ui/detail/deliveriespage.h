#pragma once

#include "detailpage.h"

class QLabel;
class QTableView;

namespace Hookbench {

class DeliveriesModel;

/// The Deliveries tab: every attempt to deliver the selected event to a target, with its
/// colour-coded status. The delivery feature fills model(); until then it says how to start.
class DeliveriesPage final : public DetailPage
{
    Q_OBJECT
public:
    explicit DeliveriesPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveriesPage)

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString emptyHint() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyHint();

    DeliveriesModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace Hookbench
