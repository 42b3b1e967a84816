#include "searchquery.h"

#include "storeschema.h"

#include <QByteArray>
#include <QDate>

#include <limits>
#include <optional>

namespace Hookbench {

namespace {

constexpr qint64 usPerSecond = 1'000'000;
constexpr qint64 usPerDay = 86'400 * usPerSecond;

enum class Operator { Type, Provider, Method, Path, Status, Sig, Is, Before, After };

struct OperatorName
{
    const char16_t *name;
    Operator op;
};

// In the order the help text and the completer show them.
constexpr OperatorName operatorNames[] = {
    {u"type", Operator::Type},
    {u"provider", Operator::Provider},
    {u"method", Operator::Method},
    {u"path", Operator::Path},
    {u"status", Operator::Status},
    {u"sig", Operator::Sig},
    {u"is", Operator::Is},
    {u"before", Operator::Before},
    {u"after", Operator::After},
};

/// One compiled term: SQL text and the values its '?' take, in order.
struct Condition
{
    QString sql;
    QVariantList binds;
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// An FTS5 string: the text can only ever be a phrase, never operators or column filters.
QString ftsString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    quoted.replace(QChar(0), u' '); // a separator to the tokenizer anyway; C APIs would cut there
    return u'"' + quoted + u'"';
}

/// `value` as a GLOB pattern where only `*` is special.
QString globPattern(const QString &value)
{
    QString pattern;
    pattern.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == u'?')
            pattern += QStringLiteral("[?]");
        else if (c == u'[')
            pattern += QStringLiteral("[[]");
        else if (c == u']')
            pattern += QStringLiteral("[]]");
        else
            pattern += c;
    }
    return pattern;
}

