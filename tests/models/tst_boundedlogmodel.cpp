// BoundedLogModel: the window the log models share. Capacity, overflow removed in one range and
// inserted in one, batches bigger than the window, clear, and the let-go count and its signal.

#include "boundedlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <deque>

using namespace shuriken;

namespace {

// The smallest subclass: one column holding the number appended.
class NumberLogModel final : public BoundedLogModel
{
public:
    explicit NumberLogModel(int capacity)
        : BoundedLogModel(capacity)
    { }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || role != Qt::DisplayRole)
            return {};
        return m_numbers[size_t(index.row())];
    }

    void append(int first, int count)
    {
        appendRows(count, [&](qsizetype i) { m_numbers.push_back(first + int(i)); });
    }

    int numberAt(int row) const { return index(row, 0).data().toInt(); }

private:
    int storedRowCount() const override { return int(m_numbers.size()); }
    void eraseOldestRows(int count) override { m_numbers.erase(m_numbers.begin(), m_numbers.begin() + count); }
    void eraseAllRows() override { m_numbers.clear(); }

    std::deque<int> m_numbers;
};

struct Fixture
{
    NumberLogModel model;
    QSignalSpy inserted {&model, &QAbstractItemModel::rowsInserted};
    QSignalSpy removed {&model, &QAbstractItemModel::rowsRemoved};
    QSignalSpy letGo {&model, &BoundedLogModel::letGoCountChanged};

    explicit Fixture(int capacity)
        : model(capacity)
    {
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    }

    // first/last of the signal at @p i of a rowsInserted or rowsRemoved spy
    static QPair<int, int> range(const QSignalSpy &spy, int i)
    {
        return {spy.at(i).at(1).toInt(), spy.at(i).at(2).toInt()};
    }

    void verifyNumbers(int first)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.numberAt(row), first + row);
    }
};

} // namespace

class TestBoundedLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capacityIsAtLeastOne()
    {
        Fixture f(0);
        QCOMPARE(f.model.capacity(), 1);
        f.model.setCapacity(-5);
        QCOMPARE(f.model.capacity(), 1);
        f.model.setCapacity(7);
        QCOMPARE(f.model.capacity(), 7);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.rowCount(f.model.index(0, 0)), 0);
    }

    void appendsWithinTheWindow()
    {
        Fixture f(10);
        f.model.append(0, 4);
        f.model.append(4, 6);
        QCOMPARE(f.model.rowCount(), 10);
        QCOMPARE(f.inserted.size(), 2);
        QCOMPARE(Fixture::range(f.inserted, 1), qMakePair(4, 9));
        QCOMPARE(f.removed.size(), 0);
        QCOMPARE(f.letGo.size(), 0);
        QCOMPARE(f.model.letGoCount(), 0u);
        f.verifyNumbers(0);
        f.model.append(10, 0); // an empty batch tells nothing
        QCOMPARE(f.inserted.size(), 2);
    }

    void overflowIsOneRemoveAndOneInsert_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("removedRows"); // rows of the window removed, 0 for none
        QTest::addColumn<quint64>("letGo");
        QTest::newRow("one over") << 5 << 5 << 1 << 1 << quint64(1);
        QTest::newRow("part of the window") << 10 << 8 << 5 << 3 << quint64(3);
        QTest::newRow("batch equals the window") << 4 << 3 << 4 << 3 << quint64(3);
        QTest::newRow("batch bigger than the window") << 4 << 3 << 11 << 3 << quint64(3 + 7);
        QTest::newRow("bigger batch into an empty window") << 4 << 0 << 9 << 0 << quint64(5);
    }

    void overflowIsOneRemoveAndOneInsert()
    {
        QFETCH(int, capacity);
        QFETCH(int, before);
        QFETCH(int, batch);
        QFETCH(int, removedRows);
        QFETCH(quint64, letGo);
        Fixture f(capacity);
        f.model.append(0, before);
        f.inserted.clear();
        f.model.append(before, batch);

        QCOMPARE(f.removed.size(), removedRows > 0 ? 1 : 0);
        if (removedRows > 0)
            QCOMPARE(Fixture::range(f.removed, 0), qMakePair(0, removedRows - 1));
        QCOMPARE(f.inserted.size(), 1);
        const int rows = std::min(before + batch, capacity);
        const int kept = std::min(batch, capacity);
        QCOMPARE(Fixture::range(f.inserted, 0), qMakePair(rows - kept, rows - 1));
        QCOMPARE(f.model.rowCount(), rows);
        f.verifyNumbers(before + batch - rows); // the newest, oldest first
        QCOMPARE(f.model.letGoCount(), letGo);
        QCOMPARE(f.letGo.size(), 1); // one signal per batch
        QCOMPARE(f.letGo.constLast().at(0).toULongLong(), letGo);
    }

    void letGoAddsUpOverBatches()
    {
        Fixture f(3);
        for (int n = 0; n < 5; ++n)
            f.model.append(n, 1);
        QCOMPARE(f.model.letGoCount(), 2u);
        QCOMPARE(f.letGo.size(), 2);
        QCOMPARE(f.letGo.at(0).at(0).toULongLong(), 1u);
        QCOMPARE(f.letGo.at(1).at(0).toULongLong(), 2u);
        f.verifyNumbers(2);
    }

    void shrinkingLetsTheOldestGo()
    {
        Fixture f(10);
        f.model.append(0, 8);
        f.model.setCapacity(3);
        QCOMPARE(f.removed.size(), 1);
        QCOMPARE(Fixture::range(f.removed, 0), qMakePair(0, 4));
        QCOMPARE(f.model.rowCount(), 3);
        f.verifyNumbers(5);
        QCOMPARE(f.model.letGoCount(), 5u);
        QCOMPARE(f.letGo.size(), 1);
        // Growing keeps the rows and tells nothing.
        f.model.setCapacity(20);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.removed.size(), 1);
        QCOMPARE(f.letGo.size(), 1);
    }

    void clearRestartsTheCount()
    {
        Fixture f(2);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.clear(); // nothing let go yet: the count does not change
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.letGo.size(), 0);

        f.model.append(0, 5);
        QCOMPARE(f.model.letGoCount(), 3u);
        f.letGo.clear();
        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.letGoCount(), 0u);
        QCOMPARE(f.letGo.size(), 1);
        QCOMPARE(f.letGo.constLast().at(0).toULongLong(), 0u);
        // The window works as before after a clear.
        f.model.append(10, 3);
        QCOMPARE(f.model.rowCount(), 2);
        f.verifyNumbers(11);
        QCOMPARE(f.model.letGoCount(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestBoundedLogModel)
#include "tst_boundedlogmodel.moc"
