#include "clientconnection.h"

#include "simlog.h"

#include <QTcpSocket>

namespace shuriken::sim {

ClientConnection::ClientConnection(QTcpSocket *socket, quint64 id, ConnectionHandler *handler, const Timers &timers,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_handler(handler)
    , m_timers(timers)
{
    m_socket->setParent(this);
    // Events are small and latency matters more than packet count to a monitor.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &ClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ClientConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &ClientConnection::onDisconnected);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_timers.httpIdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Http) {
            // An idle keep-alive HTTP connection is let go, as any web server does.
            m_socket->disconnectFromHost();
        } else if (m_mode == Mode::WebSocket) {
            m_handler->idleTimedOut(*this);
        }
    });
    m_idleTimer.start();

    m_pongTimer.setSingleShot(true);
    m_pongTimer.setInterval(m_timers.pongTimeoutMs);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::WebSocket)
            m_handler->pongTimedOut(*this);
    });

    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(m_timers.closeTimeoutMs);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcSim) << "connection" << m_id << "did not finish the close handshake; cutting it";
        abort();
    });

    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &ClientConnection::onDisconnected, Qt::QueuedConnection);
}

ClientConnection::~ClientConnection() = default;

qint64 ClientConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void ClientConnection::write(QByteArrayView bytes)
{
    if (m_mode == Mode::Closed || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 written = m_socket->write(bytes.data(), bytes.size());
    if (written > 0)
        m_bytesSent += quint64(written);
}

void ClientConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    if (m_mode == Mode::Http)
        processHttp();
    else if (m_mode == Mode::WebSocket || m_mode == Mode::Closing)
        processWebSocket();
    else
        m_buffer.clear();
}

void ClientConnection::processHttp()
{
    while (m_mode == Mode::Http && !m_awaitingResponse && !m_closeAfterResponse && !m_buffer.isEmpty()) {
        const auto status = m_httpParser.parse(m_buffer);
        if (status == HttpRequestParser::Status::NeedMore) {
            if (m_httpParser.expectsContinue() && !m_sentContinue) {
                write("HTTP/1.1 100 Continue\r\n\r\n");
                m_sentContinue = true;
            }
            return;
        }
        if (status == HttpRequestParser::Status::Error) {
            HttpResponse response;
            response.status = m_httpParser.errorStatus();
            response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
            response.body = m_httpParser.errorMessage();
            m_buffer.clear();
            sendHttpResponse(response, false);
            return;
        }
        m_sentContinue = false;
        m_awaitingResponse = true;
        m_idleTimer.stop();
        m_handler->httpRequestReceived(*this, m_httpParser.takeRequest());
    }
    if (m_mode == Mode::WebSocket && !m_buffer.isEmpty())
        processWebSocket();
}

void ClientConnection::sendHttpResponse(const HttpResponse &response, bool keepAlive)
{
    if (m_mode != Mode::Http)
        return;
    write(response.serialize(keepAlive));
    m_awaitingResponse = false;
    if (!keepAlive) {
        m_closeAfterResponse = true;
        m_buffer.clear();
        m_socket->disconnectFromHost();
        return;
    }
    m_idleTimer.start();
    // A delayed response arrives from a timer, outside processHttp: pick up pipelined requests.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &ClientConnection::processHttp, Qt::QueuedConnection);
}

void ClientConnection::acceptWebSocket(const HttpRequest &request)
{
    if (m_mode != Mode::Http)
        return;
    QByteArray response = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n"
                                            "Upgrade: websocket\r\n"
                                            "Connection: Upgrade\r\n"
                                            "Sec-WebSocket-Accept: ");
    response.append(ws::acceptKey(request.header("sec-websocket-key")));
    response.append("\r\n\r\n");
    write(response);
    m_mode = Mode::WebSocket;
    m_awaitingResponse = false;
    m_idleTimer.setInterval(m_timers.pingIntervalMs);
    m_idleTimer.start();
}

void ClientConnection::processWebSocket()
{
    ws::Incoming incoming;
    while ((m_mode == Mode::WebSocket || m_mode == Mode::Closing) && m_reader.read(m_buffer, &incoming)) {
        if (m_mode == Mode::WebSocket)
            markActivity();
        switch (incoming.kind) {
        case ws::Incoming::Kind::Text:
            if (m_mode == Mode::WebSocket)
                m_handler->webSocketMessageReceived(*this, incoming.payload);
            break;
        case ws::Incoming::Kind::Binary:
            if (m_mode == Mode::WebSocket)
                closeWebSocket(ws::CloseUnsupportedData, QByteArrayLiteral("binary frames are not supported"));
            break;
        case ws::Incoming::Kind::Ping:
            if (m_answerPings && m_mode == Mode::WebSocket)
                write(ws::encodeFrame(ws::Opcode::Pong, incoming.payload));
            break;
        case ws::Incoming::Kind::Pong:
            break;
        case ws::Incoming::Kind::Close:
            if (m_mode == Mode::WebSocket) {
                // Echo the client's code, as RFC 6455 5.5.1 asks.
                if (incoming.closeCode == ws::CloseNoStatus)
                    write(ws::encodeFrame(ws::Opcode::Close, {}));
                else
                    write(ws::encodeCloseFrame(incoming.closeCode, {}));
            }
            m_mode = Mode::Closing;
            m_buffer.clear();
            m_socket->disconnectFromHost();
            return;
        case ws::Incoming::Kind::Error:
            qCInfo(lcSim) << "connection" << m_id << "sent a bad frame:" << incoming.payload;
            m_buffer.clear();
            closeWebSocket(incoming.closeCode, incoming.payload);
            return;
        }
    }
}

void ClientConnection::sendText(QByteArrayView text)
{
    if (m_mode != Mode::WebSocket)
        return;
    QByteArray frame;
    frame.reserve(text.size() + 10);
    ws::appendFrameHeader(frame, ws::Opcode::Text, quint64(text.size()));
    frame.append(text);
    write(frame);
}

void ClientConnection::sendFramed(QByteArrayView frames)
{
    if (m_mode == Mode::WebSocket)
        write(frames);
}

void ClientConnection::closeWebSocket(quint16 code, const QByteArray &reason)
{
    if (m_mode != Mode::WebSocket)
        return;
    write(ws::encodeCloseFrame(code, reason));
    closeCodeSent = code;
    m_mode = Mode::Closing;
    m_idleTimer.stop();
    m_pongTimer.stop();
    m_closeTimer.start();
}

void ClientConnection::abort()
{
    if (m_mode == Mode::Closed)
        return;
    m_mode = Mode::Closed;
    m_socket->abort();
    // abort() reports disconnected() only for a socket that was still connected.
    onDisconnected();
}

void ClientConnection::markActivity()
{
    if (m_mode != Mode::WebSocket)
        return;
    m_idleTimer.start();
    m_pongTimer.stop();
}

void ClientConnection::startPongTimer()
{
    if (m_mode == Mode::WebSocket)
        m_pongTimer.start();
}

void ClientConnection::onBytesWritten(qint64 bytes)
{
    Q_UNUSED(bytes)
    if (m_mode == Mode::WebSocket && m_socket->bytesToWrite() < m_drainThreshold)
        m_handler->drained(*this);
}

void ClientConnection::onDisconnected()
{
    if (m_closedNotified)
        return;
    m_closedNotified = true;
    m_mode = Mode::Closed;
    m_idleTimer.stop();
    m_pongTimer.stop();
    m_closeTimer.stop();
    m_handler->connectionClosed(*this);
    deleteLater();
}

} // namespace shuriken::sim
