#include "listenerspage.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Hookbench {

namespace {

enum Column { Name, Address, Port, BodyLimit, HeaderLimit, Timeout, Connections, Rules, Columns };

constexpr qint64 kib = 1024;
constexpr qint64 mib = 1024 * 1024;

bool parseAddress(const QString &text, QHostAddress *address)
{
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    QString plain = text;
    if (plain.startsWith(u'[') && plain.endsWith(u']'))
        plain = plain.mid(1, plain.size() - 2);
    *address = QHostAddress(plain);
    return !address->isNull();
}

/// The rules, one spec per line (blank lines ignored); on failure the line and the reason.
bool parseRules(const QString &text, QList<ResponseRule> *rules, int *badLine, QString *error)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString spec = lines.at(i).trimmed();
        if (spec.isEmpty())
            continue;
        std::optional<ResponseRule> rule = ResponseRule::parse(spec, error);
        if (!rule) {
            *badLine = i + 1;
            return false;
        }
        if (rules)
            rules->append(*rule);
    }
    return true;
}

int ceilDiv(qint64 value, qint64 unit, const QSpinBox *range)
{
    const qint64 units = (value + unit - 1) / unit;
    return int(std::clamp<qint64>(units, range->minimum(), range->maximum()));
}

QSpinBox *
spinBox(const QString &objectName, int min, int max, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

ListenersPage::ListenersPage(const QList<ListenerConfig> &listeners, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, Columns, this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_address(new QLineEdit(m_form))
    , m_port(spinBox(QStringLiteral("listenerPort"), 0, 65535, QString(), m_form))
    , m_maxBody(spinBox(QStringLiteral("listenerMaxBody"), 1, 4096, tr(" MiB"), m_form))
    , m_maxHeader(spinBox(QStringLiteral("listenerMaxHeader"), 1, 16 * 1024, tr(" KiB"), m_form))
    , m_timeout(spinBox(QStringLiteral("listenerTimeout"), 1, 24 * 60 * 60, tr(" s"), m_form))
    , m_maxConnections(
          spinBox(QStringLiteral("listenerMaxConnections"), 1, 1'000'000, QString(), m_form))
    , m_rules(new QPlainTextEdit(m_form))
    , m_problemIcon(new QLabel(this))
    , m_problemText(new QLabel(this))
{
    for (const ListenerConfig &config : listeners) {
        QStringList specs;
        for (const ResponseRule &rule : config.rules)
            specs.append(rule.spec());
        m_entries.append({config, config.address.toString(), specs.join(u'\n')});
    }

    m_table->setObjectName(QStringLiteral("listenerTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"),
                                        tr("Address"),
                                        tr("Port"),
                                        tr("Body limit"),
                                        tr("Header limit"),
                                        tr("Timeout"),
                                        tr("Connections"),
                                        tr("Rules")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row)
        updateRow(row);
    m_table->resizeColumnsToContents();

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addListener"));
    m_remove->setObjectName(QStringLiteral("removeListener"));
    connect(add, &QPushButton::clicked, this, &ListenersPage::addListener);
    connect(m_remove, &QPushButton::clicked, this, &ListenersPage::removeListener);
    auto *tableButtons = new QVBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(tableButtons);

    m_name->setObjectName(QStringLiteral("listenerName"));
    m_name->setToolTip(tr("Stored with each request it captures"));
    m_address->setObjectName(QStringLiteral("listenerAddress"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_address->setToolTip(tr("127.0.0.1 accepts requests from this computer only (a tunnel "
                             "included); 0.0.0.0 from every network"));
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setAccelerated(false);
    m_maxBody->setToolTip(tr("Larger bodies are answered with 413"));
    m_maxHeader->setToolTip(tr("Larger request heads are answered with 431"));
    m_timeout->setToolTip(tr("Requests taking longer are answered with 408"));
    m_maxConnections->setToolTip(tr("Connections beyond this are answered with 503"));
    m_rules->setObjectName(QStringLiteral("listenerRules"));
    m_rules->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rules->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rules->setTabChangesFocus(true);
    m_rules->setPlaceholderText(QStringLiteral("/slow=200,delay=3000\n/fail=500,body=nope"));
    m_rules->setFixedHeight(m_rules->fontMetrics().lineSpacing() * 5 + 2 * m_rules->frameWidth()
                            + 8);
    auto *rulesHint
        = new QLabel(tr("One rule per line: PREFIX=STATUS[,delay=MS][,header=Name: value]"
                        "[,body=TEXT]. {id} in TEXT is the captured request's id. Other "
                        "requests are answered 200 with their id."),
                     m_form);
    rulesHint->setTextFormat(Qt::PlainText);
    rulesHint->setWordWrap(true);
    rulesHint->setForegroundRole(QPalette::PlaceholderText);

    auto *where = new QFormLayout;
    where->addRow(tr("&Name:"), m_name);
    where->addRow(tr("A&ddress:"), m_address);
    where->addRow(tr("&Port:"), m_port);
    auto *limits = new QFormLayout;
    limits->addRow(tr("Largest &body:"), m_maxBody);
    limits->addRow(tr("Largest &head:"), m_maxHeader);
    limits->addRow(tr("Request &timeout:"), m_timeout);
    limits->addRow(tr("&Connections:"), m_maxConnections);
    auto *columns = new QHBoxLayout;
    columns->addLayout(where, 1);
    columns->addSpacing(16);
    columns->addLayout(limits, 1);
    auto *rulesLabel = new QLabel(tr("&Response rules:"), m_form);
    rulesLabel->setBuddy(m_rules);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(columns);
    formLayout->addWidget(rulesLabel);
    formLayout->addWidget(m_rules);
    formLayout->addWidget(rulesHint);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problemText->setObjectName(QStringLiteral("listenerProblem"));
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setWordWrap(true);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon);
    problemRow->addWidget(m_problemText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_form);
    layout->addLayout(problemRow);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ListenersPage::showSelected);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        editSelected([&text](Entry &entry) { entry.config.name = text.trimmed(); });
    });
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        editSelected([&text](Entry &entry) { entry.address = text.trimmed(); });
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        editSelected([port](Entry &entry) { entry.config.port = quint16(port); });
    });
    connect(m_maxBody, &QSpinBox::valueChanged, this, [this](int value) {
        editSelected([value](Entry &entry) { entry.config.limits.maxBodyBytes = value * mib; });
    });
    connect(m_maxHeader, &QSpinBox::valueChanged, this, [this](int value) {
        editSelected([value](Entry &entry) { entry.config.limits.maxHeaderBytes = value * kib; });
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        editSelected(
            [seconds](Entry &entry) { entry.config.limits.requestTimeoutMs = seconds * 1000; });
    });
    connect(m_maxConnections, &QSpinBox::valueChanged, this, [this](int value) {
        editSelected([value](Entry &entry) { entry.config.limits.maxConnections = value; });
    });
    connect(m_rules, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_rules->toPlainText();
        editSelected([&text](Entry &entry) { entry.rules = text; });
    });

    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    showSelected();
    validate();
}

