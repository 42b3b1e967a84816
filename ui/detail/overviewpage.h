#pragma once

#include "detailpage.h"

#include "capture/capturedrequest.h"
#include "inspect/eventinfo.h"

#include <optional>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace Hookbench {

class CatalogSet;

/// The Overview tab: how the request arrived (request line, listener, peer, times, size,
/// errors, answer), the event it carries and what the provider's catalog says about it.
/// Every value is a plain-text, selectable label named "overview_<field>" for tests.
class OverviewPage final : public DetailPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OverviewPage)

    void showRequest(const CapturedRequest &request,
                     const std::optional<EventInfo> &event,
                     const CatalogSet *catalogs);
    /// The text of the field named `field` ("requestLine", "eventType"...); empty if absent.
    QString fieldText(const QString &field) const;

private:
    QFormLayout *addSection(QWidget *parent, const QString &title);
    QLabel *
    addField(QFormLayout *form, const QString &field, const QString &label, const QString &value);

    QScrollArea *m_scroll;
};

} // namespace Hookbench
