#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

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

// The same as SwapMaker but for its last character: text that only a full comparison orders.
const QString NearMaker = QStringLiteral("9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWA");

// Swaps whose sortable values do not follow arrival: prices jump about and some are missing,
// three makers (two of them equal in their first 43 characters), buys and sells mixed.
StreamEventBatch variedBatch(qint64 firstSeq, int count)
{
    StreamEventBatch batch;
    for (int i = 0; i < count; ++i) {
        const qint64 seq = firstSeq + i;
        QJsonObject payload = swapPayload(seq, seq % 3 != 0);
        const QString makers[] = {QString::fromLatin1(SwapMaker), NearMaker, OtherMaker};
        payload.insert(QStringLiteral("maker"), makers[seq % 3]);
        if (seq % 7 == 3)
            payload.remove(QStringLiteral("priceUsd"));
        else
            payload.insert(QStringLiteral("priceUsd"), QString::number(double((seq * 37) % 11) / 100.0));
        batch.append(makeEvent(QStringLiteral("svm.token.swaps"), payload, (SwapBlockTime * 1000 + seq * 7) * 1000));
    }
    return batch;
}

qint64 seqOf(const EventTableModel &source, int sourceRow)
{
    return source.jsonAt(sourceRow).object().value(QLatin1String("seq")).toInteger(-1);
}

/// -1, 0, 1: how two SortRole values of one column order (numbers numerically, text by code unit).
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int order = QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
        return order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

/// What the proxy should show, worked out the slow way: the accepted source rows, sorted with
/// missing values last, ties in arrival order, descending the reverse of ascending.
QList<int> expectedRows(const QAbstractItemModel &source, int sortColumn, Qt::SortOrder order,
                        const std::function<bool(int)> &accepted)
{
    QList<int> rows;
    QList<int> missing;
    for (int row = 0; row < source.rowCount(); ++row) {
        if (!accepted(row))
            continue;
        if (sortColumn >= 0 && !source.index(row, sortColumn).data(EventTableModel::SortRole).isValid())
            missing.append(row);
        else
            rows.append(row);
    }
    if (sortColumn < 0)
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return compareValues(source.index(a, sortColumn).data(EventTableModel::SortRole),
                             source.index(b, sortColumn).data(EventTableModel::SortRole))
            < 0;
    });
    if (order == Qt::DescendingOrder) {
        std::reverse(rows.begin(), rows.end());
        std::reverse(missing.begin(), missing.end());
    }
    return rows + missing;
}

QList<int> shownRows(const EventFilterProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        rows.append(proxy.sourceRow(row));
        // The index path agrees with the row path.
        if (proxy.mapToSource(proxy.index(row, 0)).row() != rows.last()
            || proxy.mapFromSource(proxy.sourceModel()->index(rows.last(), 0)).row() != row)
            return {};
    }
    return rows;
}

/// Rows of a label (DisplayRole) and an optional SortRole value; changed in any way a test asks.
class ItemModel final : public QAbstractListModel
{
public:
    struct Item
    {
        QVariant value;
        QString label;
    };

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Item &item = m_items.at(index.row());
        if (role == Qt::DisplayRole)
            return item.label;
        return role == EventTableModel::SortRole ? item.value : QVariant();
    }

    void insert(int row, const QVariant &value, const QString &label)
    {
        beginInsertRows({}, row, row);
        m_items.insert(row, Item {value, label});
        endInsertRows();
    }
    void append(const QVariant &value, const QString &label) { insert(int(m_items.size()), value, label); }
    void remove(int row, int count)
    {
        beginRemoveRows({}, row, row + count - 1);
        m_items.remove(row, count);
        endRemoveRows();
    }
    void setValue(int row, const QVariant &value)
    {
        m_items[row].value = value;
        Q_EMIT dataChanged(index(row), index(row));
    }
    void setLabel(int row, const QString &label)
    {
        m_items[row].label = label;
        Q_EMIT dataChanged(index(row), index(row));
    }

private:
    QList<Item> m_items;
};

/// A FIFO window of plain items for the sort keys' edge cases.
struct ItemWindow
{
    ItemModel source;
    EventFilterProxyModel proxy;

