// EventFilterProxyModel's display-filter mode: rows an expression of docs/display-filters.md
// matches, through the same sliced matching as the text pattern, on typed cells, payloads and
// metadata.

#include "displayfilter.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;
using namespace shuriken::test;

namespace {

DisplayFilter parsed(const QString &text)
{
    FilterError error;
    DisplayFilter filter = DisplayFilter::parse(text, &error);
    if (!filter.isValid())
        qWarning("%s: %s", qPrintable(text), qPrintable(error.message));
    return filter;
}

/// The seq of every row the proxy shows, in proxy order.
QList<qint64> shownSeqs(const EventFilterProxyModel &proxy, const EventTableModel &source)
{
    QList<qint64> seqs;
    for (int row = 0; row < proxy.rowCount(); ++row)
        seqs.append(source.jsonAt(proxy.sourceRow(row)).object().value(QLatin1String("seq")).toInteger(-1));
    return seqs;
}

/// The seqs of @p batch's events @p filter matches, judged on the events themselves.
QList<qint64> matchingSeqs(const StreamEventBatch &batch, const DisplayFilter &filter)
{
    QList<qint64> seqs;
    for (const StreamEvent &event : batch) {
        if (filter.matches(FilterRowContext::fromEvent(event)))
            seqs.append(event.seq);
    }
    return seqs;
}

/// swapBatch() with each event's seq set, as StreamClient sets it from the payload.
StreamEventBatch numberedSwaps(qint64 firstSeq, int count)
{
    StreamEventBatch batch = swapBatch(firstSeq, count);
    for (qsizetype i = 0; i < batch.size(); ++i)
        batch[i].seq = firstSeq + i;
    return batch;
}

} // namespace

class TestEventFilterProxyDisplayFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesLikeTheEvents_data();
    void matchesLikeTheEvents();
    void invalidFilterHidesNothing();
    void combinesWithTextPattern();
    void payloadThatDidNotParse();
    void largeWindowIsMatchedInSlices();
    void rowsArriveWhileMatching();
    void sortedRowsKeepTheirFilter();
    void colouringsGiveColourRoles();
};

void TestEventFilterProxyDisplayFilter::matchesLikeTheEvents_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("typed bool cell") << QStringLiteral("isBuy");
    QTest::newRow("negated cell") << QStringLiteral("!isBuy");
    QTest::newRow("decimal cell") << QStringLiteral("sizeUsd > 200 && priceUsd < 0.001");
    QTest::newRow("payload only field") << QStringLiteral(
        "fees.gasLamports == 5000 && seq < 3 || tradeSource == \"none\"");
    QTest::newRow("seq metadata") << QStringLiteral("seq >= 5 && seq < 9");
    QTest::newRow("channel metadata") << QStringLiteral("channel == \"swaps-channel\" && isBuy");
    QTest::newRow("stream metadata") << QStringLiteral("stream == \"portfolio.notifications\"");
    QTest::newRow("event metadata") << QStringLiteral("event contains \"upd\"");
    QTest::newRow("received") << QStringLiteral("received > \"2025-01-01T00:00:02.010Z\"");
    QTest::newRow("latency") << QStringLiteral("latency >= 2015");
    QTest::newRow("set") << QStringLiteral("seq in {1, 4, 19}");
    QTest::newRow("nothing") << QStringLiteral("maker == \"nobody\"");
}

void TestEventFilterProxyDisplayFilter::matchesLikeTheEvents()
{
    QFETCH(QString, expression);
    FilterError error;
    const DisplayFilter filter = DisplayFilter::parse(expression, &error);
    QVERIFY2(filter.isValid(), qPrintable(error.message));
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    const StreamEventBatch batch = numberedSwaps(0, 20);
    source.appendBatch(batch);

    proxy.setDisplayFilter(filter);
    QVERIFY(proxy.isFiltering());
    QTRY_VERIFY(!proxy.isMatching());
    QCOMPARE(shownSeqs(proxy, source), matchingSeqs(batch, filter));
    QCOMPARE(proxy.displayFilter().text(), expression);

    // Rows that arrive later are matched as they come.
    const StreamEventBatch more = numberedSwaps(20, 10);
    source.appendBatch(more);
    QCOMPARE(shownSeqs(proxy, source), matchingSeqs(batch, filter) + matchingSeqs(more, filter));

    proxy.setDisplayFilter(DisplayFilter());
    QCOMPARE(proxy.rowCount(), 30);
    QVERIFY(!proxy.isFiltering());
}

