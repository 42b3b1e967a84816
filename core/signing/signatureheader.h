#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Hookbench {

/// Parsing of the signature header formats, shared by the schemes. Every parser takes any bytes
/// and never throws: what cannot be read yields no items or nullopt.
class SignatureHeader final
{
public:
    struct Item
    {
        QByteArray key; ///< e.g. "t", "v1", "h1", or the version of a Standard Webhooks item
        QByteArray value;
        bool operator==(const Item &other) const = default;
    };

    /// "t=1,v1=ab,v1=cd" (Stripe, separator ',') or "ts=1;h1=ab" (Paddle, ';'): split on the
    /// separator, then on the first '='. Nothing is trimmed, as in the providers' SDKs; an item
    /// without '=' has an empty value.
    static QList<Item> parseKeyValues(QByteArrayView header, char separator);

    /// Standard Webhooks: "v1,sig v1a,sig" split on spaces (on any white space when
    /// `anyWhitespace`), each item on its first ','. Empty items are skipped; an item without
    /// ',' has an empty key and the whole item as value (OpenAI accepts a bare signature).
    static QList<Item> parseVersionedList(QByteArrayView header, bool anyWhitespace = false);

    /// The rest of `value` after `prefix` (case-sensitive); nullopt when it does not start so.
    static std::optional<QByteArray> afterPrefix(QByteArrayView value, QByteArrayView prefix);

    /// Unix seconds written as the specs say: ASCII digits only (no sign, no space), at most 18
    /// of them so that arithmetic on the result cannot overflow.
    static std::optional<qint64> parseUnixSeconds(QByteArrayView text);
};

} // namespace Hookbench
