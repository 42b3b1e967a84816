#pragma once

#include "api/apiserver.h"
#include "capture/capturesession.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTableView;

namespace Hookbench {

class RecentRequestsModel;

/// The main window: listener URLs, live captured requests, store status and errors.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `apiListen` turns the automation API on for this run (else the saved setting decides);
    /// `apiToken` is its bearer token (empty: a new one, shown in the API settings).
    explicit MainWindow(const CaptureSessionOptions &options,
                        const QString &apiListen = QString(),
                        const QByteArray &apiToken = QByteArray(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startCapture(const CaptureSessionOptions &options);
    void showProblem(const QString &message);
    void onCaptured(const QList<RequestRow> &requests);
    void showCaptured();
    void updateStatus();
    void startApi(bool enabled, const QString &listen);
    void editApiSettings();

    CaptureSession m_session;
    CaptureSessionOptions m_options;
    ApiServer m_api;
    QByteArray m_apiToken;
    QString m_apiProblem;
    RecentRequestsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_urls = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_listenerUrls;
    QList<RequestRow> m_unshown; ///< stored, waiting for the next view update
    QTimer m_showTimer;
    qint64 m_captured = 0;
    bool m_closing = false;
    bool m_stopped = false;
};

} // namespace Hookbench