    ItemWindow()
    {
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, &proxy);
        proxy.setSourceModel(&source);
    }

    void append(const QVariant &value, const QString &label) { source.append(value, label); }

    QStringList shown() const
    {
        QStringList labels;
        for (int row = 0; row < proxy.rowCount(); ++row)
            labels.append(proxy.index(row, 0).data().toString());
        return labels;
    }
};

} // namespace

class TestEventFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        EventTableModel source {QStringLiteral("svm.token.swaps")};
        EventFilterProxyModel proxy;
        QItemSelectionModel selection {&proxy};

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

    void headersStayWhenNoRowIsShown()
    {
        Fixture f;
        f.source.appendBatch(mixedBatch(0, 4));
        f.proxy.setPattern(QStringLiteral("matches nothing at all"));
        QCOMPARE(f.proxy.rowCount(), 0);
        QCOMPARE(f.proxy.headerData(f.column(QStringLiteral("Side")), Qt::Horizontal).toString(),
                 QStringLiteral("Side"));
        QCOMPARE(f.proxy.columnCount(), f.source.columnCount());
    }

    void sortKeysOrderLikeTheValues_data()
    {
        QTest::addColumn<QVariantList>("values"); // invalid: no value
        QTest::addColumn<QList<int>>("ascending"); // indexes into values

        const auto u64 = [](quint64 value) {
            return QVariant::fromValue(value);
        };
        const auto i64 = [](qint64 value) {
            return QVariant::fromValue(value);
        };
        const double infinity = std::numeric_limits<double>::infinity();
        QTest::newRow("doubles of both signs")
            << QVariantList {-2.5,     3.0,       -0.0,
                             0.0,      -1e300,    1e-300,
                             infinity, -infinity, std::numeric_limits<double>::quiet_NaN()}
            << QList<int> {7, 4, 0, 2, 3, 5, 1, 6, 8};
        QTest::newRow("integers a double cannot tell apart")
            << QVariantList {i64(9007199254740993), i64(9007199254740992), i64(-9007199254740993),
                             i64(-9007199254740992)}
            << QList<int> {2, 3, 1, 0};
        QTest::newRow("unsigned above the signed range")
            << QVariantList {u64(18446744073709551615ULL), u64(9223372036854779904ULL), i64(-1), u64(5)}
            << QList<int> {2, 3, 1, 0};
        QTest::newRow("integers and doubles together")
            << QVariantList {i64(2), 1.5, i64(-3), 2.25} << QList<int> {2, 1, 0, 3};
        QTest::newRow("booleans") << QVariantList {true, false, true} << QList<int> {1, 0, 2};
        QTest::newRow("text by code unit")
            << QVariantList {QStringLiteral("b"),  QStringLiteral("B"), QStringLiteral("a"),
                             QStringLiteral("ab"), QString(),           QStringLiteral("\u00e9")}
            << QList<int> {4, 1, 2, 3, 0, 5};
        QTest::newRow("long text that agrees in its first eight units")
            << QVariantList {QStringLiteral("abcdefghZ"),
                             QStringLiteral("abcdefgh"),
                             QStringLiteral("abcdefghA"),
                             QStringLiteral("abcdefghZ"),
                             QStringLiteral("abcdefgi"),
                             QStringLiteral("abcdefghZZZZZZZZZZZZZZZZ1"),
                             QStringLiteral("abcdefghZZZZZZZZZZZZZZZZ0")}
            << QList<int> {1, 2, 0, 3, 6, 5, 4};
        QTest::newRow("missing values last") << QVariantList {2, QVariant(), 1, QVariant()} << QList<int> {2, 0, 1, 3};
        QTest::newRow("numbers before text")
            << QVariantList {QStringLiteral("x"), 5, QStringLiteral("10")} << QList<int> {1, 2, 0};
    }

    void sortKeysOrderLikeTheValues()
    {
        QFETCH(QVariantList, values);
        QFETCH(QList<int>, ascending);
        ItemWindow w;
        for (qsizetype i = 0; i < values.size(); ++i)
            w.append(values.at(i), QString::number(i));
        const auto labels = [](const QList<int> &order) {
            QStringList texts;
            for (int i : order)
                texts.append(QString::number(i));
            return texts;
        };
        w.proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(w.shown(), labels(ascending));
        // Descending: the exact reverse, missing values still last (newest first among them).
        QList<int> present;
        QList<int> missing;
        for (int i : ascending)
            (values.at(i).isValid() ? present : missing).append(i);
        std::reverse(present.begin(), present.end());
        std::reverse(missing.begin(), missing.end());
        w.proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(w.shown(), labels(present + missing));
        // A row let go and a row sorted in as the window slides: the same order as sorting the
        // window's rows from scratch.
        w.proxy.sort(0, Qt::AscendingOrder);
        w.source.remove(0, 1);
        w.append(values.at(0), QStringLiteral("0"));
        ItemWindow fresh;
        for (qsizetype i = 1; i <= values.size(); ++i)
            fresh.append(values.at(i % values.size()), QString::number(i % values.size()));
        fresh.proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(w.shown(), fresh.shown());
    }

    void sortedWindowFollowsBatches_data()
    {
        QTest::addColumn<QString>("columnHeader"); // empty: arrival order
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("pattern");

        const int asc = int(Qt::AscendingOrder);
        const int desc = int(Qt::DescendingOrder);
        QTest::newRow("arrival order") << QString() << asc << QString();
        QTest::newRow("arrival order, filtered") << QString() << asc << QStringLiteral("buy");
        for (const QString &header : {QStringLiteral("Price USD"), QStringLiteral("Received"), QStringLiteral("Side"),
                                      QStringLiteral("Maker"), QStringLiteral("Latency")}) {
            QTest::addRow("%s ascending", qPrintable(header)) << header << asc << QString();
            QTest::addRow("%s descending", qPrintable(header)) << header << desc << QString();
            QTest::addRow("%s descending, filtered", qPrintable(header)) << header << desc << QStringLiteral("buy");
        }
    }

    void sortedWindowFollowsBatches()
    {
        QFETCH(QString, columnHeader);
        QFETCH(int, order);
        QFETCH(QString, pattern);
        Fixture f;
        f.source.setCapacity(25);
        const int column = columnHeader.isEmpty() ? -1 : f.column(columnHeader);
        QVERIFY(columnHeader.isEmpty() || column >= 0);
        const int side = f.column(QStringLiteral("Side"));
        f.proxy.setColumn(side);
        f.proxy.setPattern(pattern);
        f.proxy.sort(column, Qt::SortOrder(order));
        const auto accepted = [&](int row) {
            return pattern.isEmpty() || f.source.index(row, side).data().toString() == pattern;
        };
        qint64 seq = 0;
        for (const int size : {3, 10, 30, 1, 12, 7, 25, 2}) {
            f.source.appendBatch(variedBatch(seq, size));
            seq += size;
            QCOMPARE(shownRows(f.proxy), expectedRows(f.source, column, Qt::SortOrder(order), accepted));
        }
        // Shrinking the window lets the oldest go in one step.
        f.source.setCapacity(9);
        QCOMPARE(shownRows(f.proxy), expectedRows(f.source, column, Qt::SortOrder(order), accepted));
        f.source.clear();
        QCOMPARE(f.proxy.rowCount(), 0);
        f.source.appendBatch(variedBatch(seq, 5));
        QCOMPARE(shownRows(f.proxy), expectedRows(f.source, column, Qt::SortOrder(order), accepted));
    }

    void selectionFollowsEventsAcrossFilterAndSort()
    {
        Fixture f;
        f.source.setCapacity(30);
        f.source.appendBatch(variedBatch(0, 20));
        const auto proxyRowOfSeq = [&](qint64 seq) {
            for (int row = 0; row < f.proxy.rowCount(); ++row) {
                if (seqOf(f.source, f.proxy.sourceRow(row)) == seq)
                    return row;
            }
            return -1;
        };
        const auto selectedSeqs = [&] {
            QList<qint64> seqs;
            const QModelIndexList rows = f.selection.selectedRows();
            for (const QModelIndex &index : rows)
                seqs.append(seqOf(f.source, f.proxy.sourceRow(index.row())));
            std::sort(seqs.begin(), seqs.end());
            return seqs;
        };
        const auto currentSeq = [&] {
            const QModelIndex current = f.selection.currentIndex();
            return current.isValid() ? seqOf(f.source, f.proxy.sourceRow(current.row())) : qint64(-1);
        };
        for (const qint64 seq : {4, 8, 9})
            f.selection.select(f.proxy.index(proxyRowOfSeq(seq), 0),
                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        f.selection.setCurrentIndex(f.proxy.index(proxyRowOfSeq(8), 2), QItemSelectionModel::NoUpdate);

        // From passing rows through to filtering and back: the same events stay selected.
        const int side = f.column(QStringLiteral("Side"));
        f.proxy.setColumn(side);
        f.proxy.setPattern(QStringLiteral("buy")); // seq % 3 != 0: 4 and 8 stay, 9 goes
        QCOMPARE(selectedSeqs(), (QList<qint64> {4, 8}));
        QCOMPARE(currentSeq(), 8);
        QCOMPARE(f.selection.currentIndex().column(), 2);
        f.proxy.setPattern(QString());
        QCOMPARE(f.proxy.rowCount(), 20);
        QCOMPARE(selectedSeqs(), (QList<qint64> {4, 8}));
        QCOMPARE(currentSeq(), 8);

        // Sorting, descending, back to arrival order: still the same events.
        f.proxy.sort(f.column(QStringLiteral("Price USD")), Qt::AscendingOrder);
        QCOMPARE(selectedSeqs(), (QList<qint64> {4, 8}));
        QCOMPARE(currentSeq(), 8);
        f.proxy.sort(f.column(QStringLiteral("Price USD")), Qt::DescendingOrder);
        QCOMPARE(currentSeq(), 8);
        // Rows that arrive and rows that leave in a sorted table keep them too.
        f.source.appendBatch(variedBatch(20, 12)); // 0 and 1 leave
        QCOMPARE(selectedSeqs(), (QList<qint64> {4, 8}));
        QCOMPARE(currentSeq(), 8);
        f.proxy.sort(-1);
        QCOMPARE(selectedSeqs(), (QList<qint64> {4, 8}));
        QCOMPARE(currentSeq(), 8);
        QCOMPARE(f.proxy.sourceRow(f.selection.currentIndex().row()), 6);

        // The current event filtered out: no current row rather than another event's.
        f.proxy.setPattern(QStringLiteral("sell"));
        QCOMPARE(currentSeq(), -1);
        QCOMPARE(selectedSeqs(), QList<qint64> {});
        f.proxy.setPattern(QString());

        // Letting a selected event go takes it out of the selection, sorted or not.
        f.selection.select(f.proxy.index(proxyRowOfSeq(10), 0),
                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        f.proxy.sort(f.column(QStringLiteral("Maker")), Qt::AscendingOrder);
        QCOMPARE(selectedSeqs(), QList<qint64> {10});
        f.source.appendBatch(variedBatch(32, 10)); // seq 2 .. 11 leave
        QCOMPARE(selectedSeqs(), QList<qint64> {});
    }

    void newPatternIsMatchedInSlices()
    {
        Fixture f;
        // More rows than the model tester holds on to (its first 100 rows are matched at once,
        // as a view's selection would be).
        f.source.setCapacity(300);
        f.source.appendBatch(variedBatch(0, 300));
        f.proxy.setMatchSliceRows(7);
        const int side = f.column(QStringLiteral("Side"));
        const int price = f.column(QStringLiteral("Price USD"));
        const auto proxyRowOfSeq = [&](qint64 seq) {
            for (int row = 0; row < f.proxy.rowCount(); ++row) {
                if (seqOf(f.source, f.proxy.sourceRow(row)) == seq)
                    return row;
            }
            return -1;
        };
        const auto matching = [&](const QString &pattern) {
            return [&f, side, pattern](int row) {
                return f.source.index(row, side).data().toString() == pattern;
            };
        };
        f.selection.select(f.proxy.index(proxyRowOfSeq(10), 0),
                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        f.selection.setCurrentIndex(f.proxy.index(proxyRowOfSeq(10), 0), QItemSelectionModel::NoUpdate);
        QSignalSpy finished(&f.proxy, &EventFilterProxyModel::matchingFinished);

        // At once: the row the selection holds (seq 10, a buy) and the newest slice; the older
        // rows follow, newest first, one slice per event-loop pass.
        f.proxy.setColumn(side);
        f.proxy.setPattern(QStringLiteral("buy"));
        QVERIFY(f.proxy.isMatching());
        QCOMPARE(seqOf(f.source, f.proxy.sourceRow(f.selection.currentIndex().row())), 10);
        QCOMPARE(f.selection.selectedRows().size(), 1);
        const qsizetype all = expectedRows(f.source, -1, Qt::AscendingOrder, matching(QStringLiteral("buy"))).size();
        QVERIFY(f.proxy.rowCount() < all);
        QVERIFY(f.proxy.rowCount() >= 2);
        // Rows come and go meanwhile.
        f.source.appendBatch(variedBatch(300, 5));
        QTRY_VERIFY_WITH_TIMEOUT(!f.proxy.isMatching(), 10000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(shownRows(f.proxy), expectedRows(f.source, -1, Qt::AscendingOrder, matching(QStringLiteral("buy"))));
        QCOMPARE(seqOf(f.source, f.proxy.sourceRow(f.selection.currentIndex().row())), 10);

        // Sorting while matching keeps what was found and sorts the rest in as it is found.
        f.proxy.setPattern(QStringLiteral("sell"));
        QVERIFY(f.proxy.isMatching());
        f.proxy.sort(price, Qt::DescendingOrder);
        QVERIFY(f.proxy.isMatching());
        f.source.appendBatch(variedBatch(305, 3));
        QTRY_VERIFY_WITH_TIMEOUT(!f.proxy.isMatching(), 10000);
        QCOMPARE(shownRows(f.proxy),
                 expectedRows(f.source, price, Qt::DescendingOrder, matching(QStringLiteral("sell"))));

        // A new pattern while matching starts over; letting every unmatched row go ends it.
        finished.clear();
        f.proxy.setPattern(QStringLiteral("buy"));
        f.proxy.setPattern(QStringLiteral("sell"));
        QVERIFY(f.proxy.isMatching());
        f.source.setCapacity(3);
        QVERIFY(!f.proxy.isMatching());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(shownRows(f.proxy),
                 expectedRows(f.source, price, Qt::DescendingOrder, matching(QStringLiteral("sell"))));

        // No pattern: nothing to match, every row shows.
        f.source.setCapacity(60);
        f.source.appendBatch(variedBatch(308, 40));
        f.proxy.setPattern(QStringLiteral("buy"));
        QVERIFY(f.proxy.isMatching());
        f.proxy.setPattern(QString());
        QVERIFY(!f.proxy.isMatching());
        QCOMPARE(f.proxy.rowCount(), 43);
    }

    void changesOutsideTheWindowPatternAreFollowed()
    {
        ItemWindow w;
        for (int i = 0; i < 8; ++i)
            w.append(double((i * 5) % 8), QStringLiteral("r%1").arg(i));
        const auto check = [&w](int sortColumn) {
            const QList<int> expected = expectedRows(w.source, sortColumn, w.proxy.sortOrder(), [&w](int row) {
                return w.proxy.pattern().isEmpty()
                    || w.source.index(row, 0).data().toString().contains(w.proxy.pattern());
            });
            return shownRows(w.proxy) == expected;
        };
        w.proxy.sort(0, Qt::AscendingOrder);
        // A row inserted in the middle, two removed from the middle, a value changed.
        w.source.insert(3, 2.5, QStringLiteral("x"));
        QVERIFY(check(0));
        w.source.remove(5, 2);
        QVERIFY(check(0));
        w.source.setValue(0, -1.0);
        QVERIFY(check(0));
        w.proxy.setPattern(QStringLiteral("r"));
        QVERIFY(check(0));
        w.source.setLabel(1, QStringLiteral("no longer matching"));
        QVERIFY(check(0));
        w.proxy.sort(-1);
        w.source.insert(0, QVariant(), QStringLiteral("r-first"));
        QVERIFY(check(-1));
        w.proxy.setPattern(QString());
        w.source.setLabel(2, QStringLiteral("renamed"));
        QCOMPARE(w.proxy.index(2, 0).data().toString(), QStringLiteral("renamed"));
        QVERIFY(check(-1));
    }
};

QTEST_GUILESS_MAIN(TestEventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"
