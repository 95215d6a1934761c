#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;
using namespace shuriken::test;

namespace {

const QString OtherMaker = QStringLiteral("FvHz8oWcPkGg2tb1Yj4hqm2xU2rWM7Ra5RdNqcrqX3Kp");

// Swaps alternating between two makers: even seq = SwapMaker (buy), odd seq = OtherMaker (sell).
StreamEventBatch mixedBatch(qint64 firstSeq, int count)
{
    StreamEventBatch batch;
    for (int i = 0; i < count; ++i) {
        const qint64 seq = firstSeq + i;
        QJsonObject payload = swapPayload(seq, seq % 2 == 0);
        if (seq % 2 != 0)
            payload.insert(QStringLiteral("maker"), OtherMaker);
        payload.insert(QStringLiteral("priceUsd"), QString::number(double(100 - seq) / 1000.0));
        batch.append(makeEvent(QStringLiteral("svm.token.swaps"), payload, (SwapBlockTime * 1000 + seq) * 1000));
    }
    return batch;
}

} // namespace

class TestEventFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        EventTableModel source {QStringLiteral("svm.token.swaps")};
        EventFilterProxyModel proxy;

        Fixture()
        {
            new QAbstractItemModelTester(&source, QAbstractItemModelTester::FailureReportingMode::QtTest, &source);
            new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, &proxy);
            proxy.setSourceModel(&source);
        }

        int column(const QString &header) const
        {
            for (int c = 0; c < source.columnCount(); ++c) {
                if (source.headerData(c, Qt::Horizontal).toString() == header)
                    return c;
            }
            return -1;
        }
    };

