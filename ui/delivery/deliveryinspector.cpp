#include "deliveryinspector.h"

#include "deliveriesmodel.h"
#include "detail/textpane.h"
#include "inspect/payloadkind.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Hookbench {

namespace { } // namespace

DeliveryInspector::DeliveryInspector(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sent(new TextPane(this))
    , m_response(new TextPane(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("deliverySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sent, tr("Request Sent"));
    m_tabs->addTab(m_response, tr("Response"));
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

void DeliveryInspector::clear()
{
    m_summary->setText(tr("Select a delivery to see what was sent and what came back."));
    m_sent->clear();
    m_response->clear();
}

QString DeliveryInspector::summary() const
{
    return m_summary->text();
}

void DeliveryInspector::showDelivery(const Delivery &delivery)
{
    QString summary = tr("%1 · attempt %2 · %3")
                          .arg(delivery.id)
                          .arg(delivery.attempt)
                          .arg(DeliveriesModel::statusText(delivery.status));
    const QString failure = DeliveriesModel::failureText(delivery);
    if (!failure.isEmpty())
        summary += QStringLiteral(" · ") + failure;
    m_summary->setText(summary);
    // Not coloured as JSON: the header lines above the body would be coloured too.
    m_sent->setText(sentText(delivery));
    m_response->setText(responseText(delivery));
}

QString DeliveryInspector::headerText(const HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    return text;
}

QString DeliveryInspector::bodyText(const QByteArray &body)
{
    if (isValidUtf8(body) && !body.contains('\0'))
        return QString::fromUtf8(body);
    QString text = tr("(%1 of binary data)").arg(QLocale().formattedDataSize(body.size())) + u'\n';
    for (qsizetype offset = 0; offset < body.size(); offset += 16) {
        text += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        text += QString::fromLatin1(body.mid(offset, 16).toHex(' ')) + u'\n';
    }
    return text;
}

QString DeliveryInspector::sentText(const Delivery &delivery)
{
    const OutgoingRequest &request = delivery.request;
    QString text = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.url)
                   + u'\n' + headerText(request.headers) + u'\n';
    return text + bodyText(request.body);
}

QString DeliveryInspector::responseText(const Delivery &delivery)
{
    if (delivery.responseStatus == 0) {
        if (delivery.status == DeliveryStatus::Pending)
            return tr("Not sent yet.");
        if (delivery.status == DeliveryStatus::InProgress)
            return tr("Waiting for the answer…");
        const QString failure = DeliveriesModel::failureText(delivery);
        return failure.isEmpty() ? tr("No answer.") : tr("No answer: %1").arg(failure);
    }
    QString text = QStringLiteral("HTTP %1").arg(delivery.responseStatus);
    if (delivery.durationMs >= 0)
        text += tr("  (%1 ms)").arg(delivery.durationMs);
    text += u'\n' + headerText(delivery.responseHeaders) + u'\n';
    return text + bodyText(delivery.responseBody);
}

} // namespace Hookbench
