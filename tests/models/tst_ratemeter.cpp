#include "ratemeter.h"

#include <QTest>

using namespace shuriken;

class TestRateMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slidingWindow_data()
    {
        QTest::addColumn<qint64>("windowMs");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<quint64>>("totals");
        QTest::addColumn<QList<double>>("rates");

        QTest::newRow("1 Hz tick, 1 s window") << qint64(1000) << QList<qint64> {0, 1000, 2000, 3000}
                                               << QList<quint64> {0, 100, 300, 300} << QList<double> {0, 100, 200, 0};
        QTest::newRow("fast samples within the window")
            << qint64(1000) << QList<qint64> {0, 250, 500, 750, 1000, 1250} << QList<quint64> {0, 10, 20, 30, 40, 90}
            << QList<double> {0, 40, 40, 40, 40, 80};
        QTest::newRow("irregular gap uses the last sample before the window")
            << qint64(1000) << QList<qint64> {0, 5000} << QList<quint64> {0, 500} << QList<double> {0, 100};
        QTest::newRow("counter restart") << qint64(1000) << QList<qint64> {0, 1000, 2000, 3000}
                                         << QList<quint64> {0, 1000, 5, 55} << QList<double> {0, 1000, 0, 50};
        QTest::newRow("5 s window averages")
            << qint64(5000) << QList<qint64> {0, 1000, 2000, 3000, 4000, 5000, 6000}
            << QList<quint64> {0, 0, 0, 0, 0, 500, 500} << QList<double> {0, 0, 0, 0, 0, 100, 100};
        QTest::newRow("same timestamp updates the sample")
            << qint64(1000) << QList<qint64> {0, 1000, 1000} << QList<quint64> {0, 10, 30} << QList<double> {0, 10, 30};
        QTest::newRow("time going backwards is ignored")
            << qint64(1000) << QList<qint64> {0, 1000, 500} << QList<quint64> {0, 10, 99} << QList<double> {0, 10, 10};
    }

    void slidingWindow()
    {
        QFETCH(qint64, windowMs);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<quint64>, totals);
        QFETCH(QList<double>, rates);
        RateMeter meter(windowMs);
        QCOMPARE(meter.ratePerSecond(), 0.0);
        for (qsizetype i = 0; i < times.size(); ++i) {
            meter.sample(times.at(i), totals.at(i));
            QCOMPARE(meter.ratePerSecond(), rates.at(i));
        }
    }

    void historyIsBounded()
    {
        RateMeter meter(1000, 3);
        for (int i = 0; i <= 5; ++i)
            meter.sample(i * 1000, quint64(i) * quint64(i) * 10);
        const QList<RateMeter::Point> history = meter.history();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0), (RateMeter::Point {3000, 50}));
        QCOMPARE(history.at(1), (RateMeter::Point {4000, 70}));
        QCOMPARE(history.at(2), (RateMeter::Point {5000, 90}));
        QCOMPARE(meter.total(), 250u);
        meter.reset();
        QCOMPARE(meter.ratePerSecond(), 0.0);
        QVERIFY(meter.history().isEmpty());
        QCOMPARE(meter.total(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestRateMeter)
#include "tst_ratemeter.moc"
