#include "jsonmemberedit.h"

#include "inspect/jsondocument.h"

namespace Hookbench {

std::optional<QByteArray> withTopLevelInteger(const QByteArray &json, QStringView key, qint64 value)
{
    const JsonDocument document = JsonDocument::parse(json);
    if (!document.isValid() || document.nodes().front().kind != JsonNode::Kind::Object)
        return std::nullopt;
    const QByteArray number = QByteArray::number(value);
    const int member = document.member(0, key);
    if (member < 0) {
        const JsonNode &root = document.nodes().front();
        QByteArray inserted = '"' + key.toUtf8() + "\":" + number;
        if (root.childCount > 0)
            inserted += ',';
        return QByteArray(json).insert(root.valueOffset + 1, inserted);
    }
    const JsonNode &node = document.nodes()[size_t(member)];
    if (node.kind == JsonNode::Kind::Object || node.kind == JsonNode::Kind::Array)
        return std::nullopt;
    return QByteArray(json).replace(node.valueOffset, node.valueLength, number);
}

} // namespace Hookbench
