#pragma once

// The one error value of the REST control plane (DESIGN.md "Errors are values"): what went
// wrong (kind), what the server said (status, code, message, request id) and whether retrying
// can help. The GUI shows displayText(), the CLI prints it, tests assert on the fields.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace shuriken {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Network, // no HTTP answer: refused, unreachable, reset, DNS
        Tls, // the TLS handshake or certificate check failed (never ignored)
        Timeout, // no complete answer within the request timeout
        Unauthorized, // HTTP 401: missing, invalid or expired key
        Forbidden, // HTTP 403: the key lacks the scope
        NotFound, // HTTP 404
        BadRequest, // any other 4xx
        RateLimited, // HTTP 429; retryAfter() when the server said how long
        Server, // HTTP 5xx
        Decode, // an answer arrived but is not what the protocol promises
        Refused, // our own policy did not send the request (foreign origin, redirect, no endpoint)
    };

    /// A network error without detail; exists so the type can travel through QVariant.
    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0);

    /// Builds the error of a non-2xx answer: the kind from the status, code/message/requestId
    /// from the error envelope when the body is one (any other body still gives the HTTP kind),
    /// the retry delay from a `Retry-After` header value relative to @p now.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader = {},
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Kind kindForHttpStatus(int httpStatus);
    /// `Retry-After` as delay-seconds or as an HTTP date (IMF-fixdate, RFC 850, asctime); a date in
    /// the past gives 0; anything else gives nullopt.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// Stable lowercase name for logs and test output: "unauthorized", "rateLimited", ...
    static QString kindName(Kind kind);

    Kind kind() const { return m_kind; }
    /// 0 when no HTTP answer was involved.
    int httpStatus() const { return m_httpStatus; }
    /// `error.code` of the envelope, e.g. "UNAUTHORIZED"; empty when the body had none.
    QString code() const { return m_code; }
    /// `error.message` of the envelope, or our own description for non-HTTP failures.
    QString message() const { return m_message; }
    /// `error.details` of the envelope (any JSON), undefined when absent.
    QJsonValue details() const { return m_details; }
    QString requestId() const { return m_requestId; }
    /// How long the server asked us to wait (429 with `Retry-After`).
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }

    void setCode(const QString &code) { m_code = code; }
    void setMessage(const QString &message) { m_message = message; }
    /// Replaces summary()'s text by kind, where the kind's words would mislead (a Pusher auth
    /// endpoint's 401 is not about an API key; a server's refusal is not this application's).
    void setSummary(const QString &summary) { m_summary = summary; }
    void setDetails(const QJsonValue &details) { m_details = details; }
    void setRequestId(const QString &requestId) { m_requestId = requestId; }
    void setRetryAfter(std::optional<std::chrono::milliseconds> delay) { m_retryAfter = delay; }

    /// Network, timeout, rate limit and server faults may go away: retry with backoff. The
    /// others need a change by the user or the developer: report them.
    bool isTransient() const;

    /// One translated sentence for the GUI and the CLI, e.g. "The API key was rejected
    /// (401 UNAUTHORIZED: Invalid or expired API key, request req_abc)".
    QString displayText() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;

private:
    QString summary() const;

    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_summary;
    QJsonValue m_details = QJsonValue(QJsonValue::Undefined);
    QString m_requestId;
    std::optional<std::chrono::milliseconds> m_retryAfter;
};

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::ApiError)
