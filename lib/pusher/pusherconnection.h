#pragma once

// The Pusher protocol 7 transport over one QWebSocket: handshake, heartbeat, close-code
// reactions and automatic reconnects (PROTOCOL.md 2.1, 2.4, 2.5, 3.4). It knows nothing of
// sessions or subscriptions: the StreamClient drives it and answers sessionRefreshRequired().
// In replay mode it has no socket: recorded frames are injected and go through the same
// inbound handler as frames from the network.

#include "framerecord.h"
#include "pusherprotocol.h"
#include "reconnectpolicy.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace shuriken::pusher {

/// Where the WebSocket lives, from the session's `connection` block.
struct PusherEndpoint
{
    QString host;
    quint16 port = 0;
    bool tls = false;
    QString appKey;
    /// Prepended to `/app/<appKey>` (pusher-js' wsPath, e.g. "/ws" behind a proxy); empty or
    /// starting with '/'.
    QString path;
    /// The port wss goes to after the server said TLS only (4000): pusher-js' wssPort.
    quint16 tlsFallbackPort = 443;

    /// `ws[s]://host:port[path]/app/<appKey>?protocol=7&client=<clientName>&version=<version>`. The
    /// port is used with TLS too (PROTOCOL.md gap G11: pusher-js would silently use 443).
    QUrl url(const QString &clientName, const QString &version) const;
    /// url() with client "qt-shuriken" and this build's version.
    QUrl url() const;
    bool isValid() const { return !host.isEmpty() && port != 0 && !appKey.isEmpty(); }

    bool operator==(const PusherEndpoint &) const = default;
};

class PusherConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PusherConnection)

