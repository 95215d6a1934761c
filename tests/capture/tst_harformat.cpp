// HAR 1.2: export of a capture and import of it again; import of documents as Chrome DevTools,
// HTTP Toolkit and mitmproxy export them (tests/capture/data, hand-written after their exporters:
// devtools-frontend front_end/models/har/Log.ts, httptoolkit-ui src/model/http/har.ts,
// mitmproxy/addons/savehar.py); redaction of what a developer's HAR carries; refused documents.

#include "capturefile.h"
#include "capturetestdata.h"
#include "harformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace shuriken;
using namespace shuriken::capture;
using namespace capturetest;

namespace {

const QByteArray kKey = "sk_live_0123456789abcdefXYZW";
const QByteArray kSignatureHex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab9f3e";

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(":/tests/capture/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

QByteArray nativeText(const Capture &capture)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.jsonl"));
    QString error;
    if (!writeCaptureFile(path, capture, &error))
        return {};
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(out.size() - static_cast<qsizetype>(stream.avail_out));
    deflateEnd(&stream);
    return out;
}

/// @p value with an unknown member added to every object in it.
QJsonValue withUnknownMembers(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withUnknownMembers(it.value());
        object.insert(QStringLiteral("_x-unknown"), QJsonObject {{QStringLiteral("a"), QJsonArray {1, QJsonValue()}}});
        object.insert(QStringLiteral("comment"), QStringLiteral("added by the test"));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = withUnknownMembers(*it);
        return array;
    }
    return value;
}

QByteArray harWithEntries(const QJsonArray &entries)
{
    const QJsonObject log {{QStringLiteral("version"), QStringLiteral("1.2")},
                           {QStringLiteral("creator"), QJsonObject {{QStringLiteral("name"), QStringLiteral("test")}}},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(QJsonObject {{QStringLiteral("log"), log}}).toJson();
}

QJsonObject webSocketEntry(const QJsonArray &messages)
{
    return QJsonObject {{QStringLiteral("startedDateTime"), QStringLiteral("2025-12-06T05:46:40.000Z")},
                        {QStringLiteral("_resourceType"), QStringLiteral("websocket")},
                        {QStringLiteral("request"),
                         QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                                      {QStringLiteral("url"), QStringLiteral("wss://x/")}}},
                        {QStringLiteral("response"), QJsonObject {{QStringLiteral("status"), 101}}},
                        {QStringLiteral("_webSocketMessages"), messages}};
}

QJsonObject message(const char *type, const QJsonValue &time, const QJsonValue &opcode, const QJsonValue &data)
{
    QJsonObject object {{QStringLiteral("type"), QLatin1String(type)}};
    if (!time.isUndefined())
        object.insert(QStringLiteral("time"), time);
    if (!opcode.isUndefined())
        object.insert(QStringLiteral("opcode"), opcode);
    if (!data.isUndefined())
        object.insert(QStringLiteral("data"), data);
    return object;
}

} // namespace

class TestHarFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsHar();
    void exportImportRoundTrip();
    void chromeDevTools();
    void httpToolkit();
    void mitmproxy();
    void secretsAreRedacted_data();
    void secretsAreRedacted();
    void unknownFieldsIgnored();
    void controlFramesLeftOut();
    void webSocketDetection_data();
    void webSocketDetection();
    void times_data();
    void times();
    void refused_data();
    void refused();
    void readCaptureFileReadsHar_data();
    void readCaptureFileReadsHar();
    void looksLikeHar_data();
    void looksLikeHar();
    void fuzzedHarNeverCrashes();
};

