// The generic decoder: every message of the protocol through QJsonDocument, with the checks and
// the translated error texts the frame inspector shows. Stream events usually take the faster
// EnvelopeScanner (envelopescanner.cpp) first.

#include "pusherdecoder.h"

#include "pusherprotocol_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
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

QByteArray dataText(const QJsonValue &data)
{
    if (data.isString())
        return data.toString().toUtf8();
    if (data.isObject())
        return QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    return {};
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

} // namespace

DecodeResult decode(const QByteArray &frame, bool *wellFormedObject)
{
    // Stream events are nearly every frame, so their envelope is read by EnvelopeScanner without
    // a QJsonDocument (bench_decode, 545-byte svm.token.swaps frame: 1.24 µs → 0.39 µs of thread
    // CPU time). Anything the scanner is unsure of takes the generic path.
    // The scanner accepts only a strict JSON object of string members, so what it reads is one.
    auto message = detail::decodeChannelEventFast(frame);
    if (wellFormedObject)
        *wellFormedObject = message.has_value();
    if (message)
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
        return Message(IgnoredMessage {event, channel, dataText(data)});
    }
    if (event.startsWith(QLatin1String("pusher_internal:"))) {
        if (event == QLatin1String("pusher_internal:subscription_succeeded"))
            return decodeSubscriptionSucceeded(event, channel, data);
        if (event == QLatin1String("pusher_internal:member_added"))
            return decodeMemberAdded(event, channel, data);
        if (event == QLatin1String("pusher_internal:member_removed"))
            return decodeMemberRemoved(event, channel, data);
        return Message(IgnoredMessage {event, channel, dataText(data)});
    }
    return decodeChannelEvent(event, channel, data, envelope.value(kUserId));
}

} // namespace shuriken::pusher