QList<ListenerConfig> ListenersPage::listeners() const
{
    QList<ListenerConfig> result;
    for (const Entry &entry : m_entries) {
        ListenerConfig config = entry.config;
        parseAddress(entry.address, &config.address);
        config.rules.clear();
        int line = 0;
        QString error;
        parseRules(entry.rules, &config.rules, &line, &error);
        result.append(config);
    }
    return result;
}

void ListenersPage::addListener()
{
    QStringList names;
    for (const Entry &entry : std::as_const(m_entries))
        names.append(entry.config.name);
    Entry entry;
    for (int n = int(m_entries.size()) + 1; names.contains(entry.config.name); ++n)
        entry.config.name = tr("listener %1").arg(n);
    entry.config.port = 0; // a free one: never in the way of another listener
    entry.address = entry.config.address.toString();
    m_entries.append(entry);
    const int row = int(m_entries.size()) - 1;
    m_table->setRowCount(row + 1);
    updateRow(row);
    m_table->selectRow(row);
    validate();
    m_name->setFocus();
    m_name->selectAll();
}

void ListenersPage::removeListener()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    m_table->removeRow(row);
    if (!m_entries.isEmpty())
        m_table->selectRow(row < m_entries.size() ? row : int(m_entries.size()) - 1);
    showSelected();
    validate();
}