void TestEventFilterProxyDisplayFilter::invalidFilterHidesNothing()
{
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.appendBatch(numberedSwaps(0, 10));
    proxy.setDisplayFilter(DisplayFilter::parse(QStringLiteral("priceUsd >")));
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 10);
}

void TestEventFilterProxyDisplayFilter::combinesWithTextPattern()
{
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    StreamEventBatch batch = numberedSwaps(0, 10);
    // Seq 7 is the only event from another maker.
    batch[7] = makeEvent(
        QStringLiteral("svm.token.swaps"),
        [] {
            QJsonObject payload = swapPayload(7, false);
            payload.insert(QStringLiteral("maker"), QStringLiteral("OtherMakerAddress"));
            return payload;
        }(),
        batch[7].receivedAtUs);
    batch[7].seq = 7;
    source.appendBatch(batch);

    // The text filter alone still works as before.
    proxy.setPattern(QStringLiteral("othermaker"));
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({7}));
    // Both: a row must pass each.
    proxy.setDisplayFilter(parsed(QStringLiteral("isBuy")));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setDisplayFilter(parsed(QStringLiteral("!isBuy")));
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({7}));
    proxy.setPattern(QString());
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({1, 3, 5, 7, 9}));
}

void TestEventFilterProxyDisplayFilter::payloadThatDidNotParse()
{
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    StreamEventBatch batch = numberedSwaps(0, 3);
    StreamEvent broken;
    broken.receivedAtUs = batch.constLast().receivedAtUs + 1000;
    broken.stream = QStringLiteral("svm.token.swaps");
    broken.channel = QStringLiteral("swaps-channel");
    broken.event = QStringLiteral("update");
    broken.payload = QByteArrayLiteral("{\"isBuy\": tru");
    EventRowBuilder().build(broken);
    batch.append(broken);
    source.appendBatch(batch);

    proxy.setDisplayFilter(parsed(QStringLiteral("!exists payload")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.sourceRow(0), 3);
    proxy.setDisplayFilter(parsed(QStringLiteral("isBuy == true || isBuy == false")));
    QCOMPARE(proxy.rowCount(), 3);
}

void TestEventFilterProxyDisplayFilter::largeWindowIsMatchedInSlices()
{
    constexpr int Rows = 100000;
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    source.setCapacity(Rows);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    for (int first = 0; first < Rows; first += 10000)
        source.appendBatch(numberedSwaps(first, 10000));
    QCOMPARE(source.rowCount(), Rows);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Slices by row count, so the test does not depend on the machine's speed.
    proxy.setMatchSliceRows(5000);
    QSignalSpy finished(&proxy, &EventFilterProxyModel::matchingFinished);

    // Even seqs are buys; the filter reads the typed cell and the seq metadata.
    proxy.setDisplayFilter(parsed(QStringLiteral("isBuy && seq >= 1000")));
    // Only the newest slice was matched at once: the rest comes over later event-loop passes.
    QVERIFY(proxy.isMatching());
    QCOMPARE(proxy.rowCount(), 2500);
    QTRY_VERIFY(!proxy.isMatching());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(proxy.rowCount(), (Rows - 1000) / 2);
    QCOMPARE(proxy.sourceRow(0), 1000);
    QCOMPARE(proxy.sourceRow(proxy.rowCount() - 1), Rows - 2);
}

void TestEventFilterProxyDisplayFilter::rowsArriveWhileMatching()
{
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    source.setCapacity(3000);
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.appendBatch(numberedSwaps(0, 3000));
    proxy.setMatchSliceRows(200);

    const DisplayFilter filter = parsed(QStringLiteral("!isBuy && fees.gasLamports == 5000"));
    proxy.setDisplayFilter(filter);
    QVERIFY(proxy.isMatching());
    // A full window: new rows push the oldest out while older rows wait to be matched.
    source.appendBatch(numberedSwaps(3000, 500));
    QVERIFY(proxy.isMatching());
    source.appendBatch(numberedSwaps(3500, 500));
    QTRY_VERIFY(!proxy.isMatching());

    QList<qint64> expected;
    for (qint64 seq = 1000; seq < 4000; ++seq) {
        if (seq % 2 != 0)
            expected.append(seq);
    }
    QCOMPARE(shownSeqs(proxy, source), expected);
}

void TestEventFilterProxyDisplayFilter::sortedRowsKeepTheirFilter()
{
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.appendBatch(numberedSwaps(0, 12));
    proxy.sort(EventTableModel::ReceivedColumn, Qt::DescendingOrder);
    proxy.setDisplayFilter(parsed(QStringLiteral("seq < 6 && isBuy")));
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({4, 2, 0}));
    source.appendBatch(numberedSwaps(12, 4));
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({4, 2, 0}));
    proxy.setDisplayFilter(parsed(QStringLiteral("seq >= 12")));
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({15, 14, 13, 12}));
}

