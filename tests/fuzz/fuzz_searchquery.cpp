// libFuzzer target for the search language: any text must either compile to SQL made only of
// the compiler's own fragments (user text travels in binds only) or be rejected with an error
// that points inside the query.
//
// Input: one mode byte, then the query. Mode bit 7: the query is raw UTF-16 (lone surrogates,
// NULs) instead of UTF-8; bit 6: "now" is at the edge of qint64 (bit 5: the low edge), to
// exercise the range checks of relative times.
#include "store/searchquery.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

// Last: its check() macro must not meet the Qt headers.
#include "fuzzcheck.h"

using namespace Hookbench;

namespace {

/// True when text is FTS5 strings ("..." with "" inside) joined by " " or by " OR ".
bool isPhraseList(const QString &text)
{
    qsizetype at = 0;
    while (true) {
        if (at >= text.size() || text[at] != u'"')
            return false;
        for (++at;; ++at) {
            if (at >= text.size())
                return false;
            if (text[at] == u'"') {
                if (at + 1 < text.size() && text[at + 1] == u'"')
                    ++at;
                else
                    break;
            }
        }
        ++at;
        if (at == text.size())
            return true;
        if (QStringView(text).sliced(at).startsWith(u" OR \""))
            at += 4;
        else if (QStringView(text).sliced(at).startsWith(u" \""))
            at += 1;
        else
            return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    QString query;
    if (mode & 0x80) {
        query.resize(length / 2); // the bytes may be unaligned for char16_t: copy them
        std::memcpy(query.data(), bytes, size_t(query.size()) * sizeof(QChar));
    } else {
        query = QString::fromUtf8(bytes, length);
    }
    qint64 nowUs = 1'709'679'883'000'000;
    if (mode & 0x40) {
        nowUs = (mode & 0x20) ? std::numeric_limits<qint64>::min() + 1
                              : std::numeric_limits<qint64>::max();
    }

    const auto parsed = SearchQuery::parse(query, nowUs);
    if (const auto *error = std::get_if<SearchQueryError>(&parsed)) {
        check(!error->message.isEmpty());
        check(error->position >= 0 && error->length >= 1);
        check(error->position + error->length <= query.size());
        return 0;
    }
    const SearchQuery &search = std::get<SearchQuery>(parsed);
    check(!search.where.isEmpty());
    // Only the compiler's own vocabulary reaches the SQL text; its one literal is the method
    // the method index leaves out (StoreSchema::methodCondition()).
    const QString vocabulary = QString(search.where).remove(QStringLiteral("'POST'"));
    for (const QChar c : vocabulary) {
        check((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'.'
              || c == u' ' || c == u'?' || c == u'(' || c == u')' || c == u'=' || c == u'<'
              || c == u'>' || c == u'0' || c == u'1');
    }
    check(search.where.count(u'?') == search.binds.size());
    check(search.usesText == search.where.contains(QStringLiteral("request_text")));
    check(search.usesEvents == search.where.contains(QStringLiteral("e.")));
    if (query.trimmed().isEmpty())
        check(search.where == QStringLiteral("1") && search.binds.isEmpty());
    // Full-text binds are phrase lists, so no FTS5 syntax can come from the user.
    qsizetype bind = 0;
    for (qsizetype at = search.where.indexOf(u'?'); at >= 0;
         at = search.where.indexOf(u'?', at + 1), ++bind) {
        if (QStringView(search.where).first(at).endsWith(u"MATCH ")) {
            check(search.binds[bind].typeId() == QMetaType::QString);
            check(isPhraseList(search.binds[bind].toString()));
        }
    }
    return 0;
}
