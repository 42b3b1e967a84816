#include "bodypage.h"

#include "fieldtablemodel.h"
#include "findbar.h"
#include "jsonbodyview.h"
#include "textpane.h"

#include "inspect/contentdecoding.h"
#include "inspect/formfields.h"
#include "inspect/jsondocument.h"
#include "inspect/xmlformatter.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Hookbench {

namespace {
QByteArray charsetOf(const QByteArray &contentType)
{
    for (const QByteArray &parameter : contentType.split(';')) {
        const qsizetype eq = parameter.indexOf('=');
        if (eq > 0 && parameter.left(eq).trimmed().toLower() == "charset") {
            QByteArray value = parameter.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

// Text in its declared charset when Qt knows it, else UTF-8 (invalid bytes become U+FFFD).
QString decodeText(QByteArray bytes, const QByteArray &contentType)
{
    // Only what can be shown is decoded (a character takes at most 4 bytes).
    if (bytes.size() > BodyPage::maxTextChars * 4 + 4)
        bytes.truncate(BodyPage::maxTextChars * 4 + 4);
    const QByteArray charset = charsetOf(contentType);
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromUtf8(bytes);
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // may quote the payload: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
} // namespace

BodyPage::BodyPage(QWidget *parent)
    : DetailPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_json(new JsonBodyView(this))
    , m_text(new TextPane(this))
    , m_formModel(new FieldTableModel(this))
    , m_form(new QTableView(this))
    , m_binary(new QLabel(this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    m_note = noteLabel(QStringLiteral("bodyNote"), content);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_error = noteLabel(QStringLiteral("bodyError"), content);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_json->setObjectName(QStringLiteral("jsonView"));
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_form->setObjectName(QStringLiteral("formTable"));
    m_form->setModel(m_formModel);
    m_form->setColumnHidden(FieldTableModel::SectionColumn, true);
    m_form->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_form->setAlternatingRowColors(true);
    m_form->setWordWrap(false);
    m_form->horizontalHeader()->setStretchLastSection(false);
    m_form->horizontalHeader()->setSectionResizeMode(FieldTableModel::ValueColumn,
                                                     QHeaderView::Stretch);
    m_form->setColumnWidth(FieldTableModel::NameColumn, 220);
    m_binary->setObjectName(QStringLiteral("binaryMessage"));
    m_binary->setTextFormat(Qt::PlainText);
    m_binary->setAlignment(Qt::AlignCenter);
    m_binary->setWordWrap(true);
    m_stack->addWidget(m_json);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_binary);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    setContent(content);
}

void BodyPage::clear(const QString &hint)
{
    m_kind = PayloadKind::Empty;
    m_json->clear();
    m_text->clear();
    m_formModel->setRows({});
    showHint(hint);
}

void BodyPage::showRequest(const CapturedRequest &request)
{
    const QLocale locale;
    QStringList notes;
    const QByteArray contentType = request.headerValue("Content-Type");
    const QByteArray encoding = request.headerValue("Content-Encoding").trimmed();
    QByteArray bytes = request.body;
    if (!encoding.isEmpty() && encoding.toLower() != "identity" && !bytes.isEmpty()) {
        const ContentDecoding::Result decoded = ContentDecoding::decode(request.body, encoding);
        if (!decoded.ok()) {
            notes << tr("Could not undo Content-Encoding \"%1\" (%2); showing the bytes as "
                        "received.")
                         .arg(QString::fromLatin1(encoding), decoded.error);
        } else if (decoded.decoded) {
            bytes = decoded.bytes;
            notes << tr("Decoded from %1 for display: %2 bytes received, %3 bytes decoded.")
                         .arg(QString::fromLatin1(encoding),
                              locale.toString(qint64(request.body.size())),
                              locale.toString(qint64(bytes.size())));
        }
    }
    if (request.bodyTruncated) {
        notes << tr("Only the first %1 of %2 bytes were captured (body size limit).")
                     .arg(locale.toString(qint64(request.body.size())),
                          locale.toString(request.bodySize));
    }
    m_error->clear();
    m_error->hide();
    m_kind = classifyPayload(contentType, bytes);
    switch (m_kind) {
    case PayloadKind::Empty:
        clear(tr("This request has no body."));
        return;
    case PayloadKind::Json: {
        JsonDocument document = JsonDocument::parse(bytes);
        if (document.isValid()) {
            m_text->clear();
            m_json->setDocument(std::move(document));
            m_stack->setCurrentWidget(m_json);
            break;
        }
        const JsonParseError &error = document.error();
        m_error->setText(tr("Invalid JSON at line %1, column %2: %3")
                             .arg(error.line)
                             .arg(error.column)
                             .arg(error.message));
        m_error->show();
        m_json->clear();
        showText(decodeText(bytes, contentType), notes);
        if (error.offset >= 0 && error.offset <= bytes.size()) {
            // Put the cursor where the parser stopped, so the problem is on screen.
            const qsizetype at = QString::fromUtf8(bytes.left(error.offset)).size();
            QTextCursor cursor(m_text->editor()->document());
            cursor.setPosition(int(std::min<qsizetype>(at, m_text->text().size())));
            m_text->editor()->setTextCursor(cursor);
            m_text->editor()->centerCursor();
        }
        return;
    }
    case PayloadKind::Form: {
        QList<FieldTableModel::Row> rows;
        for (const FormField &field : parseFormFields(bytes))
            rows.append({field.name, field.value, false});
        m_formModel->setRows(rows);
        m_stack->setCurrentWidget(m_form);
        notes << (rows.size() == 1 ? tr("1 form field.") : tr("%1 form fields.").arg(rows.size()));
        break;
    }
    case PayloadKind::Xml: {
        const XmlFormatResult xml = XmlFormatter::format(bytes);
        if (!xml.ok()) {
            m_error->setText(tr("XML is not well-formed at line %1, column %2: %3")
                                 .arg(xml.line)
                                 .arg(xml.column + 1)
                                 .arg(xml.error));
            m_error->show();
        }
        showText(xml.ok() ? QString::fromUtf8(xml.text) : decodeText(bytes, contentType), notes);
        return;
    }
    case PayloadKind::Text:
        showText(decodeText(bytes, contentType), notes);
        m_text->setWordWrap(true);
        return;
    case PayloadKind::Binary:
        m_binary->setText(tr("Binary payload, %1 bytes — see the Hex tab.")
                              .arg(locale.toString(qint64(bytes.size()))));
        m_stack->setCurrentWidget(m_binary);
        break;
    }
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    showContent();
}

void BodyPage::showText(QString text, const QStringList &notes)
{
    QStringList all = notes;
    if (text.size() > maxTextChars) {
        all << tr("Showing the first %1 KB of the text; the Hex tab has all the bytes.")
                   .arg(maxTextChars / 1024);
        text.truncate(maxTextChars);
        if (text.back().isHighSurrogate())
            text.chop(1);
    }
    m_text->setWordWrap(false);
    m_text->setText(std::move(text));
    if (m_text->hasBrokenLines())
        all << tr("Very long lines are broken for display.");
    m_stack->setCurrentWidget(m_text);
    m_note->setText(all.join(u'\n'));
    m_note->setVisible(!all.isEmpty());
    showContent();
}

bool BodyPage::focusFind()
{
    if (isShowingHint())
        return false;
    if (m_stack->currentWidget() == m_json) {
        m_json->textPane()->findBar()->focusField();
        return true;
    }
    if (m_stack->currentWidget() == m_text) {
        m_text->findBar()->focusField();
        return true;
    }
    return false;
}

QString BodyPage::note() const
{
    return m_note->text();
}

QString BodyPage::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString BodyPage::binaryMessage() const
{
    return m_binary->text();
}

} // namespace Hookbench