void TestHarFormat::exportIsHar()
{
    const Capture capture = sessionCapture();
    const QByteArray har = HarFormat::toHar(capture);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(har, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
    QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Shuriken Stream Monitor"));
    QCOMPARE(log.value(QLatin1String("creator")).toObject().value(QLatin1String("version")).toString(),
             QStringLiteral(SHURIKEN_VERSION));
    QVERIFY(log.value(QLatin1String("pages")).isArray());

    // Four HTTP exchanges and two connections, in time order.
    const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 6);
    QStringList kinds;
    for (const QJsonValue &entry : entries)
        kinds.append(entry.toObject().value(QLatin1String("_resourceType")).toString(QStringLiteral("http")));
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("http"), QStringLiteral("http"), QStringLiteral("websocket"),
                           QStringLiteral("http"), QStringLiteral("http"), QStringLiteral("websocket")}));

    const QJsonObject session = entries.at(0).toObject();
    QCOMPARE(session.value(QLatin1String("startedDateTime")).toString(), QStringLiteral("2025-12-06T05:46:40.123464Z"));
    QCOMPARE(session.value(QLatin1String("time")).toInt(), 7);
    QCOMPARE(session.value(QLatin1String("timings")).toObject().value(QLatin1String("wait")).toInt(), 7);
    const QJsonObject request = session.value(QLatin1String("request")).toObject();
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(request.value(QLatin1String("postData")).toObject().value(QLatin1String("mimeType")).toString(),
             QStringLiteral("application/json"));
    QCOMPARE(request.value(QLatin1String("headersSize")).toInt(), -1);
    const QJsonObject response = session.value(QLatin1String("response")).toObject();
    QCOMPARE(response.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(response.value(QLatin1String("statusText")).toString(), QStringLiteral("OK"));
    QCOMPARE(response.value(QLatin1String("content")).toObject().value(QLatin1String("mimeType")).toString(),
             QStringLiteral("application/json"));

    const QJsonObject socket = entries.at(2).toObject();
    QCOMPARE(socket.value(QLatin1String("startedDateTime")).toString(), QStringLiteral("2025-12-06T05:46:40.123477Z"));
    const QJsonObject upgrade = socket.value(QLatin1String("request")).toObject();
    QCOMPARE(upgrade.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    // The socket's URL, from the session answer before it.
    QCOMPARE(upgrade.value(QLatin1String("url")).toString(),
             QStringLiteral("ws://127.0.0.1:8080/app/app-key?protocol=7&client=qt-shuriken&version=1.2.3"));
    QCOMPARE(socket.value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(), 101);
    const QJsonArray messages = socket.value(QLatin1String("_webSocketMessages")).toArray();
    QCOMPARE(messages.size(), 5);
    const QJsonObject first = messages.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("receive"));
    QCOMPARE(first.value(QLatin1String("opcode")).toInt(), 1);
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("send"));
    QCOMPARE(messages.at(4).toObject().value(QLatin1String("opcode")).toInt(), 2);
    QVERIFY(messages.at(3).toObject().contains(QLatin1String("_dataBase64")));
    // Seconds since the epoch, to the µs, written exactly.
    QVERIFY(har.contains("\"time\":1765000000.123477,"));
    QVERIFY(std::abs(first.value(QLatin1String("time")).toDouble() - 1765000000.123477) < 1e-6);

    const QJsonObject refused = entries.at(3).toObject();
    QCOMPARE(refused.value(QLatin1String("response"))
                 .toObject()
                 .value(QLatin1String("content"))
                 .toObject()
                 .value(QLatin1String("encoding")),
             QJsonValue(QStringLiteral("base64")));
    QCOMPARE(refused.value(QLatin1String("_shurikenError")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("unauthorized"));
    QCOMPARE(entries.at(4).toObject().value(QLatin1String("response")).toObject().value(QLatin1String("_error")),
             QJsonValue(QStringLiteral("no complete answer within 15000 ms")));
    QCOMPARE(entries.at(5).toObject().value(QLatin1String("_webSocketMessages")).toArray().size(), 2);
}