public:
    enum class State
    {
        Disconnected, // not connected and not trying (initial, or after close())
        Connecting, // first attempt after open(): socket handshake or connection_established pending
        Connected, // connection_established received
        Reconnecting, // lost (or never reached); an attempt is scheduled, running, or waits for a session refresh
        Failed, // permanent: refused twice, client bug codes, or failPermanently()
    };
    Q_ENUM(State)

    /// Protocol timers (PROTOCOL.md 2.4), injectable so tests run in milliseconds.
    struct Timings
    {
        /// The activity timeout is min(this, the server's activity_timeout).
        int activityTimeoutCapMs = 120000;
        /// After our pusher:ping, how long to wait for any frame before dropping the socket.
        int pongTimeoutMs = 30000;
        /// From opening the socket to connection_established.
        int handshakeTimeoutMs = 15000;
        /// A connection counts as successful (the reconnect schedule starts over, a session
        /// refresh is considered to have worked) once it has stayed connected this long; a
        /// server that accepts and drops at once must not get instant retries for ever.
        int stableAfterMs = 10000;
        /// A refusal (4001, 4009, ...) this soon after connection_established is the handshake
        /// refused; a later one ends a connection that worked, so the endpoint is not "refused
        /// again" after a session refresh, and a new refresh is due.
        int refusalGraceMs = 1000;
        /// Larger incoming frames are refused by the socket (Shuriken payloads are a few kB).
        qint64 maxFrameBytes = 16 * 1024 * 1024;
    };

    struct Counters
    {
        quint64 framesIn = 0;
        quint64 framesOut = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 malformedFrames = 0;
        quint64 reconnects = 0;
        /// Replay mode: frames the owner asked to send, dropped because there is no server.
        quint64 framesDropped = 0;
    };

    /// Fresh sessions whose endpoint is refused before it worked, in a row, before Failed.
    static constexpr int kRefusedRefreshesBeforeFailing = 3;

    explicit PusherConnection(QObject *parent = nullptr);
    ~PusherConnection() override;

    /// Take effect on the next attempt.
    void setTimings(const Timings &timings) { m_timings = timings; }
    const Timings &timings() const { return m_timings; }
    /// Replaces the policy (seed, clock, schedule); e.g. a test's fixed seed and clock.
    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    const ReconnectPolicy &reconnectPolicy() const { return m_policy; }
    /// The session's recommendedReconnectBackoffMs (empty: the fallback schedule).
    void setReconnectSchedule(const QList<qint64> &scheduleMs) { m_policy.setSchedule(scheduleMs); }

    /// Connects to `endpoint` (dropping any current socket without a close code of ours). The
    /// reconnect schedule starts over.
    void open(const PusherEndpoint &endpoint);
    /// Sends close 1000 and never reconnects: state Disconnected.
    void close();
    /// After sessionRefreshRequired() or reconnectDue(): connect to the fresh session's endpoint
    /// (or, after reconnectDue(), the current one when no fresh session could be had). Also valid
    /// while a reconnect is scheduled, to connect at once to a new endpoint.
    void resumeWithEndpoint(const PusherEndpoint &endpoint);
    /// When on, a scheduled reconnect does not open a socket by itself: reconnectDue() asks the
    /// owner to bootstrap a session first (PROTOCOL.md 3.4 step 2), and the attempt starts with
    /// resumeWithEndpoint(). Off by default (the transport alone reconnects to the same endpoint).
    void setRefreshBeforeReconnect(bool on) { m_refreshBeforeReconnect = on; }
    bool refreshBeforeReconnect() const { return m_refreshBeforeReconnect; }
    /// Gives up: closes any socket and enters Failed with `reason`.
    void failPermanently(const QString &reason);

    /// Sends one text frame (an encode* result). False, and nothing sent, unless Connected.
    bool send(const QByteArray &frame);

    State state() const { return m_state; }
    QString stateReason() const { return m_stateReason; }
    /// The socket_id of the current connection; empty unless Connected.
    QString socketId() const { return m_socketId; }
    PusherEndpoint endpoint() const { return m_endpoint; }
    /// The activity timeout in force (min(cap, server)); 0 before the first handshake.
    int activityTimeoutMs() const { return m_activityTimeoutMs; }
    /// When the scheduled reconnect attempt starts (ms since the epoch), or -1.
    qint64 nextReconnectAtMs() const;
    /// The last pusher:ping → pusher:pong round trip, or -1 before the first.
    qint64 lastRoundTripMs() const { return m_lastRoundTripMs; }
    Counters counters() const { return m_counters; }
    quint64 malformedFrameCount() const { return m_counters.malformedFrames; }

    /// frameObserved() is emitted for every frame while on, and the frame sink called. Off by
    /// default: at firehose rates building the records costs more than decoding.
    void setFrameObservation(bool on) { m_observeFrames = on; }
    bool frameObservation() const { return m_observeFrames; }
    /// Called with every frame while frame observation is on, before frameObserved(). A record
    /// (two names, three shared buffers) is built only when frameObserved() has a receiver, so an
    /// observer that writes frames out at once, `shuriken-stream --record`, pays for neither.
    /// One sink; an empty function removes it.
    using FrameSink = std::function<void(const FrameView &frame)>;
    void setFrameSink(FrameSink sink) { m_frameSink = std::move(sink); }

    static QString stateText(State state);

    // ---- replay ---------------------------------------------------------------------------

    /// Replay mode: no socket is ever opened. open() and resumeWithEndpoint() note the endpoint
    /// and wait for the recorded connection's frames; injectFrame() runs exactly the handler a
    /// frame from the network runs (counters, decoding, frame records, the protocol reactions,
    /// messageReceived()); what the connection or its owner sends is dropped and counted
    /// (Counters::framesDropped), not observed; no protocol timer runs (the recording says what
    /// the server did, and when). Changes only while Disconnected or Failed.
    void setReplayMode(bool on);
    bool isReplayMode() const { return m_replay; }
    /// Replay: one recorded inbound text message, received at @p receivedAtUs (µs since the epoch),
    /// which the frame record and messageReceived() carry. A pusher:connection_established on a
    /// connection that already has one starts the recording's next connection (a HAR file shows
    /// connections one after the other without saying how each ended). Dropped while
    /// Disconnected or Failed.
    void injectFrame(const QByteArray &frame, qint64 receivedAtUs);
    /// Replay: one recorded binary message (a protocol error, handled as from the network).
    void injectBinaryFrame(const QByteArray &frame, qint64 receivedAtUs);
    /// Replay: the recorded connection ended (dropped, or closed by the server) with @p reason:
    /// the state becomes Reconnecting and, as no backoff is waited for, reconnectDue() (or, without
    /// refreshBeforeReconnect(), the next attempt) follows at once. Ignored when no recorded
    /// connection is open or being opened.
    void injectConnectionLoss(const QString &reason);

Q_SIGNALS:
    /// The state changed; `reason` says why (empty when connected).
    void stateChanged(shuriken::pusher::PusherConnection::State state, const QString &reason);
    /// pusher:connection_established arrived: after open() and after every reconnect.
    void connected(const QString &socketId);
    /// A decoded message other than connection_established, ping and pong (which the connection
    /// handles itself): subscription results, member events, pusher:error, channel events and
    /// ignored pusher events. @p receivedAtUs is when its frame arrived (µs since the epoch), the
    /// time its frame record carries too; in a replay, the recorded time.
    void messageReceived(const shuriken::pusher::Message &message, qint64 receivedAtUs);
    /// A frame could not be decoded (or was binary); it was counted, the connection stays up.
    void decodeFailed(const QString &error, const QByteArray &frame);
    /// A pusher:pong answered our pusher:ping after `ms` milliseconds.
    void roundTripMeasured(qint64 ms);
    /// The connection was lost; attempt number `attempt` (1-based since the last stable
    /// connection) starts in `delayMs`.
    void reconnectScheduled(int attempt, qint64 delayMs, const QString &reason);
    /// The server refused the endpoint (4001/4003/4004/4009...): the owner must bootstrap a new
    /// session and call resumeWithEndpoint(), or failPermanently().
    void sessionRefreshRequired(int closeCode);
    /// With refreshBeforeReconnect() on: the scheduled attempt is due. The owner bootstraps a
    /// session and calls resumeWithEndpoint() (the fresh endpoint, or endpoint() after a
    /// transient failure), or failPermanently(). The state stays Reconnecting meanwhile.
    void reconnectDue(int attempt);
    /// A frame went in or out (only while frame observation is on).
    void frameObserved(const shuriken::pusher::FrameRecord &frame);

