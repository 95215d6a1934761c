#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace shuriken;
using namespace shuriken::test;

class TestEventTableModel : public QObject
{
    Q_OBJECT

private:
    static void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    static int columnOf(const EventTableModel &model, const QString &header)
    {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.headerData(column, Qt::Horizontal).toString() == header)
                return column;
        }
        return -1;
    }

    static qint64 seqAt(const EventTableModel &model, int row)
    {
        return model.jsonAt(row).object().value(QLatin1String("seq")).toInteger(-1);
    }

    // A swap whose payload size and texts differ from row to row, so a row that read another
    // row's bytes, or bytes across a chunk boundary, shows it.
    static QJsonObject variedSwap(qint64 seq)
    {
        QJsonObject payload = swapPayload(seq, seq % 3 == 0);
        payload.insert(QStringLiteral("maker"),
                       QString(QStringLiteral("Maker%1").arg(seq) + QString(int(seq % 5) * 11, u'm')));
        payload.insert(QStringLiteral("sizeSol"), QString(QString::number(seq) + QStringLiteral(".25")));
        payload.insert(QStringLiteral("memo"), QString(int(seq % 7) * 37, u'x'));
        return payload;
    }

    static StreamEventBatch variedBatch(qint64 firstSeq, int count)
    {
        StreamEventBatch batch;
        for (qint64 seq = firstSeq; seq < firstSeq + count; ++seq)
            batch.append(makeEvent(QStringLiteral("svm.token.swaps"), variedSwap(seq), seq));
        return batch;
    }

    // Every row holds exactly the event it was given: payload, text cells, number cells.
    static void verifyRows(const EventTableModel &model, qint64 firstSeq)
    {
        const int maker = columnOf(model, QStringLiteral("Maker"));
        const int size = columnOf(model, QStringLiteral("Size SOL"));
        const int side = columnOf(model, QStringLiteral("Side"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 seq = firstSeq + row;
            const QJsonObject expected = variedSwap(seq);
            QCOMPARE(model.rawPayload(row), QJsonDocument(expected).toJson(QJsonDocument::Compact));
            QCOMPARE(model.index(row, maker).data(EventTableModel::FullTextRole).toString(),
                     expected.value(QLatin1String("maker")).toString());
            QCOMPARE(model.index(row, size).data().toString(), expected.value(QLatin1String("sizeSol")).toString());
            QCOMPARE(model.index(row, size).data(EventTableModel::SortRole).toDouble(), double(seq) + 0.25);
            QCOMPARE(model.index(row, side).data(EventTableModel::SortRole).toBool(), seq % 3 == 0);
            QCOMPARE(model.index(row, 0).data(EventTableModel::ReceivedAtUsRole).toLongLong(), seq);
        }
    }

    // The storage holds the window's bytes: every chunk but the oldest and the newest is at
    // least half full (rows are under half a chunk here), and at most two spares wait.
    static void verifyStorage(const EventTableModel &model, qsizetype chunkBytes)
    {
        const EventTableModel::StorageStats stats = model.storageStats();
        qsizetype payloadBytes = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            payloadBytes += model.rawPayload(row).size();
        QVERIFY2(stats.usedBytes >= payloadBytes, qPrintable(QString::number(stats.usedBytes)));
        QVERIFY(stats.spareChunks <= 2);
        QVERIFY2(stats.chunks <= 2 * stats.usedBytes / chunkBytes + 2,
                 qPrintable(QStringLiteral("%1 chunks for %2 bytes").arg(stats.chunks).arg(stats.usedBytes)));
        QVERIFY(stats.reservedBytes >= stats.usedBytes);
        if (model.rowCount() == 0)
            QCOMPARE(stats.usedBytes, 0);
    }

private Q_SLOTS:
    void swapsHaveTheSchemaColumns()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        const QStringList expected {
            QStringLiteral("Received"), QStringLiteral("Latency"),   QStringLiteral("Time"),
            QStringLiteral("Side"),     QStringLiteral("Price USD"), QStringLiteral("Size SOL"),
            QStringLiteral("Size USD"), QStringLiteral("Maker"),     QStringLiteral("Signature")};
        QCOMPARE(model.columnCount(), expected.size());
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QVERIFY(!model.schema().isFallback());
    }

    void swapsCellsFromARealisticPayload()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        const qint64 receivedUs = (SwapBlockTime * 1000 + 1234) * 1000 + 567;
        model.appendBatch({makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(7, true), receivedUs),
                           makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(8, false), receivedUs + 1000)});
        QCOMPARE(model.rowCount(), 2);

        auto cell = [&model](int row, const QString &header, int role = Qt::DisplayRole) {
            return model.index(row, columnOf(model, header)).data(role);
        };
        QCOMPARE(cell(0, QStringLiteral("Side")).toString(), QStringLiteral("buy"));
        QCOMPARE(cell(1, QStringLiteral("Side")).toString(), QStringLiteral("sell"));
        QCOMPARE(cell(0, QStringLiteral("Side"), EventTableModel::SortRole), QVariant(true));
        QCOMPARE(cell(0, QStringLiteral("Price USD")).toString(), QStringLiteral("0.0001234"));
        QCOMPARE(cell(0, QStringLiteral("Price USD"), EventTableModel::SortRole).toDouble(), 0.0001234);
        QCOMPARE(cell(0, QStringLiteral("Size SOL")).toString(), QStringLiteral("1.25"));
        QCOMPARE(cell(0, QStringLiteral("Size USD")).toString(), QStringLiteral("237.50"));
        QCOMPARE(cell(0, QStringLiteral("Size USD"), EventTableModel::SortRole).toDouble(), 237.5);

        // Addresses: abbreviated on screen, whole in the tooltip, for filters and exports.
        const QString maker = QString::fromLatin1(SwapMaker);
        QCOMPARE(cell(0, QStringLiteral("Maker")).toString(), maker.left(4) + QChar(0x2026) + maker.right(4));
        QCOMPARE(cell(0, QStringLiteral("Maker"), Qt::ToolTipRole).toString(), maker);
        QCOMPARE(cell(0, QStringLiteral("Maker"), EventTableModel::FullTextRole).toString(), maker);
        const QString signature = QString::fromLatin1(SwapSignature);
        QCOMPARE(cell(0, QStringLiteral("Signature")).toString(),
                 signature.left(4) + QChar(0x2026) + signature.right(4));
        QCOMPARE(cell(0, QStringLiteral("Signature"), EventTableModel::FullTextRole).toString(), signature);

        // blockTime is in seconds; shown in local time.
        const QDateTime blockTime = QDateTime::fromSecsSinceEpoch(SwapBlockTime);
        QCOMPARE(cell(0, QStringLiteral("Time")).toString(), blockTime.toString(QStringLiteral("hh:mm:ss")));
        QCOMPARE(cell(0, QStringLiteral("Time"), EventTableModel::SortRole).toLongLong(), SwapBlockTime * 1000);

        // Leading columns.
        QCOMPARE(model.index(0, EventTableModel::ReceivedColumn).data().toString(),
                 QDateTime::fromMSecsSinceEpoch(receivedUs / 1000).toString(QStringLiteral("hh:mm:ss.zzz")));
        QCOMPARE(model.index(0, EventTableModel::ReceivedColumn).data(EventTableModel::SortRole).toLongLong(),
                 receivedUs);
        QCOMPARE(model.index(0, EventTableModel::LatencyColumn).data(EventTableModel::LatencyMsRole).toLongLong(),
                 1234);
        // blockTime is in whole seconds: the text says what is known (at most 2 s), the role keeps
        // the raw difference for sorting.
        QCOMPARE(model.index(0, EventTableModel::LatencyColumn).data().toString(), QStringLiteral("\u2264 2 s"));

        // Row-level roles answer in every column.
        QCOMPARE(model.index(1, 3).data(EventTableModel::StreamRole).toString(), QStringLiteral("svm.token.swaps"));
        QCOMPARE(model.index(1, 3).data(EventTableModel::ChannelRole).toString(), QStringLiteral("swaps-channel"));
        QCOMPARE(model.index(1, 3).data(EventTableModel::EventNameRole).toString(), QStringLiteral("update"));
        QCOMPARE(model.index(1, 3).data(EventTableModel::RowSerialRole).toULongLong(), 1u);
        QCOMPARE(model.rawPayload(1), QJsonDocument(swapPayload(8, false)).toJson(QJsonDocument::Compact));
        QVERIFY(model.index(0, 0).data(EventTableModel::ParseErrorRole).toString().isEmpty());
        QCOMPARE(cell(0, QStringLiteral("Price USD"), EventTableModel::ColumnKindRole).value<ColumnKind>(),
                 ColumnKind::Decimal);
    }

    void latency_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("receivedAtMs");
        QTest::addColumn<QVariant>("latencyMs");
        // Times in whole seconds give an upper bound, not false millisecond precision.
        QTest::addColumn<QString>("text");

        const qint64 base = 1735689600000;
        QTest::newRow("blockTime in seconds")
            << QStringLiteral("svm.token.swaps") << QByteArray(R"({"blockTime":1735689600,"isBuy":true})") << base + 850
            << QVariant(qint64(850)) << QStringLiteral("\u2264 1 s");
        QTest::newRow("timestampUpdatedMs")
            << QStringLiteral("svm.token.poolInfo") << QByteArray(R"({"timestampUpdatedMs":1735689600100})")
            << base + 350 << QVariant(qint64(250)) << QStringLiteral("250 ms");
        QTest::newRow("evm timestamp (seconds)")
            << QStringLiteral("evm.token.swaps") << QByteArray(R"({"timestamp":1735689600,"chainId":1})")
            << base + 12000 << QVariant(qint64(12000)) << QStringLiteral("\u2264 12 s");
        QTest::newRow("nested latestSignal.timestampMs")
            << QStringLiteral("alpha.signalFeedGlobal")
            << QByteArray(R"({"type":"globalSignalFeedUpdate","latestSignal":{"timestampMs":1735689600005}})")
            << base + 40 << QVariant(qint64(35)) << QStringLiteral("35 ms");
        QTest::newRow("message timestamp (ms)")
            << QStringLiteral("alpha.personal")
            << QByteArray(R"({"platform":"discord","data":{"timestamp":1735689599000,"content":"gm"}})") << base + 0
            << QVariant(qint64(1000)) << QStringLiteral("1000 ms");
        QTest::newRow("second alternative: callReference lastSeenAtMs")
            << QStringLiteral("alpha.personal")
            << QByteArray(R"({"type":"callReference","address":"x","lastSeenAtMs":1735689600000})") << base + 77
            << QVariant(qint64(77)) << QStringLiteral("77 ms");
        QTest::newRow("blockTime as a numeric string")
            << QStringLiteral("svm.wallet.nativeBalance") << QByteArray(R"({"blockTime":"1735689600"})") << base + 5
            << QVariant(qint64(5)) << QStringLiteral("\u2264 1 s");
        QTest::newRow("clock skew gives a negative latency")
            << QStringLiteral("svm.token.poolInfo") << QByteArray(R"({"timestampUpdatedMs":1735689600500})")
            << base + 100 << QVariant(qint64(-400)) << QStringLiteral("-400 ms");
        QTest::newRow("time field missing") << QStringLiteral("svm.token.swaps") << QByteArray(R"({"isBuy":true})")
                                            << base << QVariant() << QStringLiteral("");
        QTest::newRow("time field of the wrong type")
            << QStringLiteral("svm.token.swaps") << QByteArray(R"({"blockTime":true})") << base << QVariant()
            << QStringLiteral("");
        QTest::newRow("stream without an event time")
            << QStringLiteral("portfolio.notifications") << QByteArray(R"({"type":"swap","taskId":"t1"})") << base
            << QVariant() << QStringLiteral("");
        QTest::newRow("unknown stream") << QStringLiteral("svm.future.stream") << QByteArray(R"({"blockTime":1})")
                                        << base << QVariant() << QStringLiteral("");
    }

    void latency()
    {
        QFETCH(QString, stream);
        QFETCH(QByteArray, payload);
        QFETCH(qint64, receivedAtMs);
        QFETCH(QVariant, latencyMs);
        QFETCH(QString, text);

        EventTableModel model(stream);
        attachTester(&model);
        StreamEvent event;
        event.stream = stream;
        event.receivedAtUs = receivedAtMs * 1000 + 999; // sub-millisecond part is truncated
        event.payload = payload; // no parsed object: the model parses
        model.appendBatch({event});
        QCOMPARE(model.rowCount(), 1);
        const QVariant latency = model.index(0, EventTableModel::LatencyColumn).data(EventTableModel::LatencyMsRole);
        QCOMPARE(latency.isValid(), latencyMs.isValid());
        QCOMPARE(model.index(0, EventTableModel::LatencyColumn).data().toString(), text);
        if (latencyMs.isValid()) {
            QCOMPARE(latency.toLongLong(), latencyMs.toLongLong());
            QCOMPARE(model.index(0, EventTableModel::LatencyColumn).data(EventTableModel::SortRole).toLongLong(),
                     latencyMs.toLongLong());
        } else {
            QVERIFY(model.index(0, EventTableModel::LatencyColumn).data().toString().isEmpty());
        }
    }

    void batchesPastTheWindow_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<QList<int>>("rowsAfter");
        QTest::addColumn<QList<int>>("removedAfter"); // rows removed by each batch
        QTest::addColumn<QList<quint64>>("droppedAfter");

        QTest::newRow("100: 30, 70, 250, 1") << 100 << QList<int> {30, 70, 250, 1} << QList<int> {30, 100, 100, 100}
                                             << QList<int> {0, 0, 100, 1} << QList<quint64> {0, 0, 250, 251};
        QTest::newRow("10: 7, 7, 7 (wraps)") << 10 << QList<int> {7, 7, 7} << QList<int> {7, 10, 10}
                                             << QList<int> {0, 4, 7} << QList<quint64> {0, 4, 11};
        QTest::newRow("1: 3, 1") << 1 << QList<int> {3, 1} << QList<int> {1, 1} << QList<int> {0, 1}
                                 << QList<quint64> {2, 3};
        QTest::newRow("5: exactly 5 twice")
            << 5 << QList<int> {5, 5} << QList<int> {5, 5} << QList<int> {0, 5} << QList<quint64> {0, 5};
    }

    void batchesPastTheWindow()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, batches);
        QFETCH(QList<int>, rowsAfter);
        QFETCH(QList<int>, removedAfter);
        QFETCH(QList<quint64>, droppedAfter);

        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        model.setCapacity(capacity);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy dropped(&model, &EventTableModel::droppedCountChanged);

        qint64 nextSeq = 0;
        for (qsizetype i = 0; i < batches.size(); ++i) {
            inserted.clear();
            removed.clear();
            dropped.clear();
            model.appendBatch(swapBatch(nextSeq, batches.at(i)));
            nextSeq += batches.at(i);

            // One insert per batch; at most one removal, of the oldest rows.
            QCOMPARE(inserted.size(), 1);
            QCOMPARE(removed.size(), removedAfter.at(i) > 0 ? 1 : 0);
            if (removedAfter.at(i) > 0) {
                QCOMPARE(removed.at(0).at(1).toInt(), 0);
                QCOMPARE(removed.at(0).at(2).toInt(), removedAfter.at(i) - 1);
            }
            QCOMPARE(model.rowCount(), rowsAfter.at(i));
            QCOMPARE(model.droppedCount(), droppedAfter.at(i));
            QCOMPARE(model.evictedCount(), droppedAfter.at(i));
            QCOMPARE(model.receivedCount(), quint64(nextSeq));
            QCOMPARE(dropped.size(),
                     (i == 0 ? droppedAfter.at(0) : droppedAfter.at(i) - droppedAfter.at(i - 1)) > 0 ? 1 : 0);

            // The window holds the newest events, oldest first.
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(seqAt(model, row), nextSeq - model.rowCount() + row);
                QCOMPARE(model.index(row, 0).data(EventTableModel::RowSerialRole).toULongLong(),
                         quint64(nextSeq - model.rowCount() + row));
            }
        }
    }

    void pauseLetsEventsGoAndCountsThem()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        QSignalSpy paused(&model, &EventTableModel::pausedChanged);
        QSignalSpy dropped(&model, &EventTableModel::droppedCountChanged);
        model.appendBatch(swapBatch(0, 3));

        model.setPaused(true);
        QCOMPARE(paused.size(), 1);
        QVERIFY(model.isPaused());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendBatch(swapBatch(3, 5));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.pausedDropCount(), 5u);
        QCOMPARE(model.evictedCount(), 0u);
        QCOMPARE(model.droppedCount(), 5u);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).toULongLong(), 5u);

        model.setPaused(false);
        model.appendBatch(swapBatch(8, 2));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(seqAt(model, 3), 8);
        QCOMPARE(model.receivedCount(), 10u);
    }

    void shrinkingTheWindowEvictsTheOldest()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        model.setCapacity(8);
        model.appendBatch(swapBatch(0, 6));
        model.appendBatch(swapBatch(6, 6)); // wrapped: rows 4..11
        QSignalSpy capacity(&model, &EventTableModel::capacityChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setCapacity(3);
        QCOMPARE(capacity.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.evictedCount(), 4u + 5u);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(seqAt(model, row), 9 + row);

        model.setCapacity(5);
        model.appendBatch(swapBatch(12, 4));
        QCOMPARE(model.rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(seqAt(model, row), 11 + row);
    }

    void clearResetsRowsAndCounters()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        model.setCapacity(2);
        model.appendBatch(swapBatch(0, 5));
        QCOMPARE(model.droppedCount(), 3u);
        QSignalSpy dropped(&model, &EventTableModel::droppedCountChanged);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0u);
        QCOMPARE(model.receivedCount(), 0u);
        QCOMPARE(dropped.size(), 1);
        model.appendBatch(swapBatch(100, 1));
        QCOMPARE(seqAt(model, 0), 100);
        QCOMPARE(model.index(0, 0).data(EventTableModel::RowSerialRole).toULongLong(), 0u);
    }

    void malformedPayloadsAreKeptAndExplained_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("parseError"); // what StreamClient says, or empty: the model parses
        QTest::newRow("not JSON") << QByteArray("{\"isBuy\": tru") << QString();
        QTest::newRow("an array") << QByteArray("[1,2,3]") << QString();
        QTest::newRow("a string") << QByteArray("\"hello\"") << QString();
        QTest::newRow("reported by the client") << QByteArray("garbage") << QStringLiteral("not JSON");
        QTest::newRow("an object the client refused") << QByteArray(R"({"isBuy":true})") << QStringLiteral("refused");
        QTest::newRow("a number beyond double") << QByteArray(R"({"priceUsd":1e400})") << QString();
        QTest::newRow("invalid UTF-8") << QByteArray("{\"maker\":\"\xff\xfe\"}") << QString();
        QTest::newRow("two documents") << QByteArray(R"({"isBuy":true} {"isBuy":false})") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void malformedPayloadsAreKeptAndExplained()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, parseError);
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        StreamEvent event;
        event.receivedAtUs = 1;
        event.stream = QStringLiteral("svm.token.swaps");
        event.payload = payload;
        if (!parseError.isEmpty())
            event.setParseError(parseError);
        model.appendBatch({event, makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(1), 2)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rawPayload(0), payload);
        QVERIFY(!model.index(0, 0).data(EventTableModel::ParseErrorRole).toString().isEmpty());
        QVERIFY(!model.eventAt(0).parseError().isEmpty());
        for (int column = EventTableModel::LeadingColumnCount; column < model.columnCount(); ++column) {
            QVERIFY(model.index(0, column).data().toString().isEmpty());
            QVERIFY(!model.index(0, column).data(EventTableModel::SortRole).isValid());
        }
        QVERIFY(model.unknownFields(0).isEmpty());
        // The next, valid row is unaffected.
        QCOMPARE(model.index(1, columnOf(model, QStringLiteral("Size SOL"))).data().toString(), QStringLiteral("1.25"));
    }

    void unexpectedTypesAreShownAsTheirJsonText()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        model.appendBatch({makeEvent(QStringLiteral("svm.token.swaps"),
                                     QJsonObject {{QStringLiteral("isBuy"), QStringLiteral("maybe")},
                                                  {QStringLiteral("priceUsd"), 0.5},
                                                  {QStringLiteral("sizeSol"), QStringLiteral("n/a")},
                                                  {QStringLiteral("maker"), 42}},
                                     1)});
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Side"))).data().toString(), QStringLiteral("maybe"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Price USD"))).data().toString(), QStringLiteral("0.5"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Price USD"))).data(EventTableModel::SortRole),
                 QVariant(0.5));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Size SOL"))).data().toString(), QStringLiteral("n/a"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Maker"))).data().toString(), QStringLiteral("42"));
        QVERIFY(model.index(0, columnOf(model, QStringLiteral("Signature"))).data().toString().isEmpty());
    }

    void hugeIntegersAreExact()
    {
        // u64 balances above INT64_MAX (PROTOCOL.md 4.1) sort and show exactly, not as doubles.
        EventTableModel model(QStringLiteral("svm.token.balances"));
        attachTester(&model);
        StreamEvent event;
        event.payload = QByteArray(R"({"preBalance":18446744073709551615,"postBalance":9007199254740993})");
        model.appendBatch({event});
        const QModelIndex pre = model.index(0, columnOf(model, QStringLiteral("Pre balance")));
        QCOMPARE(pre.data(EventTableModel::SortRole).typeId(), QMetaType::ULongLong);
        QCOMPARE(pre.data(EventTableModel::SortRole).toULongLong(), Q_UINT64_C(18446744073709551615));
        QCOMPARE(pre.data().toString(), QStringLiteral("18446744073709551615"));
        QCOMPARE(pre.data(EventTableModel::FullTextRole).toString(), QStringLiteral("18446744073709551615"));
        const QModelIndex post = model.index(0, columnOf(model, QStringLiteral("Post balance")));
        QCOMPARE(post.data(EventTableModel::SortRole).typeId(), QMetaType::LongLong);
        QCOMPARE(post.data(EventTableModel::SortRole).toLongLong(), Q_INT64_C(9007199254740993));
        QCOMPARE(post.data().toString(), QStringLiteral("9007199254740993"));
    }

    void everyColumnKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("value"); // JSON text of the payload's "v"; empty: no "v"
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("sort");
        QTest::addColumn<QString>("fullText");

        const QString maker = QString::fromLatin1(SwapMaker);
        const QString longText(2000, u'x');
        QString emoji;
        for (int i = 0; i < 600; ++i)
            emoji.append(QStringLiteral("\U0001F600"));
        const QString ellipsis(QChar(0x2026));
        auto time = [](qint64 ms, const QString &format) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(format);
        };
        auto isoTime = [](qint64 ms, Qt::DateFormat format) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(format);
        };
        const QString u64 = QStringLiteral("18446744073709551615");

        QTest::newRow("text: string") << QStringLiteral("text") << QByteArray(R"("hello")") << QStringLiteral("hello")
                                      << QVariant(QStringLiteral("hello")) << QStringLiteral("hello");
        QTest::newRow("text: escapes, one line on screen")
            << QStringLiteral("text") << QByteArray("\"a\\\"b\\nc\\t\\u00e9\"") << QStringLiteral("a\"b c \u00e9")
            << QVariant(QStringLiteral("a\"b\nc\t\u00e9")) << QStringLiteral("a\"b\nc\t\u00e9");
        QTest::newRow("text: integer") << QStringLiteral("text") << QByteArray("42") << QStringLiteral("42")
                                       << QVariant(QStringLiteral("42")) << QStringLiteral("42");
        QTest::newRow("text: u64") << QStringLiteral("text") << QByteArray("18446744073709551615") << u64
                                   << QVariant(u64) << u64;
        QTest::newRow("text: fraction") << QStringLiteral("text") << QByteArray("0.5") << QStringLiteral("0.5")
                                        << QVariant(QStringLiteral("0.5")) << QStringLiteral("0.5");
        QTest::newRow("text: whole double") << QStringLiteral("text") << QByteArray("3.0") << QStringLiteral("3")
                                            << QVariant(QStringLiteral("3")) << QStringLiteral("3");
        QTest::newRow("text: bool") << QStringLiteral("text") << QByteArray("false") << QStringLiteral("false")
                                    << QVariant(QStringLiteral("false")) << QStringLiteral("false");
        QTest::newRow("text: object, in payload order")
            << QStringLiteral("text") << QByteArray(R"({ "b": 1, "a": [true, null] })")
            << QStringLiteral(R"({"b":1,"a":[true,null]})") << QVariant(QStringLiteral(R"({"b":1,"a":[true,null]})"))
            << QStringLiteral(R"({"b":1,"a":[true,null]})");
        QTest::newRow("text: long, 200 shown, 1024 kept")
            << QStringLiteral("text") << QByteArray('"' + longText.toUtf8() + '"') << longText.left(200) + ellipsis
            << QVariant(longText.left(1024)) << longText.left(1024);
        QTest::newRow("text: long, cut between surrogate pairs")
            << QStringLiteral("text") << QByteArray('"' + emoji.toUtf8() + '"') << emoji.left(200) + ellipsis
            << QVariant(emoji.left(1024)) << emoji.left(1024);
        QTest::newRow("text: null is missing")
            << QStringLiteral("text") << QByteArray("null") << QString() << QVariant() << QString();
        QTest::newRow("text: missing") << QStringLiteral("text") << QByteArray() << QString() << QVariant()
                                       << QString();

        QTest::newRow("decimal: string") << QStringLiteral("decimal") << QByteArray(R"("0.0000259311")")
                                         << QStringLiteral("0.0000259311") << QVariant(0.0000259311)
                                         << QStringLiteral("0.0000259311");
        QTest::newRow("decimal: trailing zero kept")
            << QStringLiteral("decimal") << QByteArray(R"("237.50")") << QStringLiteral("237.50") << QVariant(237.5)
            << QStringLiteral("237.50");
        QTest::newRow("decimal: not a number")
            << QStringLiteral("decimal") << QByteArray(R"("n/a")") << QStringLiteral("n/a")
            << QVariant(QStringLiteral("n/a")) << QStringLiteral("n/a");
        QTest::newRow("decimal: JSON number") << QStringLiteral("decimal") << QByteArray("0.5") << QStringLiteral("0.5")
                                              << QVariant(0.5) << QStringLiteral("0.5");
        QTest::newRow("decimal: JSON integer") << QStringLiteral("decimal") << QByteArray("12") << QStringLiteral("12")
                                               << QVariant(12.0) << QStringLiteral("12");
        QTest::newRow("decimal: integer beyond 2^53 shows exact")
            << QStringLiteral("decimal") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993")
            << QVariant(9007199254740992.0) << QStringLiteral("9007199254740993");
        QTest::newRow("decimal: u64 shows exact") << QStringLiteral("decimal") << QByteArray("18446744073709551615")
                                                  << u64 << QVariant(18446744073709551615.0) << u64;
        QTest::newRow("decimal: bool") << QStringLiteral("decimal") << QByteArray("true") << QStringLiteral("true")
                                       << QVariant(QStringLiteral("true")) << QStringLiteral("true");

        QTest::newRow("integer") << QStringLiteral("integer") << QByteArray("42") << QStringLiteral("42")
                                 << QVariant(qint64(42)) << QStringLiteral("42");
        QTest::newRow("integer: INT64_MIN")
            << QStringLiteral("integer") << QByteArray("-9223372036854775808") << QStringLiteral("-9223372036854775808")
            << QVariant(std::numeric_limits<qint64>::min()) << QStringLiteral("-9223372036854775808");
        QTest::newRow("integer: INT64_MAX + 1")
            << QStringLiteral("integer") << QByteArray("9223372036854775808") << QStringLiteral("9223372036854775808")
            << QVariant(Q_UINT64_C(9223372036854775808)) << QStringLiteral("9223372036854775808");
        QTest::newRow("integer: u64 max") << QStringLiteral("integer") << QByteArray("18446744073709551615") << u64
                                          << QVariant(Q_UINT64_C(18446744073709551615)) << u64;
        QTest::newRow("integer: string") << QStringLiteral("integer") << QByteArray(R"("1250000000")")
                                         << QStringLiteral("1250000000") << QVariant(qint64(1250000000))
                                         << QStringLiteral("1250000000");
        QTest::newRow("integer: negative string")
            << QStringLiteral("integer") << QByteArray(R"("-1")") << QStringLiteral("-1") << QVariant(qint64(-1))
            << QStringLiteral("-1");
        QTest::newRow("integer: u64 string") << QStringLiteral("integer") << QByteArray(R"("18446744073709551615")")
                                             << u64 << QVariant(Q_UINT64_C(18446744073709551615)) << u64;
        QTest::newRow("integer: string beyond u64")
            << QStringLiteral("integer") << QByteArray(R"("18446744073709551616")")
            << QStringLiteral("18446744073709551616") << QVariant(QStringLiteral("18446744073709551616"))
            << QStringLiteral("18446744073709551616");
        QTest::newRow("integer: not a number")
            << QStringLiteral("integer") << QByteArray(R"("12abc")") << QStringLiteral("12abc")
            << QVariant(QStringLiteral("12abc")) << QStringLiteral("12abc");
        QTest::newRow("integer: fraction") << QStringLiteral("integer") << QByteArray("2.5") << QStringLiteral("2.5")
                                           << QVariant(2.5) << QStringLiteral("2.5");
        QTest::newRow("integer: whole double") << QStringLiteral("integer") << QByteArray("3.0") << QStringLiteral("3")
                                               << QVariant(qint64(3)) << QStringLiteral("3");
        QTest::newRow("integer: double beyond int64")
            << QStringLiteral("integer") << QByteArray("1e20") << QStringLiteral("100000000000000000000")
            << QVariant(1e20) << QStringLiteral("100000000000000000000");
        QTest::newRow("integer: array") << QStringLiteral("integer") << QByteArray("[1, 2]") << QStringLiteral("[1,2]")
                                        << QVariant(QStringLiteral("[1,2]")) << QStringLiteral("[1,2]");

        QTest::newRow("bool: true") << QStringLiteral("bool") << QByteArray("true") << QStringLiteral("yes")
                                    << QVariant(true) << QStringLiteral("yes");
        QTest::newRow("bool: false") << QStringLiteral("bool") << QByteArray("false") << QStringLiteral("no")
                                     << QVariant(false) << QStringLiteral("no");
        QTest::newRow("bool: string") << QStringLiteral("bool") << QByteArray(R"("true")") << QStringLiteral("true")
                                      << QVariant(QStringLiteral("true")) << QStringLiteral("true");
        QTest::newRow("side: buy") << QStringLiteral("side") << QByteArray("true") << QStringLiteral("buy")
                                   << QVariant(true) << QStringLiteral("buy");
        QTest::newRow("side: sell") << QStringLiteral("side") << QByteArray("false") << QStringLiteral("sell")
                                    << QVariant(false) << QStringLiteral("sell");

        const qint64 seconds = 1735689600;
        QTest::newRow("unixSeconds") << QStringLiteral("unixSeconds") << QByteArray("1735689600")
                                     << time(seconds * 1000, QStringLiteral("hh:mm:ss")) << QVariant(seconds * 1000)
                                     << isoTime(seconds * 1000, Qt::ISODate);
        QTest::newRow("unixSeconds: string") << QStringLiteral("unixSeconds") << QByteArray(R"("1735689600")")
                                             << time(seconds * 1000, QStringLiteral("hh:mm:ss"))
                                             << QVariant(seconds * 1000) << isoTime(seconds * 1000, Qt::ISODate);
        QTest::newRow("unixSeconds: beyond qint64 ms")
            << QStringLiteral("unixSeconds") << QByteArray("9300000000000000") << QString() << QVariant() << QString();
        QTest::newRow("unixSeconds: u64") << QStringLiteral("unixSeconds") << QByteArray("18446744073709551615")
                                          << QString() << QVariant() << QString();
        QTest::newRow("unixMs") << QStringLiteral("unixMs") << QByteArray("1735689600123")
                                << time(1735689600123, QStringLiteral("hh:mm:ss.zzz"))
                                << QVariant(qint64(1735689600123)) << isoTime(1735689600123, Qt::ISODateWithMs);

        QTest::newRow("address") << QStringLiteral("address") << QByteArray('"' + maker.toLatin1() + '"')
                                 << maker.left(4) + ellipsis + maker.right(4) << QVariant(maker) << maker;
        QTest::newRow("address: short") << QStringLiteral("address") << QByteArray(R"("So1")") << QStringLiteral("So1")
                                        << QVariant(QStringLiteral("So1")) << QStringLiteral("So1");

        QTest::newRow("count") << QStringLiteral("count") << QByteArray(R"([1, "b", {}])") << QStringLiteral("3")
                               << QVariant(qint64(3)) << QStringLiteral("3");
        QTest::newRow("count: empty") << QStringLiteral("count") << QByteArray("[]") << QStringLiteral("0")
                                      << QVariant(qint64(0)) << QStringLiteral("0");
        QTest::newRow("count: object") << QStringLiteral("count") << QByteArray(R"({"a":1})")
                                       << QStringLiteral(R"({"a":1})") << QVariant(QStringLiteral(R"({"a":1})"))
                                       << QStringLiteral(R"({"a":1})");

        QTest::newRow("json: object") << QStringLiteral("json") << QByteArray(R"({"a": [1, 2.5, "x"]})")
                                      << QStringLiteral(R"({"a":[1,2.5,"x"]})")
                                      << QVariant(QStringLiteral(R"({"a":[1,2.5,"x"]})"))
                                      << QStringLiteral(R"({"a":[1,2.5,"x"]})");
        QTest::newRow("json: string") << QStringLiteral("json") << QByteArray(R"("s")") << QStringLiteral("s")
                                      << QVariant(QStringLiteral("s")) << QStringLiteral("s");
    }

    void everyColumnKind()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, value);
        QFETCH(QString, display);
        QFETCH(QVariant, sort);
        QFETCH(QString, fullText);

        // (Plain literals: moc's lexer loses its way in a raw string spanning lines or holding \".)
        const QByteArray json
            = "{\"fallback\":{\"columns\":[{\"header\":\"Payload\",\"path\":\"\",\"kind\":\"json\"}]},"
              "\"streams\":{\"kinds\":{\"columns\":[{\"header\":\"Value\",\"path\":\"v\",\"kind\":\""
            + kind.toUtf8() + "\"}]}}}";
        QString error;
        const auto set = ColumnSchemaSet::fromJson(json, &error);
        QVERIFY2(set, qPrintable(error));
        EventTableModel model(set->schemaFor(QStringLiteral("kinds")));
        attachTester(&model);
        StreamEvent event;
        event.payload = value.isEmpty() ? QByteArray(R"({"w":1})") : QByteArray(R"({"v":)" + value + "}");
        EventRowBuilder().build(event);
        QVERIFY2(!event.parseFailed(), qPrintable(event.parseError()));
        model.appendBatch({event});

        const QModelIndex cell = model.index(0, EventTableModel::LeadingColumnCount);
        QCOMPARE(cell.data().toString(), display);
        QCOMPARE(cell.data(EventTableModel::FullTextRole).toString(), fullText);
        const QVariant sortValue = cell.data(EventTableModel::SortRole);
        QCOMPARE(sortValue.typeId(), sort.typeId());
        QCOMPARE(sortValue, sort);
        QCOMPARE(model.rawPayload(0), event.payload);
    }

    void nestedPathsAndAlternatives()
    {
        EventTableModel feed(QStringLiteral("alpha.signalFeedGlobal"));
        attachTester(&feed);
        feed.appendBatch({makeEvent(
            QStringLiteral("alpha.signalFeedGlobal"),
            QJsonDocument::fromJson(
                R"({"type":"globalSignalFeedUpdate","tokenAddress":"So11111111111111111111111111111111111111112",
                "network":"sol","tokenMeta":{"symbol":"WIF","name":"dogwifhat","address":"x","network":"sol"},
                "latestSignal":{"id":"s1","timestampMs":1735689600000,"isBot":false,"priceUsd":2.5,"priceNative":0.01,
                "marketcapUsd":2500000000,"liquidityUsd":1200000,"source":{"sourceType":"telegram","source":{"chatId":"c"}}}})")
                .object(),
            1)});
        QCOMPARE(feed.index(0, columnOf(feed, QStringLiteral("Symbol"))).data().toString(), QStringLiteral("WIF"));
        QCOMPARE(feed.index(0, columnOf(feed, QStringLiteral("Source"))).data().toString(), QStringLiteral("telegram"));
        QCOMPARE(feed.index(0, columnOf(feed, QStringLiteral("Price USD"))).data().toString(), QStringLiteral("2.5"));
        QCOMPARE(feed.index(0, columnOf(feed, QStringLiteral("Bot"))).data().toString(), QStringLiteral("no"));

        // portfolio.notifications accepts both spellings of the field names (PROTOCOL.md 4.5).
        EventTableModel notifications(QStringLiteral("portfolio.notifications"));
        attachTester(&notifications);
        notifications.appendBatch(
            {makeEvent(
                 QStringLiteral("portfolio.notifications"),
                 QJsonDocument::fromJson(R"({"type":"swap","taskId":"t-1","userId":"u-1","chainId":8453})").object(),
                 1),
             makeEvent(
                 QStringLiteral("portfolio.notifications"),
                 QJsonDocument::fromJson(R"({"type":"swap","task_id":"t-2","user_id":"u-2","chain_id":1})").object(),
                 2)});
        const int task = columnOf(notifications, QStringLiteral("Task"));
        QCOMPARE(notifications.index(0, task).data().toString(), QStringLiteral("t-1"));
        QCOMPARE(notifications.index(1, task).data().toString(), QStringLiteral("t-2"));
        QCOMPARE(
            notifications.index(1, columnOf(notifications, QStringLiteral("Chain"))).data(EventTableModel::SortRole),
            QVariant(qint64(1)));

        // alpha.personal: count of tokens, content of a message.
        EventTableModel personal(QStringLiteral("alpha.personal"));
        attachTester(&personal);
        personal.appendBatch({makeEvent(
            QStringLiteral("alpha.personal"),
            QJsonDocument::fromJson(R"({"platform":"x","data":{"tweetId":"1","content":"gm\nwagmi","timestamp":1,
                "tokens":[{"address":"a","chain":"sol"},{"address":"b","chain":"eth"}],"isDeleted":false}})")
                .object(),
            1)});
        QCOMPARE(personal.index(0, columnOf(personal, QStringLiteral("Tokens"))).data(EventTableModel::SortRole),
                 QVariant(qint64(2)));
        QCOMPARE(personal.index(0, columnOf(personal, QStringLiteral("Content"))).data().toString(),
                 QStringLiteral("gm wagmi")); // one line on screen
        QCOMPARE(personal.index(0, columnOf(personal, QStringLiteral("Content")))
                     .data(EventTableModel::FullTextRole)
                     .toString(),
                 QStringLiteral("gm\nwagmi"));
        QCOMPARE(personal.index(0, columnOf(personal, QStringLiteral("Platform"))).data().toString(),
                 QStringLiteral("x"));
    }

    void unknownFieldsAreListed()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        QJsonObject payload = swapPayload(1);
        payload.insert(QStringLiteral("newField"), 1);
        QJsonObject fees = payload.value(QLatin1String("fees")).toObject();
        fees.insert(QStringLiteral("tipLamports"), 10);
        payload.insert(QStringLiteral("fees"), fees);
        model.appendBatch({makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(0), 1),
                           makeEvent(QStringLiteral("svm.token.swaps"), payload, 2)});
        QCOMPARE(model.unknownFields(0), QStringList());
        QStringList unknown = model.unknownFields(1);
        unknown.sort();
        QCOMPARE(unknown, (QStringList {QStringLiteral("fees.tipLamports"), QStringLiteral("newField")}));
        QCOMPARE(model.unknownFields(5), QStringList());
    }

    void rowsAsJson()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        StreamEvent broken;
        broken.payload = QByteArray("oops");
        model.appendBatch({makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(0), 1),
                           makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(1), 2), broken});
        QCOMPARE(QJsonDocument::fromJson(model.rowsAsJson({1})).object(), swapPayload(1));
        const QJsonArray array = QJsonDocument::fromJson(model.rowsAsJson({1, 0, 2, 99})).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(0).toObject(), swapPayload(1));
        QCOMPARE(array.at(1).toObject(), swapPayload(0));
        QCOMPARE(array.at(2).toString(), QStringLiteral("oops"));
        QCOMPARE(model.jsonAt(0).object(), swapPayload(0));
        QVERIFY(model.jsonAt(-1).isNull());
    }

    void unknownStreamsShowThePayload()
    {
        EventTableModel model(QStringLiteral("svm.future.stream"));
        attachTester(&model);
        QVERIFY(model.schema().isFallback());
        QCOMPARE(model.columnCount(), EventTableModel::LeadingColumnCount + 1);
        QCOMPARE(model.headerData(EventTableModel::LeadingColumnCount, Qt::Horizontal).toString(),
                 QStringLiteral("Payload"));
        StreamEvent event;
        event.payload = QByteArray("{\"a\":1,\n\"b\":\"two\"}");
        model.appendBatch({event});
        QCOMPARE(model.index(0, EventTableModel::LeadingColumnCount).data().toString(),
                 QStringLiteral("{\"a\":1, \"b\":\"two\"}"));
        QCOMPARE(model.index(0, EventTableModel::LeadingColumnCount).data(EventTableModel::FullTextRole).toString(),
                 QString::fromUtf8(event.payload));
        QVERIFY(model.unknownFields(0).isEmpty());
    }

    void payloadsThatAreNotObjectsShowTheirText_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("an array") << QByteArray("[1, \"two\"]");
        QTest::newRow("a number") << QByteArray("42");
        QTest::newRow("not JSON") << QByteArray("oops\tnot json");
    }

    void payloadsThatAreNotObjectsShowTheirText()
    {
        // The fallback's whole-payload column shows any payload, object or not.
        QFETCH(QByteArray, payload);
        EventTableModel model(QStringLiteral("svm.future.stream"));
        attachTester(&model);
        StreamEvent event;
        event.payload = payload;
        EventRowBuilder().build(event);
        model.appendBatch({event});
        const QModelIndex cell = model.index(0, EventTableModel::LeadingColumnCount);
        QCOMPARE(cell.data().toString(), QString::fromUtf8(payload).replace(u'\t', u' '));
        QCOMPARE(cell.data(EventTableModel::FullTextRole).toString(), QString::fromUtf8(payload));
        QCOMPARE(model.rawPayload(0), payload);
        QVERIFY(!model.index(0, 0).data(EventTableModel::ParseErrorRole).toString().isEmpty());
    }

    void rowsCrossChunkBoundaries_data()
    {
        QTest::addColumn<qsizetype>("chunkBytes");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("batch");
        // Rows are 500-900 bytes: a few per chunk, boundaries at varying places.
        QTest::newRow("2 KB chunks, window 40, batches of 7") << qsizetype(2048) << 40 << 7;
        QTest::newRow("3 KB chunks, window 9, batches of 4") << qsizetype(3000) << 9 << 4;
        QTest::newRow("default chunks, window 1000, batches of 300")
            << EventTableModel::DefaultChunkBytes << 1000 << 300;
        QTest::newRow("batches larger than the window") << qsizetype(2048) << 5 << 23;
    }

    void rowsCrossChunkBoundaries()
    {
        QFETCH(qsizetype, chunkBytes);
        QFETCH(int, capacity);
        QFETCH(int, batch);
        EventTableModel model(ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.token.swaps")), chunkBytes);
        attachTester(&model);
        model.setCapacity(capacity);
        qint64 next = 0;
        // Through the window several times, so chunks are emptied and taken again.
        while (next < qint64(capacity) * 4 + batch) {
            model.appendBatch(variedBatch(next, batch));
            next += batch;
            QCOMPARE(model.rowCount(), int(std::min<qint64>(next, capacity)));
            verifyRows(model, next - model.rowCount());
            verifyStorage(model, chunkBytes);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void chunksAreRecycledOnceTheWindowIsFull()
    {
        constexpr qsizetype chunkBytes = 4096;
        EventTableModel model(ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.token.swaps")), chunkBytes);
        attachTester(&model);
        model.setCapacity(30);
        model.appendBatch(variedBatch(0, 30));
        const EventTableModel::StorageStats full = model.storageStats();
        qsizetype mostReserved = 0;
        for (qint64 next = 30; next < 3000; next += 10) {
            model.appendBatch(variedBatch(next, 10));
            mostReserved = std::max(mostReserved, model.storageStats().reservedBytes);
        }
        verifyRows(model, 3000 - 30);
        verifyStorage(model, chunkBytes);
        // 100 windows later the storage has not grown: emptied chunks were taken again. The same
        // mix of payload sizes needs the same bytes, give or take the partly filled ends and the
        // spares.
        QVERIFY2(
            mostReserved <= full.reservedBytes + 3 * chunkBytes,
            qPrintable(
                QStringLiteral("%1 reserved when full, %2 at most after").arg(full.reservedBytes).arg(mostReserved)));
    }

    void aPayloadLargerThanAChunkHasABlockOfItsOwn()
    {
        constexpr qsizetype chunkBytes = 1024;
        EventTableModel model(ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.token.swaps")), chunkBytes);
        attachTester(&model);
        model.setCapacity(4);
        QJsonObject big = variedSwap(1);
        big.insert(QStringLiteral("memo"), QString(5000, u'b'));
        big.insert(QStringLiteral("signature"), QString(3000, u's')); // a cell's text kept beyond the payload
        StreamEventBatch batch = variedBatch(0, 1);
        batch.append(makeEvent(QStringLiteral("svm.token.swaps"), big, 1));
        batch.append(variedBatch(2, 1));
        model.appendBatch(batch);

        QCOMPARE(model.rowCount(), 3);
        const QByteArray bigPayload = QJsonDocument(big).toJson(QJsonDocument::Compact);
        QCOMPARE(model.rawPayload(1), bigPayload);
        QCOMPARE(model.index(1, columnOf(model, QStringLiteral("Signature"))).data(EventTableModel::FullTextRole),
                 QVariant(QString(1024, u's'))); // MaxStoredChars
        QCOMPARE(model.rawPayload(0), QJsonDocument(variedSwap(0)).toJson(QJsonDocument::Compact));
        QCOMPARE(model.rawPayload(2), QJsonDocument(variedSwap(2)).toJson(QJsonDocument::Compact));
        const EventTableModel::StorageStats withBig = model.storageStats();
        QVERIFY(withBig.reservedBytes >= bigPayload.size() + 1024);

        // Once the big row has left, its block is freed, not kept as a spare.
        model.appendBatch(variedBatch(3, 4));
        verifyRows(model, 3);
        const EventTableModel::StorageStats after = model.storageStats();
        QVERIFY2(after.reservedBytes <= (after.chunks + after.spareChunks) * chunkBytes,
                 qPrintable(QString::number(after.reservedBytes)));
        QVERIFY(after.reservedBytes < bigPayload.size());
    }

    void capacityChangesKeepRowsSpreadOverChunks()
    {
        constexpr qsizetype chunkBytes = 2048;
        EventTableModel model(ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.token.swaps")), chunkBytes);
        attachTester(&model);
        model.setCapacity(30);
        model.appendBatch(variedBatch(0, 20));
        model.appendBatch(variedBatch(20, 25)); // wrapped: seq 15..44 over a dozen chunks
        verifyRows(model, 15);
        const EventTableModel::StorageStats before = model.storageStats();
        QVERIFY(before.chunks >= 8);

        model.setCapacity(12); // the 18 oldest leave; the rows move, their bytes stay put
        QCOMPARE(model.rowCount(), 12);
        verifyRows(model, 33);
        verifyStorage(model, chunkBytes);
        QVERIFY(model.storageStats().reservedBytes < before.reservedBytes);

        model.setCapacity(50);
        QCOMPARE(model.rowCount(), 12);
        verifyRows(model, 33);
        model.appendBatch(variedBatch(45, 30));
        QCOMPARE(model.rowCount(), 42);
        verifyRows(model, 33);
        model.appendBatch(variedBatch(75, 20));
        QCOMPARE(model.rowCount(), 50);
        verifyRows(model, 45);
        verifyStorage(model, chunkBytes);
    }

    void clearReleasesTheStorage()
    {
        EventTableModel model(ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.token.swaps")), 2048);
        attachTester(&model);
        model.appendBatch(variedBatch(0, 50));
        QVERIFY(model.storageStats().chunks > 0);
        model.clear();
        const EventTableModel::StorageStats cleared = model.storageStats();
        QCOMPARE(cleared.chunks, 0);
        QCOMPARE(cleared.spareChunks, 0);
        QCOMPARE(cleared.reservedBytes, 0);
        QCOMPARE(cleared.usedBytes, 0);
        model.appendBatch(variedBatch(7, 10));
        verifyRows(model, 7);
        verifyStorage(model, 2048);
    }

    void emptyPayloadsKeepOnlyTheirReason()
    {
        EventTableModel model(ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.future.stream")), 2048);
        attachTester(&model);
        StreamEvent empty;
        empty.receivedAtUs = 5;
        EventRowBuilder().build(empty);
        QVERIFY(!empty.parseError().isEmpty());
        model.appendBatch({empty, empty});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rawPayload(1).isEmpty());
        QVERIFY(model.index(1, 0).data(EventTableModel::PayloadRole).toByteArray().isEmpty());
        QVERIFY(model.index(1, EventTableModel::LeadingColumnCount).data().toString().isEmpty());
        QCOMPARE(model.eventAt(1).parseError(), empty.parseError());
        // No payload bytes: a failed row keeps only the reason it failed.
        QCOMPARE(model.storageStats().usedBytes, 2 * empty.parseError().toUtf8().size());
        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
    }

    void displayIsStableAcrossTheCache()
    {
        // The display cache is keyed by row serial: after eviction the same row number must
        // show the new event, not a cached string of the old one.
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        attachTester(&model);
        model.setCapacity(2);
        const int side = columnOf(model, QStringLiteral("Side"));
        model.appendBatch(swapBatch(0, 2)); // buy, sell
        QCOMPARE(model.index(0, side).data().toString(), QStringLiteral("buy"));
        QCOMPARE(model.index(1, side).data().toString(), QStringLiteral("sell"));
        model.appendBatch(swapBatch(2, 1)); // rows: seq 1 (sell), seq 2 (buy)
        QCOMPARE(model.index(0, side).data().toString(), QStringLiteral("sell"));
        QCOMPARE(model.index(1, side).data().toString(), QStringLiteral("buy"));
    }
};

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