void TestHarFormat::exportImportRoundTrip()
{
    const Capture capture = sessionCapture();
    QString error;
    QStringList warnings;
    const std::optional<Capture> imported = HarFormat::fromHar(HarFormat::toHar(capture), &error, &warnings);
    QVERIFY2(imported, qPrintable(error));

    // Frames and exchanges come back exactly (µs times, bytes, errors); states and subscriptions
    // have no HAR form.
    const QList<FrameEntry> frames = entriesOf<FrameEntry>(*imported);
    const QList<FrameEntry> expectedFrames = entriesOf<FrameEntry>(capture);
    QCOMPARE(frames.size(), expectedFrames.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        compareEntry(frames[i], expectedFrames[i], i);
        if (QTest::currentTestFailed())
            return;
    }
    const QList<HttpEntry> exchanges = entriesOf<HttpEntry>(*imported);
    const QList<HttpEntry> expectedExchanges = entriesOf<HttpEntry>(capture);
    QCOMPARE(exchanges.size(), expectedExchanges.size());
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        compareEntry(exchanges[i], expectedExchanges[i], i);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(imported->entries.size(), frames.size() + exchanges.size());
    for (qsizetype i = 1; i < imported->entries.size(); ++i)
        QVERIFY(entryTimeUs(imported->entries[i - 1]) <= entryTimeUs(imported->entries[i]));

    const CaptureHeader &header = imported->header;
    QCOMPARE(header.productName, QStringLiteral("Shuriken Stream Monitor"));
    QCOMPARE(header.productVersion, QStringLiteral(SHURIKEN_VERSION));
    QCOMPARE(header.profile, QStringLiteral("har"));
    QCOMPARE(header.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(header.catalogJson, kCatalog);
    QCOMPARE(header.startedAtUs, entryTimeUs(imported->entries.first()));
    QVERIFY2(warnings.join(u'\n').contains(QLatin1String("2 WebSocket connections")), qPrintable(warnings.join(u'\n')));
}

void TestHarFormat::chromeDevTools()
{
    QString error;
    QStringList warnings;
    const std::optional<Capture> capture
        = HarFormat::fromHar(fixture(QStringLiteral("chrome-devtools.har")), &error, &warnings);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(capture->header.productName, QStringLiteral("WebInspector"));
    QCOMPARE(capture->header.productVersion, QStringLiteral("537.36"));
    QCOMPARE(capture->header.profile, QStringLiteral("har"));
    QCOMPARE(capture->header.baseUrl, QUrl(QStringLiteral("https://api.shuriken.example")));
    QCOMPARE(QJsonDocument::fromJson(capture->header.catalogJson)
                 .object()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("streams"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(capture->header.startedAtUs, 1765000000456000);

    // In time order: the session and catalog calls, the first frames, the auth call (during the
    // socket), the rest of the frames, the rate-limited call.
    QStringList kinds;
    for (const CaptureEntry &entry : capture->entries)
        kinds.append(std::holds_alternative<FrameEntry>(entry) ? QStringLiteral("frame") : QStringLiteral("http"));
    QCOMPARE(kinds.join(u','), QStringLiteral("http,http,frame,frame,http,frame,frame,frame,frame,http"));

    const QList<FrameEntry> frames = entriesOf<FrameEntry>(*capture);
    QCOMPARE(frames.at(0).timeUs, 1765000000701234);
    QCOMPARE(frames.at(0).direction, FrameEntry::Direction::In);
    QVERIFY(frames.at(0).data.startsWith(R"({"event":"pusher:connection_established")"));
    QCOMPARE(frames.at(1).direction, FrameEntry::Direction::Out);
    QCOMPARE(frames.at(1).timeUs, 1765000000702001);
    QCOMPARE(frames.at(3).timeUs, 1765000000800001);
    QVERIFY(frames.at(3).data.contains("caf\xC3\xA9 \xF0\x9F\x9A\x80"));
    QCOMPARE(frames.at(4).binary, true);
    QCOMPARE(frames.at(4).data, QByteArray::fromHex("000102aa"));
    QCOMPARE(frames.at(5).data, QByteArray(R"({"event":"pusher:ping","data":{}})"));

    const QList<HttpEntry> exchanges = entriesOf<HttpEntry>(*capture);
    QCOMPARE(exchanges.size(), 4);
    const HttpExchange &session = exchanges.at(0).exchange;
    QCOMPARE(session.method, QByteArray("POST"));
    QCOMPARE(session.url, QUrl(QStringLiteral("https://api.shuriken.example/api/v2/ws/session")));
    QCOMPARE(session.httpStatus, 200);
    QCOMPARE(session.durationMs, 48);
    QCOMPARE(session.startedAt, QDateTime::fromMSecsSinceEpoch(1765000000456, Qt::UTC));
    QVERIFY(session.requestBody.startsWith(R"({"subscriptions")"));
    QVERIFY(!session.error);
    const HttpExchange &limited = exchanges.at(3).exchange;
    QVERIFY(limited.error);
    QCOMPARE(limited.error->kind(), ApiError::Kind::RateLimited);
    QCOMPARE(limited.error->code(), QStringLiteral("RATE_LIMITED"));
    QCOMPARE(limited.error->requestId(), QStringLiteral("req_9"));
    QVERIFY(limited.error->retryAfter() == std::chrono::milliseconds(2000));
    QVERIFY2(warnings.join(u'\n').contains(QLatin1String("1 WebSocket error message")),
             qPrintable(warnings.join(u'\n')));
}

void TestHarFormat::httpToolkit()
{
    QString error;
    QStringList warnings;
    const std::optional<Capture> capture
        = HarFormat::fromHar(fixture(QStringLiteral("httptoolkit.har")), &error, &warnings);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(capture->header.productName, QStringLiteral("HTTP Toolkit"));
    QCOMPARE(capture->header.baseUrl, QUrl(QStringLiteral("http://localhost:8080")));
    QVERIFY(capture->header.catalogJson.isEmpty()); // the catalog call got no answer

    const QList<HttpEntry> exchanges = entriesOf<HttpEntry>(*capture);
    QCOMPARE(exchanges.size(), 3);
    // "+01:00": the same instant as Chrome's "Z".
    QCOMPARE(exchanges.at(0).timeUs, 1765000000250000);
    const HttpExchange &upload = exchanges.at(1).exchange;
    QCOMPARE(upload.requestBody, QByteArray::fromHex("ff00fe01"));
    QCOMPARE(upload.responseBody, QByteArray("\x89PNG\r\n\x1A\n", 8));
    QCOMPARE(upload.url, QUrl(QStringLiteral("http://localhost:8080/upload?kind=raw")));
    const HttpExchange &aborted = exchanges.at(2).exchange;
    QCOMPARE(aborted.httpStatus, 0);
    QVERIFY(aborted.error);
    QCOMPARE(aborted.error->kind(), ApiError::Kind::Network);
    QCOMPARE(aborted.durationMs, 0);

    const QList<FrameEntry> frames = entriesOf<FrameEntry>(*capture);
    QCOMPARE(frames.size(), 4);
    QCOMPARE(frames.at(0).timeUs, 1765000000434568); // rounded to the µs
    QCOMPARE(frames.at(1).timeUs, 1765000000500000);
    QCOMPARE(frames.at(3).data, QByteArray::fromHex("ff00fe01"));
    QCOMPARE(frames.at(3).binary, true);
}

void TestHarFormat::mitmproxy()
{
    QString error;
    const std::optional<Capture> capture = HarFormat::fromHar(fixture(QStringLiteral("mitmproxy.har")), &error);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(capture->header.productName, QStringLiteral("mitmproxy exporthar"));
    QCOMPARE(capture->header.startedAtUs, 1765000000123456);
    const QList<FrameEntry> frames = entriesOf<FrameEntry>(*capture);
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).timeUs, 1765000000325124);
    QCOMPARE(frames.at(2).data, QByteArray::fromHex("deadbeef"));
    const QList<HttpEntry> exchanges = entriesOf<HttpEntry>(*capture);
    QCOMPARE(exchanges.size(), 2);
    QCOMPARE(exchanges.at(0).timeUs, 1765000000123456);
    QCOMPARE(exchanges.at(0).exchange.durationMs, 41); // 40.5 rounds up
    QVERIFY(exchanges.at(1).exchange.error);
    QCOMPARE(exchanges.at(1).exchange.error->message(), QStringLiteral("Connection killed."));
}

void TestHarFormat::secretsAreRedacted_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::newRow("Chrome DevTools") << QStringLiteral("chrome-devtools.har");
    QTest::newRow("HTTP Toolkit") << QStringLiteral("httptoolkit.har");
    QTest::newRow("mitmproxy") << QStringLiteral("mitmproxy.har");
}

