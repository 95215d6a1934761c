// The fast path of decode(): a stream event's envelope read in place, without QJsonDocument.

#include "jsontext.h"
#include "paddedpayload.h"
#include "pusherprotocol_p.h"

#include <QVarLengthArray>
#include <QtEndian>

#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>

namespace shuriken::pusher {

namespace {

/// Channel and event names repeat on every frame of a stream, so the last few are kept as
/// QStrings: a frame then costs a byte comparison instead of two allocations and two UTF-8 ->
/// UTF-16 conversions (callgrind, shuriken-stream against the firehose: 790 instructions per
/// event in QString::fromUtf8 alone). Per thread, so decode() stays safe to call anywhere.
QString internedName(QByteArrayView utf8)
{
    struct Entry
    {
        QByteArray utf8;
        QString name;
    };
    thread_local std::array<Entry, 16> cache;
    thread_local std::size_t next = 0;
    for (const Entry &entry : cache) {
        if (!entry.utf8.isNull() && entry.utf8 == utf8)
            return entry.name;
    }
    Entry &slot = cache[next];
    next = (next + 1) % cache.size();
    slot.utf8 = utf8.toByteArray();
    slot.name = QString::fromUtf8(utf8);
    return slot.name;
}

/// Reads the envelope of a stream event without building a QJsonDocument: the members are
/// scanned in place and the `data` string is unescaped straight into the payload bytes, with no
/// detour through UTF-16. Anything it is not sure about makes it give up (nullopt), never guess:
/// the generic path then decides, so the two cannot disagree.
class EnvelopeScanner
{
public:
    explicit EnvelopeScanner(QByteArrayView frame)
        : m_position(frame.data())
        , m_end(frame.data() + frame.size())
    { }

    std::optional<Message> scan()
    {
        skipWhitespace();
        if (!consume('{'))
            return std::nullopt;
        skipWhitespace();
        if (consume('}'))
            return std::nullopt; // no event: the generic path words the error
        for (;;) {
            skipWhitespace();
            QByteArrayView key;
            if (!readRawString(key))
                return std::nullopt;
            skipWhitespace();
            if (!consume(':'))
                return std::nullopt;
            skipWhitespace();
            Member *member = memberFor(key);
            if (member && member->present)
                return std::nullopt; // duplicate key
            if (!readString(member))
                return std::nullopt; // not a string, or a string to leave to Qt's parser
            skipWhitespace();
            if (consume(','))
                continue;
            if (consume('}'))
                break;
            return std::nullopt;
        }
        skipWhitespace();
        if (m_position != m_end)
            return std::nullopt;

        if (!m_event.present || m_event.bytes().isEmpty() || !m_channel.present || m_channel.bytes().isEmpty())
            return std::nullopt;
        if (m_event.bytes().startsWith("pusher:") || m_event.bytes().startsWith("pusher_internal:"))
            return std::nullopt;
        ChannelEvent event;
        event.event = internedName(m_event.bytes());
        event.channel = internedName(m_channel.bytes());
        // Unescaped in place, so no second copy; the event table copies what it keeps into its
        // own storage, so the block's slack lives only as long as the batch.
        if (m_data.escaped)
            event.payload = std::move(m_data.decoded);
        else if (m_data.present)
            event.payload = shuriken::paddedPayload(m_data.raw);
        if (m_userId.present)
            event.userId = QString::fromUtf8(m_userId.bytes());
        return Message(std::move(event));
    }

private:
    /// A string member: a view into the frame, or its unescaped bytes when it had escapes.
    struct Member
    {
        bool present = false;
        bool escaped = false;
        QByteArrayView raw;
        QByteArray decoded;

        QByteArrayView bytes() const { return escaped ? QByteArrayView(decoded) : raw; }
    };

    Member *memberFor(QByteArrayView key)
    {
        if (key == "event")
            return &m_event;
        if (key == "channel")
            return &m_channel;
        if (key == "data")
            return &m_data;
        if (key == "user_id")
            return &m_userId;
        return nullptr;
    }

    void skipWhitespace()
    {
        while (m_position != m_end
               && (*m_position == ' ' || *m_position == '\n' || *m_position == '\r' || *m_position == '\t'))
            ++m_position;
    }

