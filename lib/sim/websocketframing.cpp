#include "websocketframing.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace shuriken::sim::ws {

QByteArray acceptKey(QByteArrayView clientKey)
{
    QByteArray material = clientKey.trimmed().toByteArray();
    material.append("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(material, QCryptographicHash::Sha1).toBase64();
}

void appendFrameHeader(QByteArray &out, Opcode opcode, quint64 payloadLength, bool fin)
{
    out.append(char((fin ? 0x80 : 0x00) | quint8(opcode)));
    if (payloadLength < 126) {
        out.append(char(payloadLength));
    } else if (payloadLength <= 0xffff) {
        out.append(char(126));
        out.append(char((payloadLength >> 8) & 0xff));
        out.append(char(payloadLength & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((payloadLength >> shift) & 0xff));
    }
}

QByteArray encodeFrame(Opcode opcode, QByteArrayView payload, bool fin)
{
    QByteArray out;
    out.reserve(payload.size() + 10);
    appendFrameHeader(out, opcode, quint64(payload.size()), fin);
    out.append(payload);
    return out;
}

QByteArray encodeCloseFrame(quint16 code, QByteArrayView reason)
{
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    // Cut on a character boundary so the reason stays valid UTF-8.
    qsizetype length = std::min<qsizetype>(reason.size(), 123);
    while (length > 0 && length < reason.size() && (quint8(reason[length]) & 0xc0) == 0x80)
        --length;
    payload.append(reason.first(length));
    return encodeFrame(Opcode::Close, payload);
}

bool isValidUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const quint8 *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const quint8 c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        quint32 codePoint = 0;
        quint32 minimum = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            codePoint = c & 0x1f;
            minimum = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            codePoint = c & 0x0f;
            minimum = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            codePoint = c & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3f);
        }
        if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

bool isValidCloseCode(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011);
}

bool MessageReader::error(Incoming *out, quint16 code, const char *message)
{
    out->kind = Incoming::Kind::Error;
    out->closeCode = code;
    out->payload = message;
    return true;
}

bool MessageReader::read(QByteArray &buffer, Incoming *out)
{
    for (;;) {
        if (buffer.size() < 2)
            return false;
        const auto *bytes = reinterpret_cast<const quint8 *>(buffer.constData());
        const bool fin = bytes[0] & 0x80;
        const quint8 reserved = bytes[0] & 0x70;
        const auto opcode = Opcode(bytes[0] & 0x0f);
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7f;
        qsizetype headerSize = 2;
        if (length == 126) {
            if (buffer.size() < 4)
                return false;
            length = qFromBigEndian<quint16>(bytes + 2);
            headerSize = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                return false;
            length = qFromBigEndian<quint64>(bytes + 2);
            headerSize = 10;
        }
        if (reserved != 0)
            return error(out, CloseProtocolError, "reserved bits set without a negotiated extension");
        if (!masked)
            return error(out, CloseProtocolError, "client frames must be masked");
        const bool control = quint8(opcode) & 0x8;
        if (control && (!fin || length > 125))
            return error(out, CloseProtocolError, "fragmented or oversized control frame");
        switch (opcode) {
        case Opcode::Continuation:
        case Opcode::Text:
        case Opcode::Binary:
        case Opcode::Close:
        case Opcode::Ping:
        case Opcode::Pong:
            break;
        default:
            return error(out, CloseProtocolError, "unknown opcode");
        }
        if (length > quint64(m_maxMessageBytes) || quint64(m_fragments.size()) + length > quint64(m_maxMessageBytes))
            return error(out, CloseMessageTooBig, "message too big");
        const qsizetype frameSize = headerSize + 4 + qsizetype(length);
        if (buffer.size() < frameSize)
            return false;

        const quint8 *mask = bytes + headerSize;
        QByteArray payload(buffer.constData() + headerSize + 4, qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(quint8(payload[i]) ^ mask[i % 4]);
        buffer.remove(0, frameSize);

        if (control) {
            if (opcode == Opcode::Ping) {
                out->kind = Incoming::Kind::Ping;
                out->payload = payload;
                return true;
            }
            if (opcode == Opcode::Pong) {
                out->kind = Incoming::Kind::Pong;
                out->payload = payload;
                return true;
            }
            // Close
            if (payload.size() == 1)
                return error(out, CloseProtocolError, "close frame with a one-byte payload");
            out->kind = Incoming::Kind::Close;
            out->closeCode = CloseNoStatus;
            out->payload.clear();
            if (payload.size() >= 2) {
                out->closeCode = qFromBigEndian<quint16>(payload.constData());
                out->payload = payload.mid(2);
                if (!isValidCloseCode(out->closeCode))
                    return error(out, CloseProtocolError, "invalid close code");
                if (!isValidUtf8(out->payload))
                    return error(out, CloseInvalidPayload, "close reason is not valid UTF-8");
            }
            return true;
        }

        if (opcode == Opcode::Continuation) {
            if (!m_inFragmentedMessage)
                return error(out, CloseProtocolError, "continuation frame without a message");
            m_fragments.append(payload);
        } else {
            if (m_inFragmentedMessage)
                return error(out, CloseProtocolError, "new message inside a fragmented one");
            m_fragmentOpcode = opcode;
            m_fragments = std::move(payload);
            m_inFragmentedMessage = true;
        }
        if (!fin)
            continue;

        m_inFragmentedMessage = false;
        QByteArray message = std::move(m_fragments);
        m_fragments.clear();
        if (m_fragmentOpcode == Opcode::Text) {
            if (!isValidUtf8(message))
                return error(out, CloseInvalidPayload, "text message is not valid UTF-8");
            out->kind = Incoming::Kind::Text;
        } else {
            out->kind = Incoming::Kind::Binary;
        }
        out->payload = std::move(message);
        return true;
    }
}

} // namespace shuriken::sim::ws
