#include "capturejson.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
enum StringByte : quint8
{
    Ordinary = 0,
    Quote,
    Backslash,
    Control,
    High,
};

constexpr std::array<quint8, 256> makeStringBytes()
{
    std::array<quint8, 256> classes {};
    for (int byte = 0; byte < 256; ++byte) {
        quint8 value = Ordinary;
        if (byte < 0x20)
            value = Control;
        else if (byte == '"')
            value = Quote;
        else if (byte == '\\')
            value = Backslash;
        else if (byte >= 0x80)
            value = High;
        classes[static_cast<std::size_t>(byte)] = value;
    }
    return classes;
}
constexpr std::array<quint8, 256> kStringBytes = makeStringBytes();

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

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

/// Scans a JSON string starting at the quote *p points to; strict: escapes, no control bytes,
/// well-formed UTF-8.
bool scanString(const char *&p, const char *end, QByteArrayView *raw, bool *escaped)
{
    ++p;
    const char *start = p;
    *escaped = false;
    while (p < end) {
        const auto byte = static_cast<unsigned char>(*p);
        switch (kStringBytes[byte]) {
        case Ordinary:
            ++p;
            break;
        case Quote:
            *raw = QByteArrayView(start, p - start);
            ++p;
            return true;
        case Backslash:
            *escaped = true;
            if (end - p < 2)
                return false;
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                break;
            case 'u':
                if (end - p < 6)
                    return false;
                for (int i = 2; i < 6; ++i) {
                    if (hexValue(p[i]) < 0)
                        return false;
                }
                p += 6;
                break;
            default:
                return false;
            }
            break;
        case Control:
            return false;
        default: {
            const qsizetype length = validUtf8SequenceLength(reinterpret_cast<const unsigned char *>(p), end - p);
            if (length == 0)
                return false;
            p += length;
            break;
        }
        }
    }
    return false;
}

bool scanNumber(const char *&p, const char *end, Field *field)
{
    const char *start = p;
    if (p < end && *p == '-')
        ++p;
    if (p == end)
        return false;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    } else {
        return false;
    }
    bool integral = true;
    if (p < end && *p == '.') {
        integral = false;
        ++p;
        const char *digits = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        if (p == digits)
            return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        const char *digits = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        if (p == digits)
            return false;
    }
    field->kind = Field::Kind::Number;
    if (integral) {
        const auto [next, error] = std::from_chars(start, p, field->integer);
        if (error == std::errc() && next == p) {
            field->isInteger = true;
            field->number = static_cast<double>(field->integer);
            return true;
        }
    }
    const auto [next, error] = std::from_chars(start, p, field->number);
    // Out of range still is a JSON number; it is simply not one we can use.
    if (error != std::errc() && error != std::errc::result_out_of_range)
        return false;
    Q_UNUSED(next);
    if (field->number >= -9.2e18 && field->number <= 9.2e18
        && field->number == static_cast<double>(static_cast<qint64>(field->number))) {
        field->integer = static_cast<qint64>(field->number);
        field->isInteger = true;
    }
    return true;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.append(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.append(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

/// The bytes of a string scanned by scanString() (so the escapes are known to be well-formed).
QByteArray unescape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *backslash = static_cast<const char *>(std::memchr(p, '\\', static_cast<std::size_t>(end - p)));
        if (!backslash) {
            out.append(p, end - p);
            break;
        }
        out.append(p, backslash - p);
        p = backslash + 1;
        const char kind = *p++;
        switch (kind) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            auto readUnit = [](const char *digits) {
                char32_t unit = 0;
                for (int i = 0; i < 4; ++i)
                    unit = (unit << 4) | static_cast<char32_t>(hexValue(digits[i]));
                return unit;
            };
            char32_t unit = readUnit(p);
            p += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char32_t low = readUnit(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF)
                unit = 0xFFFD; // a lone surrogate has no UTF-8 form
            appendUtf8(out, unit);
            break;
        }
        default: // '"', '\\', '/'
            out.append(kind);
            break;
        }
    }
    return out;
}

} // namespace

QByteArray fieldBytes(const Field &field)
{
    return field.escaped ? unescape(field.raw) : field.raw.toByteArray();
}

void appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2);
}