void TestHarFormat::secretsAreRedacted()
{
    // A developer's HAR holds the API key (Authorization: Bearer, echoed in an error body) and
    // channel signatures (the auth answer, the subscribe frame): none of it may enter a capture.
    QFETCH(QString, fixtureName);
    const QByteArray har = fixture(fixtureName);
    QVERIFY(har.contains(kKey));
    QString error;
    const std::optional<Capture> capture = HarFormat::fromHar(har, &error);
    QVERIFY2(capture, qPrintable(error));
    const QByteArray text = nativeText(*capture);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(kKey));
    QVERIFY(!text.contains(kSignatureHex));
    QVERIFY(!text.contains(kSignatureHex.right(40)));
    QVERIFY(!text.contains("abcdef0123456789abcdef")); // HTTP Toolkit's cookie
    for (const HttpEntry &entry : entriesOf<HttpEntry>(*capture)) {
        for (const auto &[name, value] : entry.exchange.requestHeaders) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                QCOMPARE(value, QByteArray("Bearer sk_" + kEllipsis + "XYZW"));
        }
        if (entry.exchange.error)
            QVERIFY(!entry.exchange.error->message().contains(QLatin1String(kKey)));
    }
    for (const FrameEntry &frame : entriesOf<FrameEntry>(*capture)) {
        if (frame.direction == FrameEntry::Direction::Out && frame.data.contains("pusher:subscribe"))
            QVERIFY(frame.data.contains(QByteArray("\"auth\":\"app-key:" + kEllipsis + "9f3e\"")));
    }
    if (fixtureName.startsWith(QLatin1String("chrome"))) {
        const HttpExchange auth = entriesOf<HttpEntry>(*capture).at(2).exchange;
        QVERIFY(auth.url.path().endsWith(QLatin1String("/auth")));
        QCOMPARE(auth.responseBody, QByteArray("{\"auth\": \"app-key:" + kEllipsis + "9f3e\"}"));
        QVERIFY(entriesOf<HttpEntry>(*capture).at(3).exchange.responseBody.contains(
            QByteArray("sk_" + kEllipsis + "XYZW")));
    }
}

