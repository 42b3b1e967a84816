#pragma once

#include "delivery/deliverytarget.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Hookbench {

class DeliveryStore;
class ProblemLabel;
class SecretBook;
class SigningProfilePicker;

/// The targets manager: named destinations with their extra headers, time limit, TLS
/// options, signing profile (scheme and a secret by id; the key stays in the keychain) and
/// retry policy, kept in the store.
class TargetsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `store` must be open and outlive the dialog; `secrets` may be null.
    TargetsDialog(DeliveryStore *store, SecretBook *secrets, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TargetsDialog)

    /// The form's target (not saved yet).
    DeliveryTarget editedTarget() const;
    /// Validates and saves the form; false with the reason shown when it cannot be.
    bool saveCurrent();
    void newTarget();
    bool removeCurrent();
    void selectTarget(qint64 id);
    QString problem() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QCheckBox *selfSignedBox() const { return m_selfSigned; }
    QSpinBox *attemptsBox() const { return m_attempts; }
    SigningProfilePicker *signing() const { return m_signing; }

signals:
    /// A target was saved or removed.
    void targetsChanged();

private:
    void reload(qint64 selectId);
    void showTarget(const DeliveryTarget &target);

    DeliveryStore *m_store;
    qint64 m_editingId = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QCheckBox *m_selfSigned;
    QLabel *m_selfSignedWarning;
    SigningProfilePicker *m_signing;
    QSpinBox *m_attempts;
    QSpinBox *m_backoffBase;
    QSpinBox *m_backoffCap;
    QSpinBox *m_concurrency;
    ProblemLabel *m_problem;
    QPushButton *m_remove;
};

/// "Name: value" lines as header fields (blank lines skipped); nullopt with *error naming the
/// first line that is not a header.
std::optional<HeaderList> parseHeaderLines(const QString &text, QString *error);

} // namespace Hookbench
