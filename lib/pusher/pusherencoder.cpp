#include "pusherencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace shuriken::pusher {

namespace {

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

QByteArray encodeClientEvent(const QString &channel, const QString &event, QByteArrayView dataJson)
{
    QByteArray out("{\"event\":");
    appendJsonString(out, QStringView(event));
    out.append(",\"channel\":");
    appendJsonString(out, QStringView(channel));
    out.append(",\"data\":");
    out.append(dataJson.isEmpty() ? QByteArrayView("{}") : dataJson);
    out.append('}');
    return out;
}

QByteArray encodeSignin(const QString &auth, const QString &userData)
{
    QByteArray out("{\"event\":\"pusher:signin\",\"data\":{\"auth\":");
    appendJsonString(out, QStringView(auth));
    out.append(",\"user_data\":");
    appendJsonString(out, QStringView(userData));
    out.append("}}");
    return out;
}

} // namespace shuriken::pusher