void TestHarFormat::unknownFieldsIgnored()
{
    const QByteArray plain = fixture(QStringLiteral("chrome-devtools.har"));
    const QByteArray extended = QJsonDocument(withUnknownMembers(QJsonDocument::fromJson(plain).object()).toObject())
                                    .toJson(QJsonDocument::Compact);
    QVERIFY(extended.contains("_x-unknown"));
    QString error;
    const auto expected = HarFormat::fromHar(plain, &error);
    QVERIFY2(expected, qPrintable(error));
    const auto actual = HarFormat::fromHar(extended, &error);
    QVERIFY2(actual, qPrintable(error));
    QCOMPARE(nativeText(*actual), nativeText(*expected));
}

void TestHarFormat::controlFramesLeftOut()
{
    const QJsonArray messages {
        message("receive", 1765000000.5, 1, QStringLiteral("text")),
        message("receive", 1765000000.6, 8, QStringLiteral("A+g=")), // close
        message("send", 1765000000.7, 9, QString()), // ping
        message("receive", 1765000000.8, 10, QString()), // pong
        message("receive", 1765000000.9, 0, QStringLiteral("continued")),
        message("send", 1765000001.0, QJsonValue(QJsonValue::Undefined), QStringLiteral("no opcode: text")),
        message("error", 1765000001.1, -1, QStringLiteral("Invalid frame header")),
        message("sideways", 1765000001.2, 1, QStringLiteral("x")),
        message("receive", 1765000001.3, 1, QJsonValue(QJsonValue::Undefined)),
        message("receive", 1765000001.4, 2, QStringLiteral("%%% not base64")),
        message("receive", QJsonValue(QJsonValue::Undefined), 1, QStringLiteral("no time")),
    };
    QString error;
    QStringList warnings;
    const auto capture = HarFormat::fromHar(harWithEntries({webSocketEntry(messages)}), &error, &warnings);
    QVERIFY2(capture, qPrintable(error));
    const QList<FrameEntry> frames = entriesOf<FrameEntry>(*capture);
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).data, QByteArray("no time"));
    QCOMPARE(frames.at(0).timeUs, 1765000000000000); // the connection's start
    QCOMPARE(frames.at(1).data, QByteArray("text"));
    QCOMPARE(frames.at(2).data, QByteArray("no opcode: text"));
    QCOMPARE(frames.at(2).direction, FrameEntry::Direction::Out);
    const QString all = warnings.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("4 WebSocket control frame")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("1 WebSocket error message")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("3 WebSocket message(s) without")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("1 WebSocket message(s) had no time")), qPrintable(all));
}

