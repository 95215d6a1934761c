#include "eventjsonline.h"

#include "jsontext.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstring>
#include <limits>

namespace shuriken {

namespace {

// Valid JSON has no raw line break inside a string (it must be escaped there), so one anywhere
// in a checked payload is whitespace between tokens. memchr: two calls cost about 11 ns for a
// 428-byte payload.
bool spansLines(QByteArrayView json)
{
    if (json.isEmpty())
        return false; // no memchr on a null pointer
    return std::memchr(json.data(), '\n', size_t(json.size())) || std::memchr(json.data(), '\r', size_t(json.size()));
}

// Copies checked JSON without the whitespace between its tokens. Strings are copied as they
// are: only a quote ends one, and an escaped character is copied with its backslash.
void appendMinifiedJson(QByteArray &out, QByteArrayView json)
{
    const qsizetype start = out.size();
    out.resize(start + json.size());
    char *const begin = out.data() + start;
    char *to = begin;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            *to++ = c;
            if (c == '\\' && i + 1 < json.size())
                *to++ = json[++i];
            else if (c == '"')
                inString = false;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            *to++ = c;
            inString = c == '"';
        }
    }
    out.resize(start + (to - begin));
}

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[20];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

QString formatReceivedAt(qint64 receivedAtUs)
{
    // Floor division, so times before 1970 keep a positive fraction.
    qint64 seconds = receivedAtUs / 1000000;
    qint64 micros = receivedAtUs % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    // The date and time of the second are formatted once per second: the CLI writes a record per
    // event, thousands per second.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray cachedText;
    if (seconds != cachedSecond) {
        cachedSecond = seconds;
        cachedText = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss"))
                         .toLatin1();
    }
    QByteArray text = cachedText;
    text.append('.');
    appendDigits(text, micros, 6);
    text.append('Z');
    return QString::fromLatin1(text);
}

std::optional<qint64> parseReceivedAt(const QString &text)
{
    static const QRegularExpression utc(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$)"));
    const QRegularExpressionMatch match = utc.match(text);
    if (match.hasMatch()) {
        // Date and time are read separately so no local-time rule (a DST gap) touches them.
        const QString stamp = match.captured(1);
        const QDate date = QDate::fromString(stamp.left(10), Qt::ISODate);
        const QTime time = QTime::fromString(stamp.mid(11), QStringLiteral("hh:mm:ss"));
        const QDateTime seconds(date, time, QTimeZone::utc());
        if (!seconds.isValid())
            return std::nullopt;
        const QString fraction = QString(match.captured(2) + QStringLiteral("000000")).left(6);
        return seconds.toSecsSinceEpoch() * 1000000 + fraction.toLongLong();
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch() * 1000;
}

void appendEventJsonLine(QByteArray &out, const StreamEvent &event)
{
    out.reserve(out.size() + event.payload.size() + 200);
    out += "{\"receivedAt\":\"";
    out += formatReceivedAt(event.receivedAtUs).toLatin1();
    out += "\",\"receivedAtUs\":";
    out += QByteArray::number(event.receivedAtUs);
    out += ",\"stream\":";
    appendJsonString(out, QStringView(event.stream));
    out += ",\"channel\":";
    appendJsonString(out, QStringView(event.channel));
    out += ",\"event\":";
    appendJsonString(out, QStringView(event.event));
    out += ",\"payload\":";
    if (event.parseFailed()) {
        // Escaped: one line and valid JSON whatever the text holds.
        appendJsonString(out, QByteArrayView(event.payload));
        out += ",\"payloadError\":";
        appendJsonString(out, QStringView(event.parseError()));
    } else {
        // The payload's own text, not a re-serialization: key order and 64-bit integers stay
        // exactly as the server sent them. It was checked to be a JSON object when it arrived.
        // One that spans lines (a pretty-printed `data`) would break the record into several, so
        // it goes out without the whitespace between its tokens, the tokens as they are.
        const QByteArrayView payload = QByteArrayView(event.payload).trimmed();
        if (spansLines(payload))
            appendMinifiedJson(out, payload);
        else
            out += payload;
    }
    out += "}\n";
}

void appendPusherEventJsonLine(QByteArray &out, const StreamEvent &event)
{
    out.reserve(out.size() + event.payload.size() + 120);
    out += "{\"receivedAt\":\"";
    out += formatReceivedAt(event.receivedAtUs).toLatin1();
    out += "\",\"channel\":";
    appendJsonString(out, QStringView(event.channel));
    out += ",\"event\":";
    appendJsonString(out, QStringView(event.event));
    out += ",\"data\":";
    const QByteArrayView payload = QByteArrayView(event.payload).trimmed();
    if (event.parseFailed() || payload.isEmpty()) {
        // Not an object: an array or a scalar is still JSON, written as it came (minified, so
        // numbers keep every digit); anything else is text. Wrapped in brackets, because a
        // document is an object or an array.
        const QByteArray wrapped = '[' + event.payload + ']';
        const QJsonDocument value = QJsonDocument::fromJson(wrapped);
        if (!payload.isEmpty() && value.isArray() && value.array().size() == 1)
            appendMinifiedJson(out, payload);
        else
            appendJsonString(out, QByteArrayView(event.payload));
    } else if (spansLines(payload))
        appendMinifiedJson(out, payload);
    else
        out += payload;
    out += "}\n";
}

QByteArray eventJsonLine(const StreamEvent &event)
{
    QByteArray line;
    appendEventJsonLine(line, event);
    return line;
}

} // namespace shuriken
