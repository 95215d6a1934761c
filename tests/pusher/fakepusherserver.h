#pragma once

// Just enough of a Pusher server for the connection tests: a QWebSocketServer on an ephemeral
// 127.0.0.1 port that speaks through the encode* functions, with a plan per connection (greet,
// refuse with a close code, or stay silent) and hooks to drop, close and send.

#include "pusherconnection.h"
#include "pusherprotocol.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>

class FakePusherServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePusherServer)

public:
    enum class Greeting
    {
        Establish, // send pusher:connection_established
        Refuse, // close at once with the plan's close code
        Silent, // say nothing (handshake timeout)
    };
    struct Plan
    {
        Greeting greeting = Greeting::Establish;
        int closeCode = 0;
    };

    explicit FakePusherServer(QObject *parent = nullptr)
        : QObject(parent)
        , m_server(QStringLiteral("fake-pusher"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &FakePusherServer::onNewConnection);
    }

    ~FakePusherServer() override
    {
        // The client sockets are our children: delete them while the members their lambdas
        // touch still exist.
        const QList<QWebSocket *> sockets = findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
        for (QWebSocket *socket : sockets) {
            disconnect(socket, nullptr, this, nullptr);
            socket->abort();
            delete socket;
        }
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    shuriken::pusher::PusherEndpoint endpoint(const QString &appKey = QStringLiteral("app-key")) const
    {
        return {QStringLiteral("127.0.0.1"), port(), false, appKey, {}, 443};
    }

    /// Plans for the next connections, in order; connections beyond the list are greeted.
    void plan(const QList<Plan> &plans) { m_plans = plans; }
    void setActivityTimeoutSeconds(int seconds) { m_activityTimeoutSeconds = seconds; }
    void setAnswerPings(bool answer) { m_answerPings = answer; }

    int connectionCount() const { return static_cast<int>(m_requestUrls.size()); }
    QList<QUrl> requestUrls() const { return m_requestUrls; }
    QStringList issuedSocketIds() const { return m_socketIds; }
    /// Text frames received from clients, in order.
    QList<QByteArray> received() const { return m_received; }
    /// Close codes the clients sent (QWebSocket::closeCode() when each client went away).
    QList<int> clientCloseCodes() const { return m_clientCloseCodes; }
    int disconnectedCount() const { return static_cast<int>(m_clientCloseCodes.size()); }

    bool receivedEvent(const QString &event) const
    {
        for (const QByteArray &frame : m_received) {
            const auto result = shuriken::pusher::decode(frame);
            if (const auto *message = std::get_if<shuriken::pusher::Message>(&result)) {
                if (shuriken::pusher::eventName(*message) == event)
                    return true;
            }
        }
        return false;
    }

    void sendText(const QByteArray &frame)
    {
        if (m_current)
            m_current->sendTextMessage(QString::fromUtf8(frame));
    }
    void sendBinary(const QByteArray &frame)
    {
        if (m_current)
            m_current->sendBinaryMessage(frame);
    }
    void closeCurrent(int code)
    {
        if (m_current)
            m_current->close(static_cast<QWebSocketProtocol::CloseCode>(code));
    }
    /// Drops the TCP connection without a close frame.
    void dropCurrent()
    {
        if (m_current)
            m_current->abort();
    }

Q_SIGNALS:
    void frameReceived(const QByteArray &frame);

private:
    void onNewConnection()
    {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_current = socket;
            m_requestUrls.append(socket->requestUrl());
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                const QByteArray frame = text.toUtf8();
                m_received.append(frame);
                const auto result = shuriken::pusher::decode(frame);
                const auto *message = std::get_if<shuriken::pusher::Message>(&result);
                if (m_answerPings && message && std::holds_alternative<shuriken::pusher::Ping>(*message))
                    socket->sendTextMessage(QString::fromUtf8(shuriken::pusher::encodeServerPong()));
                Q_EMIT frameReceived(frame);
            });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_clientCloseCodes.append(static_cast<int>(socket->closeCode()));
                socket->deleteLater();
            });
            const Plan plan = m_plans.isEmpty() ? Plan {} : m_plans.takeFirst();
            switch (plan.greeting) {
            case Greeting::Establish: {
                const QString socketId = QStringLiteral("1000.%1").arg(m_requestUrls.size());
                m_socketIds.append(socketId);
                socket->sendTextMessage(QString::fromUtf8(
                    shuriken::pusher::encodeConnectionEstablished(socketId, m_activityTimeoutSeconds)));
                break;
            }
            case Greeting::Refuse:
                socket->close(static_cast<QWebSocketProtocol::CloseCode>(plan.closeCode));
                break;
            case Greeting::Silent:
                break;
            }
        }
    }

    QWebSocketServer m_server;
    QPointer<QWebSocket> m_current;
    QList<Plan> m_plans;
    int m_activityTimeoutSeconds = 120;
    bool m_answerPings = true;
    QList<QUrl> m_requestUrls;
    QStringList m_socketIds;
    QList<QByteArray> m_received;
    QList<int> m_clientCloseCodes;
};