void TestEventFilterProxyDisplayFilter::colouringsGiveColourRoles()
{
    EventTableModel source(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.appendBatch(numberedSwaps(0, 6));
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

    // The library holds whatever values the view makes (QColor in the monitor); text here.
    const QVariant firstForeground(QStringLiteral("first fg"));
    const QVariant sellForeground(QStringLiteral("sell fg"));
    const QVariant sellBackground(QStringLiteral("sell bg"));
    const QVariant buyBackground(QStringLiteral("buy bg"));
    proxy.setRowColourings({
        {parsed(QStringLiteral("seq == 1")), firstForeground, QVariant()},
        {parsed(QStringLiteral("!isBuy")), sellForeground, sellBackground},
        {DisplayFilter(), sellForeground, sellBackground}, // invalid: never matches
        {parsed(QStringLiteral("isBuy")), QVariant(), buyBackground},
    });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.colouringOfSourceRow(0), 3);
    QCOMPARE(proxy.colouringOfSourceRow(1), 0);
    QCOMPARE(proxy.colouringOfSourceRow(3), 1);
    const auto role = [&proxy](int row, int column, int which) {
        return proxy.index(row, column).data(which);
    };
    QCOMPARE(role(1, 0, Qt::ForegroundRole), firstForeground);
    // The first matching rule decides, also where it leaves a role unset: the source answers.
    QCOMPARE(role(1, 0, Qt::BackgroundRole), QVariant());
    QCOMPARE(role(3, 2, Qt::ForegroundRole), sellForeground);
    QCOMPARE(role(3, 2, Qt::BackgroundRole), sellBackground);
    QCOMPARE(role(0, 1, Qt::BackgroundRole), buyBackground);
    QCOMPARE(role(0, 1, Qt::ForegroundRole), QVariant());

    // Colours follow the rows through filtering and sorting, and rows that arrive later.
    proxy.setDisplayFilter(parsed(QStringLiteral("!isBuy")));
    proxy.sort(EventTableModel::ReceivedColumn, Qt::DescendingOrder);
    source.appendBatch(numberedSwaps(6, 2));
    QCOMPARE(shownSeqs(proxy, source), QList<qint64>({7, 5, 3, 1}));
    QCOMPARE(role(0, 0, Qt::BackgroundRole), sellBackground);
    QCOMPARE(role(3, 0, Qt::ForegroundRole), firstForeground);

    proxy.setRowColourings({});
    QCOMPARE(role(0, 0, Qt::BackgroundRole), QVariant());
    QCOMPARE(proxy.colouringOfSourceRow(1), -1);
}

QTEST_GUILESS_MAIN(TestEventFilterProxyDisplayFilter)
#include "tst_eventfilterproxydisplayfilter.moc"
