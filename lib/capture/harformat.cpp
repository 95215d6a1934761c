// HAR export (HarFormat::toHar) and detection. The import is in harimport.cpp.

#include "harformat.h"

#include "apipaths.h"
#include "capturecodec.h"
#include "dto.h"
#include "jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace shuriken::capture {

namespace {

using detail::appendInteger;
using detail::appendIsoTime;

const char kEmptyTimings[] = R"("timings":{"blocked":-1,"dns":-1,"connect":-1,"ssl":-1,"send":0,"wait":0,"receive":0})";
const char kUpgradeHeaders[] = R"([{"name":"Upgrade","value":"websocket"},{"name":"Connection","value":"Upgrade"}])";

QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The reason phrase HAR's statusText wants; the exchange does not keep the server's.
QByteArrayView statusText(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "";
    }
}

void appendQueryString(QByteArray &out, const QUrl &url)
{
    out += "\"queryString\":[";
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? "{\"name\":" : ",{\"name\":";
        appendJsonString(out, QStringView(items[i].first));
        out += ",\"value\":";
        appendJsonString(out, QStringView(items[i].second));
        out += '}';
    }
    out += ']';
}

/// `"text":...` of a postData or content object: a JSON string, or base64 with "encoding".
void appendBodyText(QByteArray &out, const QByteArray &body)
{
    if (detail::isWellFormedUtf8(body)) {
        out += ",\"text\":";
        appendJsonString(out, QByteArrayView(body));
    } else {
        out += ",\"text\":\"";
        out += body.toBase64();
        out += "\",\"encoding\":\"base64\"";
    }
}

void appendHttpEntry(QByteArray &out, const HttpEntry &entry)
{
    const HttpExchange &exchange = entry.exchange;
    const QUrl url = exchange.url.adjusted(QUrl::RemoveUserInfo);
    out += "{\"startedDateTime\":\"";
    appendIsoTime(out, entry.timeUs);
    out += "\",\"time\":";
    appendInteger(out, exchange.durationMs);
    out += ",\"request\":{\"method\":";
    appendJsonString(out, QByteArrayView(exchange.method));
    out += ",\"url\":";
    appendJsonString(out, QByteArrayView(url.toEncoded()));
    out += ",\"httpVersion\":\"HTTP/1.1\",\"headers\":";
    detail::appendHeaderArray(out, exchange.requestHeaders);
    out += ',';
    appendQueryString(out, url);
    out += ",\"cookies\":[],\"headersSize\":-1,\"bodySize\":";
    appendInteger(out, exchange.requestBody.size());
    if (!exchange.requestBody.isEmpty()) {
        out += ",\"postData\":{\"mimeType\":";
        appendJsonString(out, QByteArrayView(headerValue(exchange.requestHeaders, "Content-Type")));
        appendBodyText(out, exchange.requestBody);
        out += '}';
    }

    const bool answered = exchange.httpStatus != 0;
    out += "},\"response\":{\"status\":";
    appendInteger(out, exchange.httpStatus);
    out += ",\"statusText\":\"";
    out += statusText(exchange.httpStatus);
    out += answered ? "\",\"httpVersion\":\"HTTP/1.1\",\"headers\":" : "\",\"httpVersion\":\"\",\"headers\":";
    detail::appendHeaderArray(out, exchange.responseHeaders);
    out += ",\"cookies\":[],\"content\":{\"size\":";
    appendInteger(out, exchange.responseBody.size());
    out += ",\"mimeType\":";
    const QByteArray contentType = headerValue(exchange.responseHeaders, "Content-Type");
    appendJsonString(out, contentType.isEmpty() ? QByteArrayView("x-unknown") : QByteArrayView(contentType));
    if (!exchange.responseBody.isEmpty())
        appendBodyText(out, exchange.responseBody);
    out += "},\"redirectURL\":";
    appendJsonString(out, QByteArrayView(headerValue(exchange.responseHeaders, "Location")));
    out += ",\"headersSize\":-1,\"bodySize\":";
    appendInteger(out, answered ? exchange.responseBody.size() : -1);
    if (exchange.error) {
        // Chrome's field for why a request failed, and ours with everything ApiError holds.
        out += ",\"_error\":";
        appendJsonString(out, QStringView(exchange.error->message()));
    }
    out += "},\"cache\":{},\"timings\":{\"blocked\":-1,\"dns\":-1,\"connect\":-1,\"ssl\":-1,\"send\":0,\"wait\":";
    appendInteger(out, exchange.durationMs);
    out += ",\"receive\":0}";
    if (exchange.error) {
        out += ",\"_shurikenError\":";
        detail::appendApiError(out, *exchange.error);
    }
    out += '}';
}

