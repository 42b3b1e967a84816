#pragma once

#include "capture/listenerconfig.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Hookbench {

/// The Listeners page of the Settings dialog: a table of listeners, the selected one's
/// address, limits and response rules in a form below it, and what is wrong, if anything,
/// right under the form.
class ListenersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ListenersPage(const QList<ListenerConfig> &listeners, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ListenersPage)

    /// The listeners as edited; meaningful while problem() is empty.
    QList<ListenerConfig> listeners() const;
    /// What keeps the listeners from being used, for the user; empty when they are fine.
    QString problem() const { return m_problem; }

signals:
    void problemChanged(const QString &problem);

private:
    /// A listener as edited: the text fields are kept as typed, even when they do not parse.
    struct Entry
    {
        ListenerConfig config;
        QString address;
        QString rules;
    };

    void addListener();
    void removeListener();
    void showSelected();
    /// Applies a change from the form to the selected listener.
    void editSelected(const std::function<void(Entry &)> &change);
    void updateRow(int row);
    void validate();
    QString entryProblem(int row) const;

    QList<Entry> m_entries;
    QString m_problem;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QSpinBox *m_maxBody;
    QSpinBox *m_maxHeader;
    QSpinBox *m_timeout;
    QSpinBox *m_maxConnections;
    QPlainTextEdit *m_rules;
    QLabel *m_problemIcon;
    QLabel *m_problemText;
};

} // namespace Hookbench
