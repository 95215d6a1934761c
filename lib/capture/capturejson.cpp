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

namespace {

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

/// Whether one of the eight bytes in @p word is a quote, a backslash, a control character or not
/// ASCII (never a false "no"; a false "yes" only sends the scanner to its byte loop).
bool hasSpecialByte(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const quint64 quote = word ^ (ones * '"');
    const quint64 backslash = word ^ (ones * '\\');
    return ((((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word) | word)
            & highs)
        != 0;
}

/// Scans a JSON string starting at the quote *p points to; strict: escapes, no control bytes,
/// well-formed UTF-8.
bool scanString(const char *&p, const char *end, QByteArrayView *raw, bool *escaped)
{
    ++p;
    const char *start = p;
    *escaped = false;
    for (;;) {
        // Ordinary bytes are most of a frame: eight at a time, then one at a time up to the next
        // byte that needs a look (a byte switch for all of them was a fifth of reading a record).
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (hasSpecialByte(word))
                break;
            p += 8;
        }
        while (p < end && kStringBytes[static_cast<unsigned char>(*p)] == Ordinary)
            ++p;
        if (p == end)
            return false;
        switch (kStringBytes[static_cast<unsigned char>(*p)]) {
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

/// Deeper than this, a value is refused rather than followed (QJsonDocument stops at 1024; a
/// frame nests three levels).
constexpr int MaxNesting = 512;

void skipSpace(const char *&p, const char *end)
{
    while (p < end && isJsonSpace(*p))
        ++p;
}

bool skipContainer(const char *&p, const char *end, int depth);

/// After a member or an element: a comma (*more set, the next one's start skipped to) or the
/// container's @p close (stepped over); false for anything else.
bool nextOrClose(const char *&p, const char *end, char close, bool *more)
{
    skipSpace(p, end);
    if (p == end)
        return false;
    if (*p == ',') {
        ++p;
        skipSpace(p, end);
        *more = true;
        return true;
    }
    if (*p != close)
        return false;
    ++p;
    *more = false;
    return true;
}

/// Reads one value of any kind at @p p into @p field (kind, and what the kind has), strictly.
/// An object or an array is checked and kept as its bytes (Field::Kind::Nested).
bool scanValue(const char *&p, const char *end, Field *field, int depth)
{
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
        field->kind = Field::Kind::String;
        return scanString(p, end, &field->raw, &field->escaped);
    case 't':
        field->kind = Field::Kind::Bool;
        field->boolean = true;
        return literal("true");
    case 'f':
        field->kind = Field::Kind::Bool;
        return literal("false");
    case 'n':
        field->kind = Field::Kind::Null;
        return literal("null");
    case '{':
    case '[': {
        const char *start = p;
        if (!skipContainer(p, end, depth + 1))
            return false;
        field->kind = Field::Kind::Nested;
        field->raw = QByteArrayView(start, p - start);
        return true;
    }
    default:
        return scanNumber(p, end, field);
    }
}

/// The members of the object whose '{' is just behind @p p, each handed to @p onMember (the
/// field, and whether its key had escapes); false for anything not strict JSON or refused.
template<typename OnMember>
bool scanMembers(const char *&p, const char *end, int depth, OnMember &&onMember)
{
    skipSpace(p, end);
    if (p < end && *p == '}') {
        ++p;
        return true;
    }
    for (;;) {
        Field field;
        bool keyEscaped = false;
        if (p == end || *p != '"' || !scanString(p, end, &field.key, &keyEscaped))
            return false;
        skipSpace(p, end);
        if (p == end || *p != ':')
            return false;
        ++p;
        skipSpace(p, end);
        bool more = false;
        if (!scanValue(p, end, &field, depth) || !onMember(field, keyEscaped) || !nextOrClose(p, end, '}', &more))
            return false;
        if (!more)
            return true;
    }
}

/// Checks the object or array *p opens, strictly, and steps over it.
bool skipContainer(const char *&p, const char *end, int depth)
{
    if (depth > MaxNesting)
        return false;
    if (*p++ == '{')
        return scanMembers(p, end, depth, [](const Field &, bool) { return true; });
    skipSpace(p, end);
    if (p < end && *p == ']') {
        ++p;
        return true;
    }
    for (bool more = true; more;) {
        Field element;
        if (!scanValue(p, end, &element, depth) || !nextOrClose(p, end, ']', &more))
            return false;
    }
    return true;
}

char *writeUtf8(char *out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        *out++ = static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        *out++ = static_cast<char>(0xC0 | (codePoint >> 6));
        *out++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (codePoint >> 12));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (codePoint >> 18));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    }
    return out;
}

char32_t readHexUnit(const char *digits)
{
    char32_t unit = 0;
    for (int i = 0; i < 4; ++i)
        unit = (unit << 4) | static_cast<char32_t>(hexValue(digits[i]));
    return unit;
}

/// The bytes of a string scanned by scanString(), which checked its escapes. Written through a
/// pointer into a buffer of the escaped size (an escape never gets longer unescaped): a frame
/// has an escape every few bytes, and appending piece by piece was 40% of reading a record.
QByteArray unescape(QByteArrayView raw)
{
    QByteArray out(raw.size(), Qt::Uninitialized);
    char *const begin = out.data();
    char *o = begin;
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char c = *p++;
        if (c != '\\') {
            *o++ = c;
            continue;
        }
        const char kind = *p++;
        switch (kind) {
        case 'b':
            *o++ = '\b';
            break;
        case 'f':
            *o++ = '\f';
            break;
        case 'n':
            *o++ = '\n';
            break;
        case 'r':
            *o++ = '\r';
            break;
        case 't':
            *o++ = '\t';
            break;
        case 'u': {
            char32_t unit = readHexUnit(p);
            p += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char32_t low = readHexUnit(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF)
                unit = 0xFFFD; // a lone surrogate has no UTF-8 form
            o = writeUtf8(o, unit);
            break;
        }
        default: // '"', '\\', '/'
            *o++ = kind;
            break;
        }
    }
    out.truncate(o - begin);
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
    skipSpace(p, end);
    if (p == end || *p != '{')
        return false;
    ++p;
    // Escaped keys are left to parseSlow(), which unescapes them.
    if (!scanMembers(p, end, 0, [this](const Field &field, bool keyEscaped) {
            if (keyEscaped)
                return false;
            m_fields.append(field);
            return true;
        }))
        return false;
    skipSpace(p, end);
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
            // The value's text as QJsonDocument writes it: not the line's bytes, but the same JSON.
            m_storage.append(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            field.raw = QByteArrayView(m_storage.constLast());
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
    if (field->nestedIndex >= 0)
        return m_nested.at(field->nestedIndex);
    // The fast path only checked the value; it is built when asked for (a header's catalog, an
    // exchange's headers), never for a frame.
    const QJsonDocument document = QJsonDocument::fromJson(field->raw.toByteArray());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace shuriken::capture::detail