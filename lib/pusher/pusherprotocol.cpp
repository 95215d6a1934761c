#include "pusherprotocol.h"

#include "pusherprotocol_p.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>
#include <QVarLengthArray>
#include <QtEndian>

#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cmath>
#include <cstring>
#include <limits>

namespace shuriken::pusher {

namespace {

// Error texts reach the frame inspector and the error counter, so they are translated.
class ProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::pusher::PusherProtocol)
};

constexpr QLatin1String kEvent("event");
constexpr QLatin1String kChannel("channel");
constexpr QLatin1String kData("data");
constexpr QLatin1String kUserId("user_id");

DecodeError decodeError(const QString &message)
{
    return DecodeError {message};
}

/// An integral JSON number inside [min, max]; nullopt for any other value (fractions, NaN,
/// numbers too large for the field, other types).
std::optional<qint64> integralValue(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number))
        return std::nullopt;
    if (number < static_cast<double>(min) || number > static_cast<double>(max))
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<int> intValue(const QJsonValue &value)
{
    const auto number = integralValue(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!number)
        return std::nullopt;
    return static_cast<int>(*number);
}

/// Presence user ids are strings in Pusher, but some servers send numbers; both are accepted.
std::optional<QString> userIdValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto number
        = integralValue(value, std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2))
        return QString::number(*number);
    return std::nullopt;
}

/// The envelope's `data` after the double-decoding rule of PROTOCOL.md 2.2.
struct Data
{
    enum class Kind
    {
        Absent, // missing or null
        Object, // an object, or a string holding a JSON object
        Value, // a string holding JSON that is not an object (e.g. "\"text\"" or "[1]")
        Text, // a string that is not JSON at all
    };
    Kind kind = Kind::Absent;
    QJsonObject object;
    QJsonValue value;
    QString text;
};

/// Parses any JSON text (not only objects and arrays) by wrapping it in an array.
std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[');
    wrapped.append(text.toUtf8());
    wrapped.append(']');
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray array = document.array();
    if (array.size() != 1)
        return std::nullopt;
    return array.at(0);
}

/// Fails (nullopt) only when `data` has a type the protocol never uses (number, bool, array).
std::optional<Data> decodeData(const QJsonValue &value)
{
    Data data;
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return data;
    case QJsonValue::Object:
        data.kind = Data::Kind::Object;
        data.object = value.toObject();
        return data;
    case QJsonValue::String: {
        data.text = value.toString();
        const auto parsed = parseJsonValue(data.text);
        if (!parsed) {
            data.kind = Data::Kind::Text;
        } else if (parsed->isObject()) {
            data.kind = Data::Kind::Object;
            data.object = parsed->toObject();
        } else {
            data.kind = Data::Kind::Value;
            data.value = *parsed;
        }
        return data;
    }
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Array:
        break;
    }
    return std::nullopt;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

DecodeError wrongType(const QString &event, QLatin1String field, const QJsonValue &value)
{
    return decodeError(
        ProtocolText::tr("%1: field \"%2\" has the wrong type (%3)").arg(event, QString(field), typeName(value)));
}

DecodeError missingField(const QString &event, QLatin1String field)
{
    return decodeError(ProtocolText::tr("%1: field \"%2\" is missing").arg(event, QString(field)));
}

/// Object-shaped `data` for the messages that need one; an absent `data` counts as `{}`.
std::variant<DecodeError, QJsonObject> requireObject(const QString &event, const QJsonValue &raw)
{
    const auto data = decodeData(raw);
    if (!data)
        return wrongType(event, kData, raw);
    if (data->kind == Data::Kind::Absent)
        return QJsonObject();
    if (data->kind != Data::Kind::Object)
        return decodeError(ProtocolText::tr("%1: \"data\" is not a JSON object").arg(event));
    return data->object;
}

/// A required non-empty string field of a data object.
std::variant<DecodeError, QString> requireString(const QString &event, const QJsonObject &object, QLatin1String field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return missingField(event, field);
    if (!value.isString())
        return wrongType(event, field, value);
    QString text = value.toString();
    if (text.isEmpty())
        return decodeError(ProtocolText::tr("%1: field \"%2\" is empty").arg(event, QString(field)));
    return text;
}