/// Reads `count` decimal digits at `at`; false when they are not all there.
bool readDigits(QStringView text, qsizetype at, int count, int *out)
{
    if (at + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[at + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *out = value;
    return true;
}

/// RFC 3339 (seconds optional) or a bare date, as µs since the epoch (UTC).
std::optional<qint64> parseTimestamp(QStringView text)
{
    int year = 0, month = 0, day = 0;
    if (!readDigits(text, 0, 4, &year) || text.size() < 10 || text[4] != u'-'
        || !readDigits(text, 5, 2, &month) || text[7] != u'-' || !readDigits(text, 8, 2, &day)
        || !QDate::isValid(year, month, day)) {
        return std::nullopt;
    }
    const qint64 dayUs = (QDate(year, month, day).toJulianDay() - 2440588) * usPerDay;
    if (text.size() == 10)
        return dayUs;

    int hour = 0, minute = 0, second = 0;
    const QChar separator = text[10];
    if ((separator != u'T' && separator != u't' && separator != u' ')
        || !readDigits(text, 11, 2, &hour) || text.size() < 16 || text[13] != u':'
        || !readDigits(text, 14, 2, &minute) || hour > 23 || minute > 59) {
        return std::nullopt;
    }
    qsizetype at = 16;
    qint64 fractionUs = 0;
    if (at < text.size() && text[at] == u':') {
        // 60 is a leap second (RFC 3339); it counts into the next minute.
        if (!readDigits(text, at + 1, 2, &second) || second > 60)
            return std::nullopt;
        at += 3;
        if (at < text.size() && text[at] == u'.') {
            ++at;
            const qsizetype digitsStart = at;
            qint64 scale = usPerSecond / 10;
            for (; at < text.size() && isDigit(text[at]); ++at) {
                fractionUs += (text[at].unicode() - u'0') * scale; // beyond µs: truncated
                scale /= 10;
            }
            if (at == digitsStart)
                return std::nullopt;
        }
    }
    if (at >= text.size())
        return std::nullopt; // no offset: a local time would depend on the machine
    int offsetMinutes = 0;
    const QChar zone = text[at];
    if (zone == u'Z' || zone == u'z') {
        ++at;
    } else if (zone == u'+' || zone == u'-') {
        int offsetHour = 0, offsetMinute = 0;
        if (!readDigits(text, at + 1, 2, &offsetHour) || at + 3 >= text.size()
            || text[at + 3] != u':' || !readDigits(text, at + 4, 2, &offsetMinute)
            || offsetHour > 23 || offsetMinute > 59) {
            return std::nullopt;
        }
        offsetMinutes = (offsetHour * 60 + offsetMinute) * (zone == u'-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    const qint64 seconds = hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return dayUs + seconds * usPerSecond + fractionUs;
}

/// The parser and compiler; one instance per query.
class Compiler
{
public:
    Compiler(QStringView query, qint64 nowUs) : m_query(query), m_nowUs(nowUs) { }

    std::variant<SearchQuery, SearchQueryError> run();

private:
    bool term();
    bool readQuoted(qsizetype *at, QString *out);
    bool filter(Operator op, qsizetype nameStart, bool negated);
    std::optional<Condition> compile(Operator op, const QString &value);
    std::optional<Condition> status(const QString &value);
    std::optional<qint64> time(const QString &value);
    bool fail(const QString &message, qsizetype position, qsizetype length);

    bool atSpace(qsizetype at) const { return at >= m_query.size() || m_query[at].isSpace(); }
    qsizetype wordEnd(qsizetype at) const
    {
        while (!atSpace(at))
            ++at;
        return at;
    }

    QStringView m_query;
    qint64 m_nowUs;
    qsizetype m_pos = 0;
    QList<Condition> m_conditions;
    QStringList m_positiveText;
    QStringList m_negativeText;
    bool m_usesEvents = false;
    SearchQueryError m_error;
};

std::variant<SearchQuery, SearchQueryError> Compiler::run()
{
    while (true) {
        while (m_pos < m_query.size() && m_query[m_pos].isSpace())
            ++m_pos;
        if (m_pos >= m_query.size())
            break;
        if (!term())
            return m_error;
    }

    // All positive phrases in one MATCH (FTS5 ANDs them), all negative ones in one NOT IN.
    static const QString textIds
        = QStringLiteral("(SELECT rowid FROM request_text WHERE request_text MATCH ?)");
    if (!m_positiveText.isEmpty())
        m_conditions.append({QStringLiteral("r.id IN ") + textIds, {m_positiveText.join(u' ')}});
    if (!m_negativeText.isEmpty()) {
        m_conditions.append({QStringLiteral("r.id NOT IN ") + textIds,
                             {m_negativeText.join(QStringLiteral(" OR "))}});
    }

    SearchQuery result;
    result.usesEvents = m_usesEvents;
    result.usesText = !m_positiveText.isEmpty() || !m_negativeText.isEmpty();
    if (!m_conditions.isEmpty()) {
        QStringList parts;
        for (const Condition &condition : std::as_const(m_conditions)) {
            parts.append(condition.sql);
            result.binds.append(condition.binds);
        }
        result.where = parts.join(QStringLiteral(" AND "));
    }
    return result;
}

bool Compiler::fail(const QString &message, qsizetype position, qsizetype length)
{
    m_error = {message, int(position), int(length)};
    return false;
}

/// One term at m_pos (not white space); advances past it.
bool Compiler::term()
{
    const qsizetype start = m_pos;
    bool negated = false;
    if (m_query[m_pos] == u'-') {
        negated = true;
        ++m_pos;
        if (atSpace(m_pos))
            return fail(SearchQuery::tr("'-' must be followed by a term to exclude"), start, 1);
    }

    if (m_query[m_pos] == u'"') {
        QString phrase;
        if (!readQuoted(&m_pos, &phrase))
            return false;
        (negated ? m_negativeText : m_positiveText).append(ftsString(phrase));
        return true;
    }

    qsizetype nameEnd = m_pos;
    while (nameEnd < m_query.size() && isAsciiLetter(m_query[nameEnd]))
        ++nameEnd;
    if (nameEnd > m_pos && nameEnd < m_query.size() && m_query[nameEnd] == u':') {
        const QString name = m_query.sliced(m_pos, nameEnd - m_pos).toString().toLower();
        for (const OperatorName &known : operatorNames) {
            if (name == QStringView(known.name))
                return filter(known.op, m_pos, negated);
        }
        if (!m_query.sliced(nameEnd + 1).startsWith(u"//")) {
            return fail(SearchQuery::tr("unknown filter '%1:' — known: %2")
                            .arg(m_query.sliced(m_pos, nameEnd - m_pos),
                                 SearchQuery::operators().join(QStringLiteral(", "))),
                        m_pos,
                        nameEnd + 1 - m_pos);
        }
    }

    const qsizetype end = wordEnd(m_pos);
    const QString word = m_query.sliced(m_pos, end - m_pos).toString();
    (negated ? m_negativeText : m_positiveText).append(ftsString(word));
    m_pos = end;
    return true;
}

/// Reads a quoted string starting at *at (a quote); leaves *at after the closing quote.
bool Compiler::readQuoted(qsizetype *at, QString *out)
{
    const qsizetype open = *at;
    qsizetype i = open + 1;
    for (; i < m_query.size(); ++i) {
        const QChar c = m_query[i];
        if (c == u'"')
            break;
        if (c == u'\\' && i + 1 < m_query.size()
            && (m_query[i + 1] == u'"' || m_query[i + 1] == u'\\')) {
            ++i;
            out->append(m_query[i]);
        } else {
            out->append(c);
        }
    }
    if (i >= m_query.size())
        return fail(SearchQuery::tr("unterminated quote"), open, m_query.size() - open);
    *at = i + 1;
    if (!atSpace(*at)) {
        return fail(SearchQuery::tr("a closing quote must be followed by a space"),
                    *at,
                    wordEnd(*at) - *at);
    }
    return true;
}

/// A `name:value` term; nameStart is where the name begins (after any '-').
bool Compiler::filter(Operator op, qsizetype nameStart, bool negated)
{
    const qsizetype valueStart = m_query.indexOf(u':', nameStart) + 1;
    qsizetype valueEnd = valueStart;
    QString value;
    if (valueStart < m_query.size() && m_query[valueStart] == u'"') {
        if (!readQuoted(&valueEnd, &value))
            return false;
    } else {
        valueEnd = wordEnd(valueStart);
        value = m_query.sliced(valueStart, valueEnd - valueStart).toString();
    }
    m_pos = valueEnd;
    if (value.isEmpty()) {
        return fail(SearchQuery::tr("'%1' needs a value")
                        .arg(m_query.sliced(nameStart, valueStart - nameStart)),
                    nameStart,
                    valueEnd - nameStart);
    }

    std::optional<Condition> condition = compile(op, value);
    if (!condition) {
        m_error.position = int(valueStart);
        m_error.length = int(valueEnd - valueStart);
        return false;
    }
    if (negated) // a NULL (unknown) never hides a row from an exclusion
        condition->sql = u'(' + condition->sql + QStringLiteral(") IS NOT 1");
    else if (condition->sql.contains(QStringLiteral(" AND ")))
        condition->sql = u'(' + condition->sql + u')';
    m_conditions.append(*condition);
    return true;
}

/// The condition for one filter, or nothing with m_error.message set.
std::optional<Condition> Compiler::compile(Operator op, const QString &value)
{
    const QString keyword = value.toLower();
    switch (op) {
    case Operator::Type:
        m_usesEvents = true;
        if (value.contains(u'*'))
            return Condition {QStringLiteral("e.event_name GLOB ?"), {globPattern(value)}};
        return Condition {QStringLiteral("e.event_name = ?"), {value}};
    case Operator::Provider:
        m_usesEvents = true;
        if (keyword == u"unknown")
            return Condition {QStringLiteral("e.provider IS NULL"), {}};
        return Condition {QStringLiteral("e.provider = ?"), {value}};
    case Operator::Method:
        return Condition {StoreSchema::methodCondition(value.toUpper()), {value.toUpper()}};
    case Operator::Path: {
        // A byte range instead of LIKE: it uses the path index and knows no wildcards.
        const QByteArray prefix = value.toUtf8();
        QByteArray upper = prefix;
        while (!upper.isEmpty() && uchar(upper.back()) == 0xff)
            upper.chop(1);
        if (upper.isEmpty())
            return Condition {QStringLiteral("r.path >= ?"), {prefix}};
        upper.back() = char(uchar(upper.back()) + 1);
        return Condition {QStringLiteral("r.path >= ? AND r.path < ?"), {prefix, upper}};
    }
    case Operator::Status:
        return status(value);
    case Operator::Sig:
        m_usesEvents = true;
        if (keyword == u"valid" || keyword == u"invalid")
            return Condition {QStringLiteral("e.signature_status = ?"), {keyword}};
        if (keyword == u"none")
            return Condition {QStringLiteral("e.signature_status IS NULL"), {}};
        m_error.message
            = SearchQuery::tr("unknown signature state '%1' — expected valid, invalid, none")
                  .arg(value);
        return std::nullopt;
    case Operator::Is:
        if (keyword == u"duplicate") {
            m_usesEvents = true;
            return Condition {QStringLiteral("e.duplicate_of IS NOT NULL"), {}};
        }
        if (keyword == u"unknown-type") {
            m_usesEvents = true;
            return Condition {QStringLiteral("e.event_name IS NOT NULL AND e.known_type = 0"), {}};
        }
        if (keyword == u"error")
            return Condition {QStringLiteral("r.error_kind IS NOT NULL"), {}};
        m_error.message
            = SearchQuery::tr("unknown 'is:' value '%1' — expected duplicate, unknown-type, error")
                  .arg(value);
        return std::nullopt;
    case Operator::Before:
    case Operator::After: {
        const std::optional<qint64> us = time(value);
        if (!us)
            return std::nullopt;
        if (op == Operator::Before)
            return Condition {QStringLiteral("r.received_start_us < ?"), {*us}};
        return Condition {QStringLiteral("r.received_start_us >= ?"), {*us}};
    }
    }
    return std::nullopt;
}

/// `200`, `4xx` or `500-599`, all within 100..599.
std::optional<Condition> Compiler::status(const QString &value)
{
    const auto code = [](QStringView text) -> int {
        int result = 0;
        return text.size() == 3 && readDigits(text, 0, 3, &result) ? result : -1;
    };
    const auto valid = [](int status) {
        return status >= 100 && status <= 599;
    };
    const auto range = [](int from, int to) {
        return Condition {QStringLiteral("r.response_status >= ? AND r.response_status <= ?"),
                          {from, to}};
    };

    const int single = code(value);
    if (valid(single))
        return Condition {QStringLiteral("r.response_status = ?"), {single}};
    if (value.size() == 3 && value[0] >= u'1' && value[0] <= u'5'
        && value.sliced(1).compare(u"xx", Qt::CaseInsensitive) == 0) {
        const int from = (value[0].unicode() - u'0') * 100;
        return range(from, from + 99);
    }
    const qsizetype dash = value.indexOf(u'-');
    if (dash > 0) {
        const int from = code(QStringView(value).first(dash));
        const int to = code(QStringView(value).sliced(dash + 1));
        if (valid(from) && valid(to) && from <= to)
            return range(from, to);
        if (valid(from) && valid(to)) {
            m_error.message = SearchQuery::tr("status range '%1' is backwards").arg(value);
            return std::nullopt;
        }
    }
    bool isNumber = false;
    const qint64 number = value.toLongLong(&isNumber);
    if (isNumber && number == 0) {
        m_error.message = SearchQuery::tr("status 0 is never sent — statuses are 100 to 599");
    } else if (isNumber) {
        m_error.message
            = SearchQuery::tr("status %1 is out of range — statuses are 100 to 599").arg(value);
    } else {
        m_error.message = SearchQuery::tr("bad status '%1' — expected a status (200), a class "
                                          "(4xx) or a range (500-599)")
                              .arg(value);
    }
    return std::nullopt;
}

/// An absolute time, or a duration back from now (`15m`).
std::optional<qint64> Compiler::time(const QString &value)
{
    if (const std::optional<qint64> absolute = parseTimestamp(value))
        return absolute;

    constexpr qint64 unitsUs[]
        = {usPerSecond, 60 * usPerSecond, 3600 * usPerSecond, usPerDay, 7 * usPerDay};
    const qsizetype unit = QStringView(u"smhdw").indexOf(value.back());
    const qint64 unitUs = unit >= 0 ? unitsUs[unit] : 0;
    const QStringView digits = QStringView(value).chopped(1);
    bool allDigits = unitUs > 0 && !digits.isEmpty();
    for (const QChar c : digits)
        allDigits = allDigits && isDigit(c);
    if (!allDigits) {
        m_error.message
            = SearchQuery::tr("bad time '%1' — expected 2024-03-05T23:04:43Z, 2024-03-05 or "
                              "15m/2h/7d")
                  .arg(value);
        return std::nullopt;
    }
    // Durations past ~31 000 years are typos; the bound also keeps the arithmetic in range.
    constexpr qint64 maxUs = 1'000'000'000'000'000'000;
    const qint64 count = digits.size() > 18 ? maxUs : digits.toLongLong();
    if (count > maxUs / unitUs || m_nowUs < std::numeric_limits<qint64>::min() + count * unitUs) {
        m_error.message = SearchQuery::tr("duration '%1' is too long").arg(value);
        return std::nullopt;
    }
    return m_nowUs - count * unitUs;
}

} // namespace

std::variant<SearchQuery, SearchQueryError> SearchQuery::parse(QStringView query, qint64 nowUs)
{
    return Compiler(query, nowUs).run();
}

QStringList SearchQuery::operators()
{
    QStringList names;
    for (const OperatorName &known : operatorNames)
        names.append(QString::fromUtf16(known.name));
    return names;
}

} // namespace Hookbench
