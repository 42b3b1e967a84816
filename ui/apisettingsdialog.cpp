#include "apisettingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Hookbench {

namespace {

// A read-only value with a button that copies it.
QWidget *copyableValue(QLabel *label, const QString &buttonText, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label, 1);
    auto *copy = new QPushButton(buttonText, row);
    QObject::connect(copy, &QPushButton::clicked, label, [label] {
        QGuiApplication::clipboard()->setText(label->text());
    });
    layout->addWidget(copy);
    return row;
}

} // namespace

ApiSettingsDialog::ApiSettingsDialog(bool enabled,
                                     const QString &listen,
                                     const QByteArray &token,
                                     QWidget *parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("Serve the automation API"), this))
    , m_listen(new QLineEdit(listen, this))
    , m_url(new QLabel(this))
    , m_state(new QLabel(this))
{
    setWindowTitle(tr("Automation API"));
    m_enabled->setObjectName(QStringLiteral("apiEnabled"));
    m_enabled->setChecked(enabled);
    m_listen->setObjectName(QStringLiteral("apiListen"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8788"));
    m_url->setObjectName(QStringLiteral("apiUrl"));
    m_state->setObjectName(QStringLiteral("apiState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    auto *tokenLabel = new QLabel(QString::fromLatin1(token), this);
    tokenLabel->setObjectName(QStringLiteral("apiToken"));

    auto *explanation = new QLabel(
        tr("Scripts and CI jobs can list, read and delete captured events over HTTP, sending "
           "\"Authorization: Bearer\" and the token. Requests from web pages are refused. Keep "
           "the address on 127.0.0.1 unless other machines must reach it."),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Address:"), m_listen);
    form->addRow(tr("URL:"), copyableValue(m_url, tr("Copy URL"), this));
    form->addRow(tr("Token:"), copyableValue(tokenLabel, tr("Copy token"), this));
    form->addRow(m_state);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool ApiSettingsDialog::isApiEnabled() const
{
    return m_enabled->isChecked();
}

QString ApiSettingsDialog::listen() const
{
    return m_listen->text().trimmed();
}

void ApiSettingsDialog::showState(const QString &url, const QString &problem)
{
    m_url->setText(url.isEmpty() ? tr("(not running)") : url);
    m_state->setText(problem);
    m_state->setVisible(!problem.isEmpty());
}

} // namespace Hookbench
