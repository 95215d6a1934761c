// Typed cells against payloads: a field that is a schema column is read from the row's cell
// when the cell says exactly what the payload holds, from the payload otherwise, and the two
// always agree, whatever JSON type the field arrives as. Also: how often payloads are parsed,
// and many threads evaluating one filter at once.

#include "filtertestrows.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace shuriken;
using namespace filtertest;

namespace {

// Values a field may arrive as, documented or not.
const QList<QByteArray> jsonValues {
    "true",
    "false",
    "0",
    "1",
    "-1",
    "3.0",
    "155.8",
    "-5.5",
    "1e-9",
    "1e300",
    "1796551200",
    "1796551200.5",
    "9007199254740993",
    "18446744073709551615",
    "-9223372036854775808",
    "12345",
    R"("155.80")",
    R"("155.8")",
    R"("0.1")",
    R"("1e3")",
    R"(" 42 ")",
    R"("+7")",
    R"("-5")",
    R"("-0")",
    R"("12345")",
    R"("1796551200")",
    R"("18446744073709551615")",
    R"("9007199254740993")",
    R"("1.5")",
    R"(".5")",
    R"("inf")",
    R"("nan")",
    R"("abc")",
    R"("7mkRtrader")",
    R"("true")",
    R"("false")",
    R"("null")",
    R"("")",
    R"("日本🚀")",
    R"("[1]")",
    R"("{}")",
    "null",
    "[]",
    "[1,2]",
    "{}",
    R"({"a":1})",
    // Longer than a cell keeps (1024 UTF-16 units).
    '"' + QByteArray(1100, 'x') + '"',
    '"' + QByteArray(1100, '7') + '"',
};

// Expressions over a field F, covering every kind of use.
const QStringList expressionTemplates {
    QStringLiteral("F"),
    QStringLiteral("!F"),
    QStringLiteral("exists F"),
    QStringLiteral("F == 155.8"),
    QStringLiteral("F > 0"),
    QStringLiteral("F < 1e19"),
    QStringLiteral("F == 18446744073709551615"),
    QStringLiteral("F == 1796551200"),
    QStringLiteral("F >= 12345"),
    QStringLiteral("F == 42"),
    QStringLiteral("F == 7"),
    QStringLiteral("F == -5"),
    QStringLiteral("F == 3"),
    QStringLiteral("F == 9007199254740993"),
    QStringLiteral(R"(F == "155.80")"),
    QStringLiteral(R"(F == "abc")"),
    QStringLiteral(R"(F != "abc")"),
    QStringLiteral(R"(F < "b")"),
    QStringLiteral(R"(F == "12345")"),
    QStringLiteral(R"(F != "1796551200")"),
    QStringLiteral("F == true"),
    QStringLiteral("F != false"),
    QStringLiteral(R"(F contains "1")"),
    QStringLiteral(R"(F matches "^[0-9]")"),
    QStringLiteral("len(F) > 2"),
    QStringLiteral("abs(F) >= 1"),
    QStringLiteral(R"(lower(F) == "true")"),
    QStringLiteral(R"(F in {1, "abc", true})"),
    QStringLiteral("F in {0, 1, 12345}"),
    QStringLiteral(R"(F in {"155.80", "7mkRtrader"})"),
};

struct SchemaField
{
    QString stream;
    QByteArray path; // dotted
};

// Payload text with @p path set to @p value, beside a field of another column.
QByteArray payloadWith(const QByteArray &path, const QByteArray &value)
{
    const QList<QByteArray> keys = path.split('.');
    QByteArray inner = value;
    for (qsizetype i = keys.size() - 1; i >= 0; --i)
        inner = "{\"" + keys.at(i) + "\":" + inner + (i == 0 ? QByteArray(",\"seq\":1") : QByteArray()) + '}';
    return inner;
}

} // namespace

