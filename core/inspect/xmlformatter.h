#pragma once

#include <QByteArray>
#include <QString>

namespace Hookbench {

/// Pretty-printed XML, or where and why the input is not well-formed.
struct XmlFormatResult
{
    QByteArray text; ///< UTF-8, indented; empty on error
    QString error; ///< the reader's message; empty on success
    qint64 line = 0; ///< line of the error as QXmlStreamReader counts (from 1)
    qint64 column = 0; ///< column of the error as QXmlStreamReader counts (from 0)

    bool ok() const { return error.isEmpty(); }
};

/// Re-indents XML with QXmlStreamReader/QXmlStreamWriter, keeping comments, CDATA sections,
/// processing instructions, the DTD and prefixes exactly as written.
class XmlFormatter final
{
public:
    /// Cap on the formatted text: deep nesting multiplies indentation, so output is bounded.
    static constexpr qsizetype defaultMaxOutput = qsizetype(64) * 1024 * 1024;

    /// Formats `xml` with `indent` spaces per level; invalid input gives an error and no text.
    static XmlFormatResult
    format(const QByteArray &xml, int indent = 2, qsizetype maxOutput = defaultMaxOutput);

private:
    XmlFormatter() = delete;
};

} // namespace Hookbench
