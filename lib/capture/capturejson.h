#pragma once

// JSON and time text helpers of the capture file and HAR code (private to lib/capture): ISO 8601
// times in µs, the UTF-8 test that picks a JSON string or base64, and a strict parser for one
// JSON Lines record with a fast path for flat objects (frames, states, subscriptions).

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace shuriken::capture::detail {

/// Rounds towards negative infinity (times before the epoch stay on the right day).
qint64 floorDiv(qint64 value, qint64 divisor);

/// Whether @p bytes is well-formed UTF-8 by the same rule appendJsonString() applies (RFC 3629),
/// so that a string written for it comes back byte for byte.
bool isWellFormedUtf8(QByteArrayView bytes);

/// Appends @p timeUs (µs since the epoch, UTC) as 2026-12-06T01:13:20.123456Z, unquoted.
void appendIsoTime(QByteArray &out, qint64 timeUs);
QByteArray isoTime(qint64 timeUs);
/// Writes `"timeUs":<µs>,"time":"<ISO 8601>"` at @p out (room for MaxTimeMembersSize bytes)
/// and returns the end: the two times every record starts with, made once per second.
char *writeTimeMembers(char *out, qint64 timeUs);
inline constexpr qsizetype MaxTimeMembersSize = 96;
/// Parses an ISO 8601 date and time: "T", "t" or a space between them; fractional seconds of any
/// length (kept to the µs); "Z", "+01:00", "+0100", "+01" or no offset (read as UTC). A date alone
/// is its midnight.
std::optional<qint64> parseIsoTime(QByteArrayView text);

void appendInteger(QByteArray &out, qint64 value);
/// Seconds since the epoch with six decimals, exact (no floating point): 1765000000.000123.
void appendSecondsWithMicros(QByteArray &out, qint64 timeUs);
/// Any JSON value, compact, on one line.
void appendJsonValue(QByteArray &out, const QJsonValue &value);

/// One member of a record. Views point into the parsed line (or into the Record's own storage),
/// which must outlive the record.
struct Field
{
    enum class Kind : quint8
    {
        String,
        Number,
        Bool,
        Null,
        Nested, // an object or an array, in the Record
    };
    QByteArrayView key;
    Kind kind = Kind::Null;
    /// String: the bytes between the quotes, still escaped when `escaped` is set. Nested: the
    /// value's JSON text, exactly as in the line when the fast path read it.
    QByteArrayView raw;
    bool escaped = false;
    bool boolean = false;
    bool isInteger = false;
    qint64 integer = 0;
    double number = 0;
    int nestedIndex = -1; // parseSlow()'s value; -1 when nested() parses `raw`
};

/// A string member's bytes, unescaped.
QByteArray fieldBytes(const Field &field);

/// A record's top-level members, from the fast parser or from QJsonDocument.
class Record
{
public:
    /// The fast path: any object, validated as strict JSON (RFC 8259, well-formed UTF-8). Nested
    /// objects and arrays are checked and kept as their bytes; nested() builds them when asked.
    /// False for anything else, escaped keys included: use parseSlow() then, which also says
    /// what is wrong.
    bool parseFast(QByteArrayView line);
    /// Any JSON object, through QJsonDocument. False with @p error (translated) otherwise.
    bool parseSlow(QByteArrayView line, QString *error);

    const Field *find(QByteArrayView key) const;
    /// The string member @p key, unescaped; nullopt when absent or not a string.
    std::optional<QByteArray> bytes(QByteArrayView key) const;
    std::optional<QString> string(QByteArrayView key) const;
    /// Compares a string member (type names, directions); false when absent.
    bool stringEquals(QByteArrayView key, QByteArrayView value) const;
    /// A number member with an integral value.
    std::optional<qint64> integer(QByteArrayView key) const;
    /// An object or array member; undefined otherwise.
    QJsonValue nested(QByteArrayView key) const;

private:
    void clear();

    QVarLengthArray<Field, 16> m_fields;
    QList<QByteArray> m_storage; // the bytes parseSlow()'s fields point into
    QList<QJsonValue> m_nested;
};

} // namespace shuriken::capture::detail
