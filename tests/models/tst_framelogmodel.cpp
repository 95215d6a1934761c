#include "framefilterproxymodel.h"
#include "framelogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;
using pusher::FrameRecord;

namespace {

FrameRecord frame(int n, FrameRecord::Direction direction, const QString &event, const QString &channel = {},
                  const QString &text = {})
{
    FrameRecord record;
    record.direction = direction;
    record.timestampUs = 1735689600000000 + n * 1000;
    record.event = event;
    record.channel = channel;
    record.data = (text.isEmpty() ? QStringLiteral(R"({"event":"%1","n":%2})").arg(event).arg(n) : text).toUtf8();
    record.sizeBytes = record.data.size();
    return record;
}

// n even: incoming update on "swaps"; n % 3 == 0: outgoing ping; else incoming pong.
QList<FrameRecord> frames(int first, int count)
{
    QList<FrameRecord> list;
    for (int n = first; n < first + count; ++n) {
        if (n % 2 == 0)
            list.append(frame(n, FrameRecord::Direction::In, QStringLiteral("update"), QStringLiteral("swaps")));
        else if (n % 3 == 0)
            list.append(frame(n, FrameRecord::Direction::Out, QStringLiteral("pusher:ping")));
        else
            list.append(frame(n, FrameRecord::Direction::In, QStringLiteral("pusher:pong")));
    }
    return list;
}

void record(capture::FlightRecorder &recorder, const QList<FrameRecord> &list)
{
    for (const FrameRecord &record : list)
        recorder.recordFrame(record);
}

/// Limits that keep the last @p count frames of frames(): they are 1 ms apart.
capture::FlightRecorder::Limits keepingFrames(int count)
{
    capture::FlightRecorder::Limits limits;
    limits.maxAgeMs = count - 1;
    return limits;
}

int frameNumber(const QAbstractItemModel &model, int row)
{
    const qint64 us = model.index(row, 0).data(FrameLogModel::TimestampUsRole).toLongLong();
    return int((us - 1735689600000000) / 1000);
}

} // namespace

