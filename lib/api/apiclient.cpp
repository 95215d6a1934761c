#include "apiclient.h"

#include "apilogging.h"
#include "dto.h"
#include "redaction.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace shuriken {

namespace {

const QByteArray authorizationHeader = QByteArrayLiteral("Authorization");

int defaultPort(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return 443;
    if (url.scheme() == QLatin1String("http"))
        return 80;
    return -1;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    // QUrl already lowercases scheme and host.
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString originText(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

// Everything one request needs between send() and its answer.
struct ApiClient::Pending
{
    HttpExchange exchange;
    QElapsedTimer elapsed;
    QPointer<QObject> context;
    ResponseCallback callback;
    QPointer<QTimer> timeoutTimer;
    bool timedOut = false;
};

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.shuriken.trade"));
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(m_network);
    setBaseUrl(defaultBaseUrl());
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    QUrl normalized = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = normalized.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    normalized.setPath(path, QUrl::TolerantMode);
    m_baseUrl = normalized;
}

void ApiClient::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey.trimmed();
}

QString ApiClient::redactedApiKey() const
{
    return m_apiKey.isEmpty() ? QString() : redactApiKey(m_apiKey);
}

void ApiClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout.count() > 0 ? timeout : defaultRequestTimeout;
}

QUrl ApiClient::resolve(const QUrl &target) const
{
    // Appending (not QUrl::resolved) keeps a path prefix of the base URL, as both SDKs do.
    return resolveAgainstBaseUrl(m_baseUrl, target);
}

bool ApiClient::isSameOriginAsBase(const QUrl &url) const
{
    return sameOrigin(url, m_baseUrl);
}

quint64 ApiClient::get(const QUrl &target, QObject *context, ResponseCallback callback)
{
    return send(QByteArrayLiteral("GET"), target, {}, {}, context, std::move(callback));
}

quint64 ApiClient::postJson(const QUrl &target, const QJsonObject &body, QObject *context, ResponseCallback callback)
{
    return send(QByteArrayLiteral("POST"), target, QByteArrayLiteral("application/json"),
                QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(callback));
}

quint64 ApiClient::postForm(const QUrl &target, const QUrlQuery &form, QObject *context, ResponseCallback callback)
{
    // QUrlQuery leaves '+' alone, which a form decoder reads as a space: encode it.
    QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
    body.replace('+', QByteArrayLiteral("%2B"));
    return send(QByteArrayLiteral("POST"), target, QByteArrayLiteral("application/x-www-form-urlencoded"), body,
                context, std::move(callback));
}

quint64 ApiClient::post(const QUrl &target, const QByteArray &contentType, const QByteArray &body, QObject *context,
                        ResponseCallback callback)
{
    return send(QByteArrayLiteral("POST"), target, contentType, body, context, std::move(callback));
}

QByteArray ApiClient::scrubbedText(const QByteArray &text) const
{
    QByteArray result = scrubSecret(text, m_apiKey);
    for (const auto &[name, value] : m_extraHeaders) {
        if (isSecretHeaderName(name) && !value.isEmpty())
            result = scrubSecret(result, QString::fromUtf8(value));
    }
    return result;
}

QString ApiClient::scrubbedText(const QString &text) const
{
    QString result = scrubSecret(text, m_apiKey);
    for (const auto &[name, value] : m_extraHeaders) {
        if (isSecretHeaderName(name) && !value.isEmpty())
            result = scrubSecret(result, QString::fromUtf8(value));
    }
    return result;
}

std::optional<ApiError> ApiClient::policyRefusal(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ApiError(ApiError::Kind::Refused,
                        tr("\"%1\" is not an http(s) URL").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (!isSameOriginAsBase(url)) {
        if (!m_allowForeignOrigin) {
            return ApiError(ApiError::Kind::Refused,
                            tr("%1 is not the API's origin (%2) and the API key is only sent to the API; allow "
                               "foreign auth origins if you trust that server")
                                .arg(originText(url), originText(m_baseUrl)));
        }
        // Trusting another server is the user's call; sending the key there in clear text is not
        // (a loopback server is on this machine: nothing crosses a network).
        const QHostAddress address(url.host());
        const bool loopback = url.host() == QLatin1String("localhost") || address.isLoopback();
        if (scheme != QLatin1String("https") && !loopback) {
            return ApiError(ApiError::Kind::Refused,
                            tr("%1 is not the API's origin and does not use https: the API key would travel in "
                               "clear text, so it is not sent there")
                                .arg(originText(url)));
        }
    }
    return std::nullopt;
}

QNetworkRequest ApiClient::buildRequest(const QUrl &url, const QByteArray &contentType) const
{
    QNetworkRequest request(url);
    // A redirect could carry the key to another origin; a redirect answer is reported instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("ShurikenStreamMonitor/" SHURIKEN_VERSION));
    if (!contentType.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), contentType);
    if (!m_apiKey.isEmpty())
        request.setRawHeader(authorizationHeader, QByteArrayLiteral("Bearer ") + m_apiKey.toUtf8());
    for (const auto &[name, value] : m_extraHeaders)
        request.setRawHeader(name, value);
    return request;
}

