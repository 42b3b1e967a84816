// libFuzzer target for payload inspection. The first byte picks the path: content decoding
// (gzip, deflate, br, or a Content-Encoding header read from the input), form fields, XML
// formatting or classification. None may crash, hang, over-allocate or break its invariants.
#include "inspect/contentdecoding.h"
#include "inspect/formfields.h"
#include "inspect/payloadkind.h"
#include "inspect/xmlformatter.h"

#include <QXmlStreamReader>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Last: its check() macro must not meet the Qt headers.
#include "fuzzcheck.h"

using namespace Hookbench;

namespace {

constexpr qsizetype maxOutput = 1024 * 1024;

void checkDecode(const QByteArray &body, QByteArrayView header, bool single)
{
    const ContentDecoding::Result result = ContentDecoding::decode(body, header, maxOutput);
    if (!result.ok() || !result.decoded) {
        check(!result.decoded);
        check(result.bytes == body); // the caller keeps the raw bytes
        return;
    }
    check(result.bytes.size() <= maxOutput);
    if (!single)
        return;
    // The limit is exact: the decoded size fits, one byte less does not.
    const auto again = ContentDecoding::decode(body, header, result.bytes.size());
    check(again.ok() && again.decoded && again.bytes == result.bytes);
    if (!result.bytes.isEmpty()) {
        const auto smaller = ContentDecoding::decode(body, header, result.bytes.size() - 1);
        check(!smaller.ok() && !smaller.decoded && smaller.bytes == body);
    }
}

void checkForm(QByteArrayView body)
{
    const QList<FormField> fields = parseFormFields(body);
    check(fields.size() <= body.count('&') + 1);
    for (const FormField &field : fields) {
        check(!field.rawName.isEmpty() || !field.rawValue.isEmpty() || body.contains('='));
        check(body.contains(field.rawName));
        check(body.contains(field.rawValue));
        check(field.name == QString::fromUtf8(formUnescape(field.rawName)));
        check(field.value == QString::fromUtf8(formUnescape(field.rawValue)));
        check(formUnescape(field.rawValue).size() <= field.rawValue.size());
    }
    if (looksLikeForm(body))
        check(!fields.isEmpty());
}

void checkXml(const QByteArray &xml)
{
    const XmlFormatResult result = XmlFormatter::format(xml, 2, maxOutput);
    if (!result.ok()) {
        check(result.text.isEmpty());
        check(result.line >= 1 && result.column >= 0);
        return;
    }
    check(!result.text.isEmpty());
    check(result.text.size() <= maxOutput + 1);
    // What the writer produced must itself be well-formed.
    QXmlStreamReader reader(result.text);
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        std::fprintf(stderr, "reparse: %s\n", qPrintable(reader.errorString()));
    check(!reader.hasError());
}

void checkClassify(QByteArrayView contentType, QByteArrayView body)
{
    const PayloadKind kind = classifyPayload(contentType, body);
    check((kind == PayloadKind::Empty) == body.isEmpty());
    if (body.contains('\0'))
        check(kind == PayloadKind::Binary);
    check(!payloadKindName(kind).isEmpty());
    isValidUtf8(body);
}

// "header\nbody": splits the input into a header value and the rest.
std::pair<QByteArrayView, QByteArray> splitHeader(QByteArrayView input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return {QByteArrayView(), input.toByteArray()};
    return {input.first(newline), input.sliced(newline + 1).toByteArray()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 7) {
    case 0:
        checkDecode(input.toByteArray(), "gzip", true);
        break;
    case 1:
        checkDecode(input.toByteArray(), "deflate", true);
        break;
    case 2:
        checkDecode(input.toByteArray(), "br", true);
        break;
    case 3: {
        const auto [header, body] = splitHeader(input);
        checkDecode(body, header, false);
        break;
    }
    case 4:
        checkForm(input);
        break;
    case 5:
        checkXml(input.toByteArray());
        break;
    default: {
        const auto [contentType, body] = splitHeader(input);
        checkClassify(contentType, body);
        break;
    }
    }
    return 0;
}
