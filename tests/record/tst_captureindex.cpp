// indexCaptureFile(): what the monitor learns of a capture file before replaying it, read in one
// pass: entries, time span, the subscriptions (the same as subscriptionsOf() of the whole
// capture), warnings of a cut file, progress to the end, and cancellation.

#include "captureindex.h"
#include "capturereplayer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace shuriken;
using namespace shuriken::capture;

namespace {

constexpr qint64 kStartUs = 1765000000000000;
const QByteArray kEstablished = QByteArrayLiteral("{\"event\":\"pusher:connection_established\",\"data\":\"{\\\"socket_"
                                                  "id\\\":\\\"1.2\\\",\\\"activity_timeout\\\":120}\"}");
const QByteArray kSubscribeOrders
    = QByteArrayLiteral("{\"event\":\"pusher:subscribe\",\"data\":{\"auth\":\"\",\"channel\":\"orders\"}}");
const QByteArray kSubscribePresence
    = QByteArrayLiteral("{\"event\":\"pusher:subscribe\",\"data\":{\"auth\":\"key:…abcd\",\"channel_data\":\"{}\","
                        "\"channel\":\"presence-room\"}}");
const QByteArray kOrderEvent
    = QByteArrayLiteral("{\"event\":\"created\",\"channel\":\"orders\",\"data\":\"{\\\"id\\\":1}\"}");

HttpEntry sessionExchange(qint64 timeUs, const QByteArray &body)
{
    HttpEntry entry;
    entry.timeUs = timeUs;
    entry.exchange.method = "POST";
    entry.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2/ws/session"));
    entry.exchange.requestBody = body;
    entry.exchange.httpStatus = 200;
    entry.exchange.startedAt = QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC);
    return entry;
}

SubscriptionEntry subscribed(qint64 timeUs, const QString &key, const QString &stream)
{
    return SubscriptionEntry {timeUs, key, stream, QStringLiteral("private-x"), QStringLiteral("subscribed"), {}};
}

/// A session that subscribed to swaps, later added trades, and received frames in between.
Capture sampleCapture(int frames)
{
    Capture capture;
    capture.header.productName = QStringLiteral("tst_captureindex");
    capture.header.startedAtUs = kStartUs;
    qint64 t = kStartUs;
    capture.entries.append(StateEntry {t += 10, QStringLiteral("connecting"), {}});
    capture.entries.append(sessionExchange(
        t += 10, R"({"subscriptions":[{"stream":"svm.token.swaps","filter":{"tokenAddress":"So1"}}]})"));
    const SubscriptionRequest swaps {QStringLiteral("svm.token.swaps"),
                                     {{QStringLiteral("tokenAddress"), QStringLiteral("So1")}}};
    capture.entries.append(subscribed(t += 10, swaps.key(), swaps.stream));
    for (int i = 0; i < frames; ++i) {
        FrameEntry frame;
        frame.timeUs = t += 1000;
        frame.data
            = R"({"event":"update","channel":"private-x","data":"{\"seq\":)" + QByteArray::number(i + 1) + "}\"}";
        frame.wellFormedObject = true;
        capture.entries.append(frame);
        if (i == frames / 2) {
            capture.entries.append(
                sessionExchange(t += 10,
                                R"({"subscriptions":[{"stream":"svm.token.swaps","filter":{"tokenAddress":"So1"}},)"
                                R"({"stream":"evm.token.trades","filter":{"chainId":"1"}}]})"));
            const SubscriptionRequest trades {QStringLiteral("evm.token.trades"),
                                              {{QStringLiteral("chainId"), QStringLiteral("1")}}};
            capture.entries.append(subscribed(t += 10, trades.key(), trades.stream));
        }
    }
    return capture;
}

} // namespace

class TestCaptureIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexMatchesTheWholeCapture_data();
    void indexMatchesTheWholeCapture();
    void cutFileIsIndexedToItsLastRecord();
    void progressCanCancel();
    void notACaptureIsAnError();
    void pusherSessionIsReplayedByChannel();

private:
    QTemporaryDir m_dir;
};

void TestCaptureIndex::indexMatchesTheWholeCapture_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("index.jsonl");
    QTest::newRow("gzip") << QStringLiteral("index.jsonl.gz");
}

