// The simulator's own HTTP/1.1 request parser and RFC 6455 framing, without sockets.

#include "httpmessage.h"
#include "websocketframing.h"

#include <QTest>

using namespace shuriken::sim;

namespace {

QByteArray maskedFrame(quint8 firstByte, const QByteArray &payload, quint32 maskKey = 0x37fa213d)
{
    QByteArray frame;
    frame.append(char(firstByte));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    }
    const char mask[4] = {char(maskKey >> 24), char(maskKey >> 16), char(maskKey >> 8), char(maskKey)};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ mask[i % 4]));
    return frame;
}

} // namespace

class TestSimFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesARequestWithABody()
    {
        QByteArray buffer(
            "POST /api/v2/ws/session?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 7\r\nAuthorization:  Bearer sk_1 \r\n\r\n{\"a\":1}GET / HTTP/1.1\r\n");
        HttpRequestParser parser;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/api/v2/ws/session"));
        QCOMPARE(request.query, QByteArray("x=1"));
        QCOMPARE(request.body, QByteArray("{\"a\":1}"));
        QCOMPARE(request.header("AUTHORIZATION"), QByteArray("Bearer sk_1"));
        QVERIFY(request.keepAlive());
        QVERIFY(!request.isWebSocketUpgrade());
        // The pipelined second request stays in the buffer, incomplete.
        QCOMPARE(buffer, QByteArray("GET / HTTP/1.1\r\n"));
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
    }

    void waitsForTheWholeBodyAndAnswersExpectContinue()
    {
        QByteArray buffer("POST /x HTTP/1.1\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n01234");
        HttpRequestParser parser;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
        QVERIFY(parser.expectsContinue());
        buffer.append("56789");
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("0123456789"));
        QVERIFY(buffer.isEmpty());
    }

    void decodesChunkedBodies()
    {
        QByteArray buffer(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n");
        HttpRequestParser parser;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("Wikipedia"));
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << 400;
        QTest::newRow("huge body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n") << 413;
        QTest::newRow("gzip encoding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("endless headers") << QByteArray(HttpRequestParser::kMaxHeaderBytes + 10, 'a') << 431;
    }

    void rejectsBadRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        HttpRequestParser parser;
        QCOMPARE(parser.parse(input), HttpRequestParser::Status::Error);
        QCOMPARE(parser.errorStatus(), status);
    }

    void recognisesUpgradesAndConnectionRules()
    {
        QByteArray buffer("GET /app/k HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\n\r\n"
                          "GET / HTTP/1.0\r\n\r\n");
        HttpRequestParser parser;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        QVERIFY(parser.takeRequest().isWebSocketUpgrade());
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        QVERIFY(!parser.takeRequest().keepAlive()); // HTTP/1.0 without keep-alive
    }

    void serializesResponses()
    {
        HttpResponse response;
        response.status = 429;
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("3")});
        response.body = "{}";
        const QByteArray text = response.serialize(false);
        QVERIFY(text.startsWith("HTTP/1.1 429 Too Many Requests\r\n"));
        QVERIFY(text.contains("\r\nRetry-After: 3\r\n"));
        QVERIFY(text.contains("\r\nContent-Length: 2\r\n"));
        QVERIFY(text.contains("\r\nConnection: close\r\n"));
        QVERIFY(text.endsWith("\r\n\r\n{}"));
    }

    void decodesForms()
    {
        const auto fields = parseFormUrlEncoded("socket_id=123.456&channel_name=presence-a%2Bb+c&empty=&flag");
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0).second, QByteArray("123.456"));
        QCOMPARE(fields.at(1).second, QByteArray("presence-a+b c"));
        QCOMPARE(fields.at(2).second, QByteArray());
        QCOMPARE(fields.at(3).first, QByteArray("flag"));
    }

    void computesTheAcceptKey()
    {
        // RFC 6455 section 1.3.
        QCOMPARE(ws::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void encodesFrameLengths_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("headerSize");
        QTest::newRow("short") << 125 << 2;
        QTest::newRow("16-bit") << 126 << 4;
        QTest::newRow("16-bit max") << 65535 << 4;
        QTest::newRow("64-bit") << 65536 << 10;
    }

    void encodesFrameLengths()
    {
        QFETCH(int, length);
        QFETCH(int, headerSize);
        const QByteArray frame = ws::encodeFrame(ws::Opcode::Text, QByteArray(length, 'x'));
        QCOMPARE(frame.size(), headerSize + length);
        QCOMPARE(quint8(frame[0]), quint8(0x81));
        QCOMPARE(quint8(frame[1]) & 0x80, 0); // server frames are not masked
    }

    void closeFramesCarryCodeAndCutReasonOnACharacter()
    {
        const QByteArray frame = ws::encodeCloseFrame(4201, QString(QStringLiteral("é")).repeated(100).toUtf8());
        QCOMPARE(quint8(frame[0]), quint8(0x88));
        const int length = quint8(frame[1]);
        QVERIFY(length <= 125);
        QCOMPARE((quint8(frame[2]) << 8) | quint8(frame[3]), 4201);
        QVERIFY(ws::isValidUtf8(frame.mid(4)));
    }

    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello") << true;
        QTest::newRow("emoji") << QString(QStringLiteral("🚀 é")).toUtf8() << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xC3") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("bad second byte") << QByteArray("\xC3\x28") << false;
    }

    void validatesUtf8()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(ws::isValidUtf8(text), valid);
    }

    void readsMaskedAndFragmentedMessages()
    {
        ws::MessageReader reader;
        QByteArray buffer = maskedFrame(0x01, "hel") + maskedFrame(0x89, "p") + maskedFrame(0x80, "lo");
        ws::Incoming in;
        // A ping in the middle of a fragmented message is delivered first.
        QVERIFY(reader.read(buffer, &in));
        QCOMPARE(in.kind, ws::Incoming::Kind::Ping);
        QCOMPARE(in.payload, QByteArray("p"));
        QVERIFY(reader.read(buffer, &in));
        QCOMPARE(in.kind, ws::Incoming::Kind::Text);
        QCOMPARE(in.payload, QByteArray("hello"));
        QVERIFY(buffer.isEmpty());
        QVERIFY(!reader.read(buffer, &in));

        // Byte by byte: nothing until the frame is complete.
        const QByteArray whole = maskedFrame(0x81, QByteArray(300, 'z'));
        for (qsizetype i = 0; i < whole.size() - 1; ++i) {
            buffer.append(whole[i]);
            QVERIFY(!reader.read(buffer, &in));
        }
        buffer.append(whole.back());
        QVERIFY(reader.read(buffer, &in));
        QCOMPARE(in.payload.size(), 300);
    }

    void readsCloseFrames()
    {
        ws::MessageReader reader;
        QByteArray buffer = maskedFrame(0x88,
                                        QByteArray("\x03\xe8"
                                                   "bye",
                                                   5));
        ws::Incoming in;
        QVERIFY(reader.read(buffer, &in));
        QCOMPARE(in.kind, ws::Incoming::Kind::Close);
        QCOMPARE(in.closeCode, quint16(1000));
        QCOMPARE(in.payload, QByteArray("bye"));
        buffer = maskedFrame(0x88, QByteArray());
        QVERIFY(reader.read(buffer, &in));
        QCOMPARE(in.closeCode, quint16(ws::CloseNoStatus));
    }

    void reportsProtocolViolations_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("closeCode");
        QByteArray unmasked = ws::encodeFrame(ws::Opcode::Text, "x");
        QTest::newRow("unmasked") << unmasked << 1002;
        QTest::newRow("reserved bits") << maskedFrame(0xC1, "x") << 1002;
        QTest::newRow("unknown opcode") << maskedFrame(0x83, "x") << 1002;
        QTest::newRow("fragmented ping") << maskedFrame(0x09, "x") << 1002;
        QTest::newRow("orphan continuation") << maskedFrame(0x80, "x") << 1002;
        QTest::newRow("invalid utf-8") << maskedFrame(0x81, "\xC3\x28") << 1007;
        QTest::newRow("bad close code") << maskedFrame(0x88, QByteArray("\x03\xed", 2)) << 1002;
        QTest::newRow("too big") << maskedFrame(0x81, QByteArray(2000, 'a')) << 1009;
    }

    void reportsProtocolViolations()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, closeCode);
        ws::MessageReader reader(1024);
        ws::Incoming in;
        QVERIFY(reader.read(frame, &in));
        QCOMPARE(in.kind, ws::Incoming::Kind::Error);
        QCOMPARE(int(in.closeCode), closeCode);
    }
};

QTEST_GUILESS_MAIN(TestSimFraming)
#include "tst_simframing.moc"
