// MainWindow: the signing secrets manager.
#include "mainwindow.h"

#include "secrets/secretsdialog.h"

namespace Hookbench {

void MainWindow::manageSecrets(const QString &scheme, const QString &pathPrefix)
{
    SecretBook *secrets = m_session.secrets();
    if (!secrets) {
        showProblem(tr("Signing secrets are unavailable: the store could not be opened for them."));
        return;
    }
    SecretsDialog dialog(secrets, this);
    if (!pathPrefix.isEmpty() || !scheme.isEmpty())
        dialog.showSourceFor(scheme, pathPrefix);
    dialog.exec();
}

} // namespace Hookbench