private:
    void setState(State state, const QString &reason);
    void startAttempt();
    void discardSocket(bool sendNormalClose);
    void onSocketConnected(QWebSocket *socket);
    void onTextMessage(QWebSocket *socket, const QString &message);
    void onBinaryMessage(QWebSocket *socket, const QByteArray &message);
    /// What every inbound message goes through, from the socket or injected by a replay.
    void handleTextFrame(const QByteArray &frame, qint64 receivedAtUs);
    void handleBinaryFrame(const QByteArray &frame, qint64 receivedAtUs);
    void countInbound(qsizetype bytes);
    /// Replay: whether an injected frame has a connection to arrive on (opening one if an attempt
    /// is under way without one).
    bool acceptsInjectedFrame();
    void onSocketGone(QWebSocket *socket);
    void onSocketError(QWebSocket *socket, QAbstractSocket::SocketError error);
    void handleMessage(const Message &message, qint64 receivedAtUs);
    void handleLoss(int closeCode, CloseAction action, const QString &reason);
    void onActivityTimeout();
    void onPongTimeout();
    void onHandshakeTimeout();
    void onStable();
    void onReconnectTimer();
    /// What observe() is given: a text frame, one the decoder read as a well-formed JSON object,
    /// or a binary frame.
    enum class FrameContent
    {
        Text,
        JsonObject,
        Binary,
    };
    void observe(FrameRecord::Direction direction, const QByteArray &frame, const DecodeResult *decoded,
                 FrameContent content, qint64 timestampUs);
    bool sendFrame(const QByteArray &frame);

    Timings m_timings;
    ReconnectPolicy m_policy;
    PusherEndpoint m_endpoint;
    State m_state = State::Disconnected;
    QString m_stateReason;
    QWebSocket *m_socket = nullptr;
    /// Bumped whenever the socket (or, in a replay, the recorded connection) is let go, so a
    /// handler can tell that a receiver of its signal closed or reopened the connection.
    quint64 m_socketSerial = 0;
    bool m_replay = false;
    /// Replay: a recorded connection is open or being opened (the replay's stand-in for m_socket).
    bool m_replayConnectionOpen = false;
    QString m_socketId;
    int m_activityTimeoutMs = 0;
    qint64 m_lastRoundTripMs = -1;
    Counters m_counters;
    bool m_observeFrames = false;
    FrameSink m_frameSink;

    // Per socket: what the loss handler needs to explain the loss.
    QString m_socketError;
    std::optional<int> m_pusherErrorCode;
    bool m_established = false;

    // Set by resumeWithEndpoint() after a refusal: the endpoint in use is a fresh session's. Its
    // refusal before it worked counts; kRefusedRefreshesBeforeFailing of them in a row mean the
    // fresh sessions do not help (one could be an operator's or a deployment's coincidence).
    bool m_refreshAttempted = false;
    int m_refusedRefreshes = 0;
    bool m_awaitingRefresh = false;
    bool m_refreshBeforeReconnect = false;
    // The server said TLS only (4000): every endpoint from now on is used with wss.
    bool m_tlsRequired = false;
    // A refresh waits for the reconnect timer (the refusals come faster than the backoff): the
    // close code sessionRefreshRequired() reports when it fires.
    std::optional<int> m_refreshDueCode;
    QElapsedTimer m_establishedAt;

    // Restarting a QTimer for every frame costs more than the frame at firehose rates, so the
    // activity timer runs for the full interval and, when it fires, re-arms itself for the rest
    // of the interval counted from the last frame.
    QElapsedTimer m_lastFrame;
    QElapsedTimer m_pingSent;
    bool m_awaitingPong = false;
    QTimer m_activityTimer;
    QTimer m_pongTimer;
    QTimer m_handshakeTimer;
    QTimer m_reconnectTimer;
    QTimer m_stableTimer;
};

} // namespace shuriken::pusher