/// An optional string field: absent/null gives an empty string, another type is an error.
std::variant<DecodeError, QString> optionalString(const QString &event, const QJsonObject &object, QLatin1String field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return wrongType(event, field, value);
    return value.toString();
}

template<typename T>
bool failed(const std::variant<DecodeError, T> &result)
{
    return std::holds_alternative<DecodeError>(result);
}

template<typename T>
DecodeError errorOf(const std::variant<DecodeError, T> &result)
{
    return std::get<DecodeError>(result);
}

DecodeResult decodeConnectionEstablished(const QString &event, const QJsonValue &raw)
{
    const auto object = requireObject(event, raw);
    if (failed(object))
        return errorOf(object);
    const QJsonObject &data = std::get<QJsonObject>(object);
    const auto socketId = requireString(event, data, QLatin1String("socket_id"));
    if (failed(socketId))
        return errorOf(socketId);
    const QLatin1String timeoutField("activity_timeout");
    const QJsonValue timeout = data.value(timeoutField);
    if (timeout.isUndefined() || timeout.isNull())
        return missingField(event, timeoutField);
    // pusher-js refuses a handshake without a positive timeout; the upper bound keeps
    // seconds × 1000 inside an int.
    const auto seconds = integralValue(timeout, 1, std::numeric_limits<int>::max() / 1000);
    if (!seconds)
        return decodeError(ProtocolText::tr("%1: \"activity_timeout\" is not a positive number of seconds").arg(event));
    return Message(ConnectionEstablished {std::get<QString>(socketId), static_cast<int>(*seconds)});
}

DecodeResult decodePusherError(const QString &event, const QString &channel, const QJsonValue &raw)
{
    const auto data = decodeData(raw);
    if (!data)
        return wrongType(event, kData, raw);
    PusherError error;
    error.channel = channel;
    switch (data->kind) {
    case Data::Kind::Absent:
        break;
    case Data::Kind::Text:
        error.message = data->text;
        break;
    case Data::Kind::Value:
        if (!data->value.isString())
            return decodeError(ProtocolText::tr("%1: \"data\" is not a JSON object").arg(event));
        error.message = data->value.toString();
        break;
    case Data::Kind::Object: {
        const auto message = optionalString(event, data->object, QLatin1String("message"));
        if (failed(message))
            return errorOf(message);
        error.message = std::get<QString>(message);
        const QLatin1String codeField("code");
        const QJsonValue code = data->object.value(codeField);
        if (!code.isUndefined() && !code.isNull()) {
            error.code = intValue(code);
            if (!error.code)
                return wrongType(event, codeField, code);
        }
        break;
    }
    }
    return Message(error);
}

DecodeResult decodeSubscribe(const QString &event, const QJsonValue &raw)
{
    const auto object = requireObject(event, raw);
    if (failed(object))
        return errorOf(object);
    const QJsonObject &data = std::get<QJsonObject>(object);
    const auto channel = requireString(event, data, kChannel);
    if (failed(channel))
        return errorOf(channel);
    const auto auth = optionalString(event, data, QLatin1String("auth"));
    if (failed(auth))
        return errorOf(auth);
    Subscribe subscribe {std::get<QString>(channel), std::get<QString>(auth), std::nullopt};
    const QLatin1String channelDataField("channel_data");
    const QJsonValue channelData = data.value(channelDataField);
    if (!channelData.isUndefined() && !channelData.isNull()) {
        if (!channelData.isString())
            return wrongType(event, channelDataField, channelData);
        subscribe.channelData = channelData.toString();
    }
    return Message(subscribe);
}

DecodeResult decodeUnsubscribe(const QString &event, const QJsonValue &raw)
{
    const auto object = requireObject(event, raw);
    if (failed(object))
        return errorOf(object);
    const auto channel = requireString(event, std::get<QJsonObject>(object), kChannel);
    if (failed(channel))
        return errorOf(channel);
    return Message(Unsubscribe {std::get<QString>(channel)});
}

std::optional<DecodeError> checkChannel(const QString &event, const QString &channel)
{
    if (channel.isEmpty())
        return missingField(event, kChannel);
    return std::nullopt;
}