void ListenersPage::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    m_form->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    const Entry shown = row >= 0 ? m_entries.at(row) : Entry {};
    const QSignalBlocker blockers[] = {QSignalBlocker(m_name),
                                       QSignalBlocker(m_address),
                                       QSignalBlocker(m_port),
                                       QSignalBlocker(m_maxBody),
                                       QSignalBlocker(m_maxHeader),
                                       QSignalBlocker(m_timeout),
                                       QSignalBlocker(m_maxConnections),
                                       QSignalBlocker(m_rules)};
    const CaptureLimits &limits = shown.config.limits;
    m_name->setText(shown.config.name);
    m_address->setText(shown.address);
    m_port->setValue(shown.config.port);
    m_maxBody->setValue(ceilDiv(limits.maxBodyBytes, mib, m_maxBody));
    m_maxHeader->setValue(ceilDiv(limits.maxHeaderBytes, kib, m_maxHeader));
    m_timeout->setValue(ceilDiv(limits.requestTimeoutMs, 1000, m_timeout));
    m_maxConnections->setValue(limits.maxConnections);
    m_rules->setPlainText(shown.rules);
}

void ListenersPage::editSelected(const std::function<void(Entry &)> &change)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    change(m_entries[row]);
    updateRow(row);
    validate();
}

void ListenersPage::updateRow(int row)
{
    const Entry &entry = m_entries.at(row);
    const CaptureLimits &limits = entry.config.limits;
    const QLocale locale;
    int ruleCount = 0;
    for (const QString &line : entry.rules.split(u'\n'))
        ruleCount += line.trimmed().isEmpty() ? 0 : 1;
    const QString texts[Columns] = {
        entry.config.name,
        entry.address,
        entry.config.port == 0 ? tr("any") : QString::number(entry.config.port),
        locale.formattedDataSize(limits.maxBodyBytes, 0),
        locale.formattedDataSize(limits.maxHeaderBytes, 0),
        tr("%1 s").arg(locale.toString(double(limits.requestTimeoutMs) / 1000, 'g', 6)),
        locale.toString(limits.maxConnections),
        ruleCount == 0 ? tr("none") : locale.toString(ruleCount),
    };
    for (int column = 0; column < Columns; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            if (column != Name && column != Address)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        item->setText(texts[column]);
    }
}

QString ListenersPage::entryProblem(int row) const
{
    const Entry &entry = m_entries.at(row);
    if (entry.config.name.isEmpty())
        return tr("Give the listener a name: it is stored with each request it captures.");
    QHostAddress address;
    if (entry.address.isEmpty())
        return tr("Enter the address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 "
                  "for every network.");
    if (!parseAddress(entry.address, &address))
        return tr("“%1” is not an IP address. Use one such as 127.0.0.1 (this computer only) "
                  "or 0.0.0.0 (every network).")
            .arg(entry.address);
    for (int other = 0; other < m_entries.size(); ++other) {
        if (other == row)
            continue;
        const Entry &that = m_entries.at(other);
        if (that.config.name.compare(entry.config.name, Qt::CaseInsensitive) == 0)
            return tr("Another listener is also named “%1”: each needs a name of its own.")
                .arg(entry.config.name);
        QHostAddress thatAddress;
        if (entry.config.port != 0 && that.config.port == entry.config.port
            && parseAddress(that.address, &thatAddress)
            && (thatAddress == address || thatAddress.isEqual(QHostAddress::AnyIPv4)
                || address.isEqual(QHostAddress::AnyIPv4) || thatAddress == QHostAddress::Any
                || address == QHostAddress::Any)) {
            return tr("Port %1 is also used by listener “%2”.")
                .arg(entry.config.port)
                .arg(that.config.name);
        }
    }
    int line = 0;
    QString error;
    if (!parseRules(entry.rules, nullptr, &line, &error))
        return tr("Response rule on line %1: %2").arg(line).arg(error);
    return {};
}

void ListenersPage::validate()
{
    QString problem;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_entries.size(); ++row) {
        const QString rowProblem = entryProblem(row);
        if (QTableWidgetItem *item = m_table->item(row, Name)) {
            item->setIcon(rowProblem.isEmpty() ? QIcon() : warning);
            item->setToolTip(rowProblem);
        }
        if (!rowProblem.isEmpty() && problem.isEmpty()) {
            problem = m_entries.size() == 1
                          ? rowProblem
                          : tr("Listener “%1”: %2").arg(m_entries.at(row).config.name, rowProblem);
        }
    }
    if (m_entries.isEmpty())
        problem = tr("Add at least one listener: without one nothing is captured.");
    m_problemText->setText(problem);
    m_problemText->setVisible(!problem.isEmpty());
    m_problemIcon->setVisible(!problem.isEmpty());
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged(problem);
    }
}

} // namespace Hookbench
