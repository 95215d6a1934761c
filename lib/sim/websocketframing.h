#pragma once

// RFC 6455 framing for the server side: unmasked frames out, masked client frames in. Pure:
// bytes in, values out. The simulator frames its own WebSocket traffic (rather than through
// QWebSocket) because it must be able to send what QWebSocket refuses to, such as a text frame
// with invalid UTF-8, and because the firehose packs many frames into one socket write.

#include <QByteArray>
#include <QByteArrayView>

namespace shuriken::sim::ws {

enum class Opcode : quint8
{
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

/// Close codes of RFC 6455 section 7.4.1 used here.
enum CloseCode : quint16
{
    CloseNormal = 1000,
    CloseGoingAway = 1001,
    CloseProtocolError = 1002,
    CloseUnsupportedData = 1003,
    CloseNoStatus = 1005, // never sent: "the frame had no code"
    CloseInvalidPayload = 1007,
    ClosePolicyViolation = 1008,
    CloseMessageTooBig = 1009,
};

/// Sec-WebSocket-Accept for a Sec-WebSocket-Key.
QByteArray acceptKey(QByteArrayView clientKey);

/// Appends the header of one unmasked frame carrying @p payloadLength bytes.
void appendFrameHeader(QByteArray &out, Opcode opcode, quint64 payloadLength, bool fin = true);
/// A whole unmasked frame.
QByteArray encodeFrame(Opcode opcode, QByteArrayView payload, bool fin = true);
/// A close frame with a status code and a reason (cut to the 123 bytes a control frame allows).
QByteArray encodeCloseFrame(quint16 code, QByteArrayView reason);

/// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(QByteArrayView text);
/// Whether a close code may appear on the wire (RFC 6455 7.4).
bool isValidCloseCode(quint16 code);

/// One complete client message or control frame, or the reason to close the connection.
struct Incoming
{
    enum class Kind
    {
        Text,
        Binary,
        Ping,
        Pong,
        Close,
        Error,
    };
    Kind kind = Kind::Error;
    QByteArray payload; // message or control payload; for Close the reason
    quint16 closeCode = 0; // Close: the peer's code (1005 when none); Error: the code to close with
};

/// Decodes client frames (which must be masked), reassembles fragmented messages and validates
/// text as UTF-8.
class MessageReader
{
public:
    explicit MessageReader(qint64 maxMessageBytes = 1024 * 1024)
        : m_maxMessageBytes(maxMessageBytes)
    { }

    /// Consumes frames from the start of @p buffer until it has one complete message, control
    /// frame or error for @p out; returns false when more bytes are needed.
    bool read(QByteArray &buffer, Incoming *out);

private:
    bool error(Incoming *out, quint16 code, const char *message);

    qint64 m_maxMessageBytes;
    QByteArray m_fragments;
    Opcode m_fragmentOpcode = Opcode::Continuation;
    bool m_inFragmentedMessage = false;
};

} // namespace shuriken::sim::ws
