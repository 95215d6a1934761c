#pragma once

// Shared by the simulator's socket tests: an in-process SimulatorServer on an ephemeral
// 127.0.0.1 port, a blocking-style REST helper over QNetworkAccessManager and a raw Pusher
// client over QWebSocket that records every frame.

#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <functional>

namespace simtest {

// Waits are generous (a loaded 2-core machine); protocol timers are short and injected.
constexpr int kWait = 15000;

inline const QString kApiKey = QStringLiteral("sk_test_simulator_0123456789");
inline const QString kSolMint = QStringLiteral("So11111111111111111111111111111111111111112");
inline const QString kBonkMint = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");

inline shuriken::sim::SimulatorConfig testConfig()
{
    shuriken::sim::SimulatorConfig config;
    config.apiKey = kApiKey;
    config.seed = 99;
    config.tickIntervalMs = 5;
    config.closeTimeoutMs = 1000;
    // Fast streams so a test sees events at once; the rate itself is not under test here.
    config.streamRates.insert(QStringLiteral("svm.token.swaps"), 200.0);
    config.streamRates.insert(QStringLiteral("alpha.personal"), 100.0);
    config.streamRates.insert(QStringLiteral("svm.token.poolInfo"), 100.0);
    return config;
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline HttpResult waitForReply(QNetworkReply *reply)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(kWait)) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
            reply->deleteLater();
            return result;
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

class RestClient
{
public:
    explicit RestClient(const QUrl &baseUrl, QString apiKey = kApiKey)
        : m_baseUrl(baseUrl)
        , m_apiKey(std::move(apiKey))
    { }

    void setApiKey(const QString &key) { m_apiKey = key; }

    QNetworkRequest request(const QString &path, const QByteArray &contentType = {}) const
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
        if (!m_apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return request;
    }

    HttpResult get(const QString &path) { return waitForReply(m_network.get(request(path))); }

    HttpResult postJson(const QString &path, const QJsonObject &body)
    {
        return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    }

    HttpResult postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType)
    {
        return waitForReply(m_network.post(request(path, contentType), body));
    }

    /// POST /api/v2/ws/session for (stream, filter) pairs.
    HttpResult session(const QList<QPair<QString, QJsonObject>> &subscriptions)
    {
        QJsonArray array;
        for (const auto &[stream, filter] : subscriptions)
            array.append(QJsonObject {{QStringLiteral("stream"), stream}, {QStringLiteral("filter"), filter}});
        return postJson(QStringLiteral("/api/v2/ws/session"), QJsonObject {{QStringLiteral("subscriptions"), array}});
    }

    /// The channel a single (stream, filter) resolves to.
    QString channelFor(const QString &stream, const QJsonObject &filter = {})
    {
        const HttpResult result = session({{stream, filter}});
        const QJsonObject body = result.json();
        // Either envelope: {data: ...} by default, bare when the server is told so.
        const QJsonObject payload
            = body.contains(QStringLiteral("data")) ? body.value(QStringLiteral("data")).toObject() : body;
        return payload.value(QStringLiteral("subscriptions"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("channel"))
            .toString();
    }

    HttpResult authorize(const QString &socketId, const QString &channel)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("socket_id"), socketId);
        form.addQueryItem(QStringLiteral("channel_name"), QString::fromLatin1(QUrl::toPercentEncoding(channel)));
        return postRaw(QStringLiteral("/api/v2/ws/auth"), form.toString(QUrl::FullyEncoded).toUtf8(),
                       "application/x-www-form-urlencoded");
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
};

inline QJsonObject tokenFilter(const QString &token)
{
    return QJsonObject {{QStringLiteral("tokenAddress"), token}};
}

/// A Pusher client reduced to a QWebSocket that records every text frame and the close.
class RawPusherClient : public QObject
{
public:
    explicit RawPusherClient(QObject *parent = nullptr)
        : QObject(parent)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            raw.append(text);
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, this, [this] { disconnected = true; });
        auto recordError = [this](QAbstractSocket::SocketError error) {
            socketErrors.append(error);
        };
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        QObject::connect(&socket, &QWebSocket::errorOccurred, this, recordError);
#else
        QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, recordError);