class TestDisplayFilterCells : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsAgreeWithPayload_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QByteArray>("path");
        // Every column kind the binding reads: unixSeconds, side, decimal, address, integer,
        // unixMs, text, bool, and a nested path.
        const QList<SchemaField> fields {
            {QStringLiteral("svm.token.swaps"), "blockTime"},
            {QStringLiteral("svm.token.swaps"), "isBuy"},
            {QStringLiteral("svm.token.swaps"), "priceUsd"},
            {QStringLiteral("svm.token.swaps"), "maker"},
            {QStringLiteral("svm.token.balances"), "preBalance"},
            {QStringLiteral("svm.token.balances"), "decimals"},
            {QStringLiteral("svm.token.poolInfo"), "tokenSymbol"},
            {QStringLiteral("svm.token.poolInfo"), "timestampUpdatedMs"},
            {QStringLiteral("alpha.personal"), "data.isDeleted"},
            {QStringLiteral("portfolio.notifications"), "type"},
        };
        for (const SchemaField &field : fields)
            QTest::addRow("%s %s", qPrintable(field.stream), field.path.constData()) << field.stream << field.path;
    }

    void cellsAgreeWithPayload()
    {
        QFETCH(QString, stream);
        QFETCH(QByteArray, path);
        EventRowBuilder builder;
        const StreamSchema &schema = builder.schemaFor(stream);
        int typedReads = 0;
        for (const QString &pattern : expressionTemplates) {
            QString text = pattern;
            text.replace(u'F', QString::fromUtf8(path));
            const DisplayFilter filter = DisplayFilter::parse(text);
            QVERIFY2(filter.isValid(), qPrintable(text));
            const FilterBinding binding = filter.bind(schema);
            QVERIFY2(binding.readsCells(), qPrintable(text)); // the path is a column of the schema
            for (const QByteArray &value : jsonValues) {
                const StreamEvent event = StreamEvent::fromFrame(stream, QStringLiteral("c"), QStringLiteral("update"),
                                                                 payloadWith(path, value), ReceivedAtUs, builder);
                QVERIFY(!event.parseFailed());
                const bool fromPayload = filter.matches(FilterRowContext::fromEvent(event));
                const quint64 parsesBefore = DisplayFilter::payloadParsesOnThisThread();
                const bool fromCells = filter.matches(FilterRowContext::fromEvent(event, &binding));
                typedReads += DisplayFilter::payloadParsesOnThisThread() == parsesBefore ? 1 : 0;
                QVERIFY2(fromPayload == fromCells,
                         qPrintable(QStringLiteral("%1 with %2: payload says %3, cells say %4")
                                        .arg(text, QString::fromUtf8(value.left(40)))
                                        .arg(fromPayload)
                                        .arg(fromCells)));
            }
        }
        // The cells did the work in most cases, not the fallback.
        QVERIFY2(typedReads > int(expressionTemplates.size() * jsonValues.size()) / 4,
                 qPrintable(QString::number(typedReads)));
    }

    /// A filter over metadata and typed cells parses no payload; one over payload fields parses
    /// each payload once, however many fields it reads.
    void parsesAtMostOncePerRow_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("bound");
        QTest::addColumn<int>("parsesPerRow");
        QTest::newRow("metadata") << QStringLiteral(R"(channel == "x" || seq > 3 || latency > 0)") << false << 0;
        QTest::newRow("typed cells") << QStringLiteral("isBuy && priceUsd > 150") << true << 0;
        QTest::newRow("typed cells and metadata")
            << QStringLiteral(R"(maker != "x" && sizeUsd < 1e6 && received > "2026-01-01T00:00:00Z")") << true << 0;
        QTest::newRow("same, unbound") << QStringLiteral("isBuy && priceUsd > 150") << false << 1;
        QTest::newRow("one field outside the schema")
            << QStringLiteral(R"(tokenMint == "So11111111111111111111111111111111111111112" && isBuy)") << true << 1;
        QTest::newRow("many payload fields")
            << QStringLiteral(R"(tokenMint != "x" && network == "sol" && slot > 1 && !fees.mevFeeLamports)") << true
            << 1;
    }

    void parsesAtMostOncePerRow()
    {
        QFETCH(QString, expression);
        QFETCH(bool, bound);
        QFETCH(int, parsesPerRow);
        const DisplayFilter filter = DisplayFilter::parse(expression);
        QVERIFY(filter.isValid());
        EventRowBuilder builder;
        const FilterBinding binding = filter.bind(builder.schemaFor(QStringLiteral("svm.token.swaps")));
        const QList<StreamEvent> events {sampleEvent(sampleRows().value(QStringLiteral("swap"))),
                                         sampleEvent(sampleRows().value(QStringLiteral("sell")))};
        const quint64 before = DisplayFilter::payloadParsesOnThisThread();
        int matched = 0;
        for (const StreamEvent &event : events)
            matched += filter.matches(FilterRowContext::fromEvent(event, bound ? &binding : nullptr)) ? 1 : 0;
        QCOMPARE(DisplayFilter::payloadParsesOnThisThread() - before, quint64(parsesPerRow * events.size()));
        QVERIFY(matched >= 0);
    }

    /// A binding is used only for rows built for its schema.
    void bindingOfAnotherSchemaIsIgnored()
    {
        const DisplayFilter filter = DisplayFilter::parse(QStringLiteral("priceUsd > 150"));
        EventRowBuilder builder;
        const FilterBinding poolBinding = filter.bind(builder.schemaFor(QStringLiteral("svm.token.poolInfo")));
        QVERIFY(poolBinding.readsCells());
        const StreamEvent swap = sampleEvent(sampleRows().value(QStringLiteral("swap")));
        const FilterRowContext context = FilterRowContext::fromEvent(swap, &poolBinding);
        QCOMPARE(context.binding, nullptr);
        QVERIFY(filter.matches(context));
        // A binding made by another filter is not read either.
        const DisplayFilter other = DisplayFilter::parse(QStringLiteral("priceUsd > 150"));
        const FilterBinding otherBinding = other.bind(builder.schemaFor(QStringLiteral("svm.token.swaps")));
        const quint64 before = DisplayFilter::payloadParsesOnThisThread();
        QVERIFY(filter.matches(FilterRowContext::fromEvent(swap, &otherBinding)));
        QCOMPARE(DisplayFilter::payloadParsesOnThisThread(), before + 1);
    }

    /// matchRows() says what matches() says, row by row.
    void matchRowsAgreesWithMatches()
    {
        const DisplayFilter filter = DisplayFilter::parse(QStringLiteral("isBuy || seq == 7 || n exists"));
        QList<StreamEvent> events;
        for (const SampleRow &row : sampleRows())
            events.append(sampleEvent(row));
        std::vector<FilterRowContext> contexts;
        for (const StreamEvent &event : std::as_const(events))
            contexts.push_back(FilterRowContext::fromEvent(event));
        // One more than the rows: left alone.
        const auto flags = std::make_unique<bool[]>(contexts.size() + 1);
        flags[contexts.size()] = true;
        const qsizetype matched = filter.matchRows(contexts, std::span<bool>(flags.get(), contexts.size()));
        qsizetype expected = 0;
        for (size_t i = 0; i < contexts.size(); ++i) {
            QCOMPARE(flags[i], filter.matches(contexts[i]));
            expected += flags[i] ? 1 : 0;
        }
        QCOMPARE(matched, expected);
        QCOMPARE(matched, 3); // swap and swapnum (isBuy "true" is a nonempty string), balance (seq 7)
        QVERIFY(flags[contexts.size()]);
    }

    /// Several threads evaluate one filter (one shared program, regular expression included) at
    /// once and get what one thread gets.
    void concurrentEvaluation()
    {
        const DisplayFilter filter = DisplayFilter::parse(
            QStringLiteral(R"((isBuy && priceUsd > 150) || data.content matches "(?i)wif" || lower(type) == "swap")"
                           R"( || preBalance == 18446744073709551615)"));
        QVERIFY(filter.isValid());
        QList<StreamEvent> events;
        for (const SampleRow &row : sampleRows())
            events.append(sampleEvent(row));
        EventRowBuilder builder;
        std::vector<FilterBinding> bindings;
        for (const StreamEvent &event : std::as_const(events))
            bindings.push_back(filter.bind(builder.schemaFor(event.stream)));
        QList<bool> expected;
        for (qsizetype i = 0; i < events.size(); ++i)
            expected.append(filter.matches(FilterRowContext::fromEvent(events.at(i), &bindings[size_t(i)])));
        QCOMPARE(expected.count(true), 5); // swap, swapnum, message, note, balance

        std::atomic<int> mismatches = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                const DisplayFilter copy = filter; // copies share the program
                for (int round = 0; round < 500; ++round) {
                    for (qsizetype i = 0; i < events.size(); ++i) {
                        const bool bound = (round + t) % 2 == 0;
                        const FilterRowContext context
                            = FilterRowContext::fromEvent(events.at(i), bound ? &bindings[size_t(i)] : nullptr);
                        if (copy.matches(context) != expected.at(i))
                            ++mismatches;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDisplayFilterCells)
#include "tst_displayfiltercells.moc"