bool isWellFormedUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Frames are almost all ASCII: eight bytes at a time until the first that is not.
        while (size - i >= 8) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i == size)
            break;
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = validUtf8SequenceLength(data + i, size - i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

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
    while (p < end && isJsonSpace(*p))
        ++p;
    while (end > p && isJsonSpace(end[-1]))
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

void Record::clear()
{
    m_fields.clear();
    m_storage.clear();
    m_nested.clear();
}

bool Record::parseFast(QByteArrayView line)
{
    clear();
    const char *p = line.data();
    const char *end = p + line.size();
    auto skipSpace = [&] {
        while (p < end && isJsonSpace(*p))
            ++p;
    };
    skipSpace();
    if (p == end || *p != '{')
        return false;
    ++p;
    skipSpace();
    if (p < end && *p == '}') {
        ++p;
        skipSpace();
        return p == end;
    }
    for (;;) {
        if (p == end || *p != '"')
            return false;
        Field field;
        bool keyEscaped = false;
        if (!scanString(p, end, &field.key, &keyEscaped) || keyEscaped)
            return false;
        skipSpace();
        if (p == end || *p != ':')
            return false;
        ++p;
        skipSpace();
        if (p == end)
            return false;
        auto literal = [&](QByteArrayView word) {
            if (end - p < word.size() || QByteArrayView(p, word.size()) != word)
                return false;
            p += word.size();
            return true;
        };
        switch (*p) {
        case '"':
            field.kind = Field::Kind::String;
            if (!scanString(p, end, &field.raw, &field.escaped))
                return false;
            break;
        case 't':
            field.kind = Field::Kind::Bool;
            field.boolean = true;
            if (!literal("true"))
                return false;
            break;
        case 'f':
            field.kind = Field::Kind::Bool;
            if (!literal("false"))
                return false;
            break;
        case 'n':
            field.kind = Field::Kind::Null;
            if (!literal("null"))
                return false;
            break;
        default:
            if (!scanNumber(p, end, &field))
                return false;
            break;
        }
        m_fields.append(field);
        skipSpace();
        if (p == end)
            return false;
        if (*p == ',') {
            ++p;
            skipSpace();
            continue;
        }
        if (*p != '}')
            return false;
        ++p;
        break;
    }
    skipSpace();
    return p == end;
}

bool Record::parseSlow(QByteArrayView line, QString *error)
{
    clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("CaptureReader", "%1 at byte %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset + 1)
            : QCoreApplication::translate("CaptureReader", "it is not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    m_storage.reserve(object.size() * 2);
    for (auto it = object.begin(); it != object.end(); ++it) {
        Field field;
        m_storage.append(it.key().toUtf8());
        field.key = QByteArrayView(m_storage.constLast());
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String:
            field.kind = Field::Kind::String;
            m_storage.append(value.toString().toUtf8());
            field.raw = QByteArrayView(m_storage.constLast());
            break;
        case QJsonValue::Double: {
            field.kind = Field::Kind::Number;
            field.number = value.toDouble();
            constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
            field.integer = value.toInteger(sentinel);
            field.isInteger = field.integer != sentinel;
            break;
        }
        case QJsonValue::Bool:
            field.kind = Field::Kind::Bool;
            field.boolean = value.toBool();
            break;
        case QJsonValue::Object:
        case QJsonValue::Array:
            field.kind = Field::Kind::Nested;
            field.nestedIndex = static_cast<int>(m_nested.size());
            m_nested.append(value);
            break;
        default:
            field.kind = Field::Kind::Null;
            break;
        }
        m_fields.append(field);
    }
    return true;
}

const Field *Record::find(QByteArrayView key) const
{
    // The last of duplicate members wins, as with QJsonDocument.
    for (qsizetype i = m_fields.size() - 1; i >= 0; --i) {
        if (m_fields[i].key == key)
            return &m_fields[i];
    }
    return nullptr;
}

std::optional<QByteArray> Record::bytes(QByteArrayView key) const
{
    const Field *field = find(key);
    if (!field || field->kind != Field::Kind::String)
        return std::nullopt;
    return fieldBytes(*field);
}

std::optional<QString> Record::string(QByteArrayView key) const
{
    const Field *field = find(key);
    if (!field || field->kind != Field::Kind::String)
        return std::nullopt;
    return field->escaped ? QString::fromUtf8(unescape(field->raw)) : QString::fromUtf8(field->raw);
}

bool Record::stringEquals(QByteArrayView key, QByteArrayView value) const
{
    const Field *field = find(key);
    if (!field || field->kind != Field::Kind::String)
        return false;
    return field->escaped ? unescape(field->raw) == value : field->raw == value;
}

std::optional<qint64> Record::integer(QByteArrayView key) const
{
    const Field *field = find(key);
    if (!field || field->kind != Field::Kind::Number || !field->isInteger)
        return std::nullopt;
    return field->integer;
}

QJsonValue Record::nested(QByteArrayView key) const
{
    const Field *field = find(key);
    if (!field || field->kind != Field::Kind::Nested)
        return QJsonValue(QJsonValue::Undefined);
    return m_nested.at(field->nestedIndex);
}

} // namespace shuriken::capture::detail
