// Recorded sessions: the client in replay mode takes its session answers and frames from a
// recording instead of the network, and runs them through the live handlers (the session DTO,
// onSessionResult(), the transport's inbound handler, routing and event building), so a replay
// delivers the events the live session delivered, with their recorded receive times.

#include "apierror.h"
#include "apipaths.h"
#include "pusherconnection.h"
#include "streamclient.h"
#include "streamclient_p.h"
#include "streamslog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace shuriken {

namespace {

// The base URL the recorded request went to: its URL without the session path, so a relative
// authEndpoint in the answer resolves as it did live.
QUrl baseUrlOf(const QUrl &sessionUrl)
{
    QUrl base = sessionUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString path = base.path();
    base.setPath(path.left(path.size() - qsizetype(sizeof(apipaths::kSession) - 1)));
    return base;
}

// The (stream, filter) pairs of a recorded request body; empty when it has none that can be read.
QList<SubscriptionRequest> requestsOf(const QByteArray &body)
{
    const QJsonArray array = QJsonDocument::fromJson(body).object().value(QStringLiteral("subscriptions")).toArray();
    QList<SubscriptionRequest> requests;
    for (const QJsonValue &value : array) {
        QString error;
        auto request = SubscriptionRequest::fromJson(value, &error);
        if (!request)
            return {};
        requests.append(std::move(*request));
    }
    return requests;
}

QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// What SessionService makes of an answer, from the recorded exchange: the same DTO, the same
// errors.
std::variant<Session, ApiError> sessionAnswerOf(const HttpExchange &exchange)
{
    if (exchange.error)
        return *exchange.error;
    if (exchange.httpStatus == 0)
        return ApiError(ApiError::Kind::Network, StreamClient::tr("the recorded request got no answer"));
    if (exchange.httpStatus < 200 || exchange.httpStatus > 299) {
        const QDateTime answeredAt = exchange.startedAt.addMSecs(exchange.durationMs);
        return ApiError::fromHttpResponse(exchange.httpStatus, exchange.responseBody,
                                          headerValue(exchange.responseHeaders, "retry-after"),
                                          answeredAt.isValid() ? answeredAt : QDateTime::currentDateTimeUtc());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.responseBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError(ApiError::Kind::Decode, StreamClient::tr("the recorded answer is not a JSON object"),
                        exchange.httpStatus);
    QString problem;
    auto session = Session::fromJson(document.object(), baseUrlOf(exchange.url), &problem);
    if (!session) {
        ApiError error(ApiError::Kind::Decode, problem, exchange.httpStatus);
        error.setRequestId(document.object().value(QStringLiteral("requestId")).toString());
        return error;
    }
    return std::move(*session);
}

} // namespace

bool StreamClient::isSessionExchange(const HttpExchange &exchange)
{
    return exchange.method == "POST" && exchange.url.path().endsWith(QLatin1String(apipaths::kSession));
}

bool StreamClient::setReplayMode(bool on)
{
    if (m_state != State::Disconnected && m_state != State::Failed)
        return false;
    m_replay = on;
    m_replayRoundStartUs = 0;
    m_connection->setReplayMode(on);
    return true;
}

bool StreamClient::replaySessionExchange(const HttpExchange &exchange)
{
    if (!m_replay || !isSessionExchange(exchange))
        return false;
    if (m_state == State::Disconnected || m_state == State::Failed)
        return true; // the live client had not asked (or had given up): nothing takes the answer
    const qint64 startedAtMs = exchange.startedAt.isValid() ? exchange.startedAt.toMSecsSinceEpoch() : 0;
    if (startedAtMs > 0 && startedAtMs < m_replayRoundStartUs / 1000) {
        // Asked before the connection was lost: live, the answer came for an abandoned round
        // and was dropped (requestSession()'s round check).
        qCInfo(lcStreams) << "replay: dropping a session answer of an abandoned round";
        return true;
    }
    ++m_counters.sessionRequests;

    // What the client asked for: the recorded body, or, if it cannot be read, what this client
    // asks for now (the same list, when the replay has followed the recording).
    QList<SubscriptionRequest> fresh;
    QList<SubscriptionRequest> requested = sessionRequests(&fresh);
    requested += fresh;
    const QList<SubscriptionRequest> recorded = requestsOf(exchange.requestBody);
    if (!recorded.isEmpty()) {
        requested = recorded;
        fresh.clear();
        for (const SubscriptionRequest &request : recorded) {
            if (!isKeyCurrent(request.key()))
                fresh.append(request);
        }
    }
    // The probe is what a client with nothing to subscribe asks for; this one may subscribe to
    // the probe's stream itself.
    const SubscriptionRequest probeRequest = streamclient::probeRequest();
    bool probe = requested.isEmpty() || (requested.size() == 1 && requested.first() == probeRequest);
    for (const Subscription *subscription : std::as_const(m_subscriptions))
        probe = probe && subscription->key() != probeRequest.key();
    if (requested.isEmpty())
        requested.append(probeRequest);

    const auto answer = sessionAnswerOf(exchange);
    if (const auto *session = std::get_if<Session>(&answer))
        onSessionResult(requested, probe, *session);
    else
        onSessionError(fresh, probe, std::get<ApiError>(answer));
    return true;
}

void StreamClient::replayFrame(const QByteArray &frame, qint64 receivedAtUs, bool binary)
{
    if (!m_replay)
        return;
    if (binary)
        m_connection->injectBinaryFrame(frame, receivedAtUs);
    else
        m_connection->injectFrame(frame, receivedAtUs);
}

void StreamClient::replayConnectionEnd(const QString &reason, qint64 atUs, bool failed)
{
    if (!m_replay || m_state == State::Disconnected || m_state == State::Failed)
        return;
    if (failed) {
        m_connection->failPermanently(reason);
        return;
    }
    // Only a connection the replay has open can be lost; a new session round says it was.
    const quint64 roundBefore = m_sessionRound;
    m_connection->injectConnectionLoss(reason);
    if (m_sessionRound != roundBefore)
        m_replayRoundStartUs = atUs;
}

} // namespace shuriken
