#include "overviewpage.h"

#include "detailstyle.h"

#include "inspect/catalogset.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Hookbench {

namespace {
QString bytesText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString durationText(qint64 us)
{
    if (us < 1000)
        return OverviewPage::tr("%1 µs").arg(us);
    if (us < 1'000'000)
        return OverviewPage::tr("%1 ms").arg(double(us) / 1000.0, 0, 'f', 3);
    return OverviewPage::tr("%1 s").arg(double(us) / 1'000'000.0, 0, 'f', 3);
}

QString peerText(const QString &address, quint16 port)
{
    if (address.isEmpty())
        return QString();
    const QString host = address.contains(u':') ? u'[' + address + u']' : address;
    return port ? host + u':' + QString::number(port) : host;
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent) : DetailPage(parent), m_scroll(new QScrollArea(this))
{
    m_scroll->setObjectName(QStringLiteral("overviewScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    setContent(m_scroll);
}

QFormLayout *OverviewPage::addSection(QWidget *parent, const QString &title)
{
    // One form for every section, so that the label column lines up across them.
    auto *form = parent->findChild<QFormLayout *>();
    if (!form) {
        form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setHorizontalSpacing(16);
        static_cast<QVBoxLayout *>(parent->layout())->addLayout(form);
    } else {
        form->addItem(new QSpacerItem(0, 12, QSizePolicy::Minimum, QSizePolicy::Fixed));
    }
    auto *heading = new QLabel(title, parent);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    form->addRow(heading);
    return form;
}

QLabel *OverviewPage::addField(QFormLayout *form,
                               const QString &field,
                               const QString &label,
                               const QString &value)
{
    if (value.isEmpty())
        return nullptr;
    auto *name = new QLabel(label, m_scroll->widget());
    name->setTextFormat(Qt::PlainText);
    name->setForegroundRole(QPalette::PlaceholderText);
    // Values come from the payload: never rich text, always selectable for copying.
    auto *text = new QLabel(value, m_scroll->widget());
    text->setObjectName(QStringLiteral("overview_") + field);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(name, text);
    return text;
}

QString OverviewPage::fieldText(const QString &field) const
{
    const auto *label = m_scroll->findChild<QLabel *>(QStringLiteral("overview_") + field);
    return label ? label->text() : QString();
}

void OverviewPage::showRequest(const CapturedRequest &request,
                               const std::optional<EventInfo> &event,
                               const CatalogSet *catalogs)
{
    const QLocale locale;
    auto *sheet = new QWidget;
    auto *layout = new QVBoxLayout(sheet);
    layout->setContentsMargins(12, 12, 12, 12);
    m_scroll->setWidget(sheet); // deletes the previous sheet

    QFormLayout *form = addSection(sheet, tr("Request"));
    const QString requestLine = QStringList {bytesText(request.method),
                                             bytesText(request.target),
                                             bytesText(request.httpVersion)}
                                    .join(u' ')
                                    .trimmed();
    QLabel *line = addField(form, QStringLiteral("requestLine"), tr("Request line"), requestLine);
    if (line)
        line->setFont(payloadFont());
    if (request.id > 0)
        addField(form, QStringLiteral("requestId"), tr("Request id"), publicRequestId(request.id));
    QString listener = request.listener;
    if (request.localPort)
        listener = listener.isEmpty() ? tr("port %1").arg(request.localPort)
                                      : tr("%1 (port %2)").arg(listener).arg(request.localPort);
    addField(form, QStringLiteral("listener"), tr("Listener"), listener);
    addField(form,
             QStringLiteral("remote"),
             tr("From"),
             peerText(request.remoteAddress, request.remotePort));
    addField(
        form, QStringLiteral("received"), tr("Received"), localTimeText(request.receivedStartUs));
    if (request.receivedEndUs >= request.receivedStartUs && request.receivedStartUs > 0) {
        addField(form,
                 QStringLiteral("duration"),
                 tr("Duration"),
                 durationText(request.receivedEndUs - request.receivedStartUs));
    }
    QString body = request.bodySize == 1 ? tr("1 byte")
                                         : tr("%1 bytes").arg(locale.toString(request.bodySize));
    if (request.bodyTruncated) {
        body += u' '
                + tr("(truncated: the first %1 bytes were kept)")
                      .arg(locale.toString(qint64(request.body.size())));
    }
    addField(form, QStringLiteral("bodySize"), tr("Body"), body);
    if (request.error != CaptureError::None) {
        QString error = captureErrorName(request.error);
        if (!request.errorMessage.isEmpty())
            error += QStringLiteral(": ") + request.errorMessage;
        addField(form, QStringLiteral("error"), tr("Capture error"), error);
    }
    addField(form,
             QStringLiteral("answered"),
             tr("Answered"),
             request.responseStatus > 0 ? QString::number(request.responseStatus)
                                        : tr("not answered"));

    form = addSection(sheet, tr("Event"));
    if (!event || (!event->hasEvent() && event->provider.isEmpty())) {
        addField(form,
                 QStringLiteral("noEvent"),
                 QString(),
                 tr("No event envelope was recognized in this request."));
    } else {
        addField(form, QStringLiteral("provider"), tr("Provider"), event->provider);
        addField(form, QStringLiteral("eventType"), tr("Event type"), event->eventName);
        addField(form, QStringLiteral("eventId"), tr("Event id"), event->eventId);
        addField(form,
                 QStringLiteral("occurredAt"),
                 tr("Occurred at"),
                 localTimeText(event->occurredAtUs));
        addField(form, QStringLiteral("resourceType"), tr("Resource type"), event->resourceType);
        addField(form, QStringLiteral("resourceId"), tr("Resource id"), event->resourceId);
        addField(form, QStringLiteral("organization"), tr("Organization"), event->organizationId);
        addField(form, QStringLiteral("workspace"), tr("Workspace"), event->workspaceId);
        addField(form, QStringLiteral("apiVersion"), tr("API version"), event->apiVersion);
        addField(
            form, QStringLiteral("sourceRequest"), tr("Caused by request"), event->sourceRequestId);
        addField(
            form, QStringLiteral("idempotencyKey"), tr("Idempotency key"), event->idempotencyKey);
        if (!event->provider.isEmpty() && !event->eventName.isEmpty()) {
            addField(form,
                     QStringLiteral("knownType"),
                     tr("Catalog"),
                     event->knownType ? tr("known event type") : tr("not in the catalog"));
        }
        if (!event->conformance.isEmpty()) {
            QStringList problems;
            for (const QString &problem : event->conformance)
                problems << QStringLiteral("• ") + problem;
            addField(form, QStringLiteral("conformance"), tr("Problems"), problems.join(u'\n'));
        } else if (event->knownType) {
            addField(form,
                     QStringLiteral("conformance"),
                     tr("Problems"),
                     tr("none: every documented field is present with its type"));
        }
        if (event->duplicateOf > 0) {
            addField(form,
                     QStringLiteral("duplicateOf"),
                     tr("Duplicate of"),
                     tr("%1 (the same event was received before)")
                         .arg(publicRequestId(event->duplicateOf)));
        }
    }

    const std::optional<Catalog> catalog = catalogs && event && !event->provider.isEmpty()
                                               ? catalogs->catalog(event->provider)
                                               : std::nullopt;
    if (catalog) {
        form = addSection(sheet, tr("Catalog"));
        const CatalogEventType *type = catalog->eventType(event->eventName);
        if (type) {
            addField(form, QStringLiteral("typeDescription"), event->eventName, type->description);
            addField(form, QStringLiteral("recipients"), tr("Sent to"), type->recipients);
        }
        QString provider = catalog->name.isEmpty() ? catalog->provider : catalog->name;
        if (!catalog->description.isEmpty())
            provider += QStringLiteral(": ") + catalog->description;
        addField(form, QStringLiteral("providerDescription"), tr("Provider"), provider);
        addField(form, QStringLiteral("catalogSource"), tr("Documented at"), catalog->source);
    }
    layout->addStretch(1);
    showContent();
}

} // namespace Hookbench
