#include "httpmessage.h"

#include <QUrl>

namespace shuriken::sim {

namespace {

QList<QByteArrayView> splitView(QByteArrayView text, QByteArrayView separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype at = text.indexOf(separator, start);
        if (at < 0) {
            parts.append(text.sliced(start));
            return parts;
        }
        parts.append(text.sliced(start, at - start));
        start = at + separator.size();
    }
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool headerListContains(QByteArrayView value, QByteArrayView token)
{
    for (QByteArrayView part : splitView(value, ",")) {
        if (equalsIgnoringCase(part.trimmed(), token))
            return true;
    }
    return false;
}

QByteArray percentDecode(QByteArrayView text)
{
    return QByteArray::fromPercentEncoding(text.toByteArray());
}

// Decodes a chunked body starting at @p from; returns the bytes consumed, 0 when incomplete,
// -1 when malformed or too large.
qsizetype decodeChunked(const QByteArray &buffer, qsizetype from, QByteArray *body)
{
    qsizetype pos = from;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return buffer.size() - from > HttpRequestParser::kMaxBodyBytes + 1024 ? -1 : 0;
        QByteArrayView sizeText = QByteArrayView(buffer).sliced(pos, lineEnd - pos);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body->size() + size > HttpRequestParser::kMaxBodyBytes)
            return -1;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields until an empty line.
            for (;;) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return 0;
                const bool empty = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (empty)
                    return pos - from;
            }
        }
        if (buffer.size() < pos + size + 2)
            return 0;
        body->append(buffer.constData() + pos, size);
        pos += size;
        if (buffer.sliced(pos, 2) != "\r\n")
            return -1;
        pos += 2;
    }
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (equalsIgnoringCase(header.first, name))
            return header.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (equalsIgnoringCase(header.first, name))
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection");
    if (version == "HTTP/1.0")
        return headerListContains(connection, "keep-alive");
    return !headerListContains(connection, "close");
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return method == "GET" && headerListContains(header("upgrade"), "websocket")
        && headerListContains(header("connection"), "upgrade");
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Error;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &buffer)
{
    m_expectsContinue = false;
    // Tolerate the stray empty lines RFC 9112 allows before a request line.
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            return fail(431, "request header fields too large");
        return Status::NeedMore;
    }
    if (headerEnd > kMaxHeaderBytes)
        return fail(431, "request header fields too large");

    HttpRequest request;
    const QByteArrayView head = QByteArrayView(buffer).first(headerEnd);
    const qsizetype firstLineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = firstLineEnd < 0 ? head : head.first(firstLineEnd);
    const QList<QByteArrayView> parts = splitView(requestLine, " ");
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return fail(400, "malformed request line");
    for (char c : parts[0]) {
        if (!isTokenChar(c))
            return fail(400, "malformed method");
    }
    request.method = parts[0].toByteArray();
    request.target = parts[1].toByteArray();
    request.version = parts[2].toByteArray();
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return fail(505, "HTTP version not supported");
    if (!request.target.startsWith('/'))
        return fail(400, "only origin-form request targets are supported");
    const qsizetype question = request.target.indexOf('?');
    request.path = percentDecode(QByteArrayView(request.target).first(question < 0 ? request.target.size() : question));
    if (question >= 0)
        request.query = request.target.mid(question + 1);

    if (firstLineEnd >= 0) {
        for (QByteArrayView line : splitView(head.sliced(firstLineEnd + 2), "\r\n")) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(400, "malformed header line");
            const QByteArrayView name = line.first(colon);
            for (char c : name) {
                if (!isTokenChar(c))
                    return fail(400, "malformed header name");
            }
            request.headers.append({name.toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
        }
    }

    const qsizetype bodyStart = headerEnd + 4;
    qsizetype consumed = bodyStart;
    if (headerListContains(request.header("transfer-encoding"), "chunked")) {
        const qsizetype used = decodeChunked(buffer, bodyStart, &request.body);
        if (used < 0)
            return fail(400, "malformed or oversized chunked body");
        if (used == 0) {
            m_expectsContinue = equalsIgnoringCase(request.header("expect"), "100-continue");
            return Status::NeedMore;
        }
        consumed = bodyStart + used;
    } else if (request.hasHeader("transfer-encoding")) {
        return fail(501, "unsupported transfer encoding");
    } else if (request.hasHeader("content-length")) {
        bool ok = false;
        const qlonglong length = request.header("content-length").trimmed().toLongLong(&ok);
        if (!ok || length < 0)
            return fail(400, "malformed Content-Length");
        if (length > kMaxBodyBytes)
            return fail(413, "request body too large");
        if (buffer.size() < bodyStart + length) {
            m_expectsContinue = equalsIgnoringCase(request.header("expect"), "100-continue");
            return Status::NeedMore;
        }
        request.body = buffer.mid(bodyStart, length);
        consumed = bodyStart + length;
    }
    buffer.remove(0, consumed);
    m_request = std::move(request);
    return Status::Complete;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 204:
        return "No Content";
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
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 419:
        // Laravel's CSRF failure; Symfony has no phrase for it and sends this.
        return "unknown status";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status " + QByteArray::number(status);
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(httpReasonPhrase(status));
    out.append("\r\nServer: shuriken-sim/" SHURIKEN_VERSION);
    if (!contentType.isEmpty())
        out.append("\r\nContent-Type: ").append(contentType);
    out.append("\r\nContent-Length: ").append(QByteArray::number(body.size()));
    out.append("\r\nConnection: ").append(keepAlive ? "keep-alive" : "close");
    // Lets the TypeScript SDK and pusher-js talk to the simulator from a browser page too.
    out.append("\r\nAccess-Control-Allow-Origin: *");
    for (const auto &header : headers)
        out.append("\r\n").append(header.first).append(": ").append(header.second);
    out.append("\r\n\r\n");
    out.append(body);
    return out;
}

QList<QPair<QByteArray, QByteArray>> parseFormUrlEncoded(QByteArrayView body)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    for (QByteArrayView pair : splitView(body, "&")) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = (equals < 0 ? pair : pair.first(equals)).toByteArray();
        QByteArray value = equals < 0 ? QByteArray() : pair.sliced(equals + 1).toByteArray();
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return fields;
}

} // namespace shuriken::sim