void TestHarFormat::webSocketDetection_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::newRow("_resourceType") << QByteArray(R"({"_resourceType":"websocket","request":{"url":"https://x/"}})");
    QTest::newRow("Upgrade header") << QByteArray(
        R"({"request":{"url":"https://x/","headers":[{"name":"upgrade","value":"WebSocket"}]},"response":{"status":0}})");
    QTest::newRow("101") << QByteArray(R"({"request":{"url":"https://x/"},"response":{"status":101}})");
    QTest::newRow("wss URL") << QByteArray(R"({"request":{"url":"wss://x/"}})");
    QTest::newRow("messages") << QByteArray(R"({"request":{"url":"https://x/"},"_webSocketMessages":[]})");
}

void TestHarFormat::webSocketDetection()
{
    QFETCH(QByteArray, entry);
    const QByteArray har = R"({"log":{"entries":[{"request":{"method":"GET","url":"https://api.x/api/v2/ws/streams"},)"
                           R"("response":{"status":200}},)"
        + entry + "]}}";
    QString error;
    const auto capture = HarFormat::fromHar(har, &error);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(entriesOf<HttpEntry>(*capture).size(), 1);
    QCOMPARE(capture->header.baseUrl, QUrl(QStringLiteral("https://api.x")));
}

void TestHarFormat::times_data()
{
    QTest::addColumn<QString>("startedDateTime");
    QTest::addColumn<double>("messageTime");
    QTest::addColumn<qint64>("entryUs");
    QTest::addColumn<qint64>("messageUs");
    const qint64 base = 1765000000000000;
    QTest::newRow("Z, no fraction") << QStringLiteral("2025-12-06T05:46:40Z") << 1765000000.25 << base << base + 250000;
    QTest::newRow("ms") << QStringLiteral("2025-12-06T05:46:40.5Z") << 1765000000.000001 << base + 500000 << base + 1;
    QTest::newRow("ns, +01:00") << QStringLiteral("2025-12-06T06:46:40.123456789+01:00") << 1765000000.999999
                                << base + 123456 << base + 999999;
    QTest::newRow("-05:00") << QStringLiteral("2025-12-06T00:46:40.1-05:00") << 1765000000.1 << base + 100000
                            << base + 100000;
    QTest::newRow("+0000") << QStringLiteral("2025-12-06T05:46:40+0000") << 1765000000.0 << base << base;
    QTest::newRow("space, lower z") << QStringLiteral("2025-12-06 05:46:40.25z") << 1765000000.0 << base + 250000
                                    << base;
    QTest::newRow("no offset is UTC") << QStringLiteral("2025-12-06T05:46:40.000") << 1765000000.0 << base << base;
    QTest::newRow("message time in ms") << QStringLiteral("2025-12-06T05:46:40Z") << 1765000000123.456 << base
                                        << base + 123456;
}

void TestHarFormat::times()
{
    QFETCH(QString, startedDateTime);
    QFETCH(double, messageTime);
    QFETCH(qint64, entryUs);
    QFETCH(qint64, messageUs);
    QJsonObject socket = webSocketEntry({message("receive", messageTime, 1, QStringLiteral("x"))});
    const QJsonObject exchange {
        {QStringLiteral("startedDateTime"), startedDateTime},
        {QStringLiteral("request"), QJsonObject {{QStringLiteral("url"), QStringLiteral("http://a/")}}},
        {QStringLiteral("response"), QJsonObject {{QStringLiteral("status"), 204}}}};
    QString error;
    const auto capture = HarFormat::fromHar(harWithEntries({exchange, socket}), &error);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(entriesOf<HttpEntry>(*capture).at(0).timeUs, entryUs);
    QCOMPARE(entriesOf<FrameEntry>(*capture).at(0).timeUs, messageUs);
}

void TestHarFormat::refused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");
    const QString notHar = QStringLiteral("not a HAR document");
    QTest::newRow("empty") << QByteArray() << notHar;
    QTest::newRow("blank") << QByteArray(" \n\t") << notHar;
    QTest::newRow("malformed") << QByteArray(R"({"log":{"entries":[)") << QStringLiteral("malformed");
    QTest::newRow("array") << QByteArray("[]") << notHar;
    QTest::newRow("other JSON") << QByteArray(R"({"foo":1})") << notHar;
    QTest::newRow("no entries") << QByteArray(R"({"log":{"version":"1.2"}})") << notHar;
    QTest::newRow("entries not an array") << QByteArray(R"({"log":{"entries":{}}})") << notHar;
    QTest::newRow("a native capture") << QByteArray(R"({"type":"header","format":"shuriken-capture","version":1})"
                                                    "\n{}\n")
                                      << notHar;
    QTest::newRow("no entries at all") << QByteArray(R"({"log":{"entries":[]}})")
                                       << QStringLiteral("no WebSocket connection");
    QTest::newRow("HTTP only") << QByteArray(R"({"log":{"entries":[{"request":{"url":"https://a/"},)"
                                             R"("response":{"status":200}},"not an object"]}})")
                               << QStringLiteral("no WebSocket connection");
}

void TestHarFormat::refused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!HarFormat::fromHar(document, &error));
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
}

void TestHarFormat::readCaptureFileReadsHar_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestHarFormat::readCaptureFileReadsHar()
{
    QFETCH(bool, compressed);
    QTemporaryDir dir;
    const QByteArray har = fixture(QStringLiteral("chrome-devtools.har"));
    const QString path = dir.filePath(compressed ? QStringLiteral("session.har.gz") : QStringLiteral("session.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(compressed ? gzip(har) : har);
    file.close();
    QString error;
    const auto contents = readCaptureFile(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->kind, CaptureFileContents::Kind::Har);
    QCOMPARE(entriesOf<FrameEntry>(contents->capture).size(), 6);
    QVERIFY(!contents->warnings.isEmpty());

    // A HAR without a WebSocket says so, rather than "not a capture".
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray httpOnly = R"({"log":{"entries":[{"request":{"url":"https://a/"},"response":{"status":200}}]}})";
    file.write(compressed ? gzip(httpOnly) : httpOnly);
    file.close();
    QVERIFY(!readCaptureFile(path, &error));
    QVERIFY2(error.contains(QLatin1String("no WebSocket connection")), qPrintable(error));
}

void TestHarFormat::looksLikeHar_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("har");
    QTest::newRow("Chrome") << fixture(QStringLiteral("chrome-devtools.har")).left(64) << true;
    QTest::newRow("compact") << QByteArray(R"({"log":{"version":"1.2")") << true;
    QTest::newRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBF\r\n { \r\n\"log\"") << true;
    QTest::newRow("log not first") << QByteArray(R"({"comment":"x","log":{)") << true;
    QTest::newRow("native header") << QByteArray(R"({"type":"header","format":"shuriken-capture","log":1})") << false;
    QTest::newRow("other object") << QByteArray(R"({"x":1})") << false;
    QTest::newRow("array") << QByteArray(R"([{"log":1}])") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("gzip bytes") << QByteArray::fromHex("1f8b0800") << false;
}

void TestHarFormat::looksLikeHar()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, har);
    QCOMPARE(HarFormat::looksLikeHar(head), har);
}

