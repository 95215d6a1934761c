// EventFilterProxyModel against QSortFilterProxyModel over the same EventTableModel, through
// thousands of seeded random steps: batches (some larger than the window), window size changes,
// pause, clear, filter and sort changes, and the slices of a filter being matched.
//
// SHURIKEN_PROXY_SEED=<n> replays a run (the seed is printed; "random" picks a new one);
// SHURIKEN_PROXY_STEPS=<n> changes the number of steps.

#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <memory>
#include <random>

using namespace shuriken;
using namespace shuriken::test;

namespace {

constexpr quint64 DefaultSeed = 20250101;
constexpr int DefaultSteps = 4000;

quint64 seedFromEnvironment()
{
    const QString value = qEnvironmentVariable("SHURIKEN_PROXY_SEED");
    if (value == QLatin1String("random"))
        return QRandomGenerator::global()->generate64();
    bool ok = false;
    const quint64 seed = value.toULongLong(&ok);
    return ok ? seed : DefaultSeed;
}

int stepsFromEnvironment()
{
    bool ok = false;
    const int steps = qEnvironmentVariableIntValue("SHURIKEN_PROXY_STEPS", &ok);
    return ok && steps >= 0 ? steps : DefaultSteps;
}

// Values drawn from small sets, so that sorting meets ties, equal text with different
// spellings ("0.01", "0.010"), text equal in its first eight units, and missing cells.
const QStringList Makers = {
    QString::fromLatin1(SwapMaker),
    QStringLiteral("9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWA"),
    QStringLiteral("FvHz8oWcPkGg2tb1Yj4hqm2xU2rWM7Ra5RdNqcrqX3Kp"),
    QStringLiteral("9WzDXwBb"),
    QStringLiteral("9WzDXwB"),
};
const QStringList Prices
    = {QStringLiteral("0.01"), QStringLiteral("0.010"), QStringLiteral("0.1"),    QStringLiteral("0.0001234"),
       QStringLiteral("1"),    QStringLiteral("12.5"),  QStringLiteral("0.0015"), QStringLiteral("250")};
const QStringList Signatures = {
    QString::fromLatin1(SwapSignature),
    QStringLiteral("5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUA"),
    QStringLiteral("3xHq"),
};

struct Pattern
{
    QString text;
    EventFilterProxyModel::PatternSyntax syntax;
};
const QList<Pattern> Patterns = {
    {QString(), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("buy"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("SELL"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("0.01"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("9WzDXwBb"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("AWWA"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("kQUW"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("5"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("(unclosed"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("no such text"), EventFilterProxyModel::PatternSyntax::PlainText},
    {QStringLiteral("^(buy|sell)$"), EventFilterProxyModel::PatternSyntax::RegularExpression},
    {QStringLiteral("^S"), EventFilterProxyModel::PatternSyntax::RegularExpression},
    {QStringLiteral("^0\\.0[0-1]"), EventFilterProxyModel::PatternSyntax::RegularExpression},
    {QStringLiteral("W{2}[AM]$"), EventFilterProxyModel::PatternSyntax::RegularExpression},
    {QStringLiteral("^$"), EventFilterProxyModel::PatternSyntax::RegularExpression},
    {QStringLiteral("(unclosed"), EventFilterProxyModel::PatternSyntax::RegularExpression},
    {QStringLiteral("[0-9]{4}"), EventFilterProxyModel::PatternSyntax::RegularExpression},
};

/// -1, 0, 1: how two SortRole values of one column order (one type per column in this data).
int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int order = QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
        return order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong) {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

class Run
{
public:
    explicit Run(quint64 seed)
        : m_rng(seed)
    {
        // Attached before any data, as a view would be.
        new QAbstractItemModelTester(&m_source, QAbstractItemModelTester::FailureReportingMode::QtTest, &m_source);
        new QAbstractItemModelTester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, &m_proxy);
        new QAbstractItemModelTester(&m_reference, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &m_reference);
        m_source.setCapacity(50);
        m_proxy.setSourceModel(&m_source);
        m_reference.setSortRole(EventTableModel::SortRole);
        m_reference.setFilterRole(EventTableModel::FullTextRole);
        m_reference.setFilterKeyColumn(m_proxy.column());
        m_reference.setDynamicSortFilter(true);
        m_reference.setSourceModel(&m_source);
    }

    const QStringList &log() const { return m_log; }

    /// How many checks saw each state: a run that never sorted or matched proves little.
    struct Stats
    {
        int checks = 0;
        int sorted = 0;
        int filtered = 0;
        int matching = 0;
        int mostRows = 0;
    };
    Stats stats() const { return m_stats; }

    /// One random change to the source or to the filter and sort.
    void step()
    {
        const int action = pick(100);
        if (action < 38)
            appendBatch();
        else if (action < 43)
            changeCapacity();
        else if (action < 53)
            changePattern();
        else if (action < 57)
            changeSyntax();
        else if (action < 60)
            changeCaseSensitivity();
        else if (action < 65)
            changeColumn();
        else if (action < 76)
            changeSort();
        else if (action < 79)
            togglePause();
        else if (action < 81)
            clear();
        else if (action < 90)
            pumpEvents(1 + pick(3));
        else if (action < 96)
            pumpEvents(100000);
        else
            changeSliceRows();
    }

    /// Empty when both proxies show the same; else what differs.
    QString mismatch() const
    {
        const int sortColumn = m_proxy.sortColumn();
        const Qt::SortOrder order = m_proxy.sortOrder();
        QList<int> shown;
        for (int row = 0; row < m_proxy.rowCount(); ++row) {
            const int sourceRow = m_proxy.sourceRow(row);
            if (m_proxy.mapToSource(m_proxy.index(row, 0)).row() != sourceRow)
                return QStringLiteral("proxy row %1: mapToSource disagrees with sourceRow()").arg(row);
            shown.append(sourceRow);
        }
        if (!m_patternProblem.isEmpty())
            return m_patternProblem;
        std::vector<int> proxyRows(size_t(m_source.rowCount()), -1);
        for (qsizetype row = 0; row < shown.size(); ++row) {
            if (shown.at(row) < 0 || shown.at(row) >= m_source.rowCount())
                return QStringLiteral("proxy row %1 shows source row %2").arg(row).arg(shown.at(row));
            proxyRows[size_t(shown.at(row))] = int(row);
        }
        for (int sourceRow = 0; sourceRow < m_source.rowCount(); ++sourceRow) {
            const int at = proxyRows[size_t(sourceRow)];
            if (m_proxy.proxyRow(sourceRow) != at || m_proxy.mapFromSource(m_source.index(sourceRow, 1)).row() != at)
                return QStringLiteral("source row %1 is at proxy row %2, proxyRow() says %3")
                    .arg(sourceRow)
                    .arg(at)
                    .arg(m_proxy.proxyRow(sourceRow));
        }
        QList<int> expected;
        for (int row = 0; row < m_reference.rowCount(); ++row)
            expected.append(m_reference.mapToSource(m_reference.index(row, 0)).row());

        // Each row shown is in its place: arrival order, or sorted with missing values last in
        // either direction and equal values by arrival (descending: the exact reverse).
        for (qsizetype i = 1; i < shown.size(); ++i) {
            const int a = shown.at(i - 1);
            const int b = shown.at(i);
            int cmp = 0;
            if (sortColumn >= 0) {
                const QVariant x = sortValue(a);
                const QVariant y = sortValue(b);
                if (x.isValid() != y.isValid())
                    cmp = x.isValid() ? -1 : 1;
                else if (x.isValid())
                    cmp = compareValues(x, y);
                if (order == Qt::DescendingOrder && x.isValid() && y.isValid())
                    cmp = -cmp;
            }
            if (cmp == 0)
                cmp = (sortColumn >= 0 && order == Qt::DescendingOrder) ? (b < a ? -1 : 1) : (a < b ? -1 : 1);
            if (cmp > 0)
                return QStringLiteral("proxy rows %1 and %2 (source rows %3, %4) are out of order")
                    .arg(i - 1)
                    .arg(i)
                    .arg(a)
                    .arg(b);
        }

        ++m_stats.checks;
        m_stats.sorted += sortColumn >= 0 ? 1 : 0;
        m_stats.filtered += m_proxy.isFiltering() ? 1 : 0;
        m_stats.mostRows = std::max(m_stats.mostRows, int(shown.size()));
        if (m_proxy.isMatching()) {
            ++m_stats.matching;
            // Still matching the older rows: what shows is some of what should.
            QList<int> sorted = expected;
            std::sort(sorted.begin(), sorted.end());
            for (const int row : std::as_const(shown)) {
                if (!std::binary_search(sorted.begin(), sorted.end(), row))
                    return QStringLiteral("while matching, source row %1 shows but does not match").arg(row);
            }
            return {};
        }

        if (shown.size() != expected.size())
            return QStringLiteral("%1 rows shown, QSortFilterProxyModel shows %2")
                .arg(shown.size())
                .arg(expected.size());
        if (sortColumn < 0) {
            if (shown != expected)
                return QStringLiteral("rows differ: %1").arg(firstDifference(shown, expected));
        } else {
            // QSortFilterProxyModel leaves the order of equal values open and puts missing values
            // first when descending: the same rows, and the same sequence of present values.
            QList<int> a = shown;
            QList<int> b = expected;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a != b)
                return QStringLiteral("different rows: %1").arg(firstDifference(a, b));
            QVariantList ours;
            QVariantList theirs;
            for (const int row : std::as_const(shown)) {
                if (const QVariant v = sortValue(row); v.isValid())
                    ours.append(v);
            }
            for (const int row : std::as_const(expected)) {
                if (const QVariant v = sortValue(row); v.isValid())
                    theirs.append(v);
            }
            for (qsizetype i = 0; i < std::min(ours.size(), theirs.size()); ++i) {
                if (compareValues(ours.at(i), theirs.at(i)) != 0)
                    return QStringLiteral("sort value %1 differs: %2, QSortFilterProxyModel %3")
                        .arg(i)
                        .arg(ours.at(i).toString(), theirs.at(i).toString());
            }
            if (ours.size() != theirs.size())
                return QStringLiteral("%1 present sort values, QSortFilterProxyModel %2")
                    .arg(ours.size())
                    .arg(theirs.size());
        }
        // The cells are the source's (one column per check keeps it cheap).
        const int column = m_stats.checks % std::max(1, m_source.columnCount());
        for (qsizetype row = 0; row < shown.size(); ++row) {
            if (m_proxy.index(int(row), column).data() != m_source.index(shown.at(row), column).data())
                return QStringLiteral("cell (%1, %2) differs from its source cell").arg(row).arg(column);
        }
        return {};
    }

private:
    int pick(int bound) { return int(std::uniform_int_distribution<int>(0, bound - 1)(m_rng)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T>
    const T &pickFrom(const QList<T> &list)
    {
        return list.at(pick(int(list.size())));
    }

    QVariant sortValue(int sourceRow) const
    {
        return m_source.index(sourceRow, m_proxy.sortColumn()).data(EventTableModel::SortRole);
    }

    static QString firstDifference(const QList<int> &a, const QList<int> &b)
    {
        qsizetype i = 0;
        while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
            ++i;
        return QStringLiteral("at %1: %2 vs %3")
            .arg(i)
            .arg(i < a.size() ? QString::number(a.at(i)) : QStringLiteral("end"),
                 i < b.size() ? QString::number(b.at(i)) : QStringLiteral("end"));
    }

    StreamEvent randomEvent()
    {
        const qint64 seq = m_nextSeq++;
        QJsonObject payload = swapPayload(seq, chance(50));
        payload.insert(QStringLiteral("maker"), pickFrom(Makers));
        payload.insert(QStringLiteral("signature"), pickFrom(Signatures));
        payload.insert(QStringLiteral("blockTime"), SwapBlockTime + pick(5));
        if (chance(15))
            payload.remove(QStringLiteral("priceUsd"));
        else
            payload.insert(QStringLiteral("priceUsd"), pickFrom(Prices));
        payload.insert(QStringLiteral("sizeSol"), QString::number(pick(40) / 8.0));
        if (chance(10))
            payload.remove(QStringLiteral("sizeUsd"));
        // Receive times mostly rise, sometimes repeat or step back (a clock adjusted).
        m_receivedUs += qint64(pick(4) - 1) * 1000;
        return makeEvent(QStringLiteral("svm.token.swaps"), payload, m_receivedUs);
    }

    void appendBatch()
    {
        const int capacity = m_source.capacity();
        const int size = chance(8) ? capacity + 1 + pick(20) : (chance(20) ? 1 + pick(capacity) : 1 + pick(12));
        StreamEventBatch batch;
        batch.reserve(size);
        const qint64 first = m_nextSeq;
        for (int i = 0; i < size; ++i)
            batch.append(randomEvent());
        m_log.append(QStringLiteral("append %1 events (seq %2..)").arg(size).arg(first));
        m_source.appendBatch(batch);
    }

    void changeCapacity()
    {
        const int capacity = chance(10) ? 1 + pick(3) : (chance(15) ? 200 + pick(300) : 5 + pick(120));
        m_log.append(QStringLiteral("capacity %1").arg(capacity));
        m_source.setCapacity(capacity);
    }

    void changePattern()
    {
        const Pattern &pattern = pickFrom(Patterns);
        m_log.append(QStringLiteral("pattern \"%1\" %2").arg(pattern.text, syntaxName(pattern.syntax)));
        // Syntax first, so the half-way state is a valid filter too.
        m_proxy.setPatternSyntax(pattern.syntax);
        m_proxy.setPattern(pattern.text);
        updateReferenceFilter();
    }

    void changeSyntax()
    {
        const auto syntax = m_proxy.patternSyntax() == EventFilterProxyModel::PatternSyntax::PlainText
            ? EventFilterProxyModel::PatternSyntax::RegularExpression
            : EventFilterProxyModel::PatternSyntax::PlainText;
        m_log.append(QStringLiteral("syntax %1").arg(syntaxName(syntax)));
        m_proxy.setPatternSyntax(syntax);
        updateReferenceFilter();
    }

    void changeCaseSensitivity()
    {
        const auto sensitivity
            = m_proxy.caseSensitivity() == Qt::CaseSensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
        m_log.append(sensitivity == Qt::CaseSensitive ? QStringLiteral("case-sensitive")
                                                      : QStringLiteral("case-insensitive"));
        m_proxy.setCaseSensitivity(sensitivity);
        updateReferenceFilter();
    }

    void changeColumn()
    {
        const int column = chance(40) ? int(EventFilterProxyModel::AllColumns) : pick(m_source.columnCount());
        m_log.append(QStringLiteral("filter column %1").arg(column));
        m_proxy.setColumn(column);
        m_reference.setFilterKeyColumn(column);
    }

    void changeSort()
    {
        const int column = chance(20) ? -1 : pick(m_source.columnCount());
        const Qt::SortOrder order = chance(50) ? Qt::AscendingOrder : Qt::DescendingOrder;
        m_log.append(
            QStringLiteral("sort %1 %2").arg(column).arg(QLatin1String(order == Qt::AscendingOrder ? "asc" : "desc")));
        m_proxy.sort(column, order);
        m_reference.sort(column, order);
    }

    void togglePause()
    {
        m_log.append(m_source.isPaused() ? QStringLiteral("resume") : QStringLiteral("pause"));
        m_source.setPaused(!m_source.isPaused());
    }

    void clear()
    {
        m_log.append(QStringLiteral("clear"));
        m_source.clear();
    }

    void pumpEvents(int passes)
    {
        m_log.append(QStringLiteral("up to %1 event-loop passes").arg(passes));
        for (int pass = 0; pass < passes && m_proxy.isMatching(); ++pass)
            QCoreApplication::processEvents();
    }

    void changeSliceRows()
    {
        // 0 sizes slices by time; windows stay far below the 1,024 rows always matched in one
        // go then, so a run replays the same way.
        const int rows = QList<int> {0, 1, 3, 16, 64}.at(pick(5));
        m_log.append(QStringLiteral("slice rows %1").arg(rows));
        m_proxy.setMatchSliceRows(rows);
    }

    void updateReferenceFilter()
    {
        const QString pattern = m_proxy.pattern();
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (m_proxy.caseSensitivity() == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        QRegularExpression regex;
        if (m_proxy.patternSyntax() == EventFilterProxyModel::PatternSyntax::PlainText)
            regex = QRegularExpression(QRegularExpression::escape(pattern), options);
        else
            regex = QRegularExpression(pattern, options);
        // An unusable pattern hides nothing (and says why).
        if (regex.isValid() != m_proxy.patternError().isEmpty())
            m_patternProblem = QStringLiteral("patternError() \"%1\" for a pattern QRegularExpression finds %2")
                                   .arg(m_proxy.patternError(), QLatin1String(regex.isValid() ? "valid" : "invalid"));
        m_reference.setFilterRegularExpression(regex.isValid() ? regex : QRegularExpression());
    }

    static QString syntaxName(EventFilterProxyModel::PatternSyntax syntax)
    {
        return syntax == EventFilterProxyModel::PatternSyntax::PlainText ? QStringLiteral("plain")
                                                                         : QStringLiteral("regex");
    }

    std::mt19937_64 m_rng;
    EventTableModel m_source {QStringLiteral("svm.token.swaps")};
    EventFilterProxyModel m_proxy;
    QSortFilterProxyModel m_reference;
    QStringList m_log;
    QString m_patternProblem;
    qint64 m_nextSeq = 0;
    qint64 m_receivedUs = (SwapBlockTime * 1000 + 2000) * 1000;
    mutable Stats m_stats;
};

} // namespace

class TestEventFilterProxyRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQSortFilterProxyModel()
    {
        const quint64 seed = seedFromEnvironment();
        const int steps = stepsFromEnvironment();
        qInfo("seed %llu, %d steps (SHURIKEN_PROXY_SEED and SHURIKEN_PROXY_STEPS change them)", seed, steps);
        Run run(seed);
        const auto printLog = [&run, seed](int step) {
            qInfo("seed %llu failed at step %d; the steps (after a window of 50 rows was set up):", seed, step);
            const QStringList &log = run.log();
            for (qsizetype i = 0; i < log.size(); ++i)
                qInfo("%lld: %s", qlonglong(i), qPrintable(log.at(i)));
        };
        for (int step = 0; step < steps; ++step) {
            run.step();
            const QString problem = run.mismatch();
            if (!problem.isEmpty() || QTest::currentTestFailed()) {
                printLog(step);
                QFAIL(qPrintable(problem.isEmpty() ? QStringLiteral("a model tester failed") : problem));
            }
        }
        const Run::Stats stats = run.stats();
        qInfo("%d checks: %d sorted, %d filtered, %d while matching; at most %d rows shown", stats.checks, stats.sorted,
              stats.filtered, stats.matching, stats.mostRows);
    }
};

QTEST_GUILESS_MAIN(TestEventFilterProxyRandom)
#include "tst_eventfilterproxyrandom.moc"
