// Custom columns ("Apply as Column") of EventTableModel, and sorting by them through
// EventFilterProxyModel.

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

void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

/// Swaps whose `amount` field is the decimal string @p amounts[i] (or missing when empty).
StreamEventBatch amountBatch(const QStringList &amounts)
{
    StreamEventBatch batch;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        QJsonObject payload = swapPayload(i);
        if (!amounts.at(i).isEmpty())
            payload.insert(QStringLiteral("amount"), amounts.at(i));
        batch.append(makeEvent(QStringLiteral("svm.token.swaps"), payload, (SwapBlockTime * 1000 + i) * 1000));
    }
    return batch;
}

} // namespace

class TestEventTableCustomColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndRemove();
    void rejectsConditionsAndDuplicates();
    void cellValues();
    void evaluatedOnlyWhenAsked();
    void sortsNumericallyThroughProxy();
    void setReplacesAll();
    void proxyFollowsColumnsWithoutReset();
};

void TestEventTableCustomColumns::addAndRemove()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    attachTester(&model);
    model.appendBatch(swapBatch(0, 5));
    const int schemaColumns = model.columnCount();
    QSignalSpy changed(&model, &EventTableModel::customColumnsChanged);

    QVERIFY(model.addCustomColumn(QStringLiteral("fees.gasLamports")));
    QVERIFY(model.addCustomColumn(QStringLiteral("tradeSource")));
    QCOMPARE(model.columnCount(), schemaColumns + 2);
    QCOMPARE(model.firstCustomColumn(), schemaColumns);
    QVERIFY(model.isCustomColumn(schemaColumns + 1));
    QVERIFY(!model.isCustomColumn(schemaColumns - 1));
    QCOMPARE(model.headerData(schemaColumns, Qt::Horizontal).toString(), QStringLiteral("fees.gasLamports"));
    QCOMPARE(model.customColumns(), QStringList({QStringLiteral("fees.gasLamports"), QStringLiteral("tradeSource")}));
    QCOMPARE(changed.size(), 2);

    model.appendBatch(swapBatch(5, 3)); // rows keep coming with custom columns
    QCOMPARE(model.index(7, schemaColumns + 1).data().toString(), QStringLiteral("pumpswap"));

    model.removeCustomColumn(schemaColumns);
    QCOMPARE(model.customColumns(), QStringList({QStringLiteral("tradeSource")}));
    QCOMPARE(model.index(0, schemaColumns).data().toString(), QStringLiteral("pumpswap"));
    model.removeCustomColumn(0); // not a custom column: ignored
    QCOMPARE(model.columnCount(), schemaColumns + 1);
    QCOMPARE(changed.size(), 3);
}

void TestEventTableCustomColumns::rejectsConditionsAndDuplicates()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    QVERIFY(!model.addCustomColumn(QStringLiteral("priceUsd > 1")));
    QVERIFY(!model.addCustomColumn(QStringLiteral("fees.(")));
    QVERIFY(model.addCustomColumn(QStringLiteral("fees.gasLamports")));
    QVERIFY(!model.addCustomColumn(QStringLiteral(" fees.gasLamports ")));
    QCOMPARE(model.customColumns().size(), 1);
}

void TestEventTableCustomColumns::cellValues()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    attachTester(&model);
    model.appendBatch(amountBatch({QStringLiteral("9.5"), QString()}));
    const int first = model.columnCount();
    model.addCustomColumn(QStringLiteral("amount"));
    model.addCustomColumn(QStringLiteral("fees.gasLamports"));
    model.addCustomColumn(QStringLiteral("isBuy"));
    model.addCustomColumn(QStringLiteral("maker"));

    const QModelIndex amount = model.index(0, first);
    QCOMPARE(amount.data().toString(), QStringLiteral("9.5"));
    QCOMPARE(amount.data(EventTableModel::SortRole), QVariant(9.5));
    QCOMPARE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(0, first + 1).data(EventTableModel::SortRole), QVariant(qint64(5000)));
    QCOMPARE(model.index(0, first + 2).data().toString(), QStringLiteral("true"));
    QCOMPARE(model.index(0, first + 3).data().toString(), QString::fromLatin1(SwapMaker));
    QVERIFY(!model.index(0, first + 3).data(Qt::TextAlignmentRole).isValid());
    // Missing: empty, no sort value.
    QCOMPARE(model.index(1, first).data().toString(), QString());
    QVERIFY(!model.index(1, first).data(EventTableModel::SortRole).isValid());
    // Row-level roles answer in custom columns too.
    QCOMPARE(model.index(1, first).data(EventTableModel::RowSerialRole).toULongLong(), 1u);
}