DecodeResult decodeSubscriptionSucceeded(const QString &event, const QString &channel, const QJsonValue &raw)
{
    if (const auto missing = checkChannel(event, channel))
        return *missing;
    const auto data = decodeData(raw);
    if (!data)
        return wrongType(event, kData, raw);
    SubscriptionSucceeded succeeded {channel, std::nullopt};
    // Public and private channels confirm with "{}" (or nothing); only a presence block matters.
    if (data->kind != Data::Kind::Object)
        return Message(succeeded);
    const QLatin1String presenceField("presence");
    const QJsonValue presence = data->object.value(presenceField);
    if (presence.isUndefined() || presence.isNull())
        return Message(succeeded);
    if (!presence.isObject())
        return wrongType(event, presenceField, presence);
    const QJsonObject presenceObject = presence.toObject();
    const QLatin1String hashField("hash");
    const QLatin1String idsField("ids");
    const QJsonValue hash = presenceObject.value(hashField);
    if (!hash.isUndefined() && !hash.isNull() && !hash.isObject())
        return wrongType(event, hashField, hash);
    const QJsonObject hashObject = hash.toObject();
    const QJsonValue ids = presenceObject.value(idsField);
    QList<PresenceMember> members;
    if (ids.isArray()) {
        // ids gives the order; hash gives each member's info.
        const QJsonArray idArray = ids.toArray();
        members.reserve(idArray.size());
        for (const QJsonValue &id : idArray) {
            const auto userId = userIdValue(id);
            if (!userId)
                return wrongType(event, idsField, id);
            members.append(PresenceMember {*userId, hashObject.value(*userId)});
        }
    } else if (ids.isUndefined() || ids.isNull()) {
        members.reserve(hashObject.size());
        for (auto it = hashObject.constBegin(); it != hashObject.constEnd(); ++it)
            members.append(PresenceMember {it.key(), it.value()});
    } else {
        return wrongType(event, idsField, ids);
    }
    succeeded.members = std::move(members);
    return Message(succeeded);
}

/// Every shape seen in the wild (PROTOCOL.md 2.3, gap G12). A field of an unexpected type is
/// skipped rather than failing the frame: the one fact that matters — this subscription failed —
/// must reach the subscription, or it would wait for its timeout.
DecodeResult decodeSubscriptionError(const QString &event, const QString &channel, const QJsonValue &raw)
{
    if (const auto missing = checkChannel(event, channel))
        return *missing;
    SubscriptionError error {channel, {}, {}, std::nullopt};
    const auto data = decodeData(raw);
    if (data) {
        switch (data->kind) {
        case Data::Kind::Absent:
            break;
        case Data::Kind::Text:
            error.error = data->text;
            break;
        case Data::Kind::Value:
            if (data->value.isString())
                error.error = data->value.toString();
            break;
        case Data::Kind::Object: {
            const QJsonObject &object = data->object;
            if (const QJsonValue type = object.value(QLatin1String("type")); type.isString())
                error.type = type.toString();
            if (const QJsonValue text = object.value(QLatin1String("error")); text.isString())
                error.error = text.toString();
            if (error.error.isEmpty()) {
                if (const QJsonValue text = object.value(QLatin1String("message")); text.isString())
                    error.error = text.toString();
            }
            error.status = intValue(object.value(QLatin1String("status")));
            if (!error.status)
                error.status = intValue(object.value(QLatin1String("code")));
            break;
        }
        }
    }
    if (error.error.trimmed().isEmpty())
        error.error = ProtocolText::tr("subscription failed");
    return Message(error);
}

DecodeResult decodeMemberAdded(const QString &event, const QString &channel, const QJsonValue &raw)
{
    if (const auto missing = checkChannel(event, channel))
        return *missing;
    const auto object = requireObject(event, raw);
    if (failed(object))
        return errorOf(object);
    const QJsonObject &data = std::get<QJsonObject>(object);
    const QJsonValue id = data.value(kUserId);
    if (id.isUndefined() || id.isNull())
        return missingField(event, kUserId);
    const auto userId = userIdValue(id);
    if (!userId)
        return wrongType(event, kUserId, id);
    return Message(MemberAdded {channel, PresenceMember {*userId, data.value(QLatin1String("user_info"))}});
}