    bool consume(char expected)
    {
        if (m_position == m_end || *m_position != expected)
            return false;
        ++m_position;
        return true;
    }

    /// A key: plain printable ASCII without escapes (all the keys that matter are).
    bool readRawString(QByteArrayView &out)
    {
        if (!consume('"'))
            return false;
        const char *start = m_position;
        while (m_position != m_end) {
            const auto byte = static_cast<unsigned char>(*m_position);
            if (byte == '"') {
                out = QByteArrayView(start, m_position - start);
                ++m_position;
                return true;
            }
            if (byte < 0x20 || byte == '\\' || byte >= 0x80)
                return false;
            ++m_position;
        }
        return false;
    }

    static int hexValue(char digit)
    {
        if (digit >= '0' && digit <= '9')
            return digit - '0';
        if (digit >= 'a' && digit <= 'f')
            return digit - 'a' + 10;
        if (digit >= 'A' && digit <= 'F')
            return digit - 'A' + 10;
        return -1;
    }

    bool readHex4(char32_t &value)
    {
        if (m_end - m_position < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_position[i]);
            if (digit < 0)
                return false;
            value = (value << 4) | static_cast<char32_t>(digit);
        }
        m_position += 4;
        return true;
    }

    static char *writeUtf8(char *out, char32_t codePoint)
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

    /// Where skipPlain() stopped reading and writing.
    struct Position
    {
        const unsigned char *cursor;
        char *out;
    };

    /// From @p cursor to the next byte a JSON string cannot hold as it is: a quote, a backslash,
    /// a control character, or a byte of a multi-byte sequence (validated by the caller). Copies
    /// what it passes to @p out when that is set. Eight bytes per step: the lowest flagged byte
    /// of each test below is exact (a borrow can only wrongly flag bytes above a true one).
    static Position skipPlain(const unsigned char *cursor, const unsigned char *end, char *out)
    {
#if defined(__SSE2__)
        // Sixteen bytes per step where SSE2 is there (every x86-64): one signed compare flags
        // control characters and non-ASCII bytes together.
        const __m128i quoteBytes = _mm_set1_epi8('"');
        const __m128i backslashBytes = _mm_set1_epi8('\\');
        const __m128i spaceBytes = _mm_set1_epi8(0x20);
        while (end - cursor >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(cursor));
            const __m128i stoppers
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, quoteBytes), _mm_cmpeq_epi8(chunk, backslashBytes)),
                               _mm_cmplt_epi8(chunk, spaceBytes));
            const auto flagged = static_cast<quint32>(_mm_movemask_epi8(stoppers));
            if (out)
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out), chunk); // room enough, as below
            if (flagged == 0) {
                cursor += 16;
                if (out)
                    out += 16;
                continue;
            }
            const int plain = int(qCountTrailingZeroBits(flagged));
            return {cursor + plain, out ? out + plain : nullptr};
        }