#endif
    }

    /// Opens the socket and waits for connection_established.
    bool open(const QUrl &url)
    {
        socket.open(url);
        if (!QTest::qWaitFor([this] { return !frames.isEmpty() || disconnected; }, kWait))
            return false;
        const QJsonObject first = frames.constFirst();
        if (first.value(QStringLiteral("event")).toString() != QLatin1String("pusher:connection_established"))
            return false;
        socketId = dataOf(first).value(QStringLiteral("socket_id")).toString();
        return true;
    }

    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    void subscribe(const QString &channel, const QJsonValue &auth = QJsonValue::Undefined,
                   const QJsonValue &channelData = QJsonValue::Undefined)
    {
        QJsonObject data {{QStringLiteral("channel"), channel}};
        if (!auth.isUndefined())
            data.insert(QStringLiteral("auth"), auth);
        if (!channelData.isUndefined())
            data.insert(QStringLiteral("channel_data"), channelData);
        send(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:subscribe")},
                          {QStringLiteral("data"), data}});
    }

    void unsubscribe(const QString &channel)
    {
        send(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:unsubscribe")},
                          {QStringLiteral("data"), QJsonObject {{QStringLiteral("channel"), channel}}}});
    }

    void ping()
    {
        send(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:ping")},
                          {QStringLiteral("data"), QJsonObject()}});
    }

    /// `data` decoded: the protocol sends it as a JSON-encoded string.
    static QJsonObject dataOf(const QJsonObject &frame)
    {
        const QJsonValue data = frame.value(QStringLiteral("data"));
        if (data.isString())
            return QJsonDocument::fromJson(data.toString().toUtf8()).object();
        return data.toObject();
    }

    qsizetype count(const QString &event, const QString &channel = QString()) const
    {
        qsizetype n = 0;
        for (const QJsonObject &frame : frames) {
            if (frame.value(QStringLiteral("event")).toString() == event
                && (channel.isEmpty() || frame.value(QStringLiteral("channel")).toString() == channel))
                ++n;
        }
        return n;
    }

    /// Waits until at least @p n frames of @p event (on @p channel) have arrived.
    bool waitFor(const QString &event, const QString &channel = QString(), qsizetype n = 1)
    {
        return QTest::qWaitFor([&] { return count(event, channel) >= n; }, kWait);
    }

    QJsonObject last(const QString &event, const QString &channel = QString()) const
    {
        for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
            if (it->value(QStringLiteral("event")).toString() == event
                && (channel.isEmpty() || it->value(QStringLiteral("channel")).toString() == channel))
                return *it;
        }
        return {};
    }

    /// Payloads of the stream events on @p channel, in arrival order.
    QList<QJsonObject> events(const QString &channel) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &frame : frames) {
            if (frame.value(QStringLiteral("channel")).toString() == channel
                && frame.value(QStringLiteral("event")).toString() == QLatin1String("update"))
                result.append(dataOf(frame));
        }
        return result;
    }

    bool waitForDisconnect()
    {
        return QTest::qWaitFor([this] { return disconnected; }, kWait);
    }

    QWebSocket socket;
    QList<QString> raw;
    QList<QJsonObject> frames;
    QString socketId;
    bool disconnected = false;
    QList<QAbstractSocket::SocketError> socketErrors;

    /// Ended without a close frame: QWebSocket (Qt 6.4) then keeps closeCode() at 1000 and
    /// reports RemoteHostClosedError; browsers and Node's ws call the same thing 1006.
    bool droppedWithoutCloseFrame() const
    {
        return disconnected && socketErrors.contains(QAbstractSocket::RemoteHostClosedError)
            && socket.closeReason().isEmpty();
    }
};

} // namespace simtest
