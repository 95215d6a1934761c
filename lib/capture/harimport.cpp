// HAR import (HarFormat::fromHar): what Chrome DevTools, HTTP Toolkit, mitmproxy and tools that
// follow them write. The conventions this reads, and where they come from:
// - Chrome DevTools (front_end/models/har/Log.ts): a WebSocket is an entry with
//   "_resourceType": "websocket" and "_webSocketMessages" [{type: "send"|"receive"|"error",
//   time: s since the epoch (float), opcode, data}], binary data in base64 (opcode 2); request
//   bodies in postData.text, response bodies in content.text with "encoding": "base64" when binary.
// - HTTP Toolkit (httptoolkit-ui src/model/http/har.ts): the same message form (opcodes 1 and 2
//   only), lowercase header names, startedDateTime with a local offset (+01:00), a request body
//   that is not UTF-8 in "_content" {text, encoding: "base64"}, "_webSocketClose".
// - mitmproxy (addons/savehar.py): startedDateTime with "+00:00", the upgrade request's http(s)
//   URL, "content": {} without mimeType for some responses.

#include "apipaths.h"
#include "capturecodec.h"
#include "harformat.h"
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace shuriken::capture {

namespace {

struct ImportCounts
{
    int skippedEntries = 0;
    int connections = 0;
    int controlFrames = 0;
    int errorMessages = 0;
    int invalidMessages = 0;
    int messagesWithoutTime = 0;
    int redactedHeaders = 0;
};

bool isWebSocketEntry(const QJsonObject &entry)
{
    if (entry.value(QLatin1String("_resourceType")).toString().compare(QLatin1String("websocket"), Qt::CaseInsensitive)
        == 0) {
        return true;
    }
    if (entry.value(QLatin1String("_webSocketMessages")).isArray())
        return true;
    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const QString scheme = QUrl(request.value(QLatin1String("url")).toString()).scheme();
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"))
        return true;
    for (const QJsonValue &header : request.value(QLatin1String("headers")).toArray()) {
        const QJsonObject object = header.toObject();
        if (object.value(QLatin1String("name")).toString().compare(QLatin1String("upgrade"), Qt::CaseInsensitive) == 0
            && object.value(QLatin1String("value"))
                   .toString()
                   .contains(QLatin1String("websocket"), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return entry.value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt() == 101;
}

/// The token of every `Authorization: <scheme> <token>` in the document: the API key a browser
/// or SDK sent. They are scrubbed wherever they appear (a server may echo them in a body).
QStringList collectSecrets(const QJsonArray &entries)
{
    QStringList secrets;
    for (const QJsonValue &entry : entries) {
        const QJsonObject request = entry.toObject().value(QLatin1String("request")).toObject();
        for (const QJsonValue &header : request.value(QLatin1String("headers")).toArray()) {
            const QJsonObject object = header.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            if (name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) != 0
                && name.compare(QLatin1String("proxy-authorization"), Qt::CaseInsensitive) != 0) {
                continue;
            }
            const QString value = object.value(QLatin1String("value")).toString().trimmed();
            const qsizetype space = value.indexOf(u' ');
            const QString token = (space < 0 ? value : value.sliced(space + 1)).trimmed();
            // Very short tokens are no API keys, and scrubbing them would garble every body; a
            // redacted one (a HAR we exported) is no secret any more.
            if (token.size() >= 8 && !token.contains(QChar(0x2026)) && !secrets.contains(token))
                secrets.append(token);
        }
    }
    // Longest first, so that a key containing another is replaced whole.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

class Redactor
{
public:
    explicit Redactor(QStringList secrets)
        : m_secrets(std::move(secrets))
    { }

    QByteArray text(QByteArray bytes) const
    {
        for (const QString &secret : m_secrets)
            bytes = scrubSecret(bytes, secret);
        return bytes;
    }

    /// As ApiClient records an exchange: the Authorization header redacted, the key scrubbed
    /// from everything else, channel signatures in bodies cut to their tails. Cookies, which an
    /// API client never sends but a browser does, keep nothing that could be replayed.
    HttpHeaderList headers(const QJsonValue &value, int *redactedCount) const
    {
        HttpHeaderList result = detail::headersFromJson(value);
        for (auto &[name, headerValue] : result) {
            // A HAR we exported is redacted already; redacting again changes nothing (redaction.h).
            if (name.compare("authorization", Qt::CaseInsensitive) == 0
                || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0) {
                headerValue = redactAuthorizationHeader(headerValue);
                ++*redactedCount;
            } else if (name.compare("cookie", Qt::CaseInsensitive) == 0
                       || name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
                headerValue = redactSecret(QString::fromUtf8(headerValue)).toUtf8();
                ++*redactedCount;
            } else {
                headerValue = text(headerValue);
            }
        }
        return result;
    }

    QByteArray body(const QByteArray &bytes) const { return scrubAuthSignatures(text(bytes)); }

    QUrl url(const QString &url) const
    {
        QString result = url;
        for (const QString &secret : m_secrets)
            result = scrubSecret(result, secret);
        return QUrl(result).adjusted(QUrl::RemoveUserInfo);
    }

    QString message(QString message) const
    {
        for (const QString &secret : m_secrets)
            message = scrubSecret(message, secret);
        return message;
    }

private:
    QStringList m_secrets;
};

/// A HAR body: `text`, base64 when `encoding` says so.
std::optional<QByteArray> bodyText(const QJsonObject &object)
{
    const QJsonValue text = object.value(QLatin1String("text"));
    if (!text.isString())
        return std::nullopt;
    if (object.value(QLatin1String("encoding")).toString().compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0)
        return QByteArray::fromBase64(text.toString().toLatin1());
    return text.toString().toUtf8();
}

QByteArray requestBody(const QJsonObject &request)
{
    const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
    if (auto text = bodyText(postData))
        return *text;
    if (auto content = bodyText(request.value(QLatin1String("_content")).toObject()))
        return *content; // HTTP Toolkit: a body that is not UTF-8
    // Only form parameters: the body they were parsed from.
    QUrlQuery form;
    for (const QJsonValue &param : postData.value(QLatin1String("params")).toArray()) {
        const QJsonObject object = param.toObject();
        form.addQueryItem(object.value(QLatin1String("name")).toString(),
                          object.value(QLatin1String("value")).toString());
    }
    return form.isEmpty() ? QByteArray() : form.toString(QUrl::FullyEncoded).toUtf8();
}

/// Seconds since the epoch as µs. Some tools write ms or µs: a value that would be past the year
/// 5000 in seconds is read as the smaller unit.
std::optional<qint64> messageTimeUs(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    if (seconds > 1e14)
        seconds /= 1e6;
    else if (seconds > 1e11)
        seconds /= 1e3;
    // Whole seconds and their fraction apart: the fraction is exact, so the only error left is
    // the double's own (about 0.12 µs today), and a time we wrote comes back to the µs.
    const double whole = std::floor(seconds);
    return static_cast<qint64>(whole) * 1000000 + std::llround((seconds - whole) * 1e6);
}

void readMessages(const QJsonArray &messages, qint64 entryTimeUs, QList<CaptureEntry> *entries, ImportCounts *counts)
{
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString type = message.value(QLatin1String("type")).toString();
        FrameEntry frame;
        if (type == QLatin1String("send")) {
            frame.direction = FrameEntry::Direction::Out;
        } else if (type == QLatin1String("receive")) {
            frame.direction = FrameEntry::Direction::In;
        } else if (type == QLatin1String("error")) {
            ++counts->errorMessages; // Chrome: a frame the browser could not read
            continue;
        } else {
            ++counts->invalidMessages;
            continue;
        }
        const QJsonValue opcodeValue = message.value(QLatin1String("opcode"));
        const int opcode = opcodeValue.isDouble() ? opcodeValue.toInt() : 1;
        if (opcode != 1 && opcode != 2) {
            ++counts->controlFrames; // continuation, close, ping, pong: not messages
            continue;
        }
        const QJsonValue data = message.value(QLatin1String("data"));
        if (!data.isString()) {
            ++counts->invalidMessages;
            continue;
        }
        frame.binary = opcode == 2;
        const QJsonValue exact = message.value(QLatin1String("_dataBase64"));
        if (frame.binary || exact.isString()) {
            auto decoded = QByteArray::fromBase64Encoding((frame.binary ? data : exact).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                ++counts->invalidMessages;
                continue;
            }
            frame.data = std::move(decoded.decoded);
        } else {
            frame.data = data.toString().toUtf8();
        }
        if (frame.direction == FrameEntry::Direction::Out && !frame.binary && frame.data.contains("auth")) {
            // A frame we exported keeps the tail its auth had (redaction.h: redacting twice
            // changes nothing); a whole signature outside an auth field is scrubbed too.
            frame.data = scrubAuthSignatures(redactFrameText(frame.data).toUtf8());
        }
        if (const auto timeUs = messageTimeUs(message.value(QLatin1String("time")))) {
            frame.timeUs = *timeUs;
        } else {
            frame.timeUs = entryTimeUs;
            ++counts->messagesWithoutTime;
        }
        entries->append(std::move(frame));
    }
}

HttpEntry httpEntry(const QJsonObject &entry, qint64 timeUs, quint64 id, const Redactor &redactor, ImportCounts *counts)
{
    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const QJsonObject response = entry.value(QLatin1String("response")).toObject();
    HttpEntry http;
    http.timeUs = timeUs;
    HttpExchange &exchange = http.exchange;
    exchange.id = id;
    exchange.method = request.value(QLatin1String("method")).toString(QStringLiteral("GET")).toLatin1();
    exchange.url = redactor.url(request.value(QLatin1String("url")).toString());
    exchange.requestHeaders = redactor.headers(request.value(QLatin1String("headers")), &counts->redactedHeaders);
    exchange.requestBody = redactor.body(requestBody(request));
    exchange.httpStatus = response.value(QLatin1String("status")).toInt();
    exchange.responseHeaders = redactor.headers(response.value(QLatin1String("headers")), &counts->redactedHeaders);
    exchange.responseBody
        = redactor.body(bodyText(response.value(QLatin1String("content")).toObject()).value_or(QByteArray()));
    const double duration = entry.value(QLatin1String("time")).toDouble();
    exchange.durationMs = std::isfinite(duration) && duration > 0 ? std::llround(duration) : 0;
    exchange.startedAt = QDateTime::fromMSecsSinceEpoch(detail::floorDiv(timeUs, 1000), Qt::UTC);

    // The error as ApiClient would have reported it: ours when the HAR came from us, else what
    // the status and the body say.
    const QJsonValue ours = entry.value(QLatin1String("_shurikenError"));
    const int status = exchange.httpStatus;
    if (ours.isObject()) {
        ApiError error = detail::apiErrorFromJson(ours.toObject());
        error.setMessage(redactor.message(error.message()));
        exchange.error = error;
    } else if (status == 0) {
        QString reason = response.value(QLatin1String("_error")).toString();
        if (reason.isEmpty())
            reason = HarFormat::tr("no answer");
        exchange.error = ApiError(ApiError::Kind::Network, redactor.message(reason));
    } else if (status >= 300 && status < 400) {
        QString location;
        for (const auto &[name, value] : std::as_const(exchange.responseHeaders)) {
            if (name.compare("location", Qt::CaseInsensitive) == 0)
                location = QString::fromUtf8(value);
        }
        exchange.error
            = ApiError(ApiError::Kind::Refused, HarFormat::tr("the server redirected to %1").arg(location), status);
    } else if (status >= 400) {
        QByteArray retryAfter;
        for (const auto &[name, value] : std::as_const(exchange.responseHeaders)) {
            if (name.compare("retry-after", Qt::CaseInsensitive) == 0)
                retryAfter = value;
        }
        ApiError error = ApiError::fromHttpResponse(status, exchange.responseBody, retryAfter,
                                                    exchange.startedAt.addMSecs(exchange.durationMs));
        error.setMessage(redactor.message(error.message()));
        exchange.error = error;
    }
    return http;
}

QUrl originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void fillHeader(CaptureHeader *header, const QJsonObject &log, const QList<CaptureEntry> &entries)
{
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    header->productName = creator.value(QLatin1String("name")).toString();
    header->productVersion = creator.value(QLatin1String("version")).toString();
    header->profile = QStringLiteral("har");
    header->startedAtUs = entries.isEmpty() ? 0 : entryTimeUs(entries.constFirst());
    QUrl anyOrigin;
    for (const CaptureEntry &entry : entries) {
        const auto *http = std::get_if<HttpEntry>(&entry);
        if (!http)
            continue;
        const HttpExchange &exchange = http->exchange;
        const QString path = exchange.url.path();
        if (anyOrigin.isEmpty())
            anyOrigin = originOf(exchange.url);
        if (header->baseUrl.isEmpty() && path.startsWith(QLatin1String("/api/")))
            header->baseUrl = originOf(exchange.url);
        const bool catalogPath
            = path.endsWith(QLatin1String(apipaths::kStreams)) || path.endsWith(QLatin1String(apipaths::kCatalogAlias));
        if (header->catalogJson.isEmpty() && catalogPath && exchange.method == "GET" && exchange.httpStatus / 100 == 2
            && QJsonDocument::fromJson(exchange.responseBody).isObject()) {
            header->catalogJson = exchange.responseBody;
        }
    }
    if (header->baseUrl.isEmpty())
        header->baseUrl = anyOrigin;
}

void appendWarnings(QStringList *warnings, const ImportCounts &counts)
{
    if (!warnings)
        return;
    if (counts.connections > 1) {
        warnings->append(HarFormat::tr("The HAR file has %n WebSocket connections; their frames are read as one "
                                       "session, in time order.",
                                       nullptr, counts.connections));
    }
    if (counts.controlFrames > 0) {
        warnings->append(HarFormat::tr("%n WebSocket control frame(s) (close, ping, pong, continuation) were left out.",
                                       nullptr, counts.controlFrames));
    }
    if (counts.errorMessages > 0) {
        warnings->append(HarFormat::tr("%n WebSocket error message(s) of the browser were left out.", nullptr,
                                       counts.errorMessages));
    }
    if (counts.invalidMessages > 0) {
        warnings->append(HarFormat::tr("%n WebSocket message(s) without a direction or readable data were left out.",
                                       nullptr, counts.invalidMessages));
    }
    if (counts.messagesWithoutTime > 0) {
        warnings->append(HarFormat::tr("%n WebSocket message(s) had no time; they were given their connection's.",
                                       nullptr, counts.messagesWithoutTime));
    }
    if (counts.skippedEntries > 0) {
        warnings->append(
            HarFormat::tr("%n HAR entr(y/ies) that are not objects were left out.", nullptr, counts.skippedEntries));
    }
    if (counts.redactedHeaders > 0) {
        warnings->append(HarFormat::tr("%n header(s) with credentials (Authorization, cookies) were redacted.", nullptr,
                                       counts.redactedHeaders));
    }
}

} // namespace

std::optional<Capture> HarFormat::fromHar(const QByteArray &json, QString *error, QStringList *warnings)
{
    if (json.trimmed().isEmpty()) {
        *error = tr("This is not a HAR document: the file is empty.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("This is not a HAR document: the JSON is malformed (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return std::nullopt;
    }
    const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
    const QJsonValue entriesValue = log.value(QLatin1String("entries"));
    if (!entriesValue.isArray()) {
        *error = tr("This is not a HAR document (it has no log.entries).");
        return std::nullopt;
    }
    const QJsonArray harEntries = entriesValue.toArray();
    const Redactor redactor(collectSecrets(harEntries));

    Capture capture;
    ImportCounts counts;
    quint64 lastId = 0;
    qint64 lastTimeUs = 0;
    for (const QJsonValue &value : harEntries) {
        if (!value.isObject()) {
            ++counts.skippedEntries;
            continue;
        }
        const QJsonObject entry = value.toObject();
        const qint64 timeUs = detail::parseIsoTime(entry.value(QLatin1String("startedDateTime")).toString().toUtf8())
                                  .value_or(lastTimeUs);
        lastTimeUs = timeUs;
        if (isWebSocketEntry(entry)) {
            ++counts.connections;
            readMessages(entry.value(QLatin1String("_webSocketMessages")).toArray(), timeUs, &capture.entries, &counts);
        } else {
            capture.entries.append(httpEntry(entry, timeUs, ++lastId, redactor, &counts));
        }
    }
    if (counts.connections == 0) {
        *error = tr("The HAR file has no WebSocket connection.");
        return std::nullopt;
    }
    std::stable_sort(capture.entries.begin(), capture.entries.end(),
                     [](const CaptureEntry &a, const CaptureEntry &b) { return entryTimeUs(a) < entryTimeUs(b); });
    fillHeader(&capture.header, log, capture.entries);
    appendWarnings(warnings, counts);
    return capture;
}

} // namespace shuriken::capture
