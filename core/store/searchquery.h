#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <variant>

namespace Hookbench {

/*
 * The search language shared by the UI's search field, the REST API's `q` parameter and the
 * CLI. It compiles to a SQL boolean expression over
 *     requests r LEFT JOIN events e ON e.request_id = r.id
 * plus the FTS5 table request_text (rowid = requests.id).
 *
 * Terms are separated by white space and must all match. A leading `-` negates a term; the
 * negation of a condition on a NULL column matches (`-provider:paket` keeps requests with no
 * provider). A `-` alone is an error.
 *
 * A term is a filter when it starts with letters and a colon (`name:value`, name compared
 * case-insensitively):
 *   type:PATTERN      event type; `*` matches any run of characters (`type:subscription.*`,
 *                     `type:*.created`), without `*` the type must be equal. `?`, `[`, `]` are
 *                     literal.
 *   provider:ID       recognized provider, exact; `provider:unknown` = none recognized
 *   method:NAME       HTTP method, upper-cased (`method:post` = POST)
 *   path:PREFIX       the path (bytes as received, without the query) starts with PREFIX
 *   status:CODE       response status: `200`, a class `4xx`, or a range `500-599`; 100..599
 *   sig:VALUE         signature check: valid | invalid | none
 *   is:VALUE          duplicate | unknown-type (an event whose type is not in the catalog) |
 *                     error (the capture failed)
 *   before:T, after:T received before T (exclusive) / at or after T (inclusive). T is RFC 3339
 *                     `YYYY-MM-DD(T| )HH:MM[:SS[.fraction]](Z|±HH:MM)` (seconds optional, the
 *                     offset required), a date `YYYY-MM-DD` (UTC midnight), or a duration back
 *                     from now: digits and one of s m h d w (`15m`, `2h`, `7d`).
 * Filter names and the keyword values (sig, is, provider:unknown) are case-insensitive; the
 * other values are case-sensitive.
 *
 * A value may be quoted: `path:"/a b"`. Inside quotes `\"` is a quote and `\\` a backslash;
 * any other backslash is kept. A closing quote must be followed by white space or the end.
 *
 * Everything else is free text, searched as a phrase in the path, header names and values and
 * the decoded body: a bare word, or a "quoted phrase" (a quote inside a bare word is literal).
 * Words are split by the FTS5 tokenizer, so punctuation is not searchable and no FTS5 syntax
 * (NEAR, OR, column:, *) gets through.
 *
 * Colons: a word whose part before the first colon is letters only must name a known filter,
 * otherwise it is an error ("unknown filter 'foo:'"). Exceptions, which are free text: URLs
 * (letters then `://`, e.g. `http://x`) and words where something other than letters precedes
 * the colon (`12:30`, `{"id":1}`, `:x`). Quote any other text that looks like a filter.
 */

/// Why a query was rejected and where: a UTF-16 offset (QString index) and length in the query.
struct SearchQueryError
{
    QString message;
    int position = 0;
    int length = 0;
};

/// A compiled search: a WHERE fragment with positional binds over `requests r LEFT JOIN events e`.
struct SearchQuery
{
    QString where = QStringLiteral("1"); ///< SQL boolean expression, "1" when the query is empty
    QVariantList binds; ///< positional '?' values, in order
    bool usesEvents = false; ///< references e.* (the caller may skip the join otherwise)
    bool usesText = false; ///< uses the request_text FTS5 table

    /// Parses and compiles a query; nowUs (µs since the epoch) anchors relative times.
    static std::variant<SearchQuery, SearchQueryError> parse(QStringView query, qint64 nowUs);
    /// The filter names, without their colon, for completers and error messages.
    static QStringList operators();

    Q_DECLARE_TR_FUNCTIONS(Hookbench::SearchQuery)
};

} // namespace Hookbench
