#pragma once

#include "capture/capturedrequest.h"
#include "inspect/eventinfo.h"

#include <QTabWidget>

#include <optional>

class QTableView;

namespace Hookbench {

class BodyPage;
class CatalogSet;
class DeliveriesPage;
class DetailPage;
class HeadersPage;
class HexModel;
class OverviewPage;
class RawPage;
class SecretBook;
class SignaturePage;

/// The detail panel of the selected request, in tabs: Overview, Body, Headers, Raw, Hex,
/// Signature and Deliveries. Payload data is only ever shown as plain text.
class EventDetailView final : public QTabWidget
{
    Q_OBJECT
public:
    explicit EventDetailView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventDetailView)

    /// The catalogs that describe providers and event types; may be null (none shown).
    void setCatalogs(const CatalogSet *catalogs);
    /// The signing secrets the Signature tab verifies with; may be null (it says so).
    void setSecrets(SecretBook *secrets);
    void showRequest(const CapturedRequest &request, const std::optional<EventInfo> &event);
    /// Nothing selected: every tab shows a hint.
    void clear();
    /// Ctrl+F: shows the Body tab and focuses its find field.
    void findInBody();

    SignaturePage *signaturePage() const { return m_signature; }
    DeliveriesPage *deliveriesPage() const { return m_deliveries; }
    OverviewPage *overviewPage() const { return m_overview; }
    BodyPage *bodyPage() const { return m_body; }
    HeadersPage *headersPage() const { return m_headers; }
    RawPage *rawPage() const { return m_raw; }
    HexModel *hexModel() const { return m_hexModel; }

private:
    const CatalogSet *m_catalogs = nullptr;
    OverviewPage *m_overview;
    BodyPage *m_body;
    HeadersPage *m_headers;
    RawPage *m_raw;
    DetailPage *m_hex;
    HexModel *m_hexModel;
    QTableView *m_hexTable;
    SignaturePage *m_signature;
    DeliveriesPage *m_deliveries;
};

} // namespace Hookbench