#endif
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highBits = 0x8080808080808080ULL;
        while (end - cursor >= 8) {
            const quint64 word = qFromLittleEndian<quint64>(cursor);
            const quint64 quote = word ^ (ones * '"');
            const quint64 backslash = word ^ (ones * '\\');
            const quint64 stoppers
                = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word) | word;
            const quint64 flagged = stoppers & highBits;
            if (out)
                std::memcpy(out, cursor, 8); // the scratch holds the rest of the frame: room enough
            if (flagged == 0) {
                cursor += 8;
                if (out)
                    out += 8;
                continue;
            }
            const int plain = int(qCountTrailingZeroBits(flagged) / 8);
            return {cursor + plain, out ? out + plain : nullptr};
        }
        while (cursor != end && *cursor >= 0x20 && *cursor < 0x80 && *cursor != '"' && *cursor != '\\') {
            if (out)
                *out++ = static_cast<char>(*cursor);
            ++cursor;
        }
        return {cursor, out};
    }

    /// A string value, stored in @p target (nullptr: a member nobody reads, only checked).
    /// Without escapes the member views the frame. With escapes the unescaped UTF-8 is written
    /// through a pointer: the payload straight into its own padded block, a name into the scratch
    /// buffer and then into an exactly sized QByteArray. A payload has an escaped quote every few
    /// bytes, which is why it is not appended escape by escape (callgrind on bench_decode,
    /// 545-byte svm.token.swaps frame: 18,100 → 5,900 instructions).
    /// Unescaping never makes a string longer, so the rest of the frame bounds the output.
    /// Gives up on raw control characters, ill-formed UTF-8 and lone surrogates, which Qt's
    /// parser handles in its own way.
    bool readString(Member *target)
    {
        if (!consume('"'))
            return false;
        const auto *start = reinterpret_cast<const unsigned char *>(m_position);
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        const unsigned char *cursor = start;
        char *out = nullptr; // set at the first escape; from then on every byte is copied
        for (;;) {
            const Position next = skipPlain(cursor, end, out);
            cursor = next.cursor;
            out = next.out;
            if (cursor == end)
                return false;
            const unsigned char byte = *cursor;
            // The escape a payload is full of (every quote of the JSON text inside `data`), taken
            // before the general dispatch below.
            if (out && byte == '\\' && end - cursor >= 2 && cursor[1] == '"') {
                *out++ = '"';
                cursor += 2;
                continue;
            }
            if (byte >= 0x80) {
                const qsizetype length = validUtf8SequenceLength(cursor, end - cursor);
                if (length == 0)
                    return false;
                if (out) {
                    std::memcpy(out, cursor, static_cast<std::size_t>(length));
                    out += length;
                }
                cursor += length;
                continue;
            }
            if (byte == '"')
                break;
            if (byte != '\\')
                return false; // a raw control character
            if (!out) {
                // Unescaping never makes a string longer, so the rest of the frame bounds it.
                out = outputFor(target, end - start);
                std::memcpy(out, start, static_cast<std::size_t>(cursor - start));
                out += cursor - start;
            }
            ++cursor;
            if (cursor == end)
                return false;
            switch (*cursor++) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '/':
                *out++ = '/';
                break;
            case 'b':
                *out++ = '\b';
                break;
            case 'f':
                *out++ = '\f';
                break;
            case 'n':
                *out++ = '\n';
                break;
            case 'r':
                *out++ = '\r';
                break;
            case 't':
                *out++ = '\t';
                break;
            case 'u': {
                m_position = reinterpret_cast<const char *>(cursor);
                char32_t unit = 0;
                if (!readHex4(unit))
                    return false;
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return false;
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_end - m_position < 2 || m_position[0] != '\\' || m_position[1] != 'u')
                        return false;
                    m_position += 2;
                    if (!readHex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                out = writeUtf8(out, unit);
                cursor = reinterpret_cast<const unsigned char *>(m_position);
                break;
            }
            default:
                return false;
            }
        }
        // `cursor` is on the closing quote.
        if (target) {
            target->present = true;
            if (out) {
                target->escaped = true;
                if (target == &m_data) {
                    // Written in place: zero the padding, then drop it from the size, not the
                    // capacity.
                    std::memset(out, 0, shuriken::PayloadPadding);
                    target->decoded.resize(out - target->decoded.constData());
                } else {
                    target->decoded = QByteArray(m_scratch.constData(), out - m_scratch.constData());
                }
            } else {
                target->raw = QByteArrayView(reinterpret_cast<const char *>(start), cursor - start);
            }
        }
        m_position = reinterpret_cast<const char *>(cursor + 1);
        return true;
    }

    /// Where a string with escapes is unescaped to: the payload straight into its own block
    /// (with shuriken::PayloadPadding to spare), the short names into the scratch buffer.
    char *outputFor(Member *target, qsizetype bound)
    {
        if (target == &m_data) {
            m_data.decoded.resize(bound + shuriken::PayloadPadding);
            return m_data.decoded.data();
        }
        m_scratch.resize(bound);
        return m_scratch.data();
    }

    const char *m_position;
    const char *m_end;
    Member m_event;
    Member m_channel;
    Member m_data;
    Member m_userId;
    // Unescaped string bytes before they get their own exactly sized QByteArray. Typical frames
    // fit the inline part, so the scratch costs no allocation.
    QVarLengthArray<char, 4096> m_scratch;
};

} // namespace

namespace detail {

std::optional<Message> decodeChannelEventFast(QByteArrayView frame)
{
    return EnvelopeScanner(frame).scan();
}

} // namespace detail

} // namespace shuriken::pusher
