#include "timestamps.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Hookbench {

namespace {

// Reads exactly `count` digits at `at`; -1 when they are not all there.
int digits(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(at + i);
        if (!c.isDigit() || c.unicode() > '9')
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<qint64> parseIsoTimestampUs(QStringView text)
{
    text = text.trimmed();
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || text.size() < 10 || text.at(4) != u'-'
        || text.at(7) != u'-') {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;

    if (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' ')
        return std::nullopt;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    if (hour < 0 || minute < 0 || text.size() < 16 || text.at(13) != u':')
        return std::nullopt;
    qsizetype at = 16;
    int second = 0;
    if (at < text.size() && text.at(at) == u':') {
        second = digits(text, at + 1, 2);
        if (second < 0)
            return std::nullopt;
        at += 3;
    }
    qint64 micros = 0;
    if (at < text.size() && (text.at(at) == u'.' || text.at(at) == u',')) {
        ++at;
        int count = 0;
        for (; at < text.size() && text.at(at).isDigit() && text.at(at).unicode() <= '9'; ++at) {
            if (count++ < 6)
                micros = micros * 10 + (text.at(at).unicode() - '0');
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 6; ++count)
            micros *= 10;
    }
    // A leap second (:60) is accepted as the last moment of its minute.
    const QTime time(hour, minute, qMin(second, 59));
    if (!time.isValid() || second > 60)
        return std::nullopt;

    int offsetSeconds = 0;
    if (at < text.size()) {
        const QChar sign = text.at(at);
        if ((sign == u'Z' || sign == u'z') && at + 1 == text.size()) {
            offsetSeconds = 0;
        } else if (sign == u'+' || sign == u'-') {
            const int offsetHours = digits(text, at + 1, 2);
            const bool colon = at + 3 < text.size() && text.at(at + 3) == u':';
            const int offsetMinutes = digits(text, at + (colon ? 4 : 3), 2);
            if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59
                || at + (colon ? 6 : 5) != text.size()) {
                return std::nullopt;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    const qint64 local = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    return local + micros - qint64(offsetSeconds) * 1000000;
}

qint64 unixTimeToUs(qint64 value)
{
    const qint64 magnitude = value < 0 ? -value : value;
    if (magnitude >= 100'000'000'000'000'000LL) // beyond year 5138 in µs: nanoseconds
        return value / 1000;
    if (magnitude >= 100'000'000'000'000LL) // beyond year 5138 in ms: microseconds
        return value;
    if (magnitude >= 100'000'000'000LL) // beyond year 5138 in s: milliseconds
        return value * 1000;
    return value * 1'000'000;
}

} // namespace Hookbench
