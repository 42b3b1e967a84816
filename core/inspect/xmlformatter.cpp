#include "xmlformatter.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Hookbench {

XmlFormatResult XmlFormatter::format(const QByteArray &xml, int indent, qsizetype maxOutput)
{
    XmlFormatResult result;
    QXmlStreamReader reader(xml);
    // Without namespace processing names keep their prefixes and xmlns declarations stay
    // ordinary attributes, so the writer reproduces them verbatim instead of inventing prefixes.
    reader.setNamespaceProcessing(false);

    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(indent);
    int depth = 0;
    int mixedDepth = -1; // the element whose text turned auto-formatting off; -1 when on

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            if (!reader.documentVersion().isEmpty()) {
                if (reader.isStandaloneDocument())
                    writer.writeStartDocument(reader.documentVersion().toString(), true);
                else
                    writer.writeStartDocument(reader.documentVersion().toString());
            }
            break;
        case QXmlStreamReader::EndDocument:
            writer.writeEndDocument();
            break;
        case QXmlStreamReader::StartElement: {
            writer.writeStartElement(reader.qualifiedName().toString());
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (!attribute.isDefault()) // defaults come from the DTD, not from the text
                    writer.writeAttribute(attribute.qualifiedName().toString(),
                                          attribute.value().toString());
            }
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            if (depth == mixedDepth) {
                writer.setAutoFormatting(true);
                mixedDepth = -1;
            }
            --depth;
            break;
        case QXmlStreamReader::Characters: {
            const bool cdata = reader.isCDATA();
            if (!cdata && reader.isWhitespace()
                && (depth == 0 || reader.text().contains(QLatin1Char('\n')))) {
                // Layout whitespace: the writer indents instead. A lone space between inline
                // elements ("<b>a</b> <i>b</i>") carries meaning and is kept.
                break;
            }
            // Inside an element with text, added line breaks would change the text: the rest of
            // that element is written as it is.
            if (mixedDepth < 0) {
                mixedDepth = depth;
                writer.setAutoFormatting(false);
            }
            if (cdata)
                writer.writeCDATA(reader.text().toString());
            else
                writer.writeCharacters(reader.text().toString());
            break;
        }
        case QXmlStreamReader::Comment:
            writer.writeComment(reader.text().toString());
            break;
        case QXmlStreamReader::DTD:
            writer.writeDTD(reader.text().toString());
            break;
        case QXmlStreamReader::EntityReference:
            writer.writeEntityReference(reader.name().toString());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            writer.writeProcessingInstruction(reader.processingInstructionTarget().toString(),
                                              reader.processingInstructionData().toString());
            break;
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break;
        }
        if (out.size() > maxOutput) {
            result.error = QStringLiteral("Formatted XML is larger than %1 bytes").arg(maxOutput);
            result.line = reader.lineNumber();
            result.column = reader.columnNumber();
            return result;
        }
    }
    if (reader.hasError()) {
        result.error = reader.errorString();
        result.line = reader.lineNumber();
        result.column = reader.columnNumber();
        return result;
    }
    // Without an XML declaration the writer starts with the line break meant to follow it.
    qsizetype start = 0;
    while (start < out.size() && out[start] == '\n')
        ++start;
    out.remove(0, start);
    if (!out.endsWith('\n'))
        out.append('\n');
    result.text = std::move(out);
    return result;
}

} // namespace Hookbench
