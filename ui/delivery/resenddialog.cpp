#include "resenddialog.h"

#include "delivery/deliveryinspector.h"
#include "delivery/diffdialog.h"
#include "delivery/signingprofilepicker.h"
#include "detail/detailstyle.h"
#include "detail/jsonhighlighter.h"
#include "inspect/jsondocument.h"
#include "inspect/payloadkind.h"
#include "problemlabel.h"
#include "signing/schemeregistry.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Hookbench {

namespace {

bool isJsonLike(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

} // namespace

ResendDialog::ResendDialog(Mode mode,
                           const CapturedRequest &captured,
                           const QList<DeliveryTarget> &targets,
                           SecretBook *secrets,
                           QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_captured(captured)
    , m_secrets(secrets)
    , m_target(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_signing(new SigningProfilePicker(secrets, this))
    , m_tlsWarning(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(new ProblemLabel(this))
    , m_send(nullptr)
{
    setWindowTitle(mode == Mode::Edit ? tr("Edit and Resend Event %1").arg(captured.id)
                                      : tr("Resend Event %1").arg(captured.id));
    resize(mode == Mode::Edit ? QSize(900, 760) : QSize(680, 460));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *targetRow = new QHBoxLayout;
    m_target->setObjectName(QStringLiteral("target"));
    auto *manage = new QPushButton(tr("&Targets…"), this);
    manage->setToolTip(tr("Add or change named targets"));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(manage);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    m_url->setObjectName(QStringLiteral("targetUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:3000/webhooks"));
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Signing:"), m_signing);
    m_tlsWarning->setTextFormat(Qt::PlainText);
    m_tlsWarning->setText(tr("⚠ This target accepts self-signed certificates: its identity is "
                             "not checked."));
    m_tlsWarning->hide();
    form->addRow(QString(), m_tlsWarning);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    if (mode == Mode::Edit)
        splitter->addWidget(createEditor());
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("What will be sent (signature computed now; it is "
                                       "computed again at each attempt):"),
                                    this);
    previewTitle->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(payloadFont());
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_preview, 1);
    splitter->addWidget(previewBox);
    layout->addWidget(splitter, 1);

    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(mode == Mode::Edit ? tr("Send &Edited") : tr("&Send"),
                                QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ResendDialog::updatePreview);
    const auto schedulePreview = [this] {
        m_previewTimer.start();
    };
    connect(manage, &QPushButton::clicked, this, &ResendDialog::manageTargetsRequested);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ResendDialog::targetChanged);
    connect(m_url, &QLineEdit::textChanged, this, schedulePreview);
    connect(m_signing, &SigningProfilePicker::changed, this, schedulePreview);
    if (m_mode == Mode::Edit) {
        connect(m_method, &QComboBox::currentTextChanged, this, schedulePreview);
        connect(m_path, &QLineEdit::textChanged, this, schedulePreview);
        connect(m_headers, &QTableWidget::itemChanged, this, schedulePreview);
        connect(m_body, &QPlainTextEdit::textChanged, this, [this, schedulePreview] {
            updateJsonStatus();
            schedulePreview();
        });
        updateJsonStatus();
    }
    setTargets(targets);
}

ResendDialog::~ResendDialog() = default;

QWidget *ResendDialog::createEditor()
{
    auto *editor = new QWidget(this);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *line = new QHBoxLayout;
    m_method = new QComboBox(editor);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("POST"),
                        QStringLiteral("PUT"),
                        QStringLiteral("PATCH"),
                        QStringLiteral("GET"),
                        QStringLiteral("DELETE")});
    m_method->setCurrentText(QString::fromLatin1(m_captured.method));
    m_path = new QLineEdit(editor);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("the target URL's own path"));
    m_path->setToolTip(tr("Replaces the target URL's path (and query, with a '?'); "
                          "captured at %1")
                           .arg(QString::fromUtf8(m_captured.target)));
    auto *methodLabel = new QLabel(tr("&Method:"), editor);
    methodLabel->setBuddy(m_method);
    auto *pathLabel = new QLabel(tr("&Path:"), editor);
    pathLabel->setBuddy(m_path);
    line->addWidget(methodLabel);
    line->addWidget(m_method);
    line->addWidget(pathLabel);
    line->addWidget(m_path, 1);
    layout->addLayout(line);

    auto *split = new QSplitter(Qt::Horizontal, editor);
    auto *headerBox = new QWidget(split);
    auto *headerLayout = new QVBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headers = new QTableWidget(0, 2, headerBox);
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setColumnWidth(0, 160);
    m_headers->setWordWrap(false);
    for (const auto &[name, value] : forwardableHeaders(m_captured.headers()))
        addHeaderRow(name, value);
    auto *headerButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Header"), headerBox);
    auto *remove = new QPushButton(tr("Remo&ve Header"), headerBox);
    headerButtons->addWidget(add);
    headerButtons->addWidget(remove);
    headerButtons->addStretch(1);
    headerLayout->addWidget(m_headers, 1);
    headerLayout->addLayout(headerButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addHeaderRow({}, {});
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0) {
            m_headers->removeRow(m_headers->currentRow());
            m_previewTimer.start();
        }
    });

    auto *bodyBox = new QWidget(split);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new QPlainTextEdit(bodyBox);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setFont(payloadFont());
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new JsonHighlighter(m_body->document());
    m_highlighter->setColors(SyntaxColors::forPalette(palette()));
    // The captured bytes exactly; a body that is not text can only be sent unchanged.
    if (isValidUtf8(m_captured.body) && !m_captured.body.contains('\0')) {
        m_body->setPlainText(QString::fromUtf8(m_captured.body));
    } else {
        m_body->setPlainText(DeliveryInspector::bodyText(m_captured.body));
        m_body->setReadOnly(true);
    }
    auto *bodyFooter = new QHBoxLayout;
    m_jsonStatus = new QLabel(bodyBox);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setTextFormat(Qt::PlainText);
    auto *format = new QPushButton(tr("&Format JSON"), bodyBox);
    format->setToolTip(tr("Indent the JSON body (keys, order and numbers kept as written)"));
    auto *compare = new QPushButton(tr("Compare with &Original"), bodyBox);
    bodyFooter->addWidget(m_jsonStatus, 1);
    bodyFooter->addWidget(format);
    bodyFooter->addWidget(compare);
    connect(format, &QPushButton::clicked, this, &ResendDialog::formatBody);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addLayout(bodyFooter);
    connect(compare, &QPushButton::clicked, this, &ResendDialog::compareBodies);
    split->addWidget(headerBox);
    split->addWidget(bodyBox);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    return editor;
}

