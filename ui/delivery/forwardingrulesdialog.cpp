#include "forwardingrulesdialog.h"

#include "delivery/deliverystore.h"
#include "delivery/forwarder.h"
#include "listeditorlayout.h"
#include "problemlabel.h"
#include "store/searchquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookbench {

ForwardingRulesDialog::ForwardingRulesDialog(Forwarder *forwarder,
                                             DeliveryStore *store,
                                             QWidget *parent)
    : QDialog(parent)
    , m_forwarder(forwarder)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("&Forward matching events"), this))
    , m_query(new QLineEdit(this))
    , m_queryStatus(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_problem(new ProblemLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Forwarding Rules"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every event captured from now on that matches a rule's query "
                                "is sent to its target, as captured (re-signed when the target "
                                "has a signing profile)."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("rules"));
    auto *add = new QPushButton(tr("&New Rule"), this);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("name"));
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setPlaceholderText(QStringLiteral("provider:paket type:subscription.*"));
    m_query->setToolTip(tr("The search language of the event list; empty: every event"));
    m_queryStatus->setTextFormat(Qt::PlainText);
    m_queryStatus->setForegroundRole(QPalette::PlaceholderText);
    m_target->setObjectName(QStringLiteral("target"));
    auto *targetRow = new QHBoxLayout;
    auto *targets = new QPushButton(tr("&Targets…"), this);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(targets);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Query:"), m_query);
    form->addRow(QString(), m_queryStatus);
    auto *targetLabel = new QLabel(tr("&Send to:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    auto *save
        = layOutListEditor(this, layout, m_list, add, m_remove, form, tr("&Save Rule"), m_problem);

    connect(add, &QPushButton::clicked, this, &ForwardingRulesDialog::newRule);
    connect(save, &QPushButton::clicked, this, &ForwardingRulesDialog::saveCurrent);
    connect(targets, &QPushButton::clicked, this, &ForwardingRulesDialog::manageTargetsRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Remove Rule"), tr("Remove the rule \"%1\"?").arg(m_name->text()));
        if (answer == QMessageBox::Yes)
            removeCurrent();
    });
    connect(m_query, &QLineEdit::textChanged, this, &ForwardingRulesDialog::checkQuery);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        for (const ForwardingRule &rule : m_forwarder->rules()) {
            if (rule.id == id)
                showRule(rule);
        }
    });
    connect(m_forwarder, &Forwarder::ruleUnusable, this, [this](qint64 ruleId, const QString &) {
        if (ruleId == m_editingId)
            m_problem->setProblem(m_forwarder->problem(ruleId));
    });
    reloadTargets();
    reload(0);
    if (m_list->count() == 0)
        newRule();
}

void ForwardingRulesDialog::reloadTargets()
{
    const qint64 current = m_target->currentData().toLongLong();
    m_target->clear();
    for (const DeliveryTarget &target : m_store->targets())
        m_target->addItem(tr("%1 — %2").arg(target.name, target.url), target.id);
    if (m_target->count() == 0)
        m_target->addItem(tr("No targets yet: add one with Targets…"), qint64(0));
    const int index = m_target->findData(current);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void ForwardingRulesDialog::reload(qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ForwardingRule &rule : m_forwarder->rules()) {
        const QString query = rule.query.isEmpty() ? tr("every event") : rule.query;
        auto *item = new QListWidgetItem(rule.enabled ? tr("%1\n%2").arg(rule.name, query)
                                                      : tr("%1 (off)\n%2").arg(rule.name, query),
                                         m_list);
        item->setData(Qt::UserRole, rule.id);
        if (rule.id == selectId || (selectId == 0 && m_list->count() == 1)) {
            m_list->setCurrentItem(item);
            showRule(rule);
        }
    }
    m_remove->setEnabled(m_list->count() > 0);
}

void ForwardingRulesDialog::showRule(const ForwardingRule &rule)
{
    m_editingId = rule.id;
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.enabled);
    m_query->setText(rule.query);
    const int index = m_target->findData(rule.targetId);
    m_target->setCurrentIndex(qMax(0, index));
    m_problem->setProblem(rule.id ? m_forwarder->problem(rule.id) : QString());
    checkQuery();
}

void ForwardingRulesDialog::newRule()
{
    m_list->clearSelection();
    ForwardingRule fresh;
    fresh.name = tr("New rule");
    showRule(fresh);
    m_name->setFocus();
    m_name->selectAll();
}

void ForwardingRulesDialog::checkQuery()
{
    const auto parsed
        = SearchQuery::parse(m_query->text(), QDateTime::currentMSecsSinceEpoch() * 1000);
    if (const auto *error = std::get_if<SearchQueryError>(&parsed))
        m_queryStatus->setText(tr("✘ %1").arg(error->message));
    else
        m_queryStatus->setText(m_query->text().trimmed().isEmpty() ? tr("Matches every event")
                                                                   : tr("✔ Valid query"));
}

ForwardingRule ForwardingRulesDialog::editedRule() const
{
    ForwardingRule rule;
    rule.id = m_editingId;
    rule.name = m_name->text().trimmed();
    rule.enabled = m_enabled->isChecked();
    rule.query = m_query->text().trimmed();
    rule.targetId = m_target->currentData().toLongLong();
    return rule;
}

QString ForwardingRulesDialog::problem() const
{
    return m_problem->problem();
}

bool ForwardingRulesDialog::saveCurrent()
{
    ForwardingRule rule = editedRule();
    QString error;
    const auto parsed = SearchQuery::parse(rule.query, QDateTime::currentMSecsSinceEpoch() * 1000);
    if (rule.name.isEmpty())
        error = tr("Give the rule a name.");
    else if (const auto *invalid = std::get_if<SearchQueryError>(&parsed))
        error = tr("The query cannot be used: %1").arg(invalid->message);
    else if (rule.targetId == 0)
        error = tr("Choose the target to send to (add one with Targets…).");
    else if (!m_forwarder->saveRule(&rule, &error))
        error = tr("The rule could not be saved: %1").arg(error);
    m_problem->setProblem(error);
    if (!error.isEmpty())
        return false;
    reload(rule.id);
    return true;
}

bool ForwardingRulesDialog::removeCurrent()
{
    QString error;
    if (m_editingId == 0)
        return false;
    if (!m_forwarder->removeRule(m_editingId, &error)) {
        m_problem->setProblem(tr("The rule could not be removed: %1").arg(error));
        return false;
    }
    m_editingId = 0;
    reload(0);
    if (m_list->count() == 0)
        newRule();
    return true;
}

} // namespace Hookbench
