#include "formfields.h"

namespace Hookbench {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Bytes a form encoder leaves as they are, plus '%' and '+' (its escapes) and the brackets and
// other punctuation that real clients (PHP-style "a[b]=1", Rails) send unescaped.
bool isFormByte(uchar c)
{
    if (c >= 'a' && c <= 'z')
        return true;
    if (c >= 'A' && c <= 'Z')
        return true;
    if (c >= '0' && c <= '9')
        return true;
    switch (c) {
    case '%':
    case '+':
    case '-':
    case '.':
    case '_':
    case '~':
    case '*':
    case '[':
    case ']':
    case '!':
    case '$':
    case '\'':
    case '(':
    case ')':
    case ',':
    case ';':
    case ':':
    case '@':
    case '/':
    case '?':
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray formUnescape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out.append(' ');
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(c); // includes a '%' that does not start a valid escape
        }
    }
    return out;
}

QList<FormField> parseFormFields(QByteArrayView body)
{
    QList<FormField> fields;
    QByteArrayView rest = body;
    while (!rest.isEmpty()) {
        const qsizetype amp = rest.indexOf('&');
        const QByteArrayView pair = amp < 0 ? rest : rest.first(amp);
        rest = amp < 0 ? QByteArrayView() : rest.sliced(amp + 1);
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        FormField field;
        field.rawName = (eq < 0 ? pair : pair.first(eq)).toByteArray();
        if (eq >= 0)
            field.rawValue = pair.sliced(eq + 1).toByteArray();
        field.name = QString::fromUtf8(formUnescape(field.rawName));
        field.value = QString::fromUtf8(formUnescape(field.rawValue));
        fields.append(std::move(field));
    }
    return fields;
}

bool looksLikeForm(QByteArrayView body)
{
    // Clients often end the body with a line break; it is not part of the last value.
    while (body.endsWith('\n') || body.endsWith('\r'))
        body.chop(1);
    if (body.isEmpty())
        return false;
    bool sawPair = false;
    QByteArrayView rest = body;
    while (!rest.isEmpty()) {
        const qsizetype amp = rest.indexOf('&');
        const QByteArrayView pair = amp < 0 ? rest : rest.first(amp);
        rest = amp < 0 ? QByteArrayView() : rest.sliced(amp + 1);
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq == 0)
            return false; // a value without a name
        if (eq > 0)
            sawPair = true;
        for (const char c : pair) {
            if (c != '=' && !isFormByte(uchar(c)))
                return false;
        }
    }
    return sawPair;
}

} // namespace Hookbench
