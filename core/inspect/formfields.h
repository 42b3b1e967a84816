#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Hookbench {

/// One name=value pair of an application/x-www-form-urlencoded body.
struct FormField
{
    QString name; ///< decoded ('+' is a space, %XX resolved) and read as UTF-8
    QString value; ///< decoded like the name; empty when the pair has no '='
    QByteArray rawName; ///< the name exactly as written in the body
    QByteArray rawValue; ///< the value exactly as written in the body
};

/// Splits a form body into its fields, in order, duplicates kept. Empty pairs ("a&&b") are
/// skipped, a pair without '=' has an empty value, invalid % escapes stay literal, and bytes
/// that are not UTF-8 after decoding show as U+FFFD (the raw fields keep them).
QList<FormField> parseFormFields(QByteArrayView body);

/// Form decoding of one name or value: '+' becomes a space, valid %XX escapes become bytes.
QByteArray formUnescape(QByteArrayView text);

/// Heuristic for bodies without a usable Content-Type: true for "a=1&b=two%20words"-like text.
bool looksLikeForm(QByteArrayView body);

} // namespace Hookbench
