#pragma once

#include "detailpage.h"

#include "capture/capturedrequest.h"

class QTableView;

namespace Hookbench {

class FieldTableModel;

/// The Headers tab: every header field in arrival order, duplicates on their own rows,
/// chunked trailers after them; copy the selection or everything as "Name: value" lines.
class HeadersPage final : public DetailPage
{
    Q_OBJECT
public:
    explicit HeadersPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HeadersPage)

    void showRequest(const CapturedRequest &request);
    void copySelected();
    void copyAll();

    FieldTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    FieldTableModel *m_model;
    QTableView *m_table;
};

} // namespace Hookbench