void TestHarFormat::fuzzedHarNeverCrashes()
{
    // Mutated documents (seeded): an error or a capture, never a crash.
    const QList<QByteArray> seeds
        = {fixture(QStringLiteral("chrome-devtools.har")), HarFormat::toHar(sessionCapture())};
    QRandomGenerator random(1401);
    int imported = 0;
    for (int iteration = 0; iteration < 600; ++iteration) {
        QByteArray bytes = seeds[iteration % 2];
        for (int m = 1 + random.bounded(4); m > 0 && !bytes.isEmpty(); --m) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                bytes.remove(at, 1 + random.bounded(32));
                break;
            case 2:
                bytes.insert(at, bytes.mid(random.bounded(bytes.size()), 1 + random.bounded(64)));
                break;
            default: {
                // Swap a value for another type: strings, numbers and objects where they are not
                // expected.
                static const QList<QByteArray> values = {"null", "-1", "1e308", "\"\"", "{}", "[]", "true", "\"x\""};
                const qsizetype colon = bytes.indexOf(':', at);
                if (colon > 0)
                    bytes.insert(colon + 1, values.at(random.bounded(values.size())) + ',');
                break;
            }
            }
        }
        QString error;
        QStringList warnings;
        const auto capture = HarFormat::fromHar(bytes, &error, &warnings);
        if (capture)
            ++imported;
        else
            QVERIFY(!error.isEmpty());
        HarFormat::looksLikeHar(bytes);
    }
    QVERIFY(imported > 0);
}

QTEST_GUILESS_MAIN(TestHarFormat)
#include "tst_harformat.moc"
