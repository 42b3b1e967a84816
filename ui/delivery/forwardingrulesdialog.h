#pragma once

#include "delivery/forwardingrule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Hookbench {

class DeliveryStore;
class Forwarder;
class ProblemLabel;

/// The forwarding rules manager: "every newly captured event matching this query goes to that
/// target", like `stripe listen --forward-to`, routed by provider and event type. Rules apply
/// to events captured after they are saved.
class ForwardingRulesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `forwarder` and `store` (for the targets) must outlive the dialog.
    ForwardingRulesDialog(Forwarder *forwarder, DeliveryStore *store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ForwardingRulesDialog)

    ForwardingRule editedRule() const;
    /// Checks and saves the form; false with the reason shown when it cannot be.
    bool saveCurrent();
    void newRule();
    bool removeCurrent();
    QString problem() const;
    /// Reads the targets again (after the targets manager changed them).
    void reloadTargets();

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *targetBox() const { return m_target; }
    QCheckBox *enabledBox() const { return m_enabled; }

signals:
    void manageTargetsRequested();

private:
    void reload(qint64 selectId);
    void showRule(const ForwardingRule &rule);
    void checkQuery();

    Forwarder *m_forwarder;
    DeliveryStore *m_store;
    qint64 m_editingId = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QLineEdit *m_query;
    QLabel *m_queryStatus;
    QComboBox *m_target;
    ProblemLabel *m_problem;
    QPushButton *m_remove;
};

} // namespace Hookbench
