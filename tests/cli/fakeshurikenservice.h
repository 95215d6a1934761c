#pragma once

// Just enough of a Shuriken service for the CLI tests that need frames the simulator does not
// send: a session endpoint on one 127.0.0.1 port and a Pusher WebSocket server on another, which
// answers each subscribe with the frames a test planned for that channel (pretty-printed
// payloads, subscription_error in its several shapes).

#include "jsontext.h"
#include "dto.h"
#include "pusherprotocol.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

class FakeShurikenService final
{
    Q_DISABLE_COPY_MOVE(FakeShurikenService)

public:
    /// What the WebSocket answers to a subscribe of one channel.
    struct Answer
    {
        /// Non-empty: pusher:subscription_error with this `data` JSON text instead of success.
        QByteArray refusalData;
        /// Frames sent after subscription_succeeded, exactly as given.
        QList<QByteArray> frames;
    };

    FakeShurikenService()
        : m_webSocket(QStringLiteral("fake-shuriken"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_http, &QTcpServer::newConnection, &m_http, [this] { acceptHttp(); });
        QObject::connect(&m_webSocket, &QWebSocketServer::newConnection, &m_webSocket, [this] { acceptWebSocket(); });
    }

    ~FakeShurikenService()
    {
        for (const QPointer<QWebSocket> &socket : std::as_const(m_sockets)) {
            if (socket) {
                QObject::disconnect(socket, nullptr, nullptr, nullptr);
                socket->abort();
                delete socket;
            }
        }
    }

    bool listen()
    {
        return m_http.listen(QHostAddress::LocalHost, 0) && m_webSocket.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http.serverPort())); }

    /// The channel the session endpoint resolves @p stream to (whatever the filter).
    static QString channelFor(const QString &stream) { return QStringLiteral("fake-") + stream; }
    static QString eventName() { return QStringLiteral("update"); }

    void setAnswer(const QString &stream, const Answer &answer) { m_answers.insert(channelFor(stream), answer); }

private:
    void acceptHttp()
    {
        while (QTcpSocket *socket = m_http.nextPendingConnection()) {
            socket->setParent(&m_http);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                qsizetype contentLength = 0;
                const QList<QByteArray> headerLines = buffer->left(headerEnd).split('\n');
                for (const QByteArray &line : headerLines) {
                    if (line.toLower().startsWith("content-length:"))
                        contentLength = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headerEnd + 4 + contentLength)
                    return;
                const QByteArray requestLine = headerLines.first().trimmed();
                const QByteArray body = buffer->mid(headerEnd + 4, contentLength);
                buffer->clear();
                answerHttp(socket, requestLine, body);
            });
        }
    }

    void answerHttp(QTcpSocket *socket, const QByteArray &requestLine, const QByteArray &body)
    {
        int status = 404;
        QJsonObject response {{QStringLiteral("error"),
                               QJsonObject {{QStringLiteral("code"), QStringLiteral("NOT_FOUND")},
                                            {QStringLiteral("message"), QStringLiteral("no such endpoint")}}}};
        if (requestLine.startsWith("POST /api/v2/ws/session ")) {
            shuriken::Session session;
            session.connection.provider = QStringLiteral("pusher");
            session.connection.appKey = QStringLiteral("fake-app-key");
            session.connection.wsHost = QStringLiteral("127.0.0.1");
            session.connection.wsPort = m_webSocket.serverPort();
            session.connection.authEndpoint = baseUrl().resolved(QUrl(QStringLiteral("/api/v2/ws/auth")));
            session.recommendedReconnectBackoffMs = {100, 200};
            const QJsonArray requested
                = QJsonDocument::fromJson(body).object().value(QStringLiteral("subscriptions")).toArray();
            for (const QJsonValue &request : requested) {
                shuriken::ResolvedSubscription resolved;
                resolved.stream = request.toObject().value(QStringLiteral("stream")).toString();
                resolved.channel = channelFor(resolved.stream);
                resolved.event = eventName();
                resolved.payloadFormat = QStringLiteral("json");
                resolved.payloadSchemaId = QStringLiteral("fake");
                session.subscriptions.append(resolved);
            }
            status = 200;
            response = QJsonObject {{QStringLiteral("data"), session.toJson()}};
        }
        const QByteArray content = QJsonDocument(response).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                      + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(content.size())
                      + "\r\nConnection: close\r\n\r\n" + content);
        socket->disconnectFromHost();
    }

    void acceptWebSocket()
    {
        while (QWebSocket *socket = m_webSocket.nextPendingConnection()) {
            socket->setParent(&m_webSocket);
            m_sockets.append(socket);
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
                const auto result = shuriken::pusher::decode(text.toUtf8());
                const auto *message = std::get_if<shuriken::pusher::Message>(&result);
                if (!message)
                    return;
                if (std::holds_alternative<shuriken::pusher::Ping>(*message))
                    send(socket, shuriken::pusher::encodeServerPong());
                if (const auto *subscribe = std::get_if<shuriken::pusher::Subscribe>(message))
                    answerSubscribe(socket, subscribe->channel);
            });
            send(socket, shuriken::pusher::encodeConnectionEstablished(QStringLiteral("1234.5678"), 120));
        }
    }

    void answerSubscribe(QWebSocket *socket, const QString &channel)
    {
        const Answer answer = m_answers.value(channel);
        if (!answer.refusalData.isEmpty()) {
            QByteArray frame = R"({"event":"pusher:subscription_error","channel":)";
            shuriken::appendJsonString(frame, QStringView(channel));
            frame += ",\"data\":";
            shuriken::appendJsonString(frame, QByteArrayView(answer.refusalData));
            frame += '}';
            send(socket, frame);
            return;
        }
        send(socket, shuriken::pusher::encodeSubscriptionSucceeded(channel));
        for (const QByteArray &frame : answer.frames)
            send(socket, frame);
    }

    static void send(QWebSocket *socket, const QByteArray &frame) { socket->sendTextMessage(QString::fromUtf8(frame)); }

    QTcpServer m_http;
    QWebSocketServer m_webSocket;
    QList<QPointer<QWebSocket>> m_sockets;
    QHash<QString, Answer> m_answers;
};
