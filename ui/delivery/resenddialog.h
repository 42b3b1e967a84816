#pragma once

#include "capture/capturedrequest.h"
#include "delivery/deliveryorder.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Hookbench {

class JsonHighlighter;
class ProblemLabel;
class SecretBook;
class SigningProfilePicker;

/// Resend (unchanged) or Edit and Resend one captured event: pick a target (or type a URL),
/// optionally edit method, path, headers and body (JSON checked as you type; invalid JSON
/// can still be sent on purpose), choose how it is re-signed, and see the request line and
/// headers that will be sent, signature included, before sending.
class ResendDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unchanged, Edit };

    ResendDialog(Mode mode,
                 const CapturedRequest &captured,
                 const QList<DeliveryTarget> &targets,
                 SecretBook *secrets,
                 QWidget *parent = nullptr);
    ~ResendDialog() override;
    Q_DISABLE_COPY_MOVE(ResendDialog)

    /// Picks the target with this id (or, for 0, the ad-hoc URL).
    void selectTarget(qint64 targetId);
    void setTargetUrl(const QString &url);
    /// The order to submit; nullopt with *error set when it cannot be built.
    std::optional<DeliveryOrder> order(QString *error) const;
    /// The same order for another event (a bulk resend: unchanged, same target and signing).
    std::optional<DeliveryOrder> orderFor(const CapturedRequest &captured, QString *error) const;
    /// A bulk resend of `count` events: the preview shows the first (given at construction).
    void setEventCount(int count);
    /// The target chosen (id 0 for a typed URL).
    DeliveryTarget target() const;
    ResendEdits edits() const;
    /// What the preview shows: request line and headers as they would be sent now.
    QString preview() const;
    /// The body check: empty for no JSON body, else "valid" or the parse error.
    QString jsonStatus() const;

    QComboBox *targetBox() const { return m_target; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QTableWidget *headerTable() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    SigningProfilePicker *signing() const { return m_signing; }
    QPushButton *sendButton() const { return m_send; }
    /// Indents a JSON body (undoable); other bodies are left as they are.
    void formatBody();
    /// Opens the comparison of the captured body with the edited one (modeless).
    void compareBodies();

signals:
    /// "Manage Targets…" was pressed: the owner edits targets, then calls setTargets().
    void manageTargetsRequested();

public slots:
    void setTargets(const QList<DeliveryTarget> &targets);

private:
    QWidget *createEditor();
    void targetChanged();
    void updateJsonStatus();
    void updatePreview();
    void addHeaderRow(const QByteArray &name, const QByteArray &value);
    void accept() override;

    Mode m_mode;
    CapturedRequest m_captured;
    QList<DeliveryTarget> m_targets;
    SecretBook *m_secrets;

    QComboBox *m_target;
    QLineEdit *m_url;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QLabel *m_jsonStatus = nullptr;
    SigningProfilePicker *m_signing;
    QLabel *m_tlsWarning;
    QPlainTextEdit *m_preview;
    ProblemLabel *m_problem;
    QPushButton *m_send;
    QTimer m_previewTimer;
};

} // namespace Hookbench
