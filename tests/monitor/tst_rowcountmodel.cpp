// RowCountModel: follows another model's row count only, growth at once, a shrink on the next
// event-loop pass unless the source grows back first.

#include "rowcountmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTest>

using namespace shuriken;

namespace {

QStringList rows(int first, int count)
{
    QStringList texts;
    for (int i = first; i < first + count; ++i)
        texts.append(QString::number(i));
    return texts;
}

struct Fixture
{
    QStringListModel source;
    RowCountModel mirror;
    QSignalSpy inserted {&mirror, &QAbstractItemModel::rowsInserted};
    QSignalSpy removed {&mirror, &QAbstractItemModel::rowsRemoved};
    QSignalSpy reset {&mirror, &QAbstractItemModel::modelReset};

    explicit Fixture(int initialRows = 0)
    {
        new QAbstractItemModelTester(&mirror, QAbstractItemModelTester::FailureReportingMode::QtTest, &mirror);
        source.setStringList(rows(0, initialRows));
        mirror.setSourceModel(&source);
        reset.clear();
    }

    void append(int count)
    {
        const int at = source.rowCount();
        source.insertRows(at, count);
    }
};

} // namespace

class TestRowCountModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheSourceCountWhenSet()
    {
        Fixture f(4);
        QCOMPARE(f.mirror.rowCount(), 4);
        QCOMPARE(f.mirror.columnCount(), 1);
        QCOMPARE(f.mirror.sourceModel(), &f.source);
        QCOMPARE(f.mirror.rowCount(f.mirror.index(0, 0)), 0);
        // The vertical header data is the source's, for the rows it has.
        QCOMPARE(f.mirror.headerData(2, Qt::Vertical), f.source.headerData(2, Qt::Vertical));
        QVERIFY(!f.mirror.headerData(4, Qt::Vertical).isValid());
        QVERIFY(!f.mirror.headerData(0, Qt::Horizontal).isValid());
    }

    void growthPassesAtOnceAtTheEnd()
    {
        Fixture f(2);
        f.source.insertRows(0, 3); // where the source grew does not matter: the header grows at its end
        QCOMPARE(f.mirror.rowCount(), 5);
        QCOMPARE(f.inserted.size(), 1);
        QCOMPARE(f.inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(f.inserted.at(0).at(2).toInt(), 4);
    }

    void shrinkWaitsForTheNextPass()
    {
        Fixture f(5);
        f.source.removeRows(0, 2);
        QCOMPARE(f.mirror.rowCount(), 5);
        QCOMPARE(f.removed.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(f.mirror.rowCount(), 3, 10000);
        QCOMPARE(f.removed.size(), 1);
        QCOMPARE(f.removed.at(0).at(1).toInt(), 3);
        QCOMPARE(f.removed.at(0).at(2).toInt(), 4);
    }

    void slidingWindowTellsNothing()
    {
        // The oldest rows out, as many new ones in, in one pass: the count holds, no signal.
        Fixture f(6);
        f.source.removeRows(0, 2);
        f.append(2);
        QCOMPARE(f.mirror.rowCount(), 6);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(f.mirror.rowCount(), 6);
        QCOMPARE(f.inserted.size(), 0);
        QCOMPARE(f.removed.size(), 0);
        // More in than out: only the difference.
        f.source.removeRows(0, 1);
        f.append(3);
        QCOMPARE(f.mirror.rowCount(), 8);
        QCOMPARE(f.inserted.size(), 1);
        QCOMPARE(f.inserted.at(0).at(1).toInt(), 6);
        QCOMPARE(f.removed.size(), 0);
    }

    void syncTakesAShrinkAtOnce()
    {
        Fixture f(5);
        f.source.removeRows(0, 3);
        f.append(1);
        QCOMPARE(f.mirror.rowCount(), 5);
        f.mirror.sync();
        QCOMPARE(f.mirror.rowCount(), 3);
        QCOMPARE(f.removed.size(), 1);
        // The queued pass finds nothing left to do.
        QCoreApplication::processEvents();
        QCOMPARE(f.removed.size(), 1);
        QCOMPARE(f.mirror.rowCount(), 3);
    }

    void layoutChangesAndResetsAreFollowed()
    {
        Fixture f;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&f.source);
        f.mirror.setSourceModel(&proxy);
        f.source.setStringList(rows(0, 7));
        QCOMPARE(f.mirror.rowCount(), 7);
        f.inserted.clear();
        f.removed.clear();
        // A sort is a layout change that keeps the count: nothing to tell.
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(f.inserted.size(), 0);
        // A filter that hides rows: a shrink, at the next pass.
        proxy.setFilterFixedString(QStringLiteral("3"));
        QTRY_COMPARE_WITH_TIMEOUT(f.mirror.rowCount(), 1, 10000);
        // The source going away empties the mirror.
        f.reset.clear();
        {
            QStringListModel shortLived(rows(0, 3));
            f.mirror.setSourceModel(&shortLived);
            QCOMPARE(f.mirror.rowCount(), 3);
        }
        QCOMPARE(f.mirror.rowCount(), 0);
        QVERIFY(f.reset.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestRowCountModel)
#include "tst_rowcountmodel.moc"
