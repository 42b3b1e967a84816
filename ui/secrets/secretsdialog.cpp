#include "secretsdialog.h"

#include "secretkeydialog.h"
#include "secretstorage.h"

#include "secrets/secretbook.h"
#include "signing/schemeregistry.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Hookbench {

namespace {

QString sourceTitle(const SigningSource &source)
{
    const QString where
        = source.pathPrefix.isEmpty() ? SecretsDialog::tr("every path") : source.pathPrefix;
    return SecretsDialog::tr("%1 — %2").arg(source.name, where);
}

QString masked(const std::optional<QByteArray> &key)
{
    if (!key)
        return SecretsDialog::tr("Key not available (kept in memory by an earlier run)");
    return SecretsDialog::tr("•••••••• (%n characters)", nullptr, int(key->size()));
}

} // namespace

SecretsDialog::SecretsDialog(SecretBook *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_vaultWarning(new QLabel(this))
    , m_encrypt(new QPushButton(tr("Keep Them in an Encrypted File…"), this))
    , m_sources(new QListWidget(this))
    , m_removeSource(new QPushButton(tr("Remove Source"), this))
    , m_sourceForm(new QWidget(this))
    , m_name(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
    , m_listener(new QLineEdit(this))
    , m_pathPrefix(new QLineEdit(this))
    , m_tolerance(new QSpinBox(this))
    , m_publicUrl(new QLineEdit(this))
    , m_genericForm(new QWidget(this))
    , m_genericHeader(new QLineEdit(this))
    , m_genericPrefix(new QLineEdit(this))
    , m_genericDigest(new QComboBox(this))
    , m_genericEncoding(new QComboBox(this))
    , m_genericTemplate(new QLineEdit(this))
    , m_genericTimestampHeader(new QLineEdit(this))
    , m_genericIdHeader(new QLineEdit(this))
    , m_secretTable(new QTableWidget(0, 3, this))
    , m_addSecret(new QPushButton(tr("Add Secret…"), this))
    , m_rotate(new QPushButton(tr("Rotate…"), this))
    , m_reveal(new QPushButton(tr("Reveal"), this))
    , m_removeSecret(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("secretsDialog"));
    setWindowTitle(tr("Signing Secrets"));
    m_vaultWarning->setObjectName(QStringLiteral("vaultWarning"));
    m_vaultWarning->setWordWrap(true);
    QPalette warningColors = m_vaultWarning->palette();
    warningColors.setColor(QPalette::WindowText, QColor(0xb3, 0x5c, 0x00));
    m_vaultWarning->setPalette(warningColors);
    m_encrypt->setObjectName(QStringLiteral("useEncryptedFile"));
    m_encrypt->setToolTip(tr("Keys go into a file encrypted with a passphrase you choose, asked "
                             "for at each start."));
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_scheme->setObjectName(QStringLiteral("sourceScheme"));
    m_listener->setObjectName(QStringLiteral("sourceListener"));
    m_pathPrefix->setObjectName(QStringLiteral("sourcePathPrefix"));
    m_tolerance->setObjectName(QStringLiteral("sourceTolerance"));
    m_publicUrl->setObjectName(QStringLiteral("sourcePublicUrl"));
    m_secretTable->setObjectName(QStringLiteral("secretTable"));
    m_addSecret->setObjectName(QStringLiteral("addSecret"));
    m_rotate->setObjectName(QStringLiteral("rotateSecret"));
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_removeSecret->setObjectName(QStringLiteral("removeSecret"));

    m_scheme->addItem(tr("Detect from the headers"), QStringLiteral("auto"));
    for (const QString &name : SchemeRegistry::names())
        m_scheme->addItem(name, name);
    m_scheme->addItem(tr("Generic HMAC (configure below)"), QStringLiteral("generic"));
    m_genericHeader->setObjectName(QStringLiteral("genericHeader"));
    m_genericPrefix->setObjectName(QStringLiteral("genericPrefix"));
    m_genericDigest->setObjectName(QStringLiteral("genericDigest"));
    m_genericEncoding->setObjectName(QStringLiteral("genericEncoding"));
    m_genericTemplate->setObjectName(QStringLiteral("genericTemplate"));
    m_genericTimestampHeader->setObjectName(QStringLiteral("genericTimestampHeader"));
    m_genericIdHeader->setObjectName(QStringLiteral("genericIdHeader"));
    m_genericDigest->addItem(QStringLiteral("HMAC-SHA1"), int(SigningCrypto::Digest::Sha1));
    m_genericDigest->addItem(QStringLiteral("HMAC-SHA256"), int(SigningCrypto::Digest::Sha256));
    m_genericDigest->addItem(QStringLiteral("HMAC-SHA512"), int(SigningCrypto::Digest::Sha512));
    m_genericEncoding->addItem(tr("Hex"), int(GenericHmacConfig::Encoding::Hex));
    m_genericEncoding->addItem(tr("Base64"), int(GenericHmacConfig::Encoding::Base64));
    m_genericPrefix->setPlaceholderText(tr("e.g. sha256= (removed before decoding)"));
    m_genericTemplate->setToolTip(tr("The signed bytes: {body}, {timestamp}, {id}, {url} and "
                                     "{method} are replaced, the rest is taken literally."));
    m_genericTimestampHeader->setPlaceholderText(tr("Header read for {timestamp}"));
    m_genericIdHeader->setPlaceholderText(tr("Header read for {id}"));
    auto *genericForm = new QFormLayout(m_genericForm);
    genericForm->setContentsMargins(0, 0, 0, 0);
    genericForm->addRow(tr("Signature header:"), m_genericHeader);
    genericForm->addRow(tr("Prefix:"), m_genericPrefix);
    genericForm->addRow(tr("Algorithm:"), m_genericDigest);
    genericForm->addRow(tr("Encoding:"), m_genericEncoding);
    genericForm->addRow(tr("Signed content:"), m_genericTemplate);
    genericForm->addRow(tr("Timestamp header:"), m_genericTimestampHeader);
    genericForm->addRow(tr("ID header:"), m_genericIdHeader);
    m_listener->setPlaceholderText(tr("Any listener (or host:port)"));
    m_pathPrefix->setPlaceholderText(tr("Every path (or a prefix such as /stripe)"));
    m_tolerance->setRange(-1, 7 * 24 * 3600);
    m_tolerance->setSpecialValueText(tr("The scheme's default"));
    m_tolerance->setSuffix(tr(" s"));
    m_tolerance->setToolTip(tr("How far the signed time may be from the arrival; 0 turns the "
                               "time check off."));
    m_publicUrl->setPlaceholderText(tr("https://example.ngrok.app (schemes that sign the URL)"));

    auto *form = new QFormLayout(m_sourceForm);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scheme:"), m_scheme);
    form->addRow(tr("&Listener:"), m_listener);
    form->addRow(tr("&Path prefix:"), m_pathPrefix);
    form->addRow(tr("&Time window:"), m_tolerance);
    form->addRow(tr("Public &URL:"), m_publicUrl);
    form->addRow(m_genericForm);

    m_secretTable->setHorizontalHeaderLabels({tr("Label"), tr("Key"), tr("Added")});
    m_secretTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secretTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_secretTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secretTable->verticalHeader()->hide();
    m_secretTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *secretButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addSecret, m_rotate, m_reveal, m_removeSecret})
        secretButtons->addWidget(button);
    secretButtons->addStretch();
    auto *secretsBox = new QGroupBox(tr("Secrets (tried in this order)"), this);
    auto *secretsLayout = new QVBoxLayout(secretsBox);
    secretsLayout->addWidget(m_secretTable);
    secretsLayout->addLayout(secretButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sourceForm);
    rightLayout->addWidget(secretsBox, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *addSourceButton = new QPushButton(tr("Add Source"), this);
    addSourceButton->setObjectName(QStringLiteral("addSource"));
    m_removeSource->setObjectName(QStringLiteral("removeSource"));
    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(addSourceButton);
    sourceButtons->addWidget(m_removeSource);
    leftLayout->addWidget(m_sources);
    leftLayout->addLayout(sourceButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 620});
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QHBoxLayout;
    warning->addWidget(m_vaultWarning, 1);
    warning->addWidget(m_encrypt);
    layout->addLayout(warning);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resize(860, 520);

    connect(m_sources, &QListWidget::currentRowChanged, this, &SecretsDialog::showSource);
    connect(addSourceButton, &QPushButton::clicked, this, [this] {
        addSource(QStringLiteral("auto"), QString());
    });
    connect(m_removeSource, &QPushButton::clicked, this, &SecretsDialog::removeSource);
    connect(m_encrypt, &QPushButton::clicked, this, &SecretsDialog::useEncryptedFile);
    for (QLineEdit *edit : {m_name,
                            m_listener,
                            m_pathPrefix,
                            m_publicUrl,
                            m_genericHeader,
                            m_genericPrefix,
                            m_genericTemplate,
                            m_genericTimestampHeader,
                            m_genericIdHeader}) {
        connect(edit, &QLineEdit::editingFinished, this, &SecretsDialog::saveSource);
    }
    for (QComboBox *combo : {m_scheme, m_genericDigest, m_genericEncoding})
        connect(combo, &QComboBox::currentIndexChanged, this, &SecretsDialog::saveSource);
    connect(m_tolerance, &QSpinBox::editingFinished, this, &SecretsDialog::saveSource);
    connect(m_secretTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !currentSecretId().isEmpty();
        m_rotate->setEnabled(selected);
        m_reveal->setEnabled(selected);
        m_removeSecret->setEnabled(selected);
        m_reveal->setText(selected && m_revealed == currentSecretId() ? tr("Hide") : tr("Reveal"));
    });
    connect(m_addSecret, &QPushButton::clicked, this, [this] { addSecret(false); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { addSecret(true); });
    connect(m_reveal, &QPushButton::clicked, this, &SecretsDialog::toggleReveal);
    connect(m_removeSecret, &QPushButton::clicked, this, &SecretsDialog::removeSecret);
    if (m_secrets) {
        connect(
            m_secrets, &SecretBook::vaultProblemChanged, this, &SecretsDialog::updateVaultWarning);
        connect(m_secrets, &SecretBook::ready, this, &SecretsDialog::reloadSecrets);
    }
    updateVaultWarning();
    reloadSources(0);
}

