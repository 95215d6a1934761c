#pragma once

#include "httpmessage.h"
#include "websocketframing.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace shuriken::sim {

class ClientConnection;

/// What a ClientConnection reports to the server logic. An interface rather than signals: the
/// calls are synchronous, one per parsed request or message, on the hot path of the firehose.
class ConnectionHandler
{
public:
    virtual ~ConnectionHandler() = default;
    virtual void httpRequestReceived(ClientConnection &connection, HttpRequest request) = 0;
    virtual void webSocketMessageReceived(ClientConnection &connection, const QByteArray &text) = 0;
    /// The server-side ping went unanswered for the pong timeout.
    virtual void pongTimedOut(ClientConnection &connection) = 0;
    /// The client was silent for the ping interval: time to send pusher:ping.
    virtual void idleTimedOut(ClientConnection &connection) = 0;
    /// The unsent backlog fell below the drain threshold (firehose refill).
    virtual void drained(ClientConnection &connection) = 0;
    /// The socket is gone; the connection deletes itself later.
    virtual void connectionClosed(ClientConnection &connection) = 0;

protected:
    ConnectionHandler() = default;
    Q_DISABLE_COPY_MOVE(ConnectionHandler)
};

/// One accepted TCP connection: HTTP/1.1 requests until it upgrades, then a WebSocket. It frames
/// and unframes bytes, runs the close handshake and the liveness timers; the Pusher and REST
/// logic live in the server. Internal to lib/sim.
class ClientConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientConnection)

public:
    enum class Mode
    {
        Http,
        WebSocket,
        Closing, // close frame sent or received, waiting for the other side
        Closed,
    };

    struct Timers
    {
        int pingIntervalMs = 120000;
        int pongTimeoutMs = 30000;
        int closeTimeoutMs = 2000;
        int httpIdleTimeoutMs = 120000;
    };

    ClientConnection(QTcpSocket *socket, quint64 id, ConnectionHandler *handler, const Timers &timers,
                     QObject *parent = nullptr);
    ~ClientConnection() override;

    quint64 id() const { return m_id; }
    Mode mode() const { return m_mode; }
    bool isWebSocket() const { return m_mode == Mode::WebSocket; }
    QTcpSocket *socket() const { return m_socket; }
    qint64 bytesToWrite() const;
    quint64 bytesSent() const { return m_bytesSent; }

    // ---- HTTP ------------------------------------------------------------------------------
    /// Sends a response; the connection closes after it unless @p keepAlive. Parsing of further
    /// pipelined requests resumes once the response is out.
    void sendHttpResponse(const HttpResponse &response, bool keepAlive);
    /// Holds parsing while a response is deliberately delayed (REST slowness fault).
    void holdRequests() { m_awaitingResponse = true; }
    /// Answers 101 and switches to WebSocket framing.
    void acceptWebSocket(const HttpRequest &request);

    // ---- WebSocket -------------------------------------------------------------------------
    /// One text frame with @p text as its payload (sent as is: invalid UTF-8 stays invalid).
    void sendText(QByteArrayView text);
    /// Bytes that are already framed.
    void sendFramed(QByteArrayView frames);
    /// Starts the close handshake with @p code; the socket is cut if the client does not answer.
    void closeWebSocket(quint16 code, const QByteArray &reason);
    /// Cuts the TCP connection without a close frame (the client sees 1006).
    void abort();
    /// Whether WebSocket ping frames are answered (the "stop-pongs" fault turns this off).
    void setAnswerPings(bool answer) { m_answerPings = answer; }
    /// Restarts the idle timer and forgets a pending server ping.
    void markActivity();
    /// The server sent pusher:ping: the pong timer runs.
    void startPongTimer();
    /// Below this unsent backlog the handler's drained() is called.
    void setDrainThreshold(qint64 bytes) { m_drainThreshold = bytes; }

    // Per-connection Pusher state, owned by the server logic.
    QString socketId;
    QList<QString> channels; // subscription order
    QHash<QString, QString> presenceUserByChannel;
    QString signedInUserId; // after a valid pusher:signin (generic mode)
    quint16 closeCodeSent = 0;
    bool established = false; // connection_established was sent (and clientConnected emitted)

private:
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void processHttp();
    void processWebSocket();
    void write(QByteArrayView bytes);

    QTcpSocket *m_socket;
    quint64 m_id;
    ConnectionHandler *m_handler;
    Timers m_timers;
    Mode m_mode = Mode::Http;
    QByteArray m_buffer;
    HttpRequestParser m_httpParser;
    ws::MessageReader m_reader;
    QTimer m_idleTimer;
    QTimer m_pongTimer;
    QTimer m_closeTimer;
    quint64 m_bytesSent = 0;
    qint64 m_drainThreshold = 256 * 1024;
    bool m_awaitingResponse = false;
    bool m_closeAfterResponse = false;
    bool m_sentContinue = false;
    bool m_answerPings = true;
    bool m_closedNotified = false;
};

} // namespace shuriken::sim
