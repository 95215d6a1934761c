#include "pusherconnection.h"

#include "closereason.h"
#include "pusherlog.h"

#include <QMetaMethod>
#include <QPointer>
#include <QUrlQuery>
#include <QWebSocket>
#ifndef QT_NO_SSL
#include <QSslError>
#endif

#include <algorithm>
#include <optional>
#include <utility>

namespace shuriken::pusher {

QUrl PusherEndpoint::url(const QString &clientName, const QString &version) const
{
    QUrl result;
    result.setScheme(tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    result.setHost(host);
    result.setPort(port);
    // The key comes from the server: encode it so it cannot add path segments or a query.
    QString prefix = path;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    result.setPath(prefix + QStringLiteral("/app/") + QString::fromLatin1(QUrl::toPercentEncoding(appKey)),
                   QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("protocol"), QStringLiteral("7"));
    query.addQueryItem(QStringLiteral("client"), clientName);
    query.addQueryItem(QStringLiteral("version"), version);
    result.setQuery(query);
    return result;
}

namespace {

// After 4000 (TLS only): a plain port never speaks TLS, so wss goes to the standard port, as
// pusher-js does with its wssPort default.
PusherEndpoint tlsEndpointFor(PusherEndpoint endpoint)
{
    endpoint.tls = true;
    endpoint.port = endpoint.tlsFallbackPort;
    return endpoint;
}

} // namespace

QUrl PusherEndpoint::url() const
{
    return url(QStringLiteral("qt-shuriken"), QStringLiteral(SHURIKEN_VERSION));
}

PusherConnection::PusherConnection(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<shuriken::pusher::Message>();
    qRegisterMetaType<shuriken::pusher::FrameRecord>();
    for (QTimer *timer : {&m_activityTimer, &m_pongTimer, &m_handshakeTimer, &m_reconnectTimer, &m_stableTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_activityTimer, &QTimer::timeout, this, &PusherConnection::onActivityTimeout);
    connect(&m_pongTimer, &QTimer::timeout, this, &PusherConnection::onPongTimeout);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &PusherConnection::onHandshakeTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PusherConnection::onReconnectTimer);
    connect(&m_stableTimer, &QTimer::timeout, this, &PusherConnection::onStable);
}

PusherConnection::~PusherConnection()
{
    // The socket is our child; without this it would be destroyed after our members and could
    // still reach our slots while it dies.
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        delete m_socket;
        m_socket = nullptr;
    }
}

QString PusherConnection::stateText(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

qint64 PusherConnection::nextReconnectAtMs() const
{
    return m_reconnectTimer.isActive() ? m_policy.nextAttemptAtMs() : -1;
}

void PusherConnection::open(const PusherEndpoint &endpoint)
{
    discardSocket(false);
    m_reconnectTimer.stop();
    m_policy.reset();
    m_refreshAttempted = false;
    m_refusedRefreshes = 0;
    m_awaitingRefresh = false;
    m_refreshDueCode.reset();
    m_tlsRequired = false;
    m_endpoint = endpoint;
    if (!endpoint.isValid()) {
        setState(State::Failed, tr("invalid WebSocket endpoint (host, port and app key are required)"));
        return;
    }
    setState(State::Connecting, tr("connecting to %1:%2").arg(endpoint.host, QString::number(endpoint.port)));
    if (m_state == State::Connecting)
        startAttempt();
}

void PusherConnection::close()
{
    discardSocket(true);
    m_reconnectTimer.stop();
    m_refreshDueCode.reset();
    m_policy.clearScheduledAttempt();
    m_awaitingRefresh = false;
    setState(State::Disconnected, tr("closed by the user"));
}

void PusherConnection::resumeWithEndpoint(const PusherEndpoint &endpoint)
{
    if (m_state != State::Reconnecting) {
        qCWarning(lcPusher) << "resumeWithEndpoint() ignored in state" << m_state;
        return;
    }
    if (!endpoint.isValid()) {
        failPermanently(tr("the refreshed session has no valid WebSocket endpoint"));
        return;
    }
    m_refreshAttempted = m_refreshAttempted || m_awaitingRefresh;
    m_awaitingRefresh = false;
    m_endpoint = endpoint;
    m_refreshDueCode.reset();
    if (m_tlsRequired && !m_endpoint.tls)
        m_endpoint = tlsEndpointFor(m_endpoint); // the session still offers a plain socket
    m_reconnectTimer.stop();
    startAttempt();
}

void PusherConnection::onReconnectTimer()
{
    if (const auto code = std::exchange(m_refreshDueCode, std::nullopt)) {
        m_policy.clearScheduledAttempt();
        Q_EMIT sessionRefreshRequired(*code);
        return;
    }
    if (!m_refreshBeforeReconnect) {
        startAttempt();
        return;
    }
    m_policy.clearScheduledAttempt();
    qCInfo(lcPusher) << "reconnect due: waiting for a fresh session";
    Q_EMIT reconnectDue(m_policy.attempt());
}

void PusherConnection::failPermanently(const QString &reason)
{
    discardSocket(true);
    m_reconnectTimer.stop();
    m_refreshDueCode.reset();
    m_policy.clearScheduledAttempt();
    m_awaitingRefresh = false;
    setState(State::Failed, reason);
}

bool PusherConnection::send(const QByteArray &frame)
{
    if (m_state != State::Connected || (!m_socket && !m_replay))
        return false;
    return sendFrame(frame);
}

void PusherConnection::setReplayMode(bool on)
{
    if (m_state != State::Disconnected && m_state != State::Failed) {
        qCWarning(lcPusher) << "setReplayMode() ignored in state" << m_state;
        return;
    }
    m_replay = on;
}

bool PusherConnection::acceptsInjectedFrame()
{
    if (!m_replay || m_state == State::Disconnected || m_state == State::Failed)
        return false;
    // Frames with no recorded opening (a capture that begins mid-session): the connection they
    // came on existed, so it is opened here.
    if (!m_replayConnectionOpen)
        startAttempt();
    return m_replayConnectionOpen;
}

void PusherConnection::injectFrame(const QByteArray &frame, qint64 receivedAtUs)
{
    if (acceptsInjectedFrame())
        handleTextFrame(frame, receivedAtUs);
}

void PusherConnection::injectBinaryFrame(const QByteArray &frame, qint64 receivedAtUs)
{
    if (acceptsInjectedFrame())
        handleBinaryFrame(frame, receivedAtUs);
}

void PusherConnection::injectConnectionLoss(const QString &reason)
{
    if (!m_replay || !m_replayConnectionOpen)
        return;
    qCInfo(lcPusher).noquote() << "replay: recorded connection lost:" << reason;
    discardSocket(false);
    m_policy.clearScheduledAttempt();
    setState(State::Reconnecting, reason);
    if (m_state != State::Reconnecting || m_replayConnectionOpen)
        return; // a receiver closed, failed or reopened the connection
    // No backoff to wait for: the recording goes on with what the client did next.
    if (m_refreshBeforeReconnect)
        Q_EMIT reconnectDue(m_policy.attempt());
    else
        startAttempt();
}

void PusherConnection::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    qCInfo(lcPusher).noquote() << "state" << stateText(state) << (reason.isEmpty() ? QString() : reason);
    Q_EMIT stateChanged(state, reason);
}

void PusherConnection::startAttempt()
{
    discardSocket(false);
    m_policy.clearScheduledAttempt();
    m_socketError.clear();
    m_pusherErrorCode.reset();
    m_established = false;
    m_establishedAt.invalidate();
    m_awaitingPong = false;
    m_pingSent.invalidate();
    if (m_replay) {
        // No socket: the recorded connection's frames arrive through injectFrame().
        m_replayConnectionOpen = true;
        return;
    }

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    const qint64 maxFrameBytes = std::max<qint64>(m_timings.maxFrameBytes, 1024);
    socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(maxFrameBytes));
    socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(maxFrameBytes));
    // The socket reads at most one largest frame (and its header) ahead. Unlimited, one read
    // takes whatever the kernel has queued (Linux lets a loopback receive buffer grow to 32 MB)
    // and QWebSocket decodes all of it before the event loop runs again, so a firehose arrives
    // in passes of tens of thousands of frames. Measured with bench_ingest, 500k events
    // (shuriken-stream's peak RSS, CPU-s per 100k events): unlimited 213-252 MB, 0.53-0.55;
    // 16 MB 195 MB, 0.55-0.56; 1 MB 41 MB, 0.47-0.48. QWebSocket (6.4) waits for a frame's
    // whole payload in this buffer, so it may not be smaller than the largest frame allowed.
    constexpr qint64 maxFrameHeaderBytes = 14; // 2 + 8 (64-bit length) + 4 (mask)
    socket->setReadBufferSize(maxFrameBytes + maxFrameHeaderBytes);
    connect(socket, &QWebSocket::connected, this, [this, socket] { onSocketConnected(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onTextMessage(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &message) { onBinaryMessage(socket, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onSocketGone(socket); });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) { onSocketError(socket, error); });
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError error) { onSocketError(socket, error); });
#endif
#ifndef QT_NO_SSL
    // Never ignored: the errors become the reason of the loss that follows.
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (socket != m_socket)
            return;
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_socketError = tr("TLS error: %1").arg(texts.join(QStringLiteral("; ")));
    });