void TestEventTableCustomColumns::evaluatedOnlyWhenAsked()
{
    // `amount` is no schema column: every value is read from the payload.
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    QStringList amounts;
    for (int i = 0; i < 1000; ++i)
        amounts.append(QString::number(i));
    model.appendBatch(amountBatch(amounts));
    const quint64 before = DisplayFilter::payloadParsesOnThisThread();
    model.addCustomColumn(QStringLiteral("amount"));
    QCOMPARE(DisplayFilter::payloadParsesOnThisThread(), before); // nothing evaluated eagerly
    const QModelIndex cell = model.index(10, model.firstCustomColumn());
    QCOMPARE(cell.data().toString(), QStringLiteral("10"));
    QCOMPARE(DisplayFilter::payloadParsesOnThisThread(), before + 1);
    // A repaint reads the cache.
    cell.data();
    cell.data(EventTableModel::SortRole);
    cell.data(Qt::TextAlignmentRole);
    QCOMPARE(DisplayFilter::payloadParsesOnThisThread(), before + 1);
}

void TestEventTableCustomColumns::sortsNumericallyThroughProxy()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    attachTester(&proxy);
    proxy.setSourceModel(&model);
    model.appendBatch(amountBatch({QStringLiteral("10.25"), QStringLiteral("9.5"), QString(),
                                   QStringLiteral("18446744073709551615"), QStringLiteral("18446744073709551614")}));
    QVERIFY(model.addCustomColumn(QStringLiteral("amount")));
    const int column = model.firstCustomColumn();
    QCOMPARE(proxy.columnCount(), model.columnCount());
    proxy.sort(column, Qt::AscendingOrder);
    const auto shown = [&proxy, column] {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values.append(proxy.index(row, column).data().toString());
        return values;
    };
    const QStringList ascending {QStringLiteral("9.5"), QStringLiteral("10.25"), QStringLiteral("18446744073709551614"),
                                 QStringLiteral("18446744073709551615"), QString()};
    QCOMPARE(shown(), ascending);
    // Rows that arrive while sorted find their place.
    model.appendBatch(amountBatch({QStringLiteral("9.75")}));
    QCOMPARE(proxy.index(1, column).data().toString(), QStringLiteral("9.75"));
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, column).data().toString(), QStringLiteral("18446744073709551615"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, column).data().toString(), QString()); // missing last
}

void TestEventTableCustomColumns::setReplacesAll()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    attachTester(&model);
    model.appendBatch(swapBatch(0, 3));
    QSignalSpy changed(&model, &EventTableModel::customColumnsChanged);
    const QStringList columns {QStringLiteral("fees.gasLamports"), QStringLiteral("priceUsd > 1"),
                               QStringLiteral("tradeSource")};
    model.setCustomColumns(columns);
    QCOMPARE(model.customColumns(), QStringList({QStringLiteral("fees.gasLamports"), QStringLiteral("tradeSource")}));
    QCOMPARE(changed.size(), 1);
    model.setCustomColumns({});
    QCOMPARE(model.customColumns(), QStringList());
    QCOMPARE(model.columnCount(), model.firstCustomColumn());
    QCOMPARE(changed.size(), 2);
}

void TestEventTableCustomColumns::proxyFollowsColumnsWithoutReset()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventFilterProxyModel proxy;
    attachTester(&proxy);
    proxy.setSourceModel(&model);
    model.appendBatch(amountBatch({QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")}));
    proxy.setDisplayFilter(DisplayFilter::parse(QStringLiteral("seq != 1")));
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
    QVERIFY(model.addCustomColumn(QStringLiteral("amount")));
    QVERIFY(model.addCustomColumn(QStringLiteral("seq")));
    const int amount = model.firstCustomColumn();
    QCOMPARE(proxy.columnCount(), model.columnCount());
    QCOMPARE(proxy.headerData(amount, Qt::Horizontal).toString(), QStringLiteral("amount"));
    proxy.sort(amount + 1, Qt::DescendingOrder); // by seq
    QCOMPARE(proxy.index(0, amount).data().toString(), QStringLiteral("2"));
    model.removeCustomColumn(amount); // the sort column shifts left
    QCOMPARE(proxy.sortColumn(), amount);
    QCOMPARE(proxy.index(0, amount).data().toString(), QStringLiteral("2"));
    model.removeCustomColumn(amount); // the sort column goes: arrival order
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(proxy.rowCount(), 2); // still filtered
    QCOMPARE(proxy.index(0, 0).data(EventTableModel::RowSerialRole).toULongLong(), 0u);
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestEventTableCustomColumns)
#include "tst_eventtablecustomcolumns.moc"
