#pragma once

#include <QTableView>

namespace Hookbench {

/// The event list's table: one row per request, columns that can be hidden (header context
/// menu), reordered and resized, all remembered between runs.
class EventTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventTableView)

    /// Restores the header layout saved by saveState(), or sensible widths the first time.
    void restoreState();
    void saveState() const;

private:
    void showColumnMenu(const QPoint &position);
};

} // namespace Hookbench
