#include "signaturepage.h"

#include "detailstyle.h"

#include "secrets/secretbook.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Hookbench {

namespace {

const char *const fields[]
    = {"scheme", "source", "header", "signedAt", "tolerance", "secret", "expected", "received"};

QString skewText(qint64 skew)
{
    if (skew >= 0)
        return SignaturePage::tr("arrived %n s after it was signed", nullptr, int(skew));
    return SignaturePage::tr("signed %n s after it arrived (clock skew)", nullptr, int(-skew));
}

QString sourceText(const SigningSource &source)
{
    QString where = source.pathPrefix.isEmpty() ? SignaturePage::tr("any path") : source.pathPrefix;
    if (!source.listener.isEmpty())
        where = SignaturePage::tr("%1 on %2").arg(where, source.listener);
    return SignaturePage::tr("%1 (%2)").arg(source.name, where);
}

/// "/stripe/hooks" → "/stripe": the usual shape of a per-provider capture URL.
QString firstSegment(const QByteArray &path)
{
    const qsizetype end = path.indexOf('/', 1);
    return QString::fromUtf8(end < 0 ? path : path.left(end));
}

} // namespace

SignaturePage::SignaturePage(QWidget *parent)
    : DetailPage(parent)
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_form(new QFormLayout)
    , m_vaultWarning(new QLabel(this))
    , m_manage(new QPushButton(tr("Manage Secrets…"), this))
    , m_addSource(new QPushButton(tr("Add a Secret for This Path…"), this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("signatureScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);

    m_status->setObjectName(QStringLiteral("signature_status"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_message->setObjectName(QStringLiteral("signature_message"));
    // The message quotes the request's own header values: never read them as markup.
    m_status->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::PlainText);
    m_vaultWarning->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vaultWarning->setObjectName(QStringLiteral("signature_vaultWarning"));
    m_vaultWarning->setWordWrap(true);
    QPalette warning = m_vaultWarning->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x5c, 0x00));
    m_vaultWarning->setPalette(warning);
    m_vaultWarning->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_vaultWarning);
    layout->addSpacing(8);

    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(16);
    const QString labels[] = {tr("Scheme"),
                              tr("Source"),
                              tr("Header"),
                              tr("Signed at"),
                              tr("Time window"),
                              tr("Secret matched"),
                              tr("Expected"),
                              tr("Received")};
    for (size_t i = 0; i < std::size(fields); ++i) {
        auto *value = new QLabel(page);
        value->setObjectName(QStringLiteral("signature_") + QLatin1String(fields[i]));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const bool isSignature = i >= 6;
        if (isSignature)
            value->setFont(payloadFont());
        auto *name = new QLabel(labels[i], page);
        name->setTextFormat(Qt::PlainText);
        name->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(name, value);
    }
    layout->addLayout(m_form);
    layout->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    m_manage->setObjectName(QStringLiteral("signature_manage"));
    m_addSource->setObjectName(QStringLiteral("signature_addSource"));
    buttons->addWidget(m_addSource);
    buttons->addWidget(m_manage);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    scroll->setWidget(page);
    setContent(scroll);

    connect(m_manage, &QPushButton::clicked, this, [this] {
        emit manageSecretsRequested(QString(), QString());
    });
    connect(m_addSource, &QPushButton::clicked, this, [this] {
        if (m_request) {
            emit manageSecretsRequested(m_verdict.scheme.isEmpty() ? QStringLiteral("auto")
                                                                   : m_verdict.scheme,
                                        firstSegment(m_request->path()));
        }
    });
}

void SignaturePage::setSecrets(SecretBook *secrets)
{
    if (m_secrets)
        disconnect(m_secrets, nullptr, this, nullptr);
    m_secrets = secrets;
    if (secrets) {
        connect(secrets, &SecretBook::changed, this, &SignaturePage::refresh);
        connect(secrets, &SecretBook::ready, this, &SignaturePage::refresh);
        connect(secrets, &SecretBook::vaultProblemChanged, this, &SignaturePage::refresh);
    }
    refresh();
}

void SignaturePage::showRequest(const CapturedRequest &request)
{
    m_request = request;
    refresh();
}

void SignaturePage::clear(const QString &hint)
{
    m_request.reset();
    m_verdict = Verdict();
    showHint(hint);
}

void SignaturePage::setField(const QString &field, const QString &text)
{
    auto *value = findChild<QLabel *>(QStringLiteral("signature_") + field);
    value->setText(text);
    value->setVisible(!text.isEmpty());
    if (QWidget *name = m_form->labelForField(value))
        name->setVisible(!text.isEmpty());
}

QString SignaturePage::fieldText(const QString &field) const
{
    const auto *value = findChild<QLabel *>(QStringLiteral("signature_") + field);
    return value && !value->isHidden() ? value->text() : QString();
}

void SignaturePage::refresh()
{
    if (!m_request)
        return;
    if (!m_secrets) {
        showHint(tr("Signatures cannot be checked: the signing secrets could not be opened."));
        return;
    }
    const std::shared_ptr<const RequestVerifier> verifier = m_secrets->verifier();
    m_verdict = verifier->verify(*m_request);
    const Verdict &v = m_verdict;

    QString status;
    QPalette colors = palette();
    switch (v.status) {
    case Verdict::Status::Valid:
        status = tr("Signature valid");
        colors.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
        break;
    case Verdict::Status::Invalid:
        status = tr("Signature invalid");
        colors.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        break;
    case Verdict::Status::None:
        status = tr("Not checked");
        break;
    }
    m_status->setText(status);
    m_status->setPalette(colors);
    m_message->setText(v.message);

    const SigningSource *source = verifier->sourceFor(m_request->listener, m_request->path());
    setField(QStringLiteral("scheme"), v.scheme);
    setField(QStringLiteral("source"),
             source ? sourceText(*source)
                    : tr("None covers this path: scheme detected from the headers"));
    setField(QStringLiteral("header"), QString::fromLatin1(v.header));
    setField(QStringLiteral("signedAt"),
             v.timestamp ? tr("%1 — %2").arg(localTimeText(v.timestamp * 1000000, false),
                                             skewText(v.skewSeconds))
                         : QString());
    setField(QStringLiteral("tolerance"),
             v.toleranceSeconds ? tr("±%n s", nullptr, int(v.toleranceSeconds)) : QString());
    QString secret;
    if (!v.secretId.isEmpty()) {
        const std::optional<SecretEntry> entry = m_secrets->secret(v.secretId);
        secret = entry ? entry->label : v.secretId;
    }
    setField(QStringLiteral("secret"), secret);
    setField(QStringLiteral("expected"), QString::fromLatin1(v.expected));
    setField(QStringLiteral("received"), QString::fromLatin1(v.received));

    m_vaultWarning->setText(m_secrets->vaultProblem());
    m_vaultWarning->setVisible(!m_secrets->vaultProblem().isEmpty());
    m_addSource->setVisible(!source);
    showContent();
}

} // namespace Hookbench