private Q_SLOTS:
    void plainTextMatchesFullValues_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("syntax");
        QTest::addColumn<QString>("columnHeader"); // empty: all columns
        QTest::addColumn<int>("caseSensitivity");
        QTest::addColumn<int>("expectedRows");

        const int plain = int(EventFilterProxyModel::PatternSyntax::PlainText);
        const int regex = int(EventFilterProxyModel::PatternSyntax::RegularExpression);
        QTest::newRow("empty pattern") << QString() << plain << QString() << int(Qt::CaseInsensitive) << 10;
        // The middle of an address is not on screen (abbreviated) but is matched.
        QTest::newRow("middle of the other maker")
            << QStringLiteral("PkGg2tb1") << plain << QString() << int(Qt::CaseInsensitive) << 5;
        QTest::newRow("whole maker address")
            << QString::fromLatin1(SwapMaker) << plain << QString() << int(Qt::CaseInsensitive) << 5;
        QTest::newRow("case-insensitive side")
            << QStringLiteral("SELL") << plain << QString() << int(Qt::CaseInsensitive) << 5;
        QTest::newRow("case-sensitive side")
            << QStringLiteral("SELL") << plain << QString() << int(Qt::CaseSensitive) << 0;
        QTest::newRow("one column: side")
            << QStringLiteral("buy") << plain << QStringLiteral("Side") << int(Qt::CaseInsensitive) << 5;
        QTest::newRow("one column without it")
            << QStringLiteral("buy") << plain << QStringLiteral("Maker") << int(Qt::CaseInsensitive) << 0;
        QTest::newRow("regex on price") << QStringLiteral("^0\\.09[0-4]$") << regex << QStringLiteral("Price USD")
                                        << int(Qt::CaseInsensitive) << 4; // 0.091 .. 0.094
        QTest::newRow("regex alternatives")
            << QStringLiteral("^(buy|sell)$") << regex << QString() << int(Qt::CaseInsensitive) << 10;
        QTest::newRow("regex special chars are literal in plain text")
            << QStringLiteral("0.09.") << plain << QString() << int(Qt::CaseInsensitive) << 0;
    }

    void plainTextMatchesFullValues()
    {
        QFETCH(QString, pattern);
        QFETCH(int, syntax);
        QFETCH(QString, columnHeader);
        QFETCH(int, caseSensitivity);
        QFETCH(int, expectedRows);

        Fixture f;
        f.source.appendBatch(mixedBatch(0, 10));
        f.proxy.setPatternSyntax(EventFilterProxyModel::PatternSyntax(syntax));
        f.proxy.setCaseSensitivity(Qt::CaseSensitivity(caseSensitivity));
        f.proxy.setColumn(columnHeader.isEmpty() ? EventFilterProxyModel::AllColumns : f.column(columnHeader));
        f.proxy.setPattern(pattern);
        QVERIFY(f.proxy.patternError().isEmpty());
        QCOMPARE(f.proxy.rowCount(), expectedRows);
    }

    void settersRefilter()
    {
        Fixture f;
        f.source.appendBatch(mixedBatch(0, 10));
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::rowsRemoved);
        f.proxy.setPattern(QStringLiteral("sell"));
        QCOMPARE(f.proxy.rowCount(), 5);
        f.proxy.setColumn(f.column(QStringLiteral("Maker")));
        QCOMPARE(f.proxy.rowCount(), 0);
        f.proxy.setColumn(EventFilterProxyModel::AllColumns);
        QCOMPARE(f.proxy.rowCount(), 5);
        f.proxy.setPatternSyntax(EventFilterProxyModel::PatternSyntax::RegularExpression);
        f.proxy.setPattern(QStringLiteral("^s"));
        QCOMPARE(f.proxy.rowCount(), 5);
        f.proxy.setCaseSensitivity(Qt::CaseSensitive);
        f.proxy.setPattern(QStringLiteral("^S"));
        QCOMPARE(f.proxy.rowCount(), 0);
    }

    void invalidRegexShowsEverythingAndSaysWhy()
    {
        Fixture f;
        f.source.appendBatch(mixedBatch(0, 4));
        f.proxy.setPatternSyntax(EventFilterProxyModel::PatternSyntax::RegularExpression);
        f.proxy.setPattern(QStringLiteral("(unclosed"));
        QVERIFY(!f.proxy.patternError().isEmpty());
        QCOMPARE(f.proxy.rowCount(), 4);
        f.proxy.setPattern(QStringLiteral("closed)?"));
        QVERIFY(!f.proxy.patternError().isEmpty());
        f.proxy.setPattern(QStringLiteral("b(uy)"));
        QVERIFY(f.proxy.patternError().isEmpty());
        QCOMPARE(f.proxy.rowCount(), 2);
        // The same text is a valid plain pattern.
        f.proxy.setPattern(QStringLiteral("(unclosed"));
        f.proxy.setPatternSyntax(EventFilterProxyModel::PatternSyntax::PlainText);
        QVERIFY(f.proxy.patternError().isEmpty());
        QCOMPARE(f.proxy.rowCount(), 0);
    }

    void filtersWhileRowsStreamIn()
    {
        Fixture f;
        f.source.setCapacity(20);
        f.proxy.setPattern(QStringLiteral("buy"));
        f.proxy.setColumn(f.column(QStringLiteral("Side")));
        int expectedSeq = 0;
        for (const int size : {3, 7, 15, 1, 40, 2}) {
            f.source.appendBatch(mixedBatch(expectedSeq, size));
            expectedSeq += size;
            // The window holds the newest 20 (or fewer); half of them, the even ones, are buys.
            const int first = std::max(0, expectedSeq - 20);
            int buys = 0;
            for (int seq = first; seq < expectedSeq; ++seq)
                buys += seq % 2 == 0 ? 1 : 0;
            QCOMPARE(f.proxy.rowCount(), buys);
            for (int row = 0; row < f.proxy.rowCount(); ++row) {
                QCOMPARE(f.proxy.index(row, f.column(QStringLiteral("Side"))).data().toString(), QStringLiteral("buy"));
                const QModelIndex sourceIndex = f.proxy.mapToSource(f.proxy.index(row, 0));
                QCOMPARE(f.source.jsonAt(sourceIndex.row()).object().value(QLatin1String("seq")).toInteger() % 2, 0);
            }
        }
        QCOMPARE(f.source.droppedCount(), quint64(expectedSeq - 20));
    }

    void sortsByTypedValue()
    {
        Fixture f;
        f.source.appendBatch(mixedBatch(0, 12)); // price falls with seq: 0.1, 0.099, ... 0.089
        const int price = f.column(QStringLiteral("Price USD"));
        f.proxy.sort(price, Qt::AscendingOrder);
        double previous = -1;
        for (int row = 0; row < f.proxy.rowCount(); ++row) {
            const double value = f.proxy.index(row, price).data(EventTableModel::SortRole).toDouble();
            QVERIFY(value >= previous);
            previous = value;
        }
        QCOMPARE(f.proxy.index(0, price).data().toString(), QStringLiteral("0.089"));
        // New rows are sorted in as they arrive.
        f.source.appendBatch(mixedBatch(50, 1)); // 0.05
        QCOMPARE(f.proxy.index(0, price).data().toString(), QStringLiteral("0.05"));
    }
};

QTEST_GUILESS_MAIN(TestEventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"