class TestFrameLogModel : public QObject
{
    Q_OBJECT

private:
    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

private Q_SLOTS:
    void columnsAndRoles()
    {
        capture::FlightRecorder recorder;
        FrameLogModel model(&recorder);
        attachTester(&model);
        const QString longText
            = QStringLiteral("{\"event\":\"update\",\n\"data\":\"") + QString(500, u'x') + QStringLiteral("\"}");
        record(recorder,
               {frame(1, FrameRecord::Direction::Out, QStringLiteral("pusher:subscribe"), QStringLiteral("private-a"),
                      QStringLiteral(R"({"auth":"key:…abcd"})")),
                frame(2, FrameRecord::Direction::In, QStringLiteral("update"), QStringLiteral("c"), longText)});
        model.flush();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(FrameLogModel::ColumnCount));
        QCOMPARE(model.index(0, FrameLogModel::DirectionColumn).data().toString(), QStringLiteral("out"));
        QCOMPARE(model.index(1, FrameLogModel::DirectionColumn).data().toString(), QStringLiteral("in"));
        QCOMPARE(model.index(0, FrameLogModel::EventColumn).data().toString(), QStringLiteral("pusher:subscribe"));
        QCOMPARE(model.index(0, FrameLogModel::ChannelColumn).data().toString(), QStringLiteral("private-a"));
        QCOMPARE(model.index(0, FrameLogModel::TextColumn).data().toString(),
                 QStringLiteral(R"({"auth":"key:…abcd"})"));
        QCOMPARE(model.index(1, FrameLogModel::SizeColumn).data(FrameLogModel::SortRole).toLongLong(),
                 qint64(longText.toUtf8().size()));
        // The text column shows the first 200 characters on one line; the role has everything.
        const QString shown = model.index(1, FrameLogModel::TextColumn).data().toString();
        QCOMPARE(shown.size(), 201);
        QVERIFY(!shown.contains(u'\n'));
        QCOMPARE(model.index(1, 0).data(FrameLogModel::FullTextRole).toString(), longText);
        QCOMPARE(model.index(1, 0).data(FrameLogModel::DirectionRole).value<FrameRecord::Direction>(),
                 FrameRecord::Direction::In);
        QCOMPARE(QString::fromUtf8(model.frameAt(1).data), longText);
        QCOMPARE(model.frameAt(0).channel, QStringLiteral("private-a"));
        QCOMPARE(model.frameAt(5).data, QByteArray());
    }

    void recorderLimitsLetRowsGo_data()
    {
        QTest::addColumn<int>("kept");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<quint64>("letGo");
        QTest::newRow("100: 30, 70, 250, 1") << 100 << QList<int> {30, 70, 250, 1} << quint64(251);
        QTest::newRow("3: 1, 1, 1, 1") << 3 << QList<int> {1, 1, 1, 1} << quint64(1);
    }

    void recorderLimitsLetRowsGo()
    {
        QFETCH(int, kept);
        QFETCH(QList<int>, batches);
        QFETCH(quint64, letGo);
        capture::FlightRecorder recorder;
        recorder.setLimits(keepingFrames(kept));
        FrameLogModel model(&recorder);
        attachTester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy letGoSpy(&model, &FrameLogModel::letGoCountChanged);
        int next = 0;
        for (const int count : batches) {
            record(recorder, frames(next, count));
            model.flush();
            next += count;
        }
        QCOMPARE(inserted.size(), batches.size());
        QCOMPARE(model.rowCount(), std::min(next, kept));
        QCOMPARE(model.letGoCount(), letGo);
        QVERIFY(!letGoSpy.isEmpty());
        QCOMPARE(letGoSpy.constLast().at(0).toULongLong(), letGo);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(frameNumber(model, row), next - model.rowCount() + row);
    }

    // The debugger opened late still shows what the recorder kept from before.
    void framesRecordedBeforeTheViewAreShown()
    {
        capture::FlightRecorder recorder;
        record(recorder, frames(0, 40));
        FrameLogModel model(&recorder);
        attachTester(&model);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(frameNumber(model, 0), 0);
        QCOMPARE(frameNumber(model, 39), 39);
    }

    // Rows whose frames the recorder let go read as empty until the view catches up, then leave.
    void rowsLetGoBetweenFlushesReadEmpty()
    {
        capture::FlightRecorder recorder;
        recorder.setLimits(keepingFrames(10));
        FrameLogModel model(&recorder);
        attachTester(&model);
        record(recorder, frames(0, 10));
        model.flush();
        record(recorder, frames(10, 5)); // frames 0..4 let go
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.index(0, 0).data(FrameLogModel::TimestampUsRole).isValid());
        QCOMPARE(model.frameAt(0).timestampUs, 0);
        QCOMPARE(frameNumber(model, 5), 5);
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(frameNumber(model, 0), 5);
        QCOMPARE(frameNumber(model, 9), 14);
    }

    void singleFramesAreFlushedTogether()
    {
        capture::FlightRecorder recorder;
        FrameLogModel model(&recorder);
        attachTester(&model);
        model.setFlushInterval(0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        record(recorder, frames(0, 25));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 25);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 25, 10000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.pendingCount(), 0);

        record(recorder, frames(25, 1));
        model.flush(); // explicit flush, e.g. before an export
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(frameNumber(model, 25), 25);
    }

    // Not live (the debugger closed), the view does not follow the recorder, and when it is
    // live again it shows at once everything the recorder kept meanwhile, let-go frames gone.
    void notLiveViewCatchesUpWhenLiveAgain()
    {
        capture::FlightRecorder recorder;
        recorder.setLimits(keepingFrames(30));
        FrameLogModel model(&recorder);
        attachTester(&model);
        model.setFlushInterval(0);
        record(recorder, frames(0, 10));
        model.flush();
        QCOMPARE(model.rowCount(), 10);

        QSignalSpy changes(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        model.setLive(false);
        QVERIFY(!model.isLive());
        record(recorder, frames(10, 40)); // frames 20..49 kept
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(changes.size(), 0);
        QCOMPARE(removals.size(), 0);
        QCOMPARE(model.pendingCount(), 40);

        model.setLive(true);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(frameNumber(model, 0), 20);
        QCOMPARE(frameNumber(model, 29), 49);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(removals.size(), 1);
    }

    // Clear hides what the view showed; the recorder keeps it (for a saved capture).
    void clearHidesTheRowsTheRecorderKeeps()
    {
        capture::FlightRecorder recorder;
        FrameLogModel model(&recorder);
        attachTester(&model);
        record(recorder, frames(0, 4));
        model.flush();
        record(recorder, frames(4, 1));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(recorder.frameCount(), 5);
        model.flush();
        QCOMPARE(model.rowCount(), 0);
        record(recorder, frames(5, 2));
        model.flush();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(frameNumber(model, 0), 5);
    }

    void recorderClearEmptiesTheViewAndItsCount()
    {
        capture::FlightRecorder recorder;
        recorder.setLimits(keepingFrames(2));
        FrameLogModel model(&recorder);
        attachTester(&model);
        record(recorder, frames(0, 4));
        model.flush();
        QCOMPARE(model.letGoCount(), 2u);
        recorder.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.letGoCount(), 0u);
        model.flush();
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFilters_data()
    {
        QTest::addColumn<bool>("hideHeartbeats");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        // Frames 0..29: 15 updates (in), 5 pings (out: 3, 9, 15, 21, 27), 10 pongs (in).
        const int both = int(FrameFilterProxyModel::DirectionFilter::Both);
        const int in = int(FrameFilterProxyModel::DirectionFilter::IncomingOnly);
        const int out = int(FrameFilterProxyModel::DirectionFilter::OutgoingOnly);
        QTest::newRow("everything") << false << both << QString() << 30;
        QTest::newRow("hide heartbeats") << true << both << QString() << 15;
        QTest::newRow("incoming") << false << in << QString() << 25;
        QTest::newRow("outgoing") << false << out << QString() << 5;
        QTest::newRow("outgoing without heartbeats") << true << out << QString() << 0;
        QTest::newRow("text in the frame") << false << both << QStringLiteral("\"N\":1") << 11; // 1, 10..19
        QTest::newRow("text is the channel") << false << both << QStringLiteral("SWAPS") << 15;
        QTest::newRow("text and direction") << false << in << QStringLiteral("pong") << 10;
    }

    void proxyFilters()
    {
        QFETCH(bool, hideHeartbeats);
        QFETCH(int, direction);
        QFETCH(QString, text);
        QFETCH(int, expected);
        capture::FlightRecorder recorder;
        FrameLogModel model(&recorder);
        FrameFilterProxyModel proxy;
        attachTester(&model);
        attachTester(&proxy);
        proxy.setSourceModel(&model);
        record(recorder, frames(0, 30));
        model.flush();
        proxy.setHideHeartbeats(hideHeartbeats);
        proxy.setDirectionFilter(FrameFilterProxyModel::DirectionFilter(direction));
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), expected);
        // Hidden, not gone.
        QCOMPARE(model.rowCount(), 30);
    }

    void proxyFiltersWhileFramesStreamIn()
    {
        capture::FlightRecorder recorder;
        recorder.setLimits(keepingFrames(10));
        FrameLogModel model(&recorder);
        FrameFilterProxyModel proxy;
        attachTester(&model);
        attachTester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setHideHeartbeats(true);
        int next = 0;
        for (const int count : {4, 9, 1, 25}) {
            record(recorder, frames(next, count));
            model.flush();
            next += count;
            int updates = 0;
            for (int n = std::max(0, next - 10); n < next; ++n)
                updates += n % 2 == 0 ? 1 : 0;
            QCOMPARE(proxy.rowCount(), updates);
            for (int row = 0; row < proxy.rowCount(); ++row)
                QVERIFY(!proxy.index(row, 0).data(FrameLogModel::HeartbeatRole).toBool());
        }
        proxy.setHideHeartbeats(false);
        QCOMPARE(proxy.rowCount(), 10);
    }
};

QTEST_GUILESS_MAIN(TestFrameLogModel)
#include "tst_framelogmodel.moc"