void ResendDialog::addHeaderRow(const QByteArray &name, const QByteArray &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
    m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
}

void ResendDialog::setTargets(const QList<DeliveryTarget> &targets)
{
    const qint64 current = m_target->count() ? m_target->currentData().toLongLong() : -1;
    m_targets = targets;
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        for (const DeliveryTarget &target : targets)
            m_target->addItem(tr("%1 — %2").arg(target.name, target.url), target.id);
        m_target->addItem(tr("Another URL…"), qint64(0));
    }
    selectTarget(current >= 0 ? current : (targets.isEmpty() ? 0 : targets.first().id));
}

void ResendDialog::selectTarget(qint64 targetId)
{
    const int index = m_target->findData(targetId);
    m_target->setCurrentIndex(index >= 0 ? index : m_target->count() - 1);
    targetChanged();
}

void ResendDialog::setTargetUrl(const QString &url)
{
    selectTarget(0);
    m_url->setText(url);
}

void ResendDialog::targetChanged()
{
    const DeliveryTarget chosen = target();
    const bool adHoc = chosen.id == 0;
    m_url->setReadOnly(adHoc ? false : true);
    if (!adHoc) {
        m_url->setText(chosen.url);
        m_signing->setProfile(chosen.settings.signScheme, chosen.settings.signSecretId);
    }
    m_tlsWarning->setVisible(chosen.settings.allowSelfSigned);
    m_previewTimer.start();
}

DeliveryTarget ResendDialog::target() const
{
    const qint64 id = m_target->currentData().toLongLong();
    for (const DeliveryTarget &candidate : m_targets) {
        if (candidate.id == id && id != 0)
            return candidate;
    }
    DeliveryTarget adHoc;
    adHoc.url = m_url->text().trimmed();
    adHoc.settings.maxAttempts = 1; // a typed URL is tried once; named targets have a policy
    return adHoc;
}

ResendEdits ResendDialog::edits() const
{
    ResendEdits edits;
    if (m_mode != Mode::Edit)
        return edits;
    const QByteArray method = m_method->currentText().trimmed().toLatin1();
    if (method != m_captured.method)
        edits.method = method;
    if (!m_path->text().trimmed().isEmpty())
        edits.path = m_path->text().trimmed().toUtf8();
    HeaderList headers;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text() : QString();
        if (name.trimmed().isEmpty())
            continue;
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        headers.append({name.trimmed().toLatin1(), value.toUtf8()});
    }
    if (headers != forwardableHeaders(m_captured.headers()))
        edits.headers = headers;
    // Untouched, the body goes out as the captured bytes (line endings included).
    if (!m_body->isReadOnly() && m_body->document()->isModified())
        edits.body = m_body->toPlainText().toUtf8();
    return edits;
}

