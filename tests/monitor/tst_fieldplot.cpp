// FieldSeries and FieldPlotWindow: a field of an event table's rows plotted over time, for the
// rows the table's filter shows, live as rows come, read again in chunks after a new filter;
// statistics and the moving average; several series on one chart; the PNG export.

#include "eventfilterproxymodel.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "fieldplotwindow.h"
#include "fieldseries.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shuriken;

namespace {

/// Swaps whose priceUsd is 100 + i (a decimal string), buys on even i, and every tenth without a
/// price.
StreamEventBatch swaps(int first, int count)
{
    StreamEventBatch batch;
    EventRowBuilder builder;
    for (int i = first; i < first + count; ++i) {
        StreamEvent event;
        event.receivedAtUs = 1800000000000000LL + qint64(i) * 1000;
        event.stream = QStringLiteral("svm.token.swaps");
        event.channel = QStringLiteral("swaps-test");
        event.event = QStringLiteral("update");
        event.payload = QByteArray(R"({"seq":)") + QByteArray::number(i) + R"(,"isBuy":)"
            + (i % 2 == 0 ? "true" : "false") + R"(,"slot":)" + QByteArray::number(i)
            + (i % 10 == 9 ? QByteArray() : QByteArray(R"(,"priceUsd":")") + QByteArray::number(100 + i) + "\"") + "}";
        builder.build(event);
        batch.append(event);
    }
    return batch;
}

} // namespace

class TestFieldPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesReadsTheShownRowsAndFollows();
    void newFilterReadsTheRowsAgainInChunks();
    void movingAverage();
    void metadataAndTypedCellsAsTheFiltersReadThem();
    void windowPlotsSeveralFieldsAndExports();
    void conditionsAndBadExpressionsAreRefused();
};

void TestFieldPlot::seriesReadsTheShownRowsAndFollows()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.appendBatch(swaps(0, 20));
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    FieldSeries series(&proxy, DisplayFilter::parse(QStringLiteral("priceUsd")));
    QSignalSpy changed(&series, &FieldSeries::changed);
    QTRY_VERIFY(!series.isReading());
    QCOMPARE(series.points().size(), size_t(18)); // rows 9 and 19 have no price
    QCOMPARE(series.stats().count, 18);
    QCOMPARE(series.stats().without, 2);
    QCOMPARE(series.stats().minimum, 100.0);
    QCOMPARE(series.stats().maximum, 118.0);
    QCOMPARE(series.points().front().timeUs, 1800000000000000LL);

    changed.clear();
    model.appendBatch(swaps(20, 5)); // live
    QCOMPARE(series.points().size(), size_t(23));
    QCOMPARE(series.points().back().value, 124.0);
    QCOMPARE(series.stats().maximum, 124.0);
    QTRY_COMPARE(changed.size(), 1); // coalesced
}

void TestFieldPlot::newFilterReadsTheRowsAgainInChunks()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    const int rows = FieldSeries::ChunkRows * 2 + 500;
    for (int first = 0; first < rows; first += 10000)
        model.appendBatch(swaps(first, std::min(10000, rows - first)));
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    FieldSeries series(&proxy, DisplayFilter::parse(QStringLiteral("abs(slot)")));
    // The first chunk is read at once, the rest on later passes.
    QVERIFY(series.isReading());
    QCOMPARE(qint64(series.stats().count), qint64(FieldSeries::ChunkRows));
    QTRY_VERIFY(!series.isReading());
    QCOMPARE(series.stats().count, rows);
    QCOMPARE(series.stats().maximum, double(rows - 1));
    QCOMPARE(qsizetype(series.points().size()), FieldSeries::MaxPoints); // the newest kept
    QCOMPARE(series.points().back().value, double(rows - 1));

    // A filter on the table: only its rows are read again (the source's text filter here).
    proxy.setPattern(QStringLiteral("sell"));
    QTRY_VERIFY(!series.isReading());
    QTRY_COMPARE(series.stats().count, rows / 2);
    for (const FieldSeries::Point &point : series.points())
        QVERIFY(int(point.value) % 2 == 1);
}

void TestFieldPlot::movingAverage()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.appendBatch(swaps(0, 5));
    FieldSeries series(&model, DisplayFilter::parse(QStringLiteral("slot")));
    const QList<QPointF> averaged = series.movingAverage(2);
    QCOMPARE(averaged.size(), 5);
    QCOMPARE(averaged.at(0).y(), 0.0);
    QCOMPARE(averaged.at(1).y(), 0.5);
    QCOMPARE(averaged.at(4).y(), 3.5);
    QCOMPARE(averaged.at(4).x(), double(1800000000000000LL + 4000) / 1000.0);
    QVERIFY(series.movingAverage(0).isEmpty());
}

void TestFieldPlot::metadataAndTypedCellsAsTheFiltersReadThem()
{
    // The series reads rows as the table's filters do: seq and the other metadata too, through
    // the filter proxy to the table's model.
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.appendBatch(swaps(0, 12));
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    FieldSeries seq(&proxy, DisplayFilter::parse(QStringLiteral("seq")));
    QTRY_VERIFY(!seq.isReading());
    QCOMPARE(seq.stats().count, 12);
    QCOMPARE(seq.stats().maximum, 11.0);
    FieldSeries received(&proxy, DisplayFilter::parse(QStringLiteral("received")));
    QTRY_VERIFY(!received.isReading());
    QCOMPARE(received.stats().minimum, 1800000000000000.0);
}

void TestFieldPlot::windowPlotsSeveralFieldsAndExports()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.appendBatch(swaps(0, 30));
    FieldPlotWindow window(&model, QStringLiteral("svm.token.swaps"));
    window.show();
    QVERIFY(window.addField(QStringLiteral("priceUsd")));
    QVERIFY(window.addField(QStringLiteral("slot")));
    QVERIFY(window.addField(QStringLiteral("priceUsd"))); // plotted already
    QCOMPARE(window.seriesCount(), 2);
    QTRY_VERIFY(window.statsText().contains(QLatin1String("slot: 30 values")));
    QVERIFY(window.statsText().contains(QLatin1String("priceUsd: 27 values")));
    QVERIFY(window.statsText().contains(QLatin1String("3 rows without a number")));
    model.appendBatch(swaps(30, 10));
    QTRY_VERIFY(window.statsText().contains(QLatin1String("slot: 40 values")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plot.png"));
    QVERIFY(window.exportPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
}

void TestFieldPlot::conditionsAndBadExpressionsAreRefused()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    FieldPlotWindow window(&model, QStringLiteral("t"));
    QString error;
    QVERIFY(!window.addField(QStringLiteral("priceUsd > 1"), &error));
    QVERIFY(error.contains(QLatin1String("condition")));
    QVERIFY(!window.addField(QStringLiteral("priceUsd >"), &error));
    QCOMPARE(error, QStringLiteral("expected a value after '>' at column 10"));
    QCOMPARE(window.seriesCount(), 0);
}

QTEST_MAIN(TestFieldPlot)
#include "tst_fieldplot.moc"