void TestCaptureIndex::indexMatchesTheWholeCapture()
{
    QFETCH(QString, name);
    const Capture capture = sampleCapture(20000);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(writeCaptureFile(path, capture, &error), qPrintable(error));

    QList<std::pair<qint64, qint64>> progress;
    const CaptureIndex index = indexCaptureFile(path, [&](qint64 read, qint64 size) {
        progress.append({read, size});
        return true;
    });
    QVERIFY2(index.error.isEmpty(), qPrintable(index.error));
    QVERIFY(!index.cancelled);
    QCOMPARE(index.fileName, path);
    QCOMPARE(index.header.productName, capture.header.productName);
    QCOMPARE(index.entries, capture.entries.size());
    QCOMPARE(index.startUs, entryTimeUs(capture.entries.constFirst()));
    QCOMPARE(index.endUs, entryTimeUs(capture.entries.constLast()));
    QVERIFY(index.warnings.isEmpty());
    // Both subscriptions, the one added mid-session too, as the whole capture in memory says.
    QCOMPARE(index.subscriptions.size(), 2);
    QCOMPARE(index.subscriptions, CaptureReplayer::subscriptionsOf(capture));

    QVERIFY(progress.size() >= 2);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
    QCOMPARE(progress.constLast().first, progress.constLast().second);
    QCOMPARE(progress.constLast().second, QFileInfo(path).size());
}

void TestCaptureIndex::cutFileIsIndexedToItsLastRecord()
{
    const Capture capture = sampleCapture(100);
    const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
    QString error;
    QVERIFY2(writeCaptureFile(path, capture, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 7)); // inside the last record
    file.close();

    const CaptureIndex index = indexCaptureFile(path, {});
    QVERIFY(index.error.isEmpty());
    QCOMPARE(index.entries, capture.entries.size() - 1);
    QCOMPARE(index.endUs, entryTimeUs(capture.entries.at(capture.entries.size() - 2)));
    QCOMPARE(index.warnings.size(), 1);
    QVERIFY2(index.warnings.first().contains(QLatin1String("cut")), qPrintable(index.warnings.first()));
}

void TestCaptureIndex::progressCanCancel()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.jsonl"));
    QString error;
    QVERIFY2(writeCaptureFile(path, sampleCapture(20000), &error), qPrintable(error));
    int calls = 0;
    const CaptureIndex index = indexCaptureFile(path, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(index.cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(index.entries < 20000);
}

void TestCaptureIndex::notACaptureIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("text.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    const CaptureIndex index = indexCaptureFile(path, {});
    QVERIFY(!index.error.isEmpty());
    QCOMPARE(index.entries, 0);
    QVERIFY(indexCaptureFile(m_dir.filePath(QStringLiteral("missing.jsonl")), {}).error.size() > 0);
}

void TestCaptureIndex::pusherSessionIsReplayedByChannel()
{
    // pusher-js in a browser's HAR, or our own Pusher profile: no Shuriken session, the
    // channels are what the client subscribed.
    Capture capture;
    qint64 t = kStartUs;
    const auto frame = [&t](FrameEntry::Direction direction, const QByteArray &data) {
        FrameEntry entry;
        entry.timeUs = t += 10;
        entry.direction = direction;
        entry.data = data;
        return entry;
    };
    capture.entries.append(frame(FrameEntry::Direction::In, kEstablished));
    capture.entries.append(frame(FrameEntry::Direction::Out, kSubscribeOrders));
    capture.entries.append(frame(FrameEntry::Direction::Out, kSubscribePresence));
    capture.entries.append(frame(FrameEntry::Direction::Out, kSubscribeOrders)); // after a reconnect
    capture.entries.append(frame(FrameEntry::Direction::In, kOrderEvent));
    QVERIFY(CaptureReplayer::isDirectPusher(capture));
    const QList<SubscriptionRequest> expected {{QStringLiteral("orders"), {}}, {QStringLiteral("presence-room"), {}}};
    QCOMPARE(CaptureReplayer::subscriptionsOf(capture), expected);

    const QString path = m_dir.filePath(QStringLiteral("pusher.jsonl"));
    QString error;
    QVERIFY2(writeCaptureFile(path, capture, &error), qPrintable(error));
    const CaptureIndex index = indexCaptureFile(path, {});
    QVERIFY(index.directPusher);
    QCOMPARE(index.subscriptions, expected);

    // A Shuriken session stays one, whatever its frames.
    QVERIFY(!CaptureReplayer::isDirectPusher(sampleCapture(5)));
    const QString shuriken = m_dir.filePath(QStringLiteral("shuriken.jsonl"));
    QVERIFY2(writeCaptureFile(shuriken, sampleCapture(5), &error), qPrintable(error));
    const CaptureIndex shurikenIndex = indexCaptureFile(shuriken, {});
    QVERIFY(shurikenIndex.error.isEmpty());
    QVERIFY(!shurikenIndex.directPusher);
}

QTEST_GUILESS_MAIN(TestCaptureIndex)
#include "tst_captureindex.moc"
