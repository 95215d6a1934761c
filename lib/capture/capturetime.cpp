// Times as capture files and HAR write them: ISO 8601 in µs and exact decimal seconds, without
// QDateTime (it keeps ms only, and the writer formats a time for every frame).

#include "capturejson.h"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

namespace shuriken::capture::detail {

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

namespace {

constexpr qint64 kMicrosPerSecond = 1000000;
constexpr qint64 kMicrosPerDay = 86400 * kMicrosPerSecond;

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian, days since 1970-01-01).
struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const unsigned month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return {static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<qint64>(dayOfEra) - 719468;
}

unsigned daysInMonth(qint64 year, unsigned month)
{
    static constexpr std::array<unsigned, 12> days {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

char *writeDigits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// Byte classes of the string scanner: what may follow without a closer look.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

void appendIsoTime(QByteArray &out, qint64 timeUs)
{
    const qint64 days = floorDiv(timeUs, kMicrosPerDay);
    const qint64 ofDay = timeUs - days * kMicrosPerDay;
    const CivilDate date = civilFromDays(days);
    char buffer[48];
    char *p = buffer;
    qint64 year = date.year;
    if (year < 0) {
        *p++ = '-';
        year = -year;
    }
    int yearWidth = 4;
    for (qint64 limit = 10000; year >= limit && yearWidth < 18; limit *= 10)
        ++yearWidth;
    p = writeDigits(p, year, yearWidth);
    *p++ = '-';
    p = writeDigits(p, date.month, 2);
    *p++ = '-';
    p = writeDigits(p, date.day, 2);
    *p++ = 'T';
    const qint64 seconds = ofDay / kMicrosPerSecond;
    p = writeDigits(p, seconds / 3600, 2);
    *p++ = ':';
    p = writeDigits(p, seconds / 60 % 60, 2);
    *p++ = ':';
    p = writeDigits(p, seconds % 60, 2);
    *p++ = '.';
    p = writeDigits(p, ofDay % kMicrosPerSecond, 6);
    *p++ = 'Z';
    out.append(buffer, p - buffer);
}

char *writeTimeMembers(char *out, qint64 timeUs)
{
    // What the last call wrote for its second: the firehose writes hundreds of records a second,
    // and formatting both times from scratch for each was a third of the recorder's own CPU
    // (perf, shuriken-stream --record at 580k frames/s).
    struct SecondText
    {
        qint64 second = -1;
        char digits[24] = {}; // the second, in decimal: timeUs is these and six digits of µs
        qsizetype digitCount = 0;
        char iso[48] = {}; // 2026-12-06T01:13:20.
        qsizetype isoCount = 0;
    };
    thread_local SecondText cache;

    if (timeUs < kMicrosPerSecond) {
        // Before the epoch's first second: no leading digits to share, and never a real frame.
        QByteArray text = "\"timeUs\":";
        appendInteger(text, timeUs);
        text += ",\"time\":\"";
        appendIsoTime(text, timeUs);
        text += '"';
        std::memcpy(out, text.constData(), static_cast<std::size_t>(text.size()));
        return out + text.size();
    }
    const qint64 second = timeUs / kMicrosPerSecond;
    const qint64 micros = timeUs % kMicrosPerSecond;
    if (second != cache.second) {
        const auto digits = std::to_chars(cache.digits, cache.digits + sizeof cache.digits, second);
        cache.digitCount = digits.ptr - cache.digits;
        QByteArray iso;
        appendIsoTime(iso, second * kMicrosPerSecond); // ends in .000000Z
        cache.isoCount = iso.size() - 7;
        std::memcpy(cache.iso, iso.constData(), static_cast<std::size_t>(cache.isoCount));
        cache.second = second;
    }
    constexpr char timeUsKey[] = "\"timeUs\":";
    constexpr char timeKey[] = ",\"time\":\"";
    std::memcpy(out, timeUsKey, sizeof timeUsKey - 1);
    out += sizeof timeUsKey - 1;
    std::memcpy(out, cache.digits, static_cast<std::size_t>(cache.digitCount));
    out = writeDigits(out + cache.digitCount, micros, 6);
    std::memcpy(out, timeKey, sizeof timeKey - 1);
    out += sizeof timeKey - 1;
    std::memcpy(out, cache.iso, static_cast<std::size_t>(cache.isoCount));
    out = writeDigits(out + cache.isoCount, micros, 6);
    *out++ = 'Z';
    *out++ = '"';
    return out;
}

QByteArray isoTime(qint64 timeUs)
{
    QByteArray out;
    appendIsoTime(out, timeUs);
    return out;
}

std::optional<qint64> parseIsoTime(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end && isSpace(*p))
        ++p;
    while (end > p && isSpace(end[-1]))
        --end;
    auto number = [&](int width, qint64 *value) {
        if (end - p < width)
            return false;
        qint64 result = 0;
        for (int i = 0; i < width; ++i) {
            if (p[i] < '0' || p[i] > '9')
                return false;
            result = result * 10 + (p[i] - '0');
        }
        p += width;
        *value = result;
        return true;
    };
    auto expect = [&](char c) {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    };
    qint64 year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(4, &year) || !expect('-') || !number(2, &month) || !expect('-') || !number(2, &day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, static_cast<unsigned>(month)))
        return std::nullopt;
    qint64 micros = 0;
    if (p < end && (*p == 'T' || *p == 't' || *p == ' ')) {
        ++p;
        if (!number(2, &hour) || !expect(':') || !number(2, &minute))
            return std::nullopt;
        if (expect(':')) {
            if (!number(2, &second))
                return std::nullopt;
            if (p < end && (*p == '.' || *p == ',')) {
                ++p;
                const char *digits = p;
                qint64 scale = 100000;
                while (p < end && *p >= '0' && *p <= '9') {
                    micros += (*p - '0') * scale;
                    scale /= 10;
                    ++p;
                }
                if (p == digits)
                    return std::nullopt;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }
    qint64 offsetSeconds = 0;
    if (p < end && (*p == 'Z' || *p == 'z')) {
        ++p;
    } else if (p < end && (*p == '+' || *p == '-')) {
        const int sign = *p == '-' ? -1 : 1;
        ++p;
        qint64 offsetHours = 0, offsetMinutes = 0;
        if (!number(2, &offsetHours))
            return std::nullopt;
        expect(':');
        if (p < end && !number(2, &offsetMinutes))
            return std::nullopt;
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    if (p != end)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * kMicrosPerSecond + micros;
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendSecondsWithMicros(QByteArray &out, qint64 timeUs)
{
    if (timeUs < 0) {
        out += '-';
        timeUs = timeUs == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -timeUs;
    }
    appendInteger(out, timeUs / kMicrosPerSecond);
    char fraction[7];
    fraction[0] = '.';
    writeDigits(fraction + 1, timeUs % kMicrosPerSecond, 6);
    out.append(fraction, 7);
}

} // namespace shuriken::capture::detail