/// The WebSocket URL a session response names, as PusherEndpoint::url() builds it (lib/pusher,
/// which this library does not link); empty when @p exchange is not a successful session call.
QUrl webSocketUrlFromSession(const HttpExchange &exchange, const CaptureHeader &header)
{
    if (exchange.error || exchange.httpStatus / 100 != 2
        || !exchange.url.path().endsWith(QLatin1String(apipaths::kSession))) {
        return {};
    }
    const QJsonDocument body = QJsonDocument::fromJson(exchange.responseBody);
    QString error;
    const std::optional<Session> session
        = body.isObject() ? Session::fromJson(body.object(), header.baseUrl, &error) : std::nullopt;
    if (!session)
        return {};
    const ConnectionParams &connection = session->connection;
    QUrl url;
    url.setScheme(connection.forceTls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(connection.wsHost);
    if (connection.wsPort != 0)
        url.setPort(connection.wsPort);
    url.setPath(QStringLiteral("/app/") + QString::fromLatin1(QUrl::toPercentEncoding(connection.appKey)),
                QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("protocol"), QStringLiteral("7"));
    query.addQueryItem(QStringLiteral("client"), QStringLiteral("qt-shuriken"));
    query.addQueryItem(QStringLiteral("version"),
                       header.productVersion.isEmpty() ? QStringLiteral(SHURIKEN_VERSION) : header.productVersion);
    url.setQuery(query);
    return url;
}

/// Without a session answer: the base URL's host with a WebSocket scheme.
QUrl fallbackWebSocketUrl(const CaptureHeader &header)
{
    QUrl url = header.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.isValid() || url.host().isEmpty())
        return QUrl(QStringLiteral("ws://unknown.invalid/"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

struct Connection
{
    qint64 startUs = 0;
    QUrl url;
    QList<const FrameEntry *> frames;
};

void appendWebSocketEntry(QByteArray &out, const Connection &connection)
{
    out += "{\"startedDateTime\":\"";
    appendIsoTime(out, connection.startUs);
    out += "\",\"time\":0,\"request\":{\"method\":\"GET\",\"url\":";
    appendJsonString(out, QByteArrayView(connection.url.toEncoded()));
    out += ",\"httpVersion\":\"HTTP/1.1\",\"headers\":";
    out += kUpgradeHeaders;
    out += ',';
    appendQueryString(out, connection.url);
    out += ",\"cookies\":[],\"headersSize\":-1,\"bodySize\":0},\"response\":{\"status\":101,\"statusText\":"
           "\"Switching Protocols\",\"httpVersion\":\"HTTP/1.1\",\"headers\":";
    out += kUpgradeHeaders;
    out += ",\"cookies\":[],\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},\"redirectURL\":\"\","
           "\"headersSize\":-1,\"bodySize\":0},\"cache\":{},";
    out += kEmptyTimings;
    out += ",\"_resourceType\":\"websocket\",\"_webSocketMessages\":[";
    bool first = true;
    for (const FrameEntry *frame : connection.frames) {
        out += first ? "\n{\"type\":\"" : ",\n{\"type\":\"";
        first = false;
        out += frame->direction == FrameEntry::Direction::Out ? "send" : "receive";
        out += "\",\"time\":";
        detail::appendSecondsWithMicros(out, frame->timeUs);
        if (frame->binary) {
            out += ",\"opcode\":2,\"data\":\"";
            out += frame->data.toBase64();
            out += "\"}";
            continue;
        }
        out += ",\"opcode\":1,\"data\":";
        appendJsonString(out, QByteArrayView(frame->data));
        if (!detail::isWellFormedUtf8(frame->data)) {
            // JSON cannot carry these bytes in a string (appendJsonString wrote U+FFFD for them):
            // the exact frame travels beside it, for our own import.
            out += ",\"_dataBase64\":\"";
            out += frame->data.toBase64();
            out += '"';
        }
        out += '}';
    }
    out += "]}";
}

bool endsConnection(const QString &state)
{
    return state == QLatin1String("disconnected") || state == QLatin1String("reconnecting")
        || state == QLatin1String("failed");
}

} // namespace

QByteArray HarFormat::toHar(const Capture &capture)
{
    const CaptureHeader &header = capture.header;
    struct HarEntry
    {
        qint64 timeUs;
        const HttpEntry *http = nullptr;
        qsizetype connection = -1;
    };
    QList<HarEntry> entries;
    QList<Connection> connections;
    std::optional<Connection> current;
    QUrl sessionUrl; // from the latest session answer

    // A connection's frames run from a "connecting" state to the next "disconnected",
    // "reconnecting" or "failed" (without state entries, all frames are one connection). Its
    // entry starts with its first frame: the upgrade request itself is not recorded, and
    // "connecting" comes before the session call that says where to connect.
    auto closeConnection = [&] {
        if (current && !current->frames.isEmpty()) {
            entries.append({current->startUs, nullptr, connections.size()});
            connections.append(std::move(*current));
        }
        current.reset();
    };

    for (const CaptureEntry &entry : capture.entries) {
        if (const auto *http = std::get_if<HttpEntry>(&entry)) {
            entries.append({http->timeUs, http, -1});
            if (QUrl url = webSocketUrlFromSession(http->exchange, header); url.isValid())
                sessionUrl = url;
        } else if (const auto *state = std::get_if<StateEntry>(&entry)) {
            // "connected" follows the connection's first frame, so only "connecting" begins one.
            if (endsConnection(state->state) || state->state == QLatin1String("connecting"))
                closeConnection();
        } else if (const auto *frame = std::get_if<FrameEntry>(&entry)) {
            if (!current) {
                // The socket was opened for the latest session answer before its first frame.
                current
                    = Connection {frame->timeUs, sessionUrl.isValid() ? sessionUrl : fallbackWebSocketUrl(header), {}};
            }
            current->frames.append(frame);
        }
    }
    closeConnection();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HarEntry &a, const HarEntry &b) { return a.timeUs < b.timeUs; });

    QByteArray out;
    out.reserve(4096 + capture.entries.size() * 128);
    out += "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Shuriken Stream Monitor\",\"version\":\"";
    out += SHURIKEN_VERSION;
    out += "\"},\"pages\":[],\"entries\":[";
    bool first = true;
    for (const HarEntry &entry : std::as_const(entries)) {
        out += first ? "\n" : ",\n";
        first = false;
        if (entry.http)
            appendHttpEntry(out, *entry.http);
        else
            appendWebSocketEntry(out, connections.at(entry.connection));
    }
    out += "\n]}}\n";
    return out;
}

bool HarFormat::looksLikeHar(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
            ++i;
    };
    skipSpace();
    if (i == head.size() || head[i] != '{')
        return false;
    ++i;
    skipSpace();
    // HAR's root has one member, "log"; our header record starts with "type".
    if (head.sliced(i).startsWith("\"log\""))
        return true;
    if (head.sliced(i).startsWith("\"type\""))
        return false;
    return head.contains("\"log\"");
}

} // namespace shuriken::capture
