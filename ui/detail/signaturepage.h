#pragma once

#include "detailpage.h"

#include "capture/capturedrequest.h"
#include "signing/verdict.h"

#include <QPointer>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Hookbench {

class SecretBook;

/// The Signature tab: the verdict for the shown request, computed with the current secrets
/// (so it follows rotations at once) at the time the request arrived: scheme, the reason in
/// plain words, expected and received values, timestamp skew and which secret matched. Every
/// value is a selectable label named "signature_<field>" for tests.
class SignaturePage final : public DetailPage
{
    Q_OBJECT
public:
    explicit SignaturePage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignaturePage)

    /// Null: no secrets available (the tab says so).
    void setSecrets(SecretBook *secrets);
    void showRequest(const CapturedRequest &request);
    void clear(const QString &hint);

    const Verdict &verdict() const { return m_verdict; }
    QString fieldText(const QString &field) const;

signals:
    /// The user wants to manage secrets; `scheme` and `pathPrefix` suggest a new source for the
    /// shown request when none covers it (both empty otherwise).
    void manageSecretsRequested(const QString &scheme, const QString &pathPrefix);

private:
    void refresh();
    void setField(const QString &field, const QString &text);

    QPointer<SecretBook> m_secrets;
    std::optional<CapturedRequest> m_request;
    Verdict m_verdict;
    QLabel *m_status;
    QLabel *m_message;
    QFormLayout *m_form;
    QLabel *m_vaultWarning;
    QPushButton *m_manage;
    QPushButton *m_addSource;
};

} // namespace Hookbench
