#pragma once

// A minimal HTTP/1.1 request parser and response writer for the simulator's REST endpoints and
// the WebSocket upgrade. Pure: bytes in, values out, no sockets.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace shuriken::sim {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path; // percent-decoded path without the query
    QByteArray query; // raw query (after '?'), may be empty
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers; // names lower-cased, in arrival order
    QByteArray body;

    /// The first header of that (case-insensitive) name, trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with keep-alive.
    bool keepAlive() const;
    /// GET with "Upgrade: websocket" and "Connection: ... upgrade ...".
    bool isWebSocketUpgrade() const;
};

/// Incremental parser: feed it the bytes received so far; it consumes one complete request.
class HttpRequestParser
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    enum class Status
    {
        NeedMore,
        Complete,
        Error,
    };

    /// Looks for one complete request at the start of @p buffer; on Complete the request's bytes
    /// are removed from @p buffer and takeRequest() returns it.
    Status parse(QByteArray &buffer);
    HttpRequest takeRequest() { return std::move(m_request); }

    /// After NeedMore: the headers are in and ask for "100 Continue" before the body is sent.
    bool expectsContinue() const { return m_expectsContinue; }
    /// After Error: the status to answer with (400, 413, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

private:
    Status fail(int status, const char *message);

    HttpRequest m_request;
    bool m_expectsContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    HttpHeaders headers;
    QByteArray body;

    /// Status line, headers (Content-Length, Connection and the CORS header included) and body.
    QByteArray serialize(bool keepAlive) const;
};

QByteArray httpReasonPhrase(int status);

/// application/x-www-form-urlencoded decoding ('+' is a space, %XX escapes); the first value of
/// each name wins.
QList<QPair<QByteArray, QByteArray>> parseFormUrlEncoded(QByteArrayView body);

} // namespace shuriken::sim