std::optional<DeliveryOrder> ResendDialog::order(QString *error) const
{
    return orderFor(m_captured, error);
}

std::optional<DeliveryOrder> ResendDialog::orderFor(const CapturedRequest &captured,
                                                    QString *error) const
{
    const DeliveryTarget chosen = target();
    if (chosen.url.isEmpty()) {
        *error = tr("Choose a target or type the URL to send to.");
        return std::nullopt;
    }
    std::optional<DeliveryOrder> built = DeliveryOrder::resend(captured, chosen, edits(), error);
    if (!built)
        return std::nullopt;
    built->settings.signScheme = m_signing->scheme();
    built->settings.signSecretId
        = m_signing->scheme().isEmpty() ? QString() : m_signing->secretId();
    const QString problem = built->settings.validate(QUrl::fromEncoded(built->request.url));
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (!built->settings.signScheme.isEmpty() && built->settings.signSecretId.isEmpty()) {
        *error = tr("Re-signing as %1 needs a secret: add one in File › Signing Secrets.")
                     .arg(built->settings.signScheme);
        return std::nullopt;
    }
    return built;
}

QString ResendDialog::jsonStatus() const
{
    return m_jsonStatus ? m_jsonStatus->text() : QString();
}

void ResendDialog::updateJsonStatus()
{
    if (m_body->isReadOnly()) {
        m_jsonStatus->setText(tr("Binary body: sent unchanged."));
        return;
    }
    const QByteArray text = m_body->toPlainText().toUtf8();
    if (!isJsonLike(text)) {
        m_jsonStatus->setText(QLocale().formattedDataSize(text.size()));
        return;
    }
    const JsonDocument json = JsonDocument::parse(text);
    if (json.isValid()) {
        m_jsonStatus->setText(tr("✔ Valid JSON"));
        m_jsonStatus->setForegroundRole(QPalette::WindowText);
        return;
    }
    const JsonParseError &problem = json.error();
    m_jsonStatus->setText(tr("✘ Invalid JSON at line %1, column %2: %3 (it can still be sent)")
                              .arg(problem.line)
                              .arg(problem.column)
                              .arg(problem.message));
}

QString ResendDialog::preview() const
{
    return m_preview->toPlainText();
}

void ResendDialog::updatePreview()
{
    QString error;
    std::optional<DeliveryOrder> built = order(&error);
    m_send->setEnabled(built.has_value());
    // Nothing to complain about before a URL is there: the disabled Send button says enough.
    m_problem->setProblem(!built && !target().url.isEmpty() ? error : QString());
    if (!built) {
        m_preview->setPlainText(QString());
        return;
    }
    OutgoingRequest request = built->request;
    QString note;
    if (!built->settings.signScheme.isEmpty()) {
        const SigningSecrets secrets = m_signing->secrets();
        const SignatureScheme *scheme = SchemeRegistry::find(built->settings.signScheme);
        if (secrets.isEmpty()) {
            note = tr("(The secret's key cannot be read now: the signature is not shown.)");
        } else if (scheme) {
            SignOptions options;
            options.timestamp = QDateTime::currentSecsSinceEpoch();
            const QString signError = signOutgoing(request, *scheme, secrets, options);
            if (!signError.isEmpty())
                note = tr("(Cannot sign: %1)").arg(signError);
        }
    }
    QString text = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.url)
                   + u'\n' + DeliveryInspector::headerText(request.headers);
    text += tr("\n(body: %1)").arg(QLocale().formattedDataSize(request.body.size()));
    if (!note.isEmpty())
        text += u'\n' + note;
    m_preview->setPlainText(text);
}

void ResendDialog::setEventCount(int count)
{
    if (count > 1) {
        setWindowTitle(tr("Resend %1 Events").arg(count));
        m_send->setText(tr("&Send %1 Events").arg(count));
    }
}

void ResendDialog::formatBody()
{
    const JsonDocument json = JsonDocument::parse(m_body->toPlainText().toUtf8());
    if (!json.isValid() || m_body->isReadOnly())
        return;
    // Through the cursor, so Ctrl+Z undoes it like any edit.
    QTextCursor cursor(m_body->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(json.pretty()));
}

void ResendDialog::compareBodies()
{
    const QByteArray edited = edits().body.value_or(m_captured.body);
    auto *dialog = new DiffDialog(tr("Original and Edited Body"),
                                  tr("original"),
                                  comparableBody(m_captured.body),
                                  tr("edited"),
                                  comparableBody(edited),
                                  this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ResendDialog::accept()
{
    m_previewTimer.stop();
    updatePreview();
    if (m_send->isEnabled())
        QDialog::accept();
}

} // namespace Hookbench
