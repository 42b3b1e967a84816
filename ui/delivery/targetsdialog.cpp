#include "targetsdialog.h"

#include "capture/headerline.h"
#include "delivery/deliveryinspector.h"
#include "delivery/deliverystore.h"
#include "delivery/signingprofilepicker.h"
#include "listeditorlayout.h"
#include "problemlabel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Hookbench {

std::optional<HeaderList> parseHeaderLines(const QString &text, QString *error)
{
    HeaderList headers;
    const QStringList lines = text.split(u'\n');
    for (int number = 0; number < lines.size(); ++number) {
        if (lines[number].trimmed().isEmpty())
            continue;
        const auto field = parseHeaderLine(lines[number]);
        if (!field || !isHttpToken(field->first)) {
            *error = QCoreApplication::translate("Hookbench::TargetsDialog",
                                                 "Header line %1 is not \"Name: value\".")
                         .arg(number + 1);
            return std::nullopt;
        }
        headers.append(*field);
    }
    return headers;
}

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

TargetsDialog::TargetsDialog(DeliveryStore *store, SecretBook *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_timeout(spinBox(1, 600, tr(" s"), this))
    , m_caFile(new QLineEdit(this))
    , m_selfSigned(new QCheckBox(tr("Accept a &self-signed certificate (this machine only)"), this))
    , m_selfSignedWarning(new QLabel(this))
    , m_signing(new SigningProfilePicker(secrets, this))
    , m_attempts(spinBox(1, 50, QString(), this))
    , m_backoffBase(spinBox(100, 3'600'000, tr(" ms"), this))
    , m_backoffCap(spinBox(100, 86'400'000, tr(" ms"), this))
    , m_concurrency(spinBox(1, 64, QString(), this))
    , m_problem(new ProblemLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Delivery Targets"));
    resize(860, 560);
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("targets"));
    auto *add = new QPushButton(tr("&New Target"), this);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("staging"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://staging.example.com/webhooks"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setPlaceholderText(tr("Authorization: Bearer …\n(one \"Name: value\" per line; "
                                     "replaces the captured field of that name)"));
    m_headers->setMaximumHeight(90);
    m_caFile->setPlaceholderText(tr("system certificates only"));
    auto *caRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_selfSignedWarning->setTextFormat(Qt::PlainText);
    m_selfSignedWarning->setText(
        tr("⚠ The target's identity is not checked: use only for a local test server."));
    m_selfSignedWarning->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Time limit:"), m_timeout);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_selfSigned);
    form->addRow(QString(), m_selfSignedWarning);
    form->addRow(tr("&Signing:"), m_signing);
    form->addRow(tr("&Attempts:"), m_attempts);
    form->addRow(tr("&First retry after up to:"), m_backoffBase);
    form->addRow(tr("&Longest wait:"), m_backoffCap);
    form->addRow(tr("At &once:"), m_concurrency);
    auto *save = layOutListEditor(
        this, layout, m_list, add, m_remove, form, tr("&Save Target"), m_problem);
    save->setObjectName(QStringLiteral("saveTarget"));

    connect(add, &QPushButton::clicked, this, &TargetsDialog::newTarget);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this,
            tr("Remove Target"),
            tr("Remove the target \"%1\"? Its deliveries stay, with their URL.")
                .arg(m_name->text()));
        if (answer == QMessageBox::Yes)
            removeCurrent();
    });
    connect(save, &QPushButton::clicked, this, &TargetsDialog::saveCurrent);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this,
                                           tr("CA Certificates"),
                                           QString(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_selfSigned, &QCheckBox::toggled, m_selfSignedWarning, &QWidget::setVisible);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto target = m_store->target(m_list->item(row)->data(Qt::UserRole).toLongLong());
        if (target)
            showTarget(*target);
    });
    reload(0);
    if (m_list->count() == 0)
        newTarget();
}

