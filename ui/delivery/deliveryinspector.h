#pragma once

#include "delivery/delivery.h"

#include <QTabWidget>

class QLabel;

namespace Hookbench {

class TextPane;

/// One delivery attempt in full: what was sent (method, URL, headers, body, exactly as they
/// went out once the attempt started) and what came back. Everything is plain text.
class DeliveryInspector final : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryInspector(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveryInspector)

    void showDelivery(const Delivery &delivery);
    void clear();

    QString summary() const;
    TextPane *sentPane() const { return m_sent; }
    TextPane *responsePane() const { return m_response; }
    QTabWidget *tabs() const { return m_tabs; }

    /// The request as an HTTP message: request line, header lines, blank line, body.
    static QString sentText(const Delivery &delivery);
    /// The response as an HTTP message, or why there is none.
    static QString responseText(const Delivery &delivery);
    /// "Name: value" lines, in order.
    static QString headerText(const HeaderList &headers);
    /// Bytes as text when they are UTF-8, else a note and a hex listing.
    static QString bodyText(const QByteArray &body);

private:
    QLabel *m_summary;
    QTabWidget *m_tabs;
    TextPane *m_sent;
    TextPane *m_response;
};

} // namespace Hookbench
