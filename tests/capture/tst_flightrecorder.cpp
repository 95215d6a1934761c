#include "eventgenerator.h"
#include "flightrecorder.h"
#include "marketmodel.h"
#include "pusherencoder.h"

#include <QSignalSpy>
#include <QTest>

using namespace shuriken;
using namespace shuriken::capture;
using pusher::FrameRecord;

namespace {

constexpr qint64 T0 = 1735689600000000; // 2025-01-01, µs

FrameRecord frameAt(qint64 timeUs, const QByteArray &data = QByteArrayLiteral(R"({"event":"update","data":"{}"})"),
                    FrameRecord::Direction direction = FrameRecord::Direction::In)
{
    FrameRecord frame;
    frame.timestampUs = timeUs;
    frame.direction = direction;
    frame.data = data;
    frame.sizeBytes = data.size();
    return frame;
}

StateEntry stateAt(qint64 timeUs, const QString &state)
{
    StateEntry entry;
    entry.timeUs = timeUs;
    entry.state = state;
    return entry;
}

/// A real svm.token.swaps frame of the simulator, as it goes over the wire.
QByteArray swapFrame()
{
    sim::MarketModel market(7);
    sim::GeneratorContext context;
    context.streamId = QStringLiteral("svm.token.swaps");
    context.filter = {{QStringLiteral("tokenAddress"), QStringLiteral("So11111111111111111111111111111111111111112")}};
    sim::EventGenerator generator(context, &market);
    return pusher::encodeChannelEvent(QStringLiteral("svm.token.swaps.So11111111111111111111111111111111111111112"),
                                      QStringLiteral("update"), generator.next(1, T0 / 1000));
}

} // namespace

class TestFlightRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesKeepTheirSerials()
    {
        FlightRecorder recorder;
        QSignalSpy recorded(&recorder, &FlightRecorder::frameRecorded);
        for (int i = 0; i < 5; ++i)
            recorder.recordFrame(frameAt(T0 + i));
        QCOMPARE(recorded.size(), 5);
        QCOMPARE(recorder.frameCount(), 5);
        QCOMPARE(recorder.firstFrameSerial(), 0u);
        QCOMPARE(recorder.endFrameSerial(), 5u);
        QCOMPARE(recorder.frameAt(4).timestampUs, T0 + 4);
        QCOMPARE(recorder.firstTimeUs(), T0);
        QCOMPARE(recorder.lastTimeUs(), T0 + 4);
    }

    void bytesLimitLetsTheOldestGo()
    {
        FlightRecorder recorder;
        const QByteArray data(1000, 'x');
        const qint64 perFrame = data.size() + FlightRecorder::FrameOverheadBytes;
        recorder.setLimits({3 * perFrame, FlightRecorder::DefaultMaxAgeMs});
        QSignalSpy letGo(&recorder, &FlightRecorder::entriesLetGo);
        for (int i = 0; i < 5; ++i)
            recorder.recordFrame(frameAt(T0 + i, data));
        QCOMPARE(recorder.frameCount(), 3);
        QCOMPARE(recorder.firstFrameSerial(), 2u);
        QCOMPARE(recorder.frameAt(0).timestampUs, T0 + 2);
        QCOMPARE(recorder.letGoFrames(), 2u);
        QCOMPARE(recorder.storedBytes(), 3 * perFrame);
        QCOMPARE(letGo.size(), 2);

        // Shrinking the limits lets go at once.
        recorder.setLimits({perFrame, FlightRecorder::DefaultMaxAgeMs});
        QCOMPARE(recorder.frameCount(), 1);
        QCOMPARE(recorder.frameAt(0).timestampUs, T0 + 4);
    }

    void ageLimitCountsFromTheNewestEntry()
    {
        FlightRecorder recorder;
        recorder.setLimits({FlightRecorder::DefaultMaxBytes, 1000}); // one second
        recorder.recordFrame(frameAt(T0));
        recorder.record(stateAt(T0 + 500000, QStringLiteral("connected")));
        recorder.recordFrame(frameAt(T0 + 900000));
        QCOMPARE(recorder.frameCount(), 2);
        QCOMPARE(recorder.entryCount(), 1);
        // 1.4 s: the frame at 0 s is older than a second, the state at 0.5 s is not.
        recorder.recordFrame(frameAt(T0 + 1400000));
        QCOMPARE(recorder.frameCount(), 2);
        QCOMPARE(recorder.entryCount(), 1);
        QCOMPARE(recorder.frameAt(0).timestampUs, T0 + 900000);
        // 2 s: the state at 0.5 s and the frame at 0.9 s go, and their bytes with them.
        recorder.record(stateAt(T0 + 2000000, QStringLiteral("disconnected")));
        QCOMPARE(recorder.entryCount(), 1);
        QCOMPARE(std::get<StateEntry>(recorder.entryAt(0)).state, QStringLiteral("disconnected"));
        QCOMPARE(recorder.firstEntrySerial(), 1u);
        QCOMPARE(recorder.letGoEntries(), 1u);
        QCOMPARE(recorder.frameCount(), 1);
        QCOMPARE(recorder.frameAt(0).timestampUs, T0 + 1400000);
        QCOMPARE(recorder.letGoFrames(), 2u);
        const qint64 expected = (recorder.frameAt(0).data.size() + FlightRecorder::FrameOverheadBytes)
            + 2 * QStringLiteral("disconnected").size() + FlightRecorder::EntryOverheadBytes;
        QCOMPARE(recorder.storedBytes(), expected);
    }

    // The defaults hold ten minutes of a 1,000 events/s swap stream (issue 14).
    void defaultsHoldTenMinutesAtAThousandEventsPerSecond()
    {
        FlightRecorder recorder;
        const QByteArray frame = swapFrame();
        QVERIFY(frame.size() > 400);
        constexpr int perSecond = 1000;
        constexpr int seconds = 10 * 60;
        for (qint64 i = 0; i < qint64(perSecond) * seconds; ++i)
            recorder.recordFrame(frameAt(T0 + i * (1000000 / perSecond), frame)); // shared bytes
        QCOMPARE(recorder.letGoFrames(), 0u);
        QCOMPARE(recorder.frameCount(), qsizetype(perSecond) * seconds);
        QVERIFY(recorder.storedBytes() <= FlightRecorder::DefaultMaxBytes);
    }

    void snapshotMergesInTimeOrderWithinTheRange()
    {
        FlightRecorder recorder;
        CaptureHeader header;
        header.profile = QStringLiteral("simulator");
        header.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        recorder.setHeader(header);
        recorder.record(stateAt(T0, QStringLiteral("connecting")));
        recorder.recordFrame(frameAt(T0 + 10));
        recorder.record(stateAt(T0 + 20, QStringLiteral("connected")));
        recorder.recordFrame(frameAt(T0 + 20));
        recorder.recordFrame(frameAt(T0 + 30));

        const Capture all = recorder.snapshot();
        QCOMPARE(all.entries.size(), 5);
        QCOMPARE(all.header.profile, QStringLiteral("simulator"));
        QCOMPARE(all.header.startedAtUs, T0);
        QList<qint64> times;
        for (const CaptureEntry &entry : all.entries)
            times.append(entryTimeUs(entry));
        QCOMPARE(times, (QList<qint64> {T0, T0 + 10, T0 + 20, T0 + 20, T0 + 30}));
        QVERIFY(std::holds_alternative<FrameEntry>(all.entries.at(2))); // frames first on a tie

        const Capture part = recorder.snapshot(T0 + 10, T0 + 20);
        QCOMPARE(part.entries.size(), 3);
        QCOMPARE(part.header.startedAtUs, T0 + 10);
        QCOMPARE(recorder.snapshot(T0 + 31).entries.size(), 0);
    }

    // Secrets never enter the store unredacted, whoever passes them.
    void secretsAreRedactedOnTheWayIn()
    {
        const QString key = QStringLiteral("sk_live_0123456789abcdefSECRET");
        const QString signature = QStringLiteral("58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
        FlightRecorder recorder;

        HttpEntry http;
        http.timeUs = T0;
        http.exchange.method = "POST";
        http.exchange.url = QUrl(QStringLiteral("http://127.0.0.1/api/v2/ws/auth"));
        http.exchange.requestHeaders = {{"authorization", "Bearer " + key.toUtf8()}};
        http.exchange.responseBody = "{\"auth\":\"app-key:" + signature.toUtf8() + "\"}";
        recorder.record(http);

        const QByteArray subscribe
            = "{\"event\":\"pusher:subscribe\",\"data\":{\"channel\":\"private-a\",\"auth\":\"app-key:"
            + signature.toUtf8() + "\"}}";
        FrameEntry out;
        out.timeUs = T0 + 1;
        out.direction = FrameEntry::Direction::Out;
        out.data = subscribe;
        recorder.record(out);
        recorder.recordFrame(frameAt(T0 + 2, subscribe, FrameRecord::Direction::Out));

        const Capture capture = recorder.snapshot();
        QCOMPARE(capture.entries.size(), 3);
        for (const CaptureEntry &entry : capture.entries) {
            QByteArray text;
            if (const auto *frame = std::get_if<FrameEntry>(&entry)) {
                text = frame->data;
                QVERIFY2(text.contains("app-key:"), text.constData()); // the public part stays
            } else if (const auto *exchange = std::get_if<HttpEntry>(&entry)) {
                for (const auto &[name, value] : exchange->exchange.requestHeaders)
                    text += name + ": " + value + '\n';
                text += exchange->exchange.responseBody;
            }
            QVERIFY2(!text.contains(key.toUtf8()), text.constData());
            QVERIFY2(!text.contains(key.left(12).toUtf8()), text.constData());
            QVERIFY2(!text.contains(signature.toUtf8()), text.constData());
            QVERIFY2(!text.contains(signature.left(8).toUtf8()), text.constData());
        }
        // The frame's event and channel are read from the envelope for the debugger.
        QCOMPARE(recorder.frameAt(0).event, QStringLiteral("pusher:subscribe"));
        QCOMPARE(recorder.frameAt(0).channel, QStringLiteral("private-a"));
    }

    void inboundFramesAreKeptExactly()
    {
        FlightRecorder recorder;
        const QByteArray odd = QByteArray("{\"event\":\"x\",\"data\":\"\xff\xfe\"}") + QByteArray(1, '\0');
        FrameEntry in;
        in.timeUs = T0;
        in.data = odd;
        recorder.record(in);
        FrameEntry binary;
        binary.timeUs = T0 + 1;
        binary.binary = true;
        binary.data = QByteArray("\x00\x01\x02", 3);
        recorder.record(binary);
        const Capture capture = recorder.snapshot();
        QCOMPARE(std::get<FrameEntry>(capture.entries.at(0)).data, odd);
        QCOMPARE(std::get<FrameEntry>(capture.entries.at(1)).data, QByteArray("\x00\x01\x02", 3));
        QVERIFY(std::get<FrameEntry>(capture.entries.at(1)).binary);
    }

    void framesOutliveTheirBlocksInTheStore()
    {
        // Frames of many sizes, across many of the store's blocks, one larger than a block's
        // share, with the oldest let go as the limit demands: each kept frame reads back
        // exactly; a copy taken before its frame was let go stays valid and exact (under ASan in
        // CI: nothing reads freed memory); writing to a copy changes nothing stored.
        FlightRecorder recorder;
        recorder.setLimits({qint64(3) * 1024 * 1024, FlightRecorder::DefaultMaxAgeMs});
        auto bytesOf = [](int i) {
            const int size = i == 777 ? 600 * 1024 : 1 + (i * 7919) % 5000;
            QByteArray data(size, char('a' + i % 26));
            data.prepend(QByteArray::number(i) + ':');
            return data;
        };
        QList<QByteArray> copies;
        const int count = 4000;
        for (int i = 0; i < count; ++i) {
            recorder.recordFrame(frameAt(T0 + i, bytesOf(i)));
            if (i % 500 == 0)
                copies.append(recorder.frameAt(recorder.frameCount() - 1).data);
        }
        QVERIFY(recorder.letGoFrames() > 0);
        const quint64 first = recorder.firstFrameSerial();
        for (qsizetype index = 0; index < recorder.frameCount(); ++index)
            QCOMPARE(recorder.frameAt(index).data, bytesOf(int(first + quint64(index))));
        for (int k = 0; k < copies.size(); ++k)
            QCOMPARE(copies.at(k), bytesOf(k * 500));
        QByteArray changed = recorder.frameAt(recorder.frameCount() - 1).data;
        changed[0] = '#';
        changed.append("more");
        QCOMPARE(recorder.frameAt(recorder.frameCount() - 1).data, bytesOf(count - 1));
        QCOMPARE(recorder.frameAt(recorder.frameCount() - 2).data, bytesOf(count - 2));
        const Capture capture = recorder.snapshot();
        recorder.clear();
        QCOMPARE(std::get<FrameEntry>(capture.entries.constLast()).data, bytesOf(count - 1));
    }

    void clearRestartsTheCountsButNotTheSerials()
    {
        FlightRecorder recorder;
        recorder.setLimits({FlightRecorder::DefaultMaxBytes, 1});
        recorder.recordFrame(frameAt(T0));
        recorder.recordFrame(frameAt(T0 + 5000));
        QCOMPARE(recorder.letGoFrames(), 1u);
        QSignalSpy cleared(&recorder, &FlightRecorder::cleared);
        recorder.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(recorder.frameCount(), 0);
        QCOMPARE(recorder.letGoFrames(), 0u);
        QCOMPARE(recorder.storedBytes(), 0);
        QCOMPARE(recorder.firstFrameSerial(), 2u); // a view's old rows never match new frames
        recorder.recordFrame(frameAt(T0 + 10));
        QCOMPARE(recorder.frameCount(), 1);
        QCOMPARE(recorder.firstTimeUs(), T0 + 10);
    }
};

// (No digit separators and no raw strings with unbalanced braces here: moc 6.4 misreads both.)
QTEST_GUILESS_MAIN(TestFlightRecorder)
#include "tst_flightrecorder.moc"
