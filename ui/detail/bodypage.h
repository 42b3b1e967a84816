#pragma once

#include "detailpage.h"

#include "capture/capturedrequest.h"
#include "inspect/payloadkind.h"

class QLabel;
class QTableView;

namespace Hookbench {

class FieldTableModel;
class JsonBodyView;
class TextPane;

/// The Body tab: the body decoded for reading (Content-Encoding undone, for display only)
/// and shown by kind: JSON tree and pretty text, form fields, pretty XML, text, or a pointer
/// to the Hex tab for binary payloads.
class BodyPage final : public DetailPage
{
    Q_OBJECT
public:
    /// Text bodies (and XML, invalid JSON) longer than this many characters are cut: a
    /// QPlainTextEdit lays out all it holds, about 1 µs a character.
    static constexpr qsizetype maxTextChars = 512 * 1024;

    explicit BodyPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BodyPage)

    void showRequest(const CapturedRequest &request);
    void clear(const QString &hint);
    /// Focuses the find field of the text shown (JSON or text); false when there is none.
    bool focusFind();

    PayloadKind kind() const { return m_kind; }
    QString note() const;
    QString error() const;
    JsonBodyView *jsonView() const { return m_json; }
    TextPane *textPane() const { return m_text; }
    FieldTableModel *formModel() const { return m_formModel; }
    QString binaryMessage() const;

private:
    void showText(QString text, const QStringList &notes);

    PayloadKind m_kind = PayloadKind::Empty;
    QLabel *m_note;
    QLabel *m_error;
    QStackedWidget *m_stack;
    JsonBodyView *m_json;
    TextPane *m_text;
    FieldTableModel *m_formModel;
    QTableView *m_form;
    QLabel *m_binary;
};

} // namespace Hookbench
