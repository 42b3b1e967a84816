#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Hookbench {

/// Settings of the automation API in the window: on or off, where it listens, and what a
/// script needs to call it (URL and bearer token, with copy buttons).
class ApiSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    ApiSettingsDialog(bool enabled,
                      const QString &listen,
                      const QByteArray &token,
                      QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApiSettingsDialog)

    bool isApiEnabled() const;
    QString listen() const;
    /// What the API does now: its URL, or why it is not running.
    void showState(const QString &url, const QString &problem);

private:
    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QLabel *m_url;
    QLabel *m_state;
};

} // namespace Hookbench