DecodeResult decodeMemberRemoved(const QString &event, const QString &channel, const QJsonValue &raw)
{
    if (const auto missing = checkChannel(event, channel))
        return *missing;
    const auto object = requireObject(event, raw);
    if (failed(object))
        return errorOf(object);
    const QJsonValue id = std::get<QJsonObject>(object).value(kUserId);
    if (id.isUndefined() || id.isNull())
        return missingField(event, kUserId);
    const auto userId = userIdValue(id);
    if (!userId)
        return wrongType(event, kUserId, id);
    return Message(MemberRemoved {channel, *userId});
}

DecodeResult decodeChannelEvent(const QString &event, const QString &channel, const QJsonValue &raw,
                                const QJsonValue &userIdRaw)
{
    if (channel.isEmpty())
        return decodeError(ProtocolText::tr("event \"%1\" has no channel").arg(event));
    ChannelEvent channelEvent {channel, event, {}, {}};
    // The payload is handed on as text: parsing it is the subscriber's business, and most frames
    // are routed by (channel, event) alone.
    switch (raw.type()) {
    case QJsonValue::String:
        channelEvent.payload = raw.toString().toUtf8();
        break;
    case QJsonValue::Object:
        channelEvent.payload = QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact);
        break;
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        break;
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Array:
        return wrongType(event, kData, raw);
    }
    if (!userIdRaw.isUndefined() && !userIdRaw.isNull()) {
        const auto userId = userIdValue(userIdRaw);
        if (!userId)
            return wrongType(event, kUserId, userIdRaw);
        channelEvent.userId = *userId;
    }
    return Message(std::move(channelEvent));
}

// ---- encoding helpers -------------------------------------------------------------------------

/// Any QJsonValue as compact JSON text.
void appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        out.append("null", 4);
        return;
    case QJsonValue::Bool:
        if (value.toBool())
            out.append("true", 4);
        else
            out.append("false", 5);
        return;
    case QJsonValue::String:
        appendJsonString(out, QStringView(value.toString()));
        return;
    case QJsonValue::Double:
    case QJsonValue::Array:
    case QJsonValue::Object: {
        // QJsonDocument formats numbers exactly as JSON wants them; wrapping in an array lets
        // it serialize scalars too, and the brackets are cut off again.
        QJsonArray wrapper;
        wrapper.append(value);
        const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        out.append(text.constData() + 1, text.size() - 2);
        return;
    }
    }
}

void appendEventHeader(QByteArray &out, QLatin1String event)
{
    out.append("{\"event\":\"", 10);
    out.append(event.data(), event.size());
    out.append('"');
}

QByteArray encodeClientMessage(QLatin1String event, const QByteArray &dataObject)
{
    QByteArray out;
    out.reserve(dataObject.size() + event.size() + 24);
    appendEventHeader(out, event);
    out.append(",\"data\":", 8);
    out.append(dataObject);
    out.append('}');
    return out;
}

/// Server → client frames carry `data` as a JSON-encoded string (PROTOCOL.md 2.2).
QByteArray encodeServerMessage(QLatin1String event, const QString &channel, const QByteArray &dataJson)
{
    QByteArray out;
    out.reserve(dataJson.size() + dataJson.size() / 8 + channel.size() + event.size() + 40);
    appendEventHeader(out, event);
    if (!channel.isEmpty()) {
        out.append(",\"channel\":", 11);
        appendJsonString(out, QStringView(channel));
    }
    out.append(",\"data\":", 8);
    appendJsonString(out, QByteArrayView(dataJson));
    out.append('}');
    return out;
}

} // namespace

ChannelType channelType(const QString &channel)
{
    if (channel.startsWith(QLatin1String("private-encrypted-")))
        return ChannelType::PrivateEncrypted;
    if (channel.startsWith(QLatin1String("private-")))
        return ChannelType::Private;
    if (channel.startsWith(QLatin1String("presence-")))
        return ChannelType::Presence;
    return ChannelType::Public;
}

