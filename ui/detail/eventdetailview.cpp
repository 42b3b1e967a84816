#include "eventdetailview.h"

#include "bodypage.h"
#include "deliveriespage.h"
#include "detailstyle.h"
#include "fieldtablemodel.h"
#include "headerspage.h"
#include "hexmodel.h"
#include "overviewpage.h"
#include "rawpage.h"
#include "signaturepage.h"

#include <QHeaderView>
#include <QTableView>

namespace Hookbench {

EventDetailView::EventDetailView(QWidget *parent)
    : QTabWidget(parent)
    , m_overview(new OverviewPage(this))
    , m_body(new BodyPage(this))
    , m_headers(new HeadersPage(this))
    , m_raw(new RawPage(this))
    , m_hex(new DetailPage(this))
    , m_hexModel(new HexModel(this))
    , m_hexTable(new QTableView(this))
    , m_signature(new SignaturePage(this))
    , m_deliveries(new DeliveriesPage(this))
{
    setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("overviewTab"));
    m_body->setObjectName(QStringLiteral("bodyTab"));
    m_headers->setObjectName(QStringLiteral("headersTab"));
    m_raw->setObjectName(QStringLiteral("rawTab"));
    m_hex->setObjectName(QStringLiteral("hexTab"));
    m_signature->setObjectName(QStringLiteral("signatureTab"));
    m_deliveries->setObjectName(QStringLiteral("deliveriesTab"));

    m_hexTable->setObjectName(QStringLiteral("hexTable"));
    m_hexTable->setModel(m_hexModel);
    m_hexTable->setFont(payloadFont());
    m_hexTable->setShowGrid(false);
    m_hexTable->setWordWrap(false);
    m_hexTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hexTable->verticalHeader()->hide();
    // Fixed row heights: the view never measures the million rows of a large body.
    m_hexTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics metrics(payloadFont());
    m_hexTable->verticalHeader()->setDefaultSectionSize(metrics.height() + 4);
    const int pad = 24;
    m_hexTable->setColumnWidth(HexModel::OffsetColumn,
                               metrics.horizontalAdvance(QStringLiteral("00000000")) + pad);
    m_hexTable->setColumnWidth(
        HexModel::HexColumn,
        metrics.horizontalAdvance(QString(HexModel::bytesPerRow * 3 + 1, u'0')) + pad);
    m_hexTable->horizontalHeader()->setStretchLastSection(true);
    m_hexTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_hex->setContent(m_hexTable);

    addTab(m_overview, tr("Overview"));
    addTab(m_body, tr("Body"));
    addTab(m_headers, tr("Headers"));
    addTab(m_raw, tr("Raw"));
    addTab(m_hex, tr("Hex"));
    addTab(m_signature, tr("Signature"));
    addTab(m_deliveries, tr("Deliveries"));
    clear();
}

void EventDetailView::setCatalogs(const CatalogSet *catalogs)
{
    m_catalogs = catalogs;
}

void EventDetailView::setSecrets(SecretBook *secrets)
{
    m_signature->setSecrets(secrets);
}

void EventDetailView::showRequest(const CapturedRequest &request,
                                  const std::optional<EventInfo> &event)
{
    m_overview->showRequest(request, event, m_catalogs);
    m_body->showRequest(request);
    m_headers->showRequest(request);
    setTabText(indexOf(m_headers), tr("Headers (%1)").arg(m_headers->model()->rowCount()));
    m_raw->showRequest(request);
    m_hexModel->setBytes(request.rawHead, request.body);
    if (m_hexModel->size() == 0) {
        m_hex->showHint(tr("Nothing was received for this request."));
    } else {
        m_hexTable->scrollToTop();
        m_hex->showContent();
    }
    m_signature->showRequest(request);
    m_deliveries->showContent();
}

void EventDetailView::clear()
{
    const QString hint = tr("Select an event to see its details.");
    m_overview->showHint(hint);
    m_body->clear(hint);
    m_headers->model()->setRows({});
    m_headers->showHint(hint);
    setTabText(indexOf(m_headers), tr("Headers"));
    m_raw->clear(hint);
    m_hexModel->clear();
    m_hex->showHint(hint);
    m_signature->clear(hint);
    m_deliveries->showHint(hint);
}

void EventDetailView::findInBody()
{
    setCurrentWidget(m_body);
    m_body->focusFind();
}

} // namespace Hookbench