void TargetsDialog::reload(qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const DeliveryTarget &target : m_store->targets()) {
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(target.name, target.url), m_list);
        item->setData(Qt::UserRole, target.id);
        if (target.id == selectId || (selectId == 0 && m_list->count() == 1)) {
            m_list->setCurrentItem(item);
            showTarget(target);
        }
    }
    m_remove->setEnabled(m_list->count() > 0);
}

void TargetsDialog::selectTarget(qint64 id)
{
    reload(id);
}

void TargetsDialog::showTarget(const DeliveryTarget &target)
{
    m_editingId = target.id;
    m_name->setText(target.name);
    m_url->setText(target.url);
    m_headers->setPlainText(DeliveryInspector::headerText(target.headers));
    m_timeout->setValue(target.settings.timeoutMs / 1000);
    m_caFile->setText(target.settings.caFile);
    m_selfSigned->setChecked(target.settings.allowSelfSigned);
    m_selfSignedWarning->setVisible(target.settings.allowSelfSigned);
    m_signing->setProfile(target.settings.signScheme, target.settings.signSecretId);
    m_attempts->setValue(target.settings.maxAttempts);
    m_backoffBase->setValue(target.settings.backoffBaseMs);
    m_backoffCap->setValue(target.settings.backoffCapMs);
    m_concurrency->setValue(target.settings.maxConcurrency);
    m_problem->setProblem({});
}

void TargetsDialog::newTarget()
{
    m_list->clearSelection();
    DeliveryTarget fresh;
    fresh.name = tr("New target");
    showTarget(fresh);
    m_name->setFocus();
    m_name->selectAll();
}

DeliveryTarget TargetsDialog::editedTarget() const
{
    DeliveryTarget target;
    target.id = m_editingId;
    target.name = m_name->text().trimmed();
    target.url = m_url->text().trimmed();
    QString ignored;
    target.headers = parseHeaderLines(m_headers->toPlainText(), &ignored).value_or(HeaderList());
    target.settings.timeoutMs = m_timeout->value() * 1000;
    target.settings.caFile = m_caFile->text().trimmed();
    target.settings.allowSelfSigned = m_selfSigned->isChecked();
    target.settings.signScheme = m_signing->scheme();
    target.settings.signSecretId
        = m_signing->scheme().isEmpty() ? QString() : m_signing->secretId();
    target.settings.maxAttempts = m_attempts->value();
    target.settings.backoffBaseMs = m_backoffBase->value();
    target.settings.backoffCapMs = m_backoffCap->value();
    target.settings.maxConcurrency = m_concurrency->value();
    return target;
}

QString TargetsDialog::problem() const
{
    return m_problem->problem();
}

bool TargetsDialog::saveCurrent()
{
    DeliveryTarget target = editedTarget();
    QString error;
    if (target.name.isEmpty())
        error = tr("Give the target a name.");
    else if (!parseHeaderLines(m_headers->toPlainText(), &error))
        ; // error says which line
    else if (const QString invalid = target.settings.validate(QUrl(target.url)); !invalid.isEmpty())
        error = invalid;
    else if (!target.settings.signScheme.isEmpty() && target.settings.signSecretId.isEmpty())
        error = tr("Re-signing as %1 needs a secret: add one in File › Signing Secrets.")
                    .arg(target.settings.signScheme);
    if (error.isEmpty() && !m_store->saveTarget(&target))
        error = tr("The target could not be saved: %1").arg(m_store->lastError());
    m_problem->setProblem(error);
    if (!error.isEmpty())
        return false;
    m_editingId = target.id;
    reload(target.id);
    emit targetsChanged();
    return true;
}

bool TargetsDialog::removeCurrent()
{
    if (m_editingId == 0)
        return false;
    if (!m_store->removeTarget(m_editingId)) {
        m_problem->setProblem(tr("The target could not be removed: %1").arg(m_store->lastError()));
        return false;
    }
    m_editingId = 0;
    reload(0);
    if (m_list->count() == 0)
        newTarget();
    emit targetsChanged();
    return true;
}

} // namespace Hookbench