bool isValidChannelName(const QString &channel)
{
    if (channel.isEmpty() || channel.size() > 164)
        return false;
    for (const QChar character : channel) {
        const char16_t unit = character.unicode();
        const bool letterOrDigit
            = (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'0' && unit <= u'9');
        if (letterOrDigit)
            continue;
        switch (unit) {
        case u'_':
        case u'-':
        case u'=':
        case u'@':
        case u',':
        case u'.':
        case u';':
            continue;
        default:
            return false;
        }
    }
    return true;
}

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
            event.payload = paddedCopy(m_data.raw);
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
    /// Without escapes the member views the frame; with escapes its UTF-8 is written through a
    /// pointer into the scratch buffer and copied once into an exactly sized QByteArray.
    /// Unescaping never makes a string longer, so the rest of the frame bounds the output.
    /// Gives up on raw control characters, ill-formed UTF-8 and lone surrogates, which Qt's
    /// parser handles in its own way.
    /// Measured (callgrind on bench_decode, 545-byte svm.token.swaps frames with ~70 escaped
    /// quotes in `data`): appending escape by escape to a reserved QByteArray cost 18,100
    /// instructions per frame (46 QByteArray::insert and 45 append(char) calls); pointer writes
    /// 7,500; pointer writes and skipPlain()'s 8-byte steps 5,900. The exact-size copy also
    /// drops the reserve's slack (~40 bytes) from every payload a table keeps.
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
                    std::memset(out, 0, PayloadPadding);
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
    /// (with PayloadPadding to spare), the short names into the scratch buffer.
    char *outputFor(Member *target, qsizetype bound)
    {
        if (target == &m_data) {
            m_data.decoded.resize(bound + PayloadPadding);
            return m_data.decoded.data();
        }
        m_scratch.resize(bound);
        return m_scratch.data();
    }

    /// The payload of an escape-free `data` string, copied with PayloadPadding zeroed bytes to
    /// spare.
    static QByteArray paddedCopy(QByteArrayView bytes)
    {
        QByteArray copy(bytes.size() + PayloadPadding, Qt::Uninitialized);
        if (!bytes.isEmpty()) // an empty view may have no data pointer at all
            std::memcpy(copy.data(), bytes.data(), static_cast<std::size_t>(bytes.size()));
        std::memset(copy.data() + bytes.size(), 0, PayloadPadding);
        copy.resize(bytes.size());
        return copy;
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

DecodeResult decode(const QByteArray &frame)
{
    // Stream events are nearly every frame; their envelope is read without QJsonDocument
    // (bench_pusherprotocol on the loaded 2-core dev box: 4.4 µs → 1.3 µs for a 580-byte frame).
    // Pointer writes and the 8-byte scan in EnvelopeScanner::readString then took a 545-byte
    // svm.token.swaps frame from 18,100 to 5,900 instructions (callgrind) and from 1.24 µs to
    // 0.39 µs (bench_decode, thread CPU time).
    if (auto message = detail::decodeChannelEventFast(frame))
        return std::move(*message);
    return detail::decodeGeneric(frame);
}

DecodeResult detail::decodeGeneric(const QByteArray &frame)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return decodeError(ProtocolText::tr("invalid JSON at offset %1: %2")
                               .arg(QString::number(parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return decodeError(ProtocolText::tr("the frame is not a JSON object"));
    const QJsonObject envelope = document.object();

    const QJsonValue eventValue = envelope.value(kEvent);
    if (eventValue.isUndefined() || eventValue.isNull())
        return decodeError(ProtocolText::tr("the frame has no \"event\""));
    if (!eventValue.isString())
        return decodeError(ProtocolText::tr("\"event\" is not a string (%1)").arg(typeName(eventValue)));
    const QString event = eventValue.toString();
    if (event.isEmpty())
        return decodeError(ProtocolText::tr("\"event\" is empty"));

    const QJsonValue channelValue = envelope.value(kChannel);
    QString channel;
    if (channelValue.isString())
        channel = channelValue.toString();
    else if (!channelValue.isUndefined() && !channelValue.isNull())
        return wrongType(event, kChannel, channelValue);

    const QJsonValue data = envelope.value(kData);

    if (event.startsWith(QLatin1String("pusher:"))) {
        if (event == QLatin1String("pusher:connection_established"))
            return decodeConnectionEstablished(event, data);
        if (event == QLatin1String("pusher:error"))
            return decodePusherError(event, channel, data);
        if (event == QLatin1String("pusher:ping"))
            return Message(Ping {});
        if (event == QLatin1String("pusher:pong"))
            return Message(Pong {});
        if (event == QLatin1String("pusher:subscribe"))
            return decodeSubscribe(event, data);
        if (event == QLatin1String("pusher:unsubscribe"))
            return decodeUnsubscribe(event, data);
        if (event == QLatin1String("pusher:subscription_error"))
            return decodeSubscriptionError(event, channel, data);
        return Message(IgnoredMessage {event, channel});
    }
    if (event.startsWith(QLatin1String("pusher_internal:"))) {
        if (event == QLatin1String("pusher_internal:subscription_succeeded"))
            return decodeSubscriptionSucceeded(event, channel, data);
        if (event == QLatin1String("pusher_internal:member_added"))
            return decodeMemberAdded(event, channel, data);
        if (event == QLatin1String("pusher_internal:member_removed"))
            return decodeMemberRemoved(event, channel, data);
        return Message(IgnoredMessage {event, channel});
    }
    return decodeChannelEvent(event, channel, data, envelope.value(kUserId));
}

QString eventName(const Message &message)
{
    return std::visit(
        [](const auto &value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, ConnectionEstablished>)
                return QStringLiteral("pusher:connection_established");
            else if constexpr (std::is_same_v<T, PusherError>)
                return QStringLiteral("pusher:error");
            else if constexpr (std::is_same_v<T, Ping>)
                return QStringLiteral("pusher:ping");
            else if constexpr (std::is_same_v<T, Pong>)
                return QStringLiteral("pusher:pong");
            else if constexpr (std::is_same_v<T, Subscribe>)
                return QStringLiteral("pusher:subscribe");
            else if constexpr (std::is_same_v<T, Unsubscribe>)
                return QStringLiteral("pusher:unsubscribe");
            else if constexpr (std::is_same_v<T, SubscriptionSucceeded>)
                return QStringLiteral("pusher_internal:subscription_succeeded");
            else if constexpr (std::is_same_v<T, SubscriptionError>)
                return QStringLiteral("pusher:subscription_error");
            else if constexpr (std::is_same_v<T, MemberAdded>)
                return QStringLiteral("pusher_internal:member_added");
            else if constexpr (std::is_same_v<T, MemberRemoved>)
                return QStringLiteral("pusher_internal:member_removed");
            else
                return value.event; // ChannelEvent, IgnoredMessage
        },
        message);
}

QString channelName(const Message &message)
{
    return std::visit(
        [](const auto &value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T,
                                         ConnectionEstablished> || std::is_same_v<T, Ping> || std::is_same_v<T, Pong>)
                return QString();
            else
                return value.channel;
        },
        message);
}

// ---- encoding -------------------------------------------------------------------------------

QByteArray encodeSubscribe(const Subscribe &subscribe)
{
    QByteArray data;
    data.reserve(subscribe.channel.size() + subscribe.auth.size() + 64
                 + (subscribe.channelData ? subscribe.channelData->size() * 9 / 8 : 0));
    data.append("{\"channel\":", 11);
    appendJsonString(data, QStringView(subscribe.channel));
    // Public channels omit `auth`, as the Rust SDK does; servers accept absent and "".
    if (!subscribe.auth.isEmpty()) {
        data.append(",\"auth\":", 8);
        appendJsonString(data, QStringView(subscribe.auth));
    }
    if (subscribe.channelData) {
        data.append(",\"channel_data\":", 16);
        appendJsonString(data, QStringView(*subscribe.channelData));
    }
    data.append('}');
    return encodeClientMessage(QLatin1String("pusher:subscribe"), data);
}

QByteArray encodeUnsubscribe(const QString &channel)
{
    QByteArray data("{\"channel\":");
    appendJsonString(data, QStringView(channel));
    data.append('}');
    return encodeClientMessage(QLatin1String("pusher:unsubscribe"), data);
}

QByteArray encodePing()
{
    return QByteArrayLiteral("{\"event\":\"pusher:ping\",\"data\":{}}");
}

QByteArray encodePong()
{
    return QByteArrayLiteral("{\"event\":\"pusher:pong\",\"data\":{}}");
}

QByteArray encodeConnectionEstablished(const QString &socketId, int activityTimeoutSeconds)
{
    QByteArray data("{\"socket_id\":");
    appendJsonString(data, QStringView(socketId));
    data.append(",\"activity_timeout\":");
    data.append(QByteArray::number(activityTimeoutSeconds));
    data.append('}');
    return encodeServerMessage(QLatin1String("pusher:connection_established"), {}, data);
}

QByteArray encodeError(const QString &message, std::optional<int> code)
{
    QByteArray data("{\"message\":");
    appendJsonString(data, QStringView(message));
    data.append(",\"code\":");
    data.append(code ? QByteArray::number(*code) : QByteArrayLiteral("null"));
    data.append('}');
    return encodeServerMessage(QLatin1String("pusher:error"), {}, data);
}

QByteArray encodeServerPing()
{
    return QByteArrayLiteral("{\"event\":\"pusher:ping\",\"data\":\"{}\"}");
}

QByteArray encodeServerPong()
{
    return QByteArrayLiteral("{\"event\":\"pusher:pong\",\"data\":\"{}\"}");
}

QByteArray encodeSubscriptionSucceeded(const QString &channel, const std::optional<QList<PresenceMember>> &members)
{
    QByteArray data;
    if (!members) {
        data = QByteArrayLiteral("{}");
    } else {
        data.append("{\"presence\":{\"ids\":[");
        for (qsizetype i = 0; i < members->size(); ++i) {
            if (i > 0)
                data.append(',');
            appendJsonString(data, QStringView(members->at(i).userId));
        }
        data.append("],\"hash\":{");
        for (qsizetype i = 0; i < members->size(); ++i) {
            if (i > 0)
                data.append(',');
            appendJsonString(data, QStringView(members->at(i).userId));
            data.append(':');
            appendJsonValue(data, members->at(i).userInfo);
        }
        data.append("},\"count\":");
        data.append(QByteArray::number(members->size()));
        data.append("}}");
    }
    return encodeServerMessage(QLatin1String("pusher_internal:subscription_succeeded"), channel, data);
}

QByteArray encodeSubscriptionError(const QString &channel, const QString &type, const QString &error, int status)
{
    QByteArray data("{\"type\":");
    appendJsonString(data, QStringView(type));
    data.append(",\"error\":");
    appendJsonString(data, QStringView(error));
    data.append(",\"status\":");
    data.append(QByteArray::number(status));
    data.append('}');
    return encodeServerMessage(QLatin1String("pusher:subscription_error"), channel, data);
}

QByteArray encodeChannelEvent(const QString &channel, const QString &event, const QByteArrayView payloadJson)
{
    QByteArray out;
    // A payload is mostly plain text with a quote every few bytes: an eighth more than its size
    // covers the escapes of typical payloads in one allocation.
    out.reserve(payloadJson.size() + payloadJson.size() / 8 + channel.size() + event.size() + 40);
    out.append("{\"event\":", 9);
    appendJsonString(out, QStringView(event));
    out.append(",\"channel\":", 11);
    appendJsonString(out, QStringView(channel));
    out.append(",\"data\":", 8);
    appendJsonString(out, payloadJson);
    out.append('}');
    return out;
}

// ---- signatures -----------------------------------------------------------------------------

namespace {

QByteArray signatureHex(const QByteArray &appSecret, const QString &socketId, const QString &channel,
                        const std::optional<QString> &channelData)
{
    QByteArray message = socketId.toUtf8();
    message.append(':');
    message.append(channel.toUtf8());
    if (channelData) {
        message.append(':');
        message.append(channelData->toUtf8());
    }
    return QMessageAuthenticationCode::hash(message, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString signChannel(const QString &appKey, const QByteArray &appSecret, const QString &socketId, const QString &channel,
                    const std::optional<QString> &channelData)
{
    return appKey + QLatin1Char(':') + QString::fromLatin1(signatureHex(appSecret, socketId, channel, channelData));
}

bool verifyChannelSignature(const QString &auth, const QString &appKey, const QByteArray &appSecret,
                            const QString &socketId, const QString &channel, const std::optional<QString> &channelData)
{
    QByteArray expected = appKey.toUtf8();
    expected.append(':');
    expected.append(signatureHex(appSecret, socketId, channel, channelData));
    return constantTimeEquals(QByteArrayView(auth.toUtf8()), QByteArrayView(expected));
}

} // namespace shuriken::pusher