#endif

    const QUrl url = m_endpoint.url();
    qCInfo(lcPusher).noquote() << "opening" << url.toDisplayString();
    m_handshakeTimer.start(std::max(1, m_timings.handshakeTimeoutMs));
    socket->open(url);
}

void PusherConnection::discardSocket(bool sendNormalClose)
{
    m_activityTimer.stop();
    m_pongTimer.stop();
    m_handshakeTimer.stop();
    m_stableTimer.stop();
    m_awaitingPong = false;
    m_socketId.clear();
    ++m_socketSerial;
    m_replayConnectionOpen = false;
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    if (sendNormalClose && socket->state() == QAbstractSocket::ConnectedState) {
        // Let the close handshake finish before the socket goes, but not for ever.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(std::max(1000, m_timings.handshakeTimeoutMs), socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void PusherConnection::onSocketConnected(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    qCDebug(lcPusher) << "WebSocket open, waiting for pusher:connection_established";
}

void PusherConnection::onTextMessage(QWebSocket *socket, const QString &message)
{
    if (socket != m_socket)
        return;
    // Stamped once, on arrival: the frame record and every event routed from this frame carry
    // this time, so replaying the record gives exactly the events the live session gave.
    handleTextFrame(message.toUtf8(), currentTimeUs());
}

void PusherConnection::onBinaryMessage(QWebSocket *socket, const QByteArray &message)
{
    if (socket != m_socket)
        return;
    handleBinaryFrame(message, currentTimeUs());
}

void PusherConnection::countInbound(qsizetype bytes)
{
    ++m_counters.framesIn;
    m_counters.bytesIn += static_cast<quint64>(bytes);
    m_lastFrame.start();
    // Any frame proves the connection alive, not only the pong (PROTOCOL.md 2.4).
    if (m_awaitingPong) {
        m_awaitingPong = false;
        m_pongTimer.stop();
    }
}

void PusherConnection::handleTextFrame(const QByteArray &frame, qint64 receivedAtUs)
{
    countInbound(frame.size());
    bool wellFormedObject = false;
    const DecodeResult result = decode(frame, &wellFormedObject);
    if (m_observeFrames) {
        const quint64 serial = m_socketSerial;
        observe(FrameRecord::Direction::In, frame, &result,
                wellFormedObject ? FrameContent::JsonObject : FrameContent::Text, receivedAtUs);
        if (serial != m_socketSerial)
            return; // the observer closed or reopened the connection
    }
    if (const auto *error = std::get_if<DecodeError>(&result)) {
        ++m_counters.malformedFrames;
        qCWarning(lcPusher).noquote() << "malformed frame of" << frame.size() << "bytes:" << error->message;
        Q_EMIT decodeFailed(error->message, frame);
        return;
    }
    handleMessage(std::get<Message>(result), receivedAtUs);
}

void PusherConnection::handleBinaryFrame(const QByteArray &message, qint64 receivedAtUs)
{
    countInbound(message.size());
    ++m_counters.malformedFrames;
    const QString error = tr("binary frame of %1 bytes (the protocol uses text frames only)").arg(message.size());
    if (m_observeFrames) {
        const quint64 serial = m_socketSerial;
        observe(FrameRecord::Direction::In, message, nullptr, FrameContent::Binary, receivedAtUs);
        if (serial != m_socketSerial)
            return;
    }
    qCWarning(lcPusher).noquote() << error;
    Q_EMIT decodeFailed(error, message);
}

void PusherConnection::handleMessage(const Message &message, qint64 receivedAtUs)
{
    if (const auto *established = std::get_if<ConnectionEstablished>(&message)) {
        if (m_established && m_replay) {
            // The recording (a HAR file above all) shows its next connection without saying how
            // the last one ended: that one was lost, as the client saw it.
            injectConnectionLoss(tr("the recording continues on a new connection"));
            if (!acceptsInjectedFrame())
                return;
        }
        if (m_established) {
            // One handshake per socket: a repeated one must not make the owner join every
            // channel again (the server would answer "Existing subscription").
            qCWarning(lcPusher).noquote() << "ignoring a second pusher:connection_established on socket" << m_socketId
                                          << "(the server sent socket" << established->socketId << ')';
            return;
        }
        m_handshakeTimer.stop();
        const bool reconnected = m_state == State::Reconnecting;
        m_established = true;
        m_establishedAt.start();
        m_socketId = established->socketId;
        m_activityTimeoutMs
            = std::min(std::max(1, m_timings.activityTimeoutCapMs), established->activityTimeoutSeconds * 1000);
        m_lastFrame.start();
        m_awaitingRefresh = false;
        if (m_replay) {
            // The recording holds the server's pings and the connection's end; no timer of ours.
            onStable();
        } else {
            m_activityTimer.start(m_activityTimeoutMs);
            if (m_timings.stableAfterMs <= 0)
                onStable();
            else
                m_stableTimer.start(m_timings.stableAfterMs);
        }
        if (reconnected)
            ++m_counters.reconnects;
        qCInfo(lcPusher).noquote() << "connection established, socket" << m_socketId << "activity timeout"
                                   << m_activityTimeoutMs << "ms";
        const QString socketId = m_socketId;
        setState(State::Connected, QString());
        if (m_state == State::Connected)
            Q_EMIT connected(socketId);
        return;
    }
    if (std::holds_alternative<Ping>(message)) {
        sendFrame(encodePong());
        return;
    }
    if (std::holds_alternative<Pong>(message)) {
        if (m_pingSent.isValid()) {
            m_lastRoundTripMs = m_pingSent.elapsed();
            m_pingSent.invalidate();
            Q_EMIT roundTripMeasured(m_lastRoundTripMs);
        }
        return;
    }
    if (const auto *error = std::get_if<PusherError>(&message)) {
        qCWarning(lcPusher).noquote() << "pusher:error" << (error->code ? QString::number(*error->code) : QString())
                                      << error->message;
        // Servers of protocol < 6 announce the close code in a pusher:error before closing
        // without one; keep it in case the close frame carries none. 4300+ errors (rate limits)
        // do not end the connection, so they must not explain a later loss.
        if (error->code && *error->code >= 4000 && *error->code <= 4299)
            m_pusherErrorCode = error->code;
    }
    Q_EMIT messageReceived(message, receivedAtUs);
}

void PusherConnection::onSocketError(QWebSocket *socket, QAbstractSocket::SocketError error)
{
    if (socket != m_socket)
        return;
    if (m_socketError.isEmpty())
        m_socketError = socket->errorString();
    qCInfo(lcPusher).noquote() << "socket error" << error << m_socketError;
    // A failed connect ends without disconnected(); a drop of an open socket emits it right after
    // the error. Decide once the current signal emission is over.
    QTimer::singleShot(0, this, [this, guard = QPointer<QWebSocket>(socket)] {
        if (guard && guard == m_socket && guard->state() == QAbstractSocket::UnconnectedState)
            onSocketGone(guard);
    });
}

void PusherConnection::onSocketGone(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    int closeCode = static_cast<int>(socket->closeCode());
    const QString serverReason = socket->closeReason();
    // Without a close frame Qt reports 1000 (or 1006) and no reason; an error or a missing
    // handshake tells a drop from a clean close.
    const bool dropped = !m_socketError.isEmpty() || closeCode == QWebSocketProtocol::CloseCodeAbnormalDisconnection;
    if (closeCode < 4000 && m_pusherErrorCode)
        closeCode = *m_pusherErrorCode;

    QString reason;
    if (closeCode >= 4000) {
        reason = tr("closed by server: %1").arg(describeCloseCode(closeCode));
    } else if (dropped) {
        reason = m_socketError.isEmpty() ? tr("connection lost") : tr("connection lost: %1").arg(m_socketError);
        closeCode = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
    } else {
        reason = tr("closed by server: %1").arg(describeCloseCode(closeCode));
    }
    if (!serverReason.isEmpty())
        reason += QStringLiteral(" (") + serverReason + QLatin1Char(')');
    qCInfo(lcPusher).noquote() << "socket closed, code" << closeCode << reason;
    handleLoss(closeCode, closeActionFor(closeCode), reason);
}

void PusherConnection::handleLoss(int closeCode, CloseAction action, const QString &reason)
{
    discardSocket(false);
    // The refreshed endpoint was accepted and then lost (a drop, a restart, a refusal after it
    // worked for a while): a later refusal is a new episode, such as a server that came back as
    // another deployment, not the fresh session refused again. An endpoint refused right after
    // its handshake still counts as refused.
    const bool worked = m_established && m_establishedAt.isValid()
        && (action != CloseAction::RefreshSession || m_establishedAt.elapsed() >= m_timings.refusalGraceMs);
    if (worked) {
        m_refreshAttempted = false;
        m_refusedRefreshes = 0;
    }
    switch (action) {
    case CloseAction::Fail:
        m_policy.clearScheduledAttempt();
        setState(State::Failed, reason);
        return;
    case CloseAction::RefreshSession:
        if (m_refreshAttempted) {
            m_refreshAttempted = false;
            if (++m_refusedRefreshes >= kRefusedRefreshesBeforeFailing) {
                setState(State::Failed, tr("%1; refused again after a session refresh").arg(reason));
                return;
            }
        }
        {
            m_awaitingRefresh = true;
            // The first refresh since the connection was stable is at once; refusals that keep
            // coming are answered after the backoff schedule.
            const qint64 delay = m_policy.nextDelayMs(CloseAction::RefreshSession);
            setState(State::Reconnecting, reason);
            if (m_state != State::Reconnecting || !m_awaitingRefresh)
                return;
            if (delay <= 0) {
                m_policy.clearScheduledAttempt();
                Q_EMIT sessionRefreshRequired(closeCode);
                return;
            }
            m_refreshDueCode = closeCode;
            m_reconnectTimer.start(static_cast<int>(std::min<qint64>(delay, ReconnectPolicy::kMaximumDelayMs * 2)));
            Q_EMIT reconnectScheduled(m_policy.attempt(), delay, reason);
            return;
        }
    case CloseAction::ReconnectWithTls:
        if (m_endpoint.tls) {
            // Already on TLS: the server contradicts itself; do not hammer it.
            action = CloseAction::Backoff;
        } else {
            // Until a fresh session names a TLS endpoint of its own.
            m_tlsRequired = true;
            m_endpoint = tlsEndpointFor(m_endpoint);
        }
        break;
    case CloseAction::Backoff:
    case CloseAction::RetryImmediately:
        break;
    }
    const qint64 delay = m_policy.nextDelayMs(action);
    m_reconnectTimer.start(static_cast<int>(std::min<qint64>(delay, ReconnectPolicy::kMaximumDelayMs * 2)));
    setState(State::Reconnecting, reason);
    if (m_state == State::Reconnecting && m_reconnectTimer.isActive())
        Q_EMIT reconnectScheduled(m_policy.attempt(), delay, reason);
}

void PusherConnection::onActivityTimeout()
{
    if (!m_socket || !m_established)
        return;
    const qint64 remaining = m_activityTimeoutMs - m_lastFrame.elapsed();
    if (remaining > 0) {
        m_activityTimer.start(static_cast<int>(remaining));
        return;
    }
    m_activityTimer.start(m_activityTimeoutMs);
    if (m_awaitingPong)
        return;
    qCDebug(lcPusher) << "no frame for" << m_activityTimeoutMs << "ms, sending pusher:ping";
    m_awaitingPong = true;
    m_pingSent.start();
    m_pongTimer.start(std::max(1, m_timings.pongTimeoutMs));
    sendFrame(encodePing());
}

void PusherConnection::onPongTimeout()
{
    if (!m_socket || !m_awaitingPong)
        return;
    handleLoss(QWebSocketProtocol::CloseCodeAbnormalDisconnection, CloseAction::RetryImmediately,
               tr("no answer to pusher:ping within %1 ms").arg(m_timings.pongTimeoutMs));
}

void PusherConnection::onHandshakeTimeout()
{
    if (!m_socket || m_established)
        return;
    handleLoss(QWebSocketProtocol::CloseCodeAbnormalDisconnection, CloseAction::Backoff,
               tr("no pusher:connection_established within %1 ms").arg(m_timings.handshakeTimeoutMs));
}

void PusherConnection::onStable()
{
    m_policy.reset();
    m_refreshAttempted = false;
    m_refusedRefreshes = 0;
}

bool PusherConnection::sendFrame(const QByteArray &frame)
{
    if (m_replay) {
        // Nobody to send to: what the live client sent is in the recording already.
        if (!m_replayConnectionOpen)
            return false;
        ++m_counters.framesDropped;
        return true;
    }
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    QWebSocket *socket = m_socket;
    socket->sendTextMessage(QString::fromUtf8(frame));
    ++m_counters.framesOut;
    m_counters.bytesOut += static_cast<quint64>(frame.size());
    if (m_observeFrames)
        observe(FrameRecord::Direction::Out, frame, nullptr, FrameContent::Text, currentTimeUs());
    return true;
}

void PusherConnection::observe(FrameRecord::Direction direction, const QByteArray &frame, const DecodeResult *decoded,
                               FrameContent content, qint64 timestampUs)
{
    static const QMetaMethod frameObservedSignal = QMetaMethod::fromSignal(&PusherConnection::frameObserved);
    const bool recordWanted = isSignalConnected(frameObservedSignal);
    if (!m_frameSink && !recordWanted)
        return;
    const bool outbound = direction == FrameRecord::Direction::Out;
    const bool binary = content == FrameContent::Binary;
    // What we send is redacted below, so the decoder's check says nothing about those bytes.
    const bool wellFormedObject = !outbound && content == FrameContent::JsonObject;
    // Only what we send carries secrets (a subscribe's `auth`); what arrives is kept as it came.
    const QByteArray data = outbound && !binary ? redactFrameText(frame).toUtf8() : frame;
    if (m_frameSink)
        m_frameSink(FrameView {direction, timestampUs, binary, wellFormedObject, data});
    if (!recordWanted)
        return;
    FrameRecord record;
    record.direction = direction;
    record.timestampUs = timestampUs;
    record.sizeBytes = frame.size();
    record.binary = binary;
    record.wellFormedObject = wellFormedObject;
    if (!binary) {
        // Built only for what we send: a DecodeResult is wide, and this runs for every frame.
        std::optional<DecodeResult> ownDecode;
        if (!decoded) {
            ownDecode = decode(frame);
            decoded = &*ownDecode;
        }
        if (const auto *message = std::get_if<Message>(decoded)) {
            record.event = eventName(*message);
            record.channel = channelName(*message);
        }
    }
    record.data = data;
    Q_EMIT frameObserved(record);
}

} // namespace shuriken::pusher