SecretsDialog::~SecretsDialog()
{
    // Children emit while they are destroyed (a list clearing its current row, a line edit
    // losing focus): their slots here must not run on this half-destroyed dialog.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void SecretsDialog::updateVaultWarning()
{
    const QString problem = m_secrets ? m_secrets->vaultProblem() : QString();
    m_vaultWarning->setText(problem);
    m_vaultWarning->setVisible(!problem.isEmpty());
    m_encrypt->setVisible(m_secrets
                          && m_secrets->vaultKind() == std::optional(SecretVault::Kind::Memory));
}

void SecretsDialog::useEncryptedFile()
{
    const QByteArray passphrase = SecretStorage::askNewPassphrase(this);
    if (passphrase.isEmpty() || !m_secrets)
        return;
    const QString path = SecretStorage::defaultEncryptedFile();
    QString error;
    if (!m_secrets->useEncryptedFile(path, passphrase, &error)) {
        showError(tr("The secrets file cannot be used: %1").arg(error));
        return;
    }
    SecretStorage::rememberEncryptedFile(path);
    updateVaultWarning();
}

qint64 SecretsDialog::currentSourceId() const
{
    const QListWidgetItem *item = m_sources->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString SecretsDialog::currentSecretId() const
{
    const QList<QTableWidgetItem *> selected = m_secretTable->selectedItems();
    return selected.isEmpty()
               ? QString()
               : m_secretTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

void SecretsDialog::reloadSources(qint64 selectId)
{
    m_loading = true;
    m_sources->clear();
    if (m_secrets) {
        for (const SigningSource &source : m_secrets->sources()) {
            auto *item = new QListWidgetItem(sourceTitle(source), m_sources);
            item->setData(Qt::UserRole, source.id);
            if (source.id == selectId)
                m_sources->setCurrentItem(item);
        }
    }
    if (!m_sources->currentItem() && m_sources->count())
        m_sources->setCurrentRow(0);
    m_loading = false;
    showSource();
}

void SecretsDialog::showSource()
{
    if (m_loading)
        return;
    const std::optional<SigningSource> source
        = m_secrets ? m_secrets->source(currentSourceId()) : std::nullopt;
    m_sourceForm->setEnabled(source.has_value());
    m_removeSource->setEnabled(source.has_value());
    m_addSecret->setEnabled(source.has_value());
    m_loading = true;
    const SigningSource shown = source.value_or(SigningSource {});
    m_name->setText(shown.name);
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(shown.scheme)));
    m_listener->setText(shown.listener);
    m_pathPrefix->setText(shown.pathPrefix);
    m_tolerance->setValue(shown.toleranceSeconds ? int(*shown.toleranceSeconds) : -1);
    m_publicUrl->setText(shown.publicUrl);
    showGenericConfig(shown.generic);
    m_genericForm->setVisible(shown.scheme == QLatin1String("generic"));
    m_loading = false;
    reloadSecrets();
}

void SecretsDialog::saveSource()
{
    if (m_loading || !m_secrets)
        return;
    // An error box takes the focus, which finishes the edit again: save once.
    const QScopedValueRollback<bool> saving(m_loading, true);
    std::optional<SigningSource> source = m_secrets->source(currentSourceId());
    if (!source)
        return;
    SigningSource edited = *source;
    edited.name = m_name->text().trimmed();
    if (edited.name.isEmpty())
        edited.name = m_scheme->currentText();
    edited.scheme = m_scheme->currentData().toString();
    edited.listener = m_listener->text().trimmed();
    edited.pathPrefix = m_pathPrefix->text().trimmed();
    if (!edited.pathPrefix.isEmpty() && !edited.pathPrefix.startsWith(u'/'))
        edited.pathPrefix.prepend(u'/');
    edited.toleranceSeconds
        = m_tolerance->value() < 0 ? std::nullopt : std::optional<qint64>(m_tolerance->value());
    edited.publicUrl = m_publicUrl->text().trimmed();
    edited.generic = genericConfig();
    m_genericForm->setVisible(edited.scheme == QLatin1String("generic"));
    if (edited.name == source->name && edited.scheme == source->scheme
        && edited.listener == source->listener && edited.pathPrefix == source->pathPrefix
        && edited.toleranceSeconds == source->toleranceSeconds
        && edited.publicUrl == source->publicUrl
        && edited.generic.toJson() == source->generic.toJson()) {
        return; // nothing changed: no re-verification
    }
    QString error;
    if (!m_secrets->saveSource(&edited, &error)) {
        showError(tr("The source cannot be saved: %1").arg(error));
        return;
    }
    m_sources->currentItem()->setText(sourceTitle(edited));
    m_name->setText(edited.name);
    m_pathPrefix->setText(edited.pathPrefix);
}

GenericHmacConfig SecretsDialog::genericConfig() const
{
    GenericHmacConfig config;
    config.signatureHeader = m_genericHeader->text().trimmed().toLatin1();
    config.prefix = m_genericPrefix->text().trimmed().toLatin1();
    config.digest = SigningCrypto::Digest(m_genericDigest->currentData().toInt());
    config.encoding = GenericHmacConfig::Encoding(m_genericEncoding->currentData().toInt());
    config.contentTemplate = m_genericTemplate->text().toUtf8();
    config.timestampHeader = m_genericTimestampHeader->text().trimmed().toLatin1();
    config.idHeader = m_genericIdHeader->text().trimmed().toLatin1();
    return config;
}

void SecretsDialog::showGenericConfig(const GenericHmacConfig &config)
{
    m_genericHeader->setText(QString::fromLatin1(config.signatureHeader));
    m_genericPrefix->setText(QString::fromLatin1(config.prefix));
    m_genericDigest->setCurrentIndex(m_genericDigest->findData(int(config.digest)));
    m_genericEncoding->setCurrentIndex(m_genericEncoding->findData(int(config.encoding)));
    m_genericTemplate->setText(QString::fromUtf8(config.contentTemplate));
    m_genericTimestampHeader->setText(QString::fromLatin1(config.timestampHeader));
    m_genericIdHeader->setText(QString::fromLatin1(config.idHeader));
}

void SecretsDialog::addSource(const QString &scheme, const QString &pathPrefix)
{
    if (!m_secrets)
        return;
    SigningSource source;
    source.scheme = scheme;
    source.pathPrefix = pathPrefix;
    source.name = scheme == QLatin1String("auto") ? tr("New source") : scheme;
    QString error;
    if (!m_secrets->saveSource(&source, &error)) {
        showError(tr("The source cannot be added: %1").arg(error));
        return;
    }
    reloadSources(source.id);
    m_name->setFocus();
    m_name->selectAll();
}

void SecretsDialog::showSourceFor(const QString &scheme, const QString &pathPrefix)
{
    if (!m_secrets)
        return;
    for (const SigningSource &source : m_secrets->sources()) {
        if (source.pathPrefix == pathPrefix) {
            reloadSources(source.id);
            return;
        }
    }
    addSource(scheme, pathPrefix);
}

void SecretsDialog::removeSource()
{
    const std::optional<SigningSource> source
        = m_secrets ? m_secrets->source(currentSourceId()) : std::nullopt;
    if (!source)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Remove Source"),
        tr("Remove “%1” and its %n secret(s)? Their keys are deleted from the keychain.",
           nullptr,
           int(m_secrets->secrets(source->id).size()))
            .arg(source->name));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_secrets->removeSource(source->id, &error))
        showError(tr("The source cannot be removed: %1").arg(error));
    reloadSources(0);
}

