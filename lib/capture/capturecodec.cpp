#include "capturecodec.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace shuriken::capture::detail {

namespace {

void appendBody(QByteArray &out, QByteArrayView name, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    out += ",\"";
    out += name;
    if (isWellFormedUtf8(body)) {
        out += "\":";
        appendJsonString(out, QByteArrayView(body));
    } else {
        out += "Base64\":\"";
        out += body.toBase64();
        out += '"';
    }
}

template<std::size_t N>
char *writeLiteral(char *out, const char (&text)[N])
{
    std::memcpy(out, text, N - 1);
    return out + N - 1;
}

void appendCommon(QByteArray &out, const char *type, qint64 timeUs)
{
    out += "{\"type\":\"";
    out += type;
    out += "\",";
    const qsizetype start = out.size();
    out.resize(start + MaxTimeMembersSize);
    char *end = writeTimeMembers(out.data() + start, timeUs);
    out.resize(end - out.constData());
}

/// The frame record of most of a recording, written in one go: one resize, then straight through
/// a pointer (appending piece by piece cost as much as the kernel's write of the bytes).
void appendEmbeddedFrameRecord(QByteArray &out, const pusher::FrameView &frame)
{
    const qsizetype start = out.size();
    out.resize(start + 64 + MaxTimeMembersSize + frame.data.size());
    char *p = writeLiteral(out.data() + start, "{\"type\":\"frame\",");
    p = writeTimeMembers(p, frame.timestampUs);
    p = frame.direction == pusher::FrameRecord::Direction::In ? writeLiteral(p, ",\"direction\":\"in\"")
                                                              : writeLiteral(p, ",\"direction\":\"out\"");
    // Last, so that the record ends with the frame's own closing brace.
    p = writeLiteral(p, ",\"json\":");
    std::memcpy(p, frame.data.data(), static_cast<std::size_t>(frame.data.size()));
    p = writeLiteral(p + frame.data.size(), "}\n");
    out.resize(p - out.constData());
}

void appendStringMember(QByteArray &out, QByteArrayView name, const QString &value, bool omitEmpty = true)
{
    if (omitEmpty && value.isEmpty())
        return;
    out += ",\"";
    out += name;
    out += "\":";
    appendJsonString(out, QStringView(value));
}

/// A body written as a JSON string or, when it is not UTF-8, as base64 under name + "Base64".
std::optional<QByteArray> bodyMember(const Record &record, QByteArrayView name, QString *why)
{
    if (auto text = record.bytes(name))
        return text;
    const QByteArray base64Name = name.toByteArray() + "Base64";
    const Field *field = record.find(base64Name);
    if (!field)
        return QByteArray();
    if (field->kind == Field::Kind::String) {
        auto decoded = QByteArray::fromBase64Encoding(fieldBytes(*field), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return std::move(decoded.decoded);
    }
    *why = QCoreApplication::translate("CaptureReader", "\"%1\" is not base64").arg(QString::fromLatin1(base64Name));
    return std::nullopt;
}

/// Whether @p frame goes into its record as it is (the `json` member) rather than escaped into a
/// string: most of a recording's cost was escaping the quotes of frames that are JSON already.
/// Only bytes known to be one JSON object, and only when they keep the record on one line and
/// begin and end with its braces, so that the reader's view of the value is the exact frame.
bool embedsAsJson(const pusher::FrameView &frame)
{
    const QByteArrayView data = frame.data;
    return frame.wellFormedObject && !frame.binary && data.size() >= 2 && data.front() == '{' && data.back() == '}'
        && std::memchr(data.data(), '\n', static_cast<std::size_t>(data.size())) == nullptr;
}

std::optional<qint64> recordTime(const Record &record, QByteArrayView integerName, QByteArrayView isoName)
{
    if (auto time = record.integer(integerName))
        return time;
    if (auto text = record.bytes(isoName))
        return parseIsoTime(*text);
    return std::nullopt;
}

} // namespace

void appendHeaderRecord(QByteArray &out, const CaptureHeader &header)
{
    out += "{\"type\":\"header\",\"format\":\"";
    out += FormatName;
    out += "\",\"version\":";
    appendInteger(out, FormatVersion);
    appendStringMember(out, "product", header.productName, false);
    appendStringMember(out, "productVersion", header.productVersion, false);
    appendStringMember(out, "profile", header.profile, false);
    appendStringMember(out, "baseUrl", header.baseUrl.adjusted(QUrl::RemoveUserInfo).toString(), false);
    if (!header.catalogJson.isEmpty()) {
        // Embedded as JSON so that `jq .catalog` works; compact, because a line holds one record.
        const QJsonDocument catalog = QJsonDocument::fromJson(header.catalogJson);
        if (!catalog.isNull()) {
            out += ",\"catalog\":";
            out += catalog.toJson(QJsonDocument::Compact);
        }
    }
    out += ",\"startedAt\":\"";
    appendIsoTime(out, header.startedAtUs);
    out += "\",\"startedAtUs\":";
    appendInteger(out, header.startedAtUs);
    out += "}\n";
}

pusher::FrameView frameView(const FrameEntry &frame)
{
    const auto direction = frame.direction == FrameEntry::Direction::In ? pusher::FrameRecord::Direction::In
                                                                        : pusher::FrameRecord::Direction::Out;
    return {direction, frame.timeUs, frame.binary, frame.wellFormedObject, frame.data};
}

void appendFrameRecord(QByteArray &out, const pusher::FrameView &frame)
{
    if (embedsAsJson(frame)) {
        appendEmbeddedFrameRecord(out, frame);
        return;
    }
    appendCommon(out, "frame", frame.timestampUs);
    out += frame.direction == pusher::FrameRecord::Direction::In ? ",\"direction\":\"in\"" : ",\"direction\":\"out\"";
    const QByteArray bytes = QByteArray::fromRawData(frame.data.data(), frame.data.size());
    if (frame.binary) {
        out += ",\"binary\":true,\"dataBase64\":\"";
        out += bytes.toBase64();
        out += "\"}\n";
    } else if (isWellFormedUtf8(bytes)) {
        out += ",\"data\":";
        appendJsonString(out, frame.data);
        out += "}\n";
    } else {
        out += ",\"dataBase64\":\"";
        out += bytes.toBase64();
        out += "\"}\n";
    }
}

void appendEntryRecord(QByteArray &out, const CaptureEntry &entry)
{
    if (const auto *frame = std::get_if<FrameEntry>(&entry)) {
        appendFrameRecord(out, frameView(*frame));
    } else if (const auto *http = std::get_if<HttpEntry>(&entry)) {
        const HttpExchange &exchange = http->exchange;
        appendCommon(out, "http", http->timeUs);
        out += ",\"id\":";
        appendInteger(out, static_cast<qint64>(exchange.id));
        out += ",\"method\":";
        appendJsonString(out, QByteArrayView(exchange.method));
        out += ",\"url\":";
        appendJsonString(out, QByteArrayView(exchange.url.adjusted(QUrl::RemoveUserInfo).toEncoded()));
        out += ",\"requestHeaders\":";
        appendHeaderArray(out, exchange.requestHeaders);
        appendBody(out, "requestBody", exchange.requestBody);
        out += ",\"status\":";
        appendInteger(out, exchange.httpStatus);
        out += ",\"responseHeaders\":";
        appendHeaderArray(out, exchange.responseHeaders);
        appendBody(out, "responseBody", exchange.responseBody);
        out += ",\"durationMs\":";
        appendInteger(out, exchange.durationMs);
        if (exchange.startedAt.isValid()) {
            out += ",\"startedAt\":\"";
            appendIsoTime(out, exchange.startedAt.toMSecsSinceEpoch() * 1000);
            out += '"';
        }
        if (exchange.error) {
            out += ",\"error\":";
            appendApiError(out, *exchange.error);
        }
        out += "}\n";
    } else if (const auto *state = std::get_if<StateEntry>(&entry)) {
        appendCommon(out, "state", state->timeUs);
        appendStringMember(out, "state", state->state, false);
        appendStringMember(out, "reason", state->reason);
        out += "}\n";
    } else if (const auto *subscription = std::get_if<SubscriptionEntry>(&entry)) {
        appendCommon(out, "subscription", subscription->timeUs);
        appendStringMember(out, "key", subscription->key, false);
        appendStringMember(out, "stream", subscription->stream);
        appendStringMember(out, "channel", subscription->channel);
        appendStringMember(out, "status", subscription->status, false);
        appendStringMember(out, "reason", subscription->reason);
        out += "}\n";
    }
}

RecordKind decodeRecord(const Record &record, CaptureEntry *entry, CaptureHeader *header, QString *why)
{
    const Field *typeField = record.find("type");
    if (!typeField || typeField->kind != Field::Kind::String) {
        *why = QCoreApplication::translate("CaptureReader", "it has no \"type\"");
        return RecordKind::Malformed;
    }
    // Compared in place: this runs for every record, and type names need no unescaping.
    const QByteArray unescapedType = typeField->escaped ? fieldBytes(*typeField) : QByteArray();
    const QByteArrayView type = typeField->escaped ? QByteArrayView(unescapedType) : typeField->raw;
    if (type == "header") {
        if (header) {
            header->formatVersion = static_cast<int>(record.integer("version").value_or(FormatVersion));
            header->productName = record.string("product").value_or(QString());
            header->productVersion = record.string("productVersion").value_or(QString());
            header->profile = record.string("profile").value_or(QString());
            header->baseUrl = QUrl(record.string("baseUrl").value_or(QString()));
            const QJsonValue catalog = record.nested("catalog");
            header->catalogJson = catalog.isObject() ? QJsonDocument(catalog.toObject()).toJson(QJsonDocument::Compact)
                : catalog.isArray()                  ? QJsonDocument(catalog.toArray()).toJson(QJsonDocument::Compact)
                                                     : QByteArray();
            header->startedAtUs = recordTime(record, "startedAtUs", "startedAt").value_or(0);
        }
        return RecordKind::Header;
    }
    const bool known = type == "frame" || type == "http" || type == "state" || type == "subscription";
    if (!known)
        return RecordKind::Unknown;
    const std::optional<qint64> timeUs = recordTime(record, "timeUs", "time");
    if (!timeUs) {
        *why = QCoreApplication::translate("CaptureReader", "it has no \"timeUs\"");
        return RecordKind::Malformed;
    }

    if (type == "frame") {
        FrameEntry frame;
        frame.timeUs = *timeUs;
        if (record.stringEquals("direction", "in")) {
            frame.direction = FrameEntry::Direction::In;
        } else if (record.stringEquals("direction", "out")) {
            frame.direction = FrameEntry::Direction::Out;
        } else {
            *why = QCoreApplication::translate("CaptureReader", "its \"direction\" is neither \"in\" nor \"out\"");
            return RecordKind::Malformed;
        }
        const Field *binary = record.find("binary");
        frame.binary = binary && binary->kind == Field::Kind::Bool && binary->boolean;
        if (const Field *json = record.find("json")) {
            if (json->kind != Field::Kind::Nested || json->raw.isEmpty() || json->raw.front() != '{') {
                *why = QCoreApplication::translate("CaptureReader", "its \"json\" is not a JSON object");
                return RecordKind::Malformed;
            }
            frame.data = json->raw.toByteArray();
            frame.wellFormedObject = true;
            *entry = std::move(frame);
            return RecordKind::Entry;
        }
        if (!record.find("data") && !record.find("dataBase64")) {
            *why = QCoreApplication::translate("CaptureReader", "it has no \"data\"");
            return RecordKind::Malformed;
        }
        std::optional<QByteArray> data = bodyMember(record, "data", why);
        if (!data)
            return RecordKind::Malformed;
        frame.data = std::move(*data);
        *entry = std::move(frame);
        return RecordKind::Entry;
    }
    if (type == "http") {
        HttpEntry http;
        http.timeUs = *timeUs;
        HttpExchange &exchange = http.exchange;
        exchange.id = static_cast<quint64>(record.integer("id").value_or(0));
        exchange.method = record.bytes("method").value_or(QByteArray());
        exchange.url = QUrl::fromEncoded(record.bytes("url").value_or(QByteArray()));
        exchange.requestHeaders = headersFromJson(record.nested("requestHeaders"));
        exchange.responseHeaders = headersFromJson(record.nested("responseHeaders"));
        std::optional<QByteArray> requestBody = bodyMember(record, "requestBody", why);
        std::optional<QByteArray> responseBody = bodyMember(record, "responseBody", why);
        if (!requestBody || !responseBody)
            return RecordKind::Malformed;
        exchange.requestBody = std::move(*requestBody);
        exchange.responseBody = std::move(*responseBody);
        exchange.httpStatus = static_cast<int>(record.integer("status").value_or(0));
        exchange.durationMs = record.integer("durationMs").value_or(0);
        const qint64 startedAtUs = recordTime(record, "startedAtUs", "startedAt").value_or(*timeUs);
        exchange.startedAt = QDateTime::fromMSecsSinceEpoch(floorDiv(startedAtUs, 1000), Qt::UTC);
        const QJsonValue error = record.nested("error");
        if (error.isObject())
            exchange.error = apiErrorFromJson(error.toObject());
        *entry = std::move(http);
        return RecordKind::Entry;
    }
    if (type == "state") {
        StateEntry state;
        state.timeUs = *timeUs;
        std::optional<QString> name = record.string("state");
        if (!name) {
            *why = QCoreApplication::translate("CaptureReader", "it has no \"state\"");
            return RecordKind::Malformed;
        }
        state.state = *name;
        state.reason = record.string("reason").value_or(QString());
        *entry = std::move(state);
        return RecordKind::Entry;
    }
    SubscriptionEntry subscription;
    subscription.timeUs = *timeUs;
    std::optional<QString> status = record.string("status");
    if (!status) {
        *why = QCoreApplication::translate("CaptureReader", "it has no \"status\"");
        return RecordKind::Malformed;
    }
    subscription.status = *status;
    subscription.key = record.string("key").value_or(QString());
    subscription.stream = record.string("stream").value_or(QString());
    subscription.channel = record.string("channel").value_or(QString());
    subscription.reason = record.string("reason").value_or(QString());
    *entry = std::move(subscription);
    return RecordKind::Entry;
}

std::optional<ApiError::Kind> apiErrorKindFromName(const QString &name)
{
    for (int i = static_cast<int>(ApiError::Kind::Network); i <= static_cast<int>(ApiError::Kind::Refused); ++i) {
        const auto kind = static_cast<ApiError::Kind>(i);
        if (ApiError::kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

void appendApiError(QByteArray &out, const ApiError &error)
{
    out += "{\"kind\":";
    appendJsonString(out, QStringView(ApiError::kindName(error.kind())));
    if (error.httpStatus() != 0) {
        out += ",\"httpStatus\":";
        appendInteger(out, error.httpStatus());
    }
    appendStringMember(out, "code", error.code());
    appendStringMember(out, "message", error.message());
    appendStringMember(out, "requestId", error.requestId());
    if (!error.details().isUndefined()) {
        out += ",\"details\":";
        appendJsonValue(out, error.details());
    }
    if (error.retryAfter()) {
        out += ",\"retryAfterMs\":";
        appendInteger(out, static_cast<qint64>(error.retryAfter()->count()));
    }
    out += '}';
}

ApiError apiErrorFromJson(const QJsonObject &object)
{
    // A kind a later version added reads as the most general one; the message still says what
    // happened.
    const auto kind = apiErrorKindFromName(object.value(QLatin1String("kind")).toString());
    ApiError error(kind.value_or(ApiError::Kind::Network), object.value(QLatin1String("message")).toString(),
                   object.value(QLatin1String("httpStatus")).toInt());
    error.setCode(object.value(QLatin1String("code")).toString());
    error.setRequestId(object.value(QLatin1String("requestId")).toString());
    if (object.contains(QLatin1String("details")))
        error.setDetails(object.value(QLatin1String("details")));
    const QJsonValue retryAfter = object.value(QLatin1String("retryAfterMs"));
    if (retryAfter.isDouble())
        error.setRetryAfter(std::chrono::milliseconds(retryAfter.toInteger()));
    return error;
}

void appendHeaderArray(QByteArray &out, const HttpHeaderList &headers)
{
    out += '[';
    bool first = true;
    for (const auto &[name, value] : headers) {
        out += first ? "{\"name\":" : ",{\"name\":";
        first = false;
        appendJsonString(out, QByteArrayView(name));
        out += ",\"value\":";
        appendJsonString(out, QByteArrayView(value));
        out += '}';
    }
    out += ']';
}

HttpHeaderList headersFromJson(const QJsonValue &value)
{
    HttpHeaderList headers;
    const QJsonArray array = value.toArray();
    headers.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject header = item.toObject();
        const QJsonValue name = header.value(QLatin1String("name"));
        if (!name.isString())
            continue;
        headers.append({name.toString().toUtf8(), header.value(QLatin1String("value")).toString().toUtf8()});
    }
    return headers;
}

} // namespace shuriken::capture::detail