quint64 ApiClient::send(const QByteArray &method, const QUrl &target, const QByteArray &contentType,
                        const QByteArray &body, QObject *context, ResponseCallback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->elapsed.start();
    pending->context = context ? context : this;
    pending->callback = std::move(callback);

    const QUrl url = resolve(target);
    HttpExchange &exchange = pending->exchange;
    exchange.id = ++m_lastExchangeId;
    exchange.method = method;
    exchange.url = url.adjusted(QUrl::RemoveUserInfo);
    // A signed Pusher HTTP API request carries its signature in the query.
    if (QUrlQuery query(exchange.url); query.hasQueryItem(QStringLiteral("auth_signature"))) {
        const QString signature = query.queryItemValue(QStringLiteral("auth_signature"));
        query.removeAllQueryItems(QStringLiteral("auth_signature"));
        query.addQueryItem(QStringLiteral("auth_signature"), redactSecret(signature));
        exchange.url.setQuery(query);
    }
    exchange.requestBody = scrubbedText(body);
    exchange.startedAt = QDateTime::currentDateTimeUtc();

    if (auto refusal = policyRefusal(url)) {
        // Answer asynchronously like every other request, so callers need one code path only.
        ApiResponse response;
        response.error = std::move(refusal);
        QMetaObject::invokeMethod(
            this, [this, pending, response] { complete(pending, response); }, Qt::QueuedConnection);
        return exchange.id;
    }

    const QNetworkRequest request = buildRequest(url, contentType);
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray value = request.rawHeader(name);
        exchange.requestHeaders.append({name, redactHeaderValue(name, value)});
    }

    qCDebug(lcApi).noquote() << QStringLiteral("#") + QString::number(exchange.id) << QString::fromLatin1(method)
                             << exchange.url.toString() << "started";

    QNetworkReply *reply = method == "GET" ? m_network->get(request) : m_network->post(request, body);
    // Parented here: a client that goes away takes its requests with it.
    reply->setParent(this);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_requestTimeout);
    pending->timeoutTimer = timer;
    connect(timer, &QTimer::timeout, reply, [reply, pending] {
        pending->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] { onReplyFinished(reply, pending); });
    timer->start();
    return exchange.id;
}

void ApiClient::onReplyFinished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending)
{
    if (pending->timeoutTimer)
        pending->timeoutTimer->stop();
    const ApiResponse response = responseFromReply(reply, *pending);
    reply->deleteLater();
    complete(pending, response);
}

ApiResponse ApiClient::responseFromReply(QNetworkReply *reply, Pending &pending)
{
    ApiResponse response;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // An aborted reply is closed; reading it would only print a warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.headers = reply->rawHeaderPairs();
    // Answers of the auth endpoint carry channel signatures and encrypted channels' shared
    // secrets: the record, and the text explanations read, keep only their tails.
    response.rawBody = scrubSharedSecrets(scrubAuthSignatures(scrubbedText(body)));

    HttpExchange &exchange = pending.exchange;
    for (const auto &[name, value] : std::as_const(response.headers))
        exchange.responseHeaders.append(
            {name, isSecretHeaderName(name) ? redactHeaderValue(name, value) : scrubbedText(value)});
    exchange.responseBody = response.rawBody;

    if (pending.timedOut) {
        response.error = ApiError(ApiError::Kind::Timeout,
                                  tr("no complete answer within %1 ms").arg(qint64(m_requestTimeout.count())));
        return response;
    }
    if (!statusAttribute.isValid()) {
        response.error = ApiError(kindForNetworkError(reply->error()), reply->errorString());
        return response;
    }

    response.httpStatus = statusAttribute.toInt();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject())
        response.body = document.object();

    if (response.httpStatus >= 300 && response.httpStatus < 400) {
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(response.header(QByteArrayLiteral("Location"))));
        response.error = ApiError(ApiError::Kind::Refused,
                                  tr("the server redirected to %1; redirects are not followed so that the API key "
                                     "stays with the API")
                                      .arg(location.toDisplayString(QUrl::RemoveUserInfo)),
                                  response.httpStatus);
        return response;
    }
    if (response.httpStatus < 200 || response.httpStatus >= 300) {
        response.error
            = ApiError::fromHttpResponse(response.httpStatus, body, response.header(QByteArrayLiteral("Retry-After")));
        return response;
    }
    if (body.trimmed().isEmpty())
        return response;
    if (!document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
            ? tr("the body is not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
            : tr("the body is JSON but not an object");
        ApiError error(ApiError::Kind::Decode, reason, response.httpStatus);
        response.error = error;
    }
    return response;
}

void ApiClient::complete(const std::shared_ptr<Pending> &pending, const ApiResponse &original)
{
    ApiResponse response = original;
    if (response.error)
        response.error = scrubbed(*response.error);

    HttpExchange &exchange = pending->exchange;
    exchange.httpStatus = response.httpStatus;
    exchange.durationMs = pending->elapsed.elapsed();
    exchange.error = response.error;

    const QString id = QStringLiteral("#") + QString::number(exchange.id);
    const QString method = QString::fromLatin1(exchange.method);
    const QString url = exchange.url.toString();
    const QString key = QStringLiteral("(key %1)").arg(hasApiKey() ? redactedApiKey() : QStringLiteral("none"));
    if (response.error) {
        qCWarning(lcApi).noquote() << id << method << url << "failed after" << exchange.durationMs << "ms" << key
                                   << ApiError::kindName(response.error->kind()) + u':'
                                   << response.error->displayText();
    } else {
        qCDebug(lcApi).noquote() << id << method << url << "->" << response.httpStatus << "in" << exchange.durationMs
                                 << "ms" << key;
    }

    Q_EMIT exchangeFinished(exchange);
    if (pending->context && pending->callback)
        pending->callback(response);
}

ApiError ApiClient::scrubbed(ApiError error) const
{
    // A server (or proxy) that echoes the Authorization header must not put it into our texts.
    error.setMessage(scrubbedText(error.message()));
    error.setCode(scrubbedText(error.code()));
    return error;
}

} // namespace shuriken
