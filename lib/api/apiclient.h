#pragma once

// The one network facade of the REST control plane (DESIGN.md "Data flow"): base URL, Bearer
// key, JSON envelopes, the error taxonomy, timeouts and the origin policy live here and nowhere
// else; the services above it only build bodies and decode DTOs.

#include "apierror.h"
#include "httpexchange.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;

namespace shuriken {

/// What one request produced, handed to the caller's callback.
struct ApiResponse
{
    int httpStatus = 0; // 0: no HTTP answer
    /// The whole parsed body, envelope included (use unwrapDataEnvelope()). Also set for an
    /// error answer whose body was a JSON object.
    QJsonObject body;
    /// The body's bytes as the exchange records them: the API key, secret header values, channel
    /// signatures and shared secrets redacted (an error answer's HTML page, for explanations).
    QByteArray rawBody;
    HttpHeaderList headers;
    std::optional<ApiError> error; // set for every failure; a 2xx answer that is JSON has none

    bool ok() const { return !error.has_value(); }
    /// A response header by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using ResponseCallback = std::function<void(const ApiResponse &response)>;

    static constexpr std::chrono::milliseconds defaultRequestTimeout {15000};
    /// https://api.shuriken.trade
    static QUrl defaultBaseUrl();

    /// @p network is not owned; it must outlive this client.
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    /// Paths are appended to this URL (a trailing '/' is dropped). Its origin (scheme, host, port)
    /// is the only one that receives the API key unless allowForeignAuthOrigin() is set.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    /// Sent as `Authorization: Bearer <key>`; an empty key sends no Authorization header.
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    /// "sk_…1234", for status texts and logs.
    QString redactedApiKey() const;

    /// A request without a complete answer within this time is aborted with ApiError::Timeout.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }

    /// Requests to an origin other than the base URL's (an auth endpoint on another host) are
    /// refused with ApiError::Refused by default. When the user explicitly allows it they are
    /// sent, *with* the Bearer key: the staging auth endpoint lives on another host and needs
    /// the key, and the user has said they trust that host.
    void setAllowForeignAuthOrigin(bool allow) { m_allowForeignOrigin = allow; }
    bool allowForeignAuthOrigin() const { return m_allowForeignOrigin; }

    /// Headers sent with every request (a Pusher auth endpoint's session cookie, CSRF token or
    /// bearer token). Values of credential headers (redaction.h: isSecretHeaderName()) are shown
    /// redacted in every exchange and scrubbed from error texts.
    void setExtraHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) { m_extraHeaders = headers; }
    QList<QPair<QByteArray, QByteArray>> extraHeaders() const { return m_extraHeaders; }

    /// A relative @p target ("/api/v2/ws/session") is appended to the base URL's path; an
    /// absolute one is returned unchanged.
    QUrl resolve(const QUrl &target) const;
    /// Same scheme, host and port (default ports filled in) as the base URL.
    bool isSameOriginAsBase(const QUrl &url) const;

    // Every request answers exactly once through @p callback, asynchronously, unless @p context
    // was destroyed first (then the answer is dropped) or this client was (then the request is
    // aborted). A null context binds the callback to this client. Each returns the id its
    // HttpExchange will carry.
    quint64 get(const QUrl &target, QObject *context, ResponseCallback callback);
    quint64 postJson(const QUrl &target, const QJsonObject &body, QObject *context, ResponseCallback callback);
    /// `application/x-www-form-urlencoded`, as Pusher auth endpoints expect.
    quint64 postForm(const QUrl &target, const QUrlQuery &form, QObject *context, ResponseCallback callback);
    /// @p body sent exactly as given (a signed request covers its bytes).
    quint64 post(const QUrl &target, const QByteArray &contentType, const QByteArray &body, QObject *context,
                 ResponseCallback callback);

Q_SIGNALS:
    /// A request finished in any way (answered, failed, timed out, refused by our policy);
    /// secrets in it are redacted.
    void exchangeFinished(const shuriken::HttpExchange &exchange);

private:
    struct Pending;

    quint64 send(const QByteArray &method, const QUrl &target, const QByteArray &contentType, const QByteArray &body,
                 QObject *context, ResponseCallback callback);
    std::optional<ApiError> policyRefusal(const QUrl &url) const;
    QNetworkRequest buildRequest(const QUrl &url, const QByteArray &contentType) const;
    void onReplyFinished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending);
    ApiResponse responseFromReply(QNetworkReply *reply, Pending &pending);
    void complete(const std::shared_ptr<Pending> &pending, const ApiResponse &response);
    ApiError scrubbed(ApiError error) const;
    /// @p text without the API key and the values of the secret extra headers.
    QByteArray scrubbedText(const QByteArray &text) const;
    QString scrubbedText(const QString &text) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_requestTimeout = defaultRequestTimeout;
    bool m_allowForeignOrigin = false;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    quint64 m_lastExchangeId = 0;
};

} // namespace shuriken
