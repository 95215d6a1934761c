// EventFilterProxyModel's time columns: Δ displayed follows the filter and the order, the time
// reference is set, toggled and cleared.

#include "eventfilterproxymodel.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;
using namespace shuriken::test;

namespace {

constexpr qint64 StartUs = 1'800'000'000'000'000LL;

/// Swaps received at StartUs + @p offsetsUs[i], seq i.
StreamEventBatch timedBatch(const QList<qint64> &offsetsUs)
{
    StreamEventBatch batch;
    for (qsizetype i = 0; i < offsetsUs.size(); ++i)
        batch.append(
            makeEvent(QStringLiteral("svm.token.swaps"), swapPayload(i, i % 2 == 0), StartUs + offsetsUs.at(i)));
    return batch;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestEventFilterProxyTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void format_data();
    void format();
    void columnsOnAndOff();
    void deltaFollowsTheFilter();
    void deltaFollowsTheOrder();
    void referenceSetToggledCleared();

private:
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<EventFilterProxyModel> m_proxy;
};

void TestEventFilterProxyTime::init()
{
    m_model = std::make_unique<EventTableModel>(QStringLiteral("svm.token.swaps"));
    m_proxy = std::make_unique<EventFilterProxyModel>();
    new QAbstractItemModelTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setTimeColumnsEnabled(true);
    // 0, +1234 µs, +2 s, +2.5 s, +10 s
    m_model->appendBatch(timedBatch({0, 1234, 2'001'234, 2'501'234, 12'501'234}));
}

void TestEventFilterProxyTime::cleanup()
{
    m_proxy.reset();
    m_model.reset();
}

void TestEventFilterProxyTime::format_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.000000");
    QTest::newRow("µs") << qint64(1234) << QStringLiteral("0.001234");
    QTest::newRow("seconds") << qint64(12'500'001) << QStringLiteral("12.500001");
    QTest::newRow("negative") << qint64(-1234) << QStringLiteral("-0.001234");
}

void TestEventFilterProxyTime::format()
{
    QFETCH(qint64, us);
    QFETCH(QString, text);
    QCOMPARE(EventFilterProxyModel::formatSeconds(us), text);
}

void TestEventFilterProxyTime::columnsOnAndOff()
{
    const int sourceColumns = m_model->columnCount();
    QCOMPARE(m_proxy->columnCount(), sourceColumns + 2);
    QCOMPARE(m_proxy->deltaDisplayedColumn(), sourceColumns);
    QCOMPARE(m_proxy->sinceReferenceColumn(), sourceColumns + 1);
    QCOMPARE(m_proxy->headerData(sourceColumns, Qt::Horizontal).toString(), QStringLiteral("Δ displayed"));
    // Row-level roles answer in the time columns.
    QCOMPARE(m_proxy->index(3, sourceColumns).data(EventTableModel::RowSerialRole).toULongLong(), 3u);
    QCOMPARE(m_proxy->index(3, sourceColumns).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    // A custom column goes before them.
    QVERIFY(m_model->addCustomColumn(QStringLiteral("seq")));
    QCOMPARE(m_proxy->deltaDisplayedColumn(), sourceColumns + 1);
    QCOMPARE(m_proxy->index(1, sourceColumns + 1).data().toString(), QStringLiteral("0.001234"));
    m_proxy->setTimeColumnsEnabled(false);
    QCOMPARE(m_proxy->columnCount(), m_model->columnCount());
    QCOMPARE(m_proxy->deltaDisplayedColumn(), -1);
}

void TestEventFilterProxyTime::deltaFollowsTheFilter()
{
    const int delta = m_proxy->deltaDisplayedColumn();
    QCOMPARE(column(*m_proxy, delta),
             QStringList({QStringLiteral("0.000000"), QStringLiteral("0.001234"), QStringLiteral("2.000000"),
                          QStringLiteral("0.500000"), QStringLiteral("10.000000")}));
    QCOMPARE(m_proxy->index(1, delta).data(EventTableModel::SortRole), QVariant(qint64(1234)));
    // Only even seq (rows 0, 2, 4): the time since the previous *shown* row.
    m_proxy->setDisplayFilter(DisplayFilter::parse(QStringLiteral("isBuy")));
    QTRY_VERIFY(!m_proxy->isMatching());
    QCOMPARE(column(*m_proxy, delta),
             QStringList({QStringLiteral("0.000000"), QStringLiteral("2.001234"), QStringLiteral("10.500000")}));
    // A new row's delta is from the last shown row.
    m_model->appendBatch(timedBatch({0, 0, 0, 0, 0, 0, 13'000'000}).mid(6));
    QCOMPARE(m_proxy->rowCount(), 4);
    QCOMPARE(m_proxy->index(3, delta).data().toString(), QStringLiteral("0.498766"));
}

void TestEventFilterProxyTime::deltaFollowsTheOrder()
{
    const int delta = m_proxy->deltaDisplayedColumn();
    m_proxy->sort(EventTableModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(column(*m_proxy, delta),
             QStringList({QStringLiteral("0.000000"), QStringLiteral("-10.000000"), QStringLiteral("-0.500000"),
                          QStringLiteral("-2.000000"), QStringLiteral("-0.001234")}));
}

void TestEventFilterProxyTime::referenceSetToggledCleared()
{
    const int since = m_proxy->sinceReferenceColumn();
    QSignalSpy changed(m_proxy.get(), &EventFilterProxyModel::timeReferenceChanged);
    QSignalSpy cells(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_proxy->hasTimeReference());
    QCOMPARE(column(*m_proxy, since), QStringList(5, QString()));

    m_proxy->toggleTimeReference(2);
    QVERIFY(m_proxy->hasTimeReference());
    QCOMPARE(m_proxy->timeReferenceSerial(), 2u);
    QCOMPARE(column(*m_proxy, since),
             QStringList({QStringLiteral("-2.001234"), QStringLiteral("-2.000000"), QStringLiteral("0.000000"),
                          QStringLiteral("0.500000"), QStringLiteral("10.500000")}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.at(0).at(0).value<QModelIndex>().column(), since);

    // The reference follows its row through a filter.
    m_proxy->setDisplayFilter(DisplayFilter::parse(QStringLiteral("isBuy")));
    QTRY_VERIFY(!m_proxy->isMatching());
    QCOMPARE(m_proxy->index(1, since).data().toString(), QStringLiteral("0.000000"));

    // Another row moves it; the same row again clears it.
    m_proxy->toggleTimeReference(0);
    QCOMPARE(m_proxy->timeReferenceSerial(), 0u);
    m_proxy->toggleTimeReference(0);
    QVERIFY(!m_proxy->hasTimeReference());
    QCOMPARE(column(*m_proxy, since), QStringList(3, QString()));
    QCOMPARE(changed.size(), 3);

    m_proxy->toggleTimeReference(1);
    m_proxy->clearTimeReference();
    QVERIFY(!m_proxy->hasTimeReference());
    m_proxy->toggleTimeReference(1);
    m_model->clear(); // serials start again: no reference
    QVERIFY(!m_proxy->hasTimeReference());
    QCOMPARE(changed.size(), 7);
}

QTEST_GUILESS_MAIN(TestEventFilterProxyTime)
#include "tst_eventfilterproxytime.moc"