void SecretsDialog::reloadSecrets()
{
    m_secretTable->setRowCount(0);
    const QList<SecretEntry> entries
        = m_secrets ? m_secrets->secrets(currentSourceId()) : QList<SecretEntry>();
    m_secretTable->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const SecretEntry &entry = entries[row];
        auto *label = new QTableWidgetItem(entry.label);
        label->setData(Qt::UserRole, entry.id);
        const std::optional<QByteArray> key = m_secrets->key(entry.id);
        const QString keyText
            = entry.id == m_revealed && key ? QString::fromUtf8(*key) : masked(key);
        m_secretTable->setItem(row, 0, label);
        m_secretTable->setItem(row, 1, new QTableWidgetItem(keyText));
        m_secretTable->setItem(
            row,
            2,
            new QTableWidgetItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(entry.createdUs / 1000), QLocale::ShortFormat)));
    }
    m_secretTable->resizeColumnToContents(0);
    m_secretTable->resizeColumnToContents(2);
    m_rotate->setEnabled(false);
    m_reveal->setEnabled(false);
    m_removeSecret->setEnabled(false);
}

void SecretsDialog::addSecret(bool rotate)
{
    const qint64 sourceId = currentSourceId();
    if (!m_secrets || !sourceId)
        return;
    QString label = tr("Signing secret");
    QString explanation = tr("The endpoint's signing secret as the provider shows it (for "
                             "Discord and SendGrid, the provider's public key). It is kept in "
                             "the keychain, never in the store.");
    if (rotate) {
        if (const std::optional<SecretEntry> old = m_secrets->secret(currentSecretId()))
            label = tr("%1 (rotated)").arg(old->label);
        explanation = tr("The new secret is tried first; the old one keeps verifying until you "
                         "remove it, so nothing fails while the provider switches over.");
    }
    SecretKeyDialog dialog(
        rotate ? tr("Rotate Secret") : tr("Add Secret"), explanation, label, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPointer<SecretsDialog> self(this);
    m_secrets->addSecret(sourceId, dialog.label(), dialog.key(), [self](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            self->showError(tr("The secret was not added: %1").arg(error));
        self->updateVaultWarning();
        self->reloadSecrets();
    });
}

void SecretsDialog::toggleReveal()
{
    const QString id = currentSecretId();
    m_revealed = m_revealed == id ? QString() : id;
    reloadSecrets();
}

void SecretsDialog::removeSecret()
{
    const std::optional<SecretEntry> entry
        = m_secrets ? m_secrets->secret(currentSecretId()) : std::nullopt;
    if (!entry)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Remove Secret"),
        tr("Remove “%1”? Requests signed with it will no longer verify.").arg(entry->label));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_secrets->removeSecret(entry->id, &error))
        showError(tr("The secret cannot be removed: %1").arg(error));
    reloadSecrets();
}

void SecretsDialog::showError(const QString &message)
{
    qWarning("%s", qPrintable(message));
    QMessageBox::warning(this, windowTitle(), message);
}

} // namespace Hookbench
