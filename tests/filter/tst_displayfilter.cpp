// The display-filter language: what expressions mean on events of several streams (every row is
// matched three ways, which must agree: payload copied, payload parsed in place, typed cells),
// and what every malformed expression is told, with its column.

#include "filtertestrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace shuriken;
using namespace filtertest;

// The tables are defined after the class: moc (Qt 6.4) misreads some of their raw strings, and
// only needs the declarations.
class TestDisplayFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data();
    void expressions();
    void errors_data();
    void errors();
    /// An invalid filter matches nothing and says so; a valid one keeps its text.
    void invalidFilterMatchesNothing();
    /// What the filter needs of an event, for a front end deciding how to feed it.
    void readsPayloadAndLatency_data();
    void readsPayloadAndLatency();
    /// A filter that is one value reads that value as a number (what the monitor plots), the
    /// same from the payload and from typed cells; a condition reads none.
    void numberOfValues_data();
    void numberOfValues();
    void cellValues_data();
    void cellValues();
    void cellValuesSortAsCompared();
    /// Filter text written by the monitor (Apply as Filter) reads back as what it was written
    /// from: string literals, and member steps of every kind of key.
    void writtenFiltersReadBack();
};

void TestDisplayFilter::expressions_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("expected");
    auto add = [](const char *row, const char *expression, bool expected) {
        QTest::addRow("%s | %s", row, expression)
            << QString::fromUtf8(row) << QString::fromUtf8(expression) << expected;
    };

    // Swaps: booleans, decimal strings against numbers, exactly.
    add("swap", "isBuy", true);
    add("sell", "isBuy", false);
    add("swap", "isBuy && priceUsd > 150", true);
    add("sell", "isBuy && priceUsd > 150", false);
    add("sell", "priceUsd > 150", false);
    add("sell", "priceUsd < 150", true);
    add("swap", "priceUsd == 155.8", true);
    add("swap", "priceUsd == 155.80000000000000000001", false);
    add("swap", "priceUsd >= 155.80", true);
    add("swap", "priceUsd <= 155.799999", false);
    add("swap", "priceUsd != 155.8", false);
    add("swap", R"(priceUsd == "155.80")", true);
    add("swap", R"(priceUsd == "155.8")", true); // two numbers, whatever their spelling
    add("swap", "sizeUsd > priceUsd", true); // "233.70" > "155.80" as numbers
    add("swap", "priceUsd < sizeUsd && sizeSol == 1.5", true);
    add("swap", "amountIn == 1500000000", true);
    add("swap", "slot in {312345678 1}", true);
    add("swap", "blockTime == 1796551200", true);
    add("swap", R"(blockTime == "1796551200")", true);
    add("swap", "abs(priceUsd) > 155", true);
    add("swap", "exists fees.gasLamports", true);
    add("sell", "exists fees", false);
    add("swap", R"(fees.platform == "shuriken" && fees.gasLamports == 5000)", true);
    add("sell", R"(fees.platform == "shuriken")", false);
    add("sell", R"(fees.platform != "shuriken")", false); // missing: false, != too
    add("sell", R"(!(fees.platform == "shuriken"))", true);
    add("sell", "sizeSol > 0", true);
    add("sell", "sizeUsd == 0", true);
    add("sell", "sizeUsd", true); // "0.00" is a nonempty string
    add("swap", R"(network in {"sol", "eth"})", true);
    add("swap", R"(maker < "8")", true); // text: "8" alone holds a number
    add("swap", R"(maker > "7mkR")", true);
    add("swap", "len(maker) == 10", true);
    add("swap", R"(lower(network) == "SOL")", false);
    add("swap", R"(lower(maker) contains "trader")", true);
    // The same fields with other JSON types.
    add("swapnum", "priceUsd == 155.8", true);
    add("swapnum", "priceUsd > 155.79999999999998", true);
    add("swapnum", R"(priceUsd == "155.8")", true);
    add("swapnum", "isBuy == true", false);
    add("swapnum", "isBuy != true", false); // a string and a boolean do not compare
    add("swapnum", R"(isBuy == "true")", true);
    add("swapnum", "isBuy", true);
    add("swapnum", "sizeSol < 0.000000002", true);
    add("swapnum", "sizeSol == 1e-9", true);
    add("swapnum", "sizeUsd == 233 && sizeUsd == 233.0", true);
    add("swapnum", "blockTime > 1796551199", true);
    add("swapnum", R"(blockTime == "1796551200")", true);
    add("swapnum", "maker == 12345", true);
    add("swapnum", R"(maker contains "23")", false); // a number has no text to search
    add("swapnum", R"(signature == "true")", true);
    add("swapnum", "signature == true", false);

    // Balances: u64 amounts, exactly.
    add("balance", "preBalance == 18446744073709551615", true);
    add("balance", "preBalance > 18446744073709551614", true);
    add("balance", "postBalance == 18446744073709551614", true);
    add("balance", "postBalance < preBalance", true);
    add("balance", "preBalance == 18446744073709551614", false);
    add("balance", "preBalance != 18446744073709551614", true);
    add("balance", "preBalance > 18446744073709551615", false);
    add("balance", "preBalance >= 18446744073709551615.0", true);
    add("balance", "postBalance == 1.8446744073709551614e19", true);
    add("balance", "preBalance > 1e19 && preBalance < 1e20", true);
    add("balance", "decimals == 6 && slot > 312345679", true);
    add("balance", R"(preBalance == "18446744073709551615")", true);
    add("balance", R"(owner matches "^9xQe" && mint != owner)", true);

    // Numbers of every form.
    add("other", "u64 == 18446744073709551615", true);
    add("other", "u64 > 18446744073709551614", true);
    add("other", "i64min < -9223372036854775807", true);
    add("other", "abs(i64min) == 9223372036854775808", true);
    add("other", "big > 123456789012345678901234567890", true);
    add("other", "big < 123456789012345678901234567890.50001", true);
    add("other", "big == 123456789012345678901234567890.50", true);
    add("other", "dec == 0.1", true);
    add("other", "flt == 0.1", true);
    add("other", "sum == 0.3", false);
    add("other", "sum > 0.3", true);
    add("other", "e == 1000", true);
    add("other", "sp == 42", true);
    add("other", "plus == 7", true);
    add("other", "bigexp > 1e299", true);
    add("other", "neg < -5.49", true);
    add("other", "abs(neg) == 5.5", true);
    add("other", "text5 == 12345", true);
    add("other", R"(text5 == "12345.0")", true);
    add("other", R"("10" > "9")", true);
    add("other", R"("10a" > "9")", false); // text
    add("other", "zero", false);
    add("other", "empty", false);
    add("other", "neg", true);
    add("other", "n", false); // null is missing
    add("other", "exists n", false);
    add("other", "n exists", false);
    add("other", "obj", false);
    add("other", "arr", true);

    // Text: Unicode, escapes, regular expressions.
    add("message", R"(data.content contains "🚀")", true);
    add("message", R"(data.content contains "日本")", true);
    add("message", R"(data.author.username == "Zoë")", true);
    add("message", R"(lower(data.author.username) == "zoë")", true);
    add("message", "len(data.content) == 18", true);
    add("message", R"(data.content matches "^Buy \$WIF")", true);
    add("message", R"(data.content matches "(?i)^buy")", true);
    add("message", R"(data.content matches "wif")", false);
    add("message", R"(data.content matches "\d")", false);
    add("message", R"(data.content matches "語$")", true);
    add("other", R"(esc == "a\"b\\c")", true);
    add("other", R"(esc == 'a"b\\c')", true);
    add("other", R"(nl contains "\n")", true);
    add("other", R"(nl matches "^two$")", false);
    add("other", R"(nl matches "(?m)^lines$")", true);
    add("other", R"(["odd key"] > "ye")", true);

    // Notifications, in-sets.
    add("note", R"(type in {"transfer" "approval"})", false);
    add("note", R"(type in {"swap"})", true);
    add("note", "chainId in {1, 56, 8453}", true);
    add("note", R"(chainId in {"1"})", true);
    add("note", R"(userId == "usr_sim0001" && taskId matches "^task_\d+$")", true);
    add("note", R"(type == "swap" and not (chainId == 56))", true);
    add("note", R"(taskId in {"task_0042", 42})", true);

    // Paths: nesting, indexes, quoted keys.
    add("message", R"(data.tokens[0].chain == "sol")", true);
    add("message", R"(data.tokens[1].address == "0x6982508145454ce325ddbe47a25d4ec3d2311933")", true);
    add("message", R"(data.tokens[-1].chain == "eth")", true);
    add("message", R"(data.tokens[2].chain == "eth")", false);
    add("message", R"(data.tokens[-3].chain == "sol")", false);
    add("message", "len(data.tokens) == 2", true);
    add("message", "len(data.author) == 2", true);
    add("message", R"(data["author"]["isBot"] == false)", true);
    add("message", "data.author.isBot", false);
    add("other", R"(["odd key"] == "yes")", true);
    add("other", R"(payload["odd key"] == "yes")", true);
    add("other", R"(nested.list[1].tags[0] == "x")", true);
    add("other", "nested.list[0].tags", false);
    add("other", "exists nested.list[1].tags", true);
    add("other", "nested.list[1].id >= 2", true);
    add("other", "arr[0] == 1 && arr[2] == 3", true);
    add("other", R"(payload.in == "keyword")", true);
    add("other", R"(["in"] == "keyword")", true);

    // Metadata, and payload fields of the same names.
    add("other", R"(channel == "test-channel")", true);
    add("other", R"(payload.channel == "inner")", true);
    add("other", R"(event == "custom")", true);
    add("other", R"(payload.event == "inner-event")", true);
    add("other", R"(stream == "test.unknown")", true);
    add("other", "payload.payload.deep", true);
    add("other", "len(payload) > 10", true);
    add("other", "exists payload", true);
    add("other", "seq exists", false);
    add("swap", "seq == 41", true);
    add("note", "seq == 0", true);
    add("swap", R"(channel contains "swaps")", true);
    add("swap", R"(stream matches "^svm\.")", true);
    add("note", R"(channel != "x")", true);
    add("swap", "latency == 2500", true);
    add("message", "latency == 1500", true);
    add("balance", "latency == 500", true);
    add("note", "latency >= 0", false);
    add("note", "!(latency >= 0)", true);
    add("swap", "received == 1796551202500000", true);
    add("swap", R"(received > "2026-12-06T10:00:00Z")", true);
    add("swap", R"(received < "2026-12-06T10:00:02.4Z")", false);
    add("swap", R"(received >= "2026-12-06T11:00:02.5+01:00")", true);
    add("swap", R"(received in {"2026-12-06T10:00:02.500000Z"})", true);

    // A payload that is not JSON: its fields are missing, the metadata is there.
    add("broken", "isBuy", false);
    add("broken", "!isBuy", true);
    add("broken", "priceUsd != 1", false);
    add("broken", R"(stream == "svm.token.swaps")", true);
    add("broken", "exists payload", false);
    add("broken", "len(payload)", false);

    // Logic and precedence.
    add("swap", "false || true && false", false);
    add("swap", "true || true && false", true);
    add("swap", "(true || true) && false", false);
    add("swap", "!!isBuy", true);
    add("sell", "not not isBuy", false);
    add("swap", "!isBuy || priceUsd > 1000", false);
    add("swap", "isBuy and priceUsd > 150 or sizeUsd > 10000", true);
    add("sell", "isBuy and priceUsd > 150 or sizeUsd < 1", true);
    add("swap", "!(priceUsd > 150)", false);
    add("swap", "! priceUsd > 150", false); // not binds to the whole comparison
    add("swap", "1 < 2", true);
    add("swap", R"("a" < "b")", true);
    add("swap", "((((isBuy))))", true);
}

void TestDisplayFilter::expressions()
{
    QFETCH(QString, row);
    QFETCH(QString, expression);
    QFETCH(bool, expected);
    FilterError error;
    const DisplayFilter filter = DisplayFilter::parse(expression, &error);
    QVERIFY2(filter.isValid(), qPrintable(error.message));
    QCOMPARE(filter.text(), expression);
    QVERIFY2(sampleRows().contains(row), qPrintable(row));
    const StreamEvent event = sampleEvent(sampleRows().value(row));
    const Verdicts result = verdicts(filter, event);
    QCOMPARE(result.copied, expected);
    QCOMPARE(result.inPlace, expected);
    QCOMPARE(result.typed, expected);
}

void TestDisplayFilter::numberOfValues_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("hasNumber");
    QTest::addColumn<double>("number");
    auto add = [](const char *row, const char *expression, bool has, double number) {
        QTest::addRow("%s: %s", row, expression)
            << QString::fromUtf8(row) << QString::fromUtf8(expression) << has << number;
    };
    add("swap", "priceUsd", true, 155.80); // a decimal string
    add("swap", "sizeSol", true, 1.5);
    add("swap", "slot", true, 312345678); // a JSON integer
    add("swap", "fees.gasLamports", true, 5000);
    add("swap", "isBuy", true, 1);
    add("sell", "isBuy", true, 0);
    add("swap", "abs(priceUsd)", true, 155.80);
    add("swap", "len(maker)", true, 10);
    add("swap", "seq", true, 41);
    add("swap", "received", true, double(ReceivedAtUs));
    add("swap", "maker", false, 0); // text that is no number
    add("swap", "missing", false, 0);
    add("swap", "fees", false, 0); // an object
    add("swap", "priceUsd > 100", false, 0); // a condition
    add("swapnum", "priceUsd", true, 155.8); // a JSON number in a decimal column
    add("swapnum", "sizeSol", true, 1e-9);
    add("balance", "preBalance", true, 18446744073709551615.0);
    add("other", "neg", true, -5.5);
    add("other", "abs(neg)", true, 5.5);
    add("other", "e", true, 1000); // "1e3"
    add("other", "sp", true, 42); // " 42 "
    add("other", "big", true, 123456789012345678901234567890.5);
    add("other", "bigexp", true, 1e300);
    add("other", "nested.list[1].id", true, 2);
    add("other", "len(arr)", true, 3);
    add("other", "n", false, 0); // null
    add("other", "empty", false, 0);
    add("broken", "priceUsd", false, 0);
}

void TestDisplayFilter::numberOfValues()
{
    QFETCH(QString, row);
    QFETCH(QString, expression);
    QFETCH(bool, hasNumber);
    QFETCH(double, number);
    FilterError error;
    const DisplayFilter filter = DisplayFilter::parse(expression, &error);
    QVERIFY2(filter.isValid(), qPrintable(error.message));
    QCOMPARE(filter.isValue(), !expression.contains(u'>'));
    const StreamEvent event = sampleEvent(sampleRows().value(row));
    EventRowBuilder builder;
    const FilterBinding binding = filter.bind(builder.schemaFor(event.stream));
    for (const FilterBinding *used : {static_cast<const FilterBinding *>(nullptr), &binding}) {
        const std::optional<double> value = filter.numberOf(FilterRowContext::fromEvent(event, used));
        QCOMPARE(value.has_value(), hasNumber);
        if (hasNumber)
            QCOMPARE(*value, number);
    }
}

void TestDisplayFilter::cellValues_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("sortKey");
    using T = FilterCellValue::Type;
    auto add = [](const char *row, const char *expression, T type, const char *text, const QVariant &key) {
        QTest::addRow("%s: %s", row, expression)
            << QString::fromUtf8(row) << QString::fromUtf8(expression) << int(type) << QString::fromUtf8(text) << key;
    };
    add("swap", "priceUsd", T::Number, "155.80", QVariant(155.80)); // shown as written
    add("swap", "sizeSol", T::Number, "1.500000000", QVariant(1.5));
    add("swap", "slot", T::Number, "312345678", QVariant(qint64(312345678)));
    add("swap", "fees.gasLamports", T::Number, "5000", QVariant(qint64(5000)));
    add("swap", "isBuy", T::Bool, "true", QVariant(true));
    add("swap", "maker", T::Text, "7mkRtrader", QVariant(QStringLiteral("7mkRtrader")));
    add("swap", "missing", T::Missing, "", QVariant());
    // An object (or array) shows as its compact JSON: a generic table's nested fields.
    add("swap", "fees", T::Text, R"({"gasLamports":5000,"platform":"shuriken"})",
        QVariant(QStringLiteral(R"({"gasLamports":5000,"platform":"shuriken"})")));
    add("swap", "priceUsd > 100", T::Missing, "", QVariant());
    add("balance", "preBalance", T::Number, "18446744073709551615", QVariant(quint64(18446744073709551615ULL)));
    add("other", "neg", T::Number, "-5.5", QVariant(-5.5));
    add("other", "abs(neg)", T::Number, "5.5", QVariant(5.5));
    add("other", "sp", T::Number, "42", QVariant(qint64(42)));
    add("other", "i64min", T::Number, "-9223372036854775808", QVariant(std::numeric_limits<qint64>::min()));
    add("other", "text5", T::Number, "12345", QVariant(qint64(12345)));
    add("other", "empty", T::Text, "", QVariant(QString()));
    add("other", "nested.list[1].id", T::Number, "2", QVariant(qint64(2)));
}

void TestDisplayFilter::cellValues()
{
    QFETCH(QString, row);
    QFETCH(QString, expression);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QVariant, sortKey);
    const DisplayFilter filter = DisplayFilter::parse(expression);
    QVERIFY(filter.isValid());
    const StreamEvent event = sampleEvent(sampleRows().value(row));
    EventRowBuilder builder;
    const FilterBinding binding = filter.bind(builder.schemaFor(event.stream));
    // Read from the payload and from the typed cells alike.
    for (const FilterBinding *used : {static_cast<const FilterBinding *>(nullptr), &binding}) {
        const FilterCellValue value = filter.cellValueOf(FilterRowContext::fromEvent(event, used));
        QCOMPARE(int(value.type), type);
        QCOMPARE(value.text, text);
        QCOMPARE(value.sortKey, sortKey);
    }
}

void TestDisplayFilter::cellValuesSortAsCompared()
{
    // Decimal strings order as numbers ("9.5" before "10.25"), u64 neighbours exactly.
    const DisplayFilter filter = DisplayFilter::parse(QStringLiteral("v"));
    const auto keyOf = [&filter](const char *json) {
        StreamEvent event = sampleEvent({QStringLiteral("test.unknown"), QStringLiteral("c"), QByteArray(json)});
        return filter.cellValueOf(FilterRowContext::fromEvent(event)).sortKey;
    };
    QVERIFY(keyOf(R"({"v":"9.5"})").toDouble() < keyOf(R"({"v":"10.25"})").toDouble());
    QCOMPARE(keyOf(R"({"v":"18446744073709551614"})").toULongLong(), 18446744073709551614ULL);
    QCOMPARE(keyOf(R"({"v":"18446744073709551615"})").toULongLong(), 18446744073709551615ULL);
}

void TestDisplayFilter::writtenFiltersReadBack()
{
    const QString texts[] = {QStringLiteral("plain"),
                             QStringLiteral("a \"quoted\" \\ back"),
                             QStringLiteral("tab\tnew\nline\rret"),
                             QString(QChar(0x01)) + QStringLiteral("ctl"),
                             QStringLiteral("Zoë 日本 😀"),
                             QString()};
    for (const QString &text : texts) {
        const QString literal = DisplayFilter::stringLiteral(text);
        const QByteArray payload
            = QJsonDocument(QJsonObject {{QStringLiteral("k"), text}}).toJson(QJsonDocument::Compact);
        StreamEvent event = sampleEvent({QStringLiteral("test.unknown"), QStringLiteral("c"), payload});
        FilterError error;
        const DisplayFilter filter = DisplayFilter::parse(QStringLiteral("k == ") + literal, &error);
        QVERIFY2(filter.isValid(), qPrintable(literal + u' ' + error.message));
        QVERIFY2(filter.matches(FilterRowContext::fromEvent(event)), qPrintable(literal));
    }
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("priceUsd"), true), QStringLiteral("priceUsd"));
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("priceUsd"), false), QStringLiteral(".priceUsd"));
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("channel"), true), QStringLiteral("payload.channel"));
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("channel"), false), QStringLiteral(".channel"));
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("exists"), true), QStringLiteral("payload.exists"));
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("a-b"), false), QStringLiteral("[\"a-b\"]"));
    QCOMPARE(DisplayFilter::memberStep(QStringLiteral("1st"), true), QStringLiteral("[\"1st\"]"));
    // Each step leads the filter to the field it names.
    const QByteArray payload = R"({"channel":"in","a-b":{"1st":7}})";
    const StreamEvent event = sampleEvent({QStringLiteral("test.unknown"), QStringLiteral("outer"), payload});
    const QString first = DisplayFilter::memberStep(QStringLiteral("channel"), true) + QStringLiteral(" == \"in\"");
    QVERIFY(DisplayFilter::parse(first).matches(FilterRowContext::fromEvent(event)));
    const QString nested = DisplayFilter::memberStep(QStringLiteral("a-b"), true)
        + DisplayFilter::memberStep(QStringLiteral("1st"), false) + QStringLiteral(" == 7");
    QVERIFY2(DisplayFilter::parse(nested).matches(FilterRowContext::fromEvent(event)), qPrintable(nested));
}

void TestDisplayFilter::errors_data()
{
    QTest::addColumn<QString>("expression");
    // "*" stands for text that comes from elsewhere (Qt's regular-expression errors).
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    auto add = [](const QString &expression, const char *message, int column) {
        QTest::addRow("%s", qPrintable(expression.left(60))) << expression << QString::fromUtf8(message) << column;
    };
    add(QStringLiteral("priceUsd >"), "expected a value after '>' at column 10", 10);
    add(QString(), "empty expression at column 1", 1);
    add(QStringLiteral("   "), "empty expression at column 1", 1);
    add(QStringLiteral("isBuy &&"), "expected an expression after '&&' at column 7", 7);
    add(QStringLiteral("isBuy and"), "expected an expression after 'and' at column 7", 7);
    add(QStringLiteral("isBuy ||"), "expected an expression after '||' at column 7", 7);
    add(QStringLiteral("isBuy && && x"), "expected an expression after '&&' at column 7", 7);
    add(QStringLiteral("!"), "expected an expression after '!' at column 1", 1);
    add(QStringLiteral("not"), "expected an expression after 'not' at column 1", 1);
    add(QStringLiteral("(isBuy"), "missing ')' for '(' at column 1", 1);
    add(QStringLiteral("((isBuy)"), "missing ')' for '(' at column 1", 1);
    add(QStringLiteral("isBuy)"), "unmatched ')' at column 6", 6);
    add(QStringLiteral("()"), "expected an expression after '(' at column 1", 1);
    add(QStringLiteral(")"), "unexpected ')' at column 1", 1);
    add(QStringLiteral("isBuy priceUsd"), "unexpected 'priceUsd' at column 7", 7);
    add(QStringLiteral("a < b < c"), "unexpected '<' at column 7", 7);
    add(QStringLiteral("lower(\"A\") == \"a\" x"), "unexpected 'x' at column 19", 19);
    add(QStringLiteral("maker == \"abc"), "unterminated string at column 10", 10);
    add(QStringLiteral("maker == 'abc"), "unterminated string at column 10", 10);
    add(QStringLiteral("maker == \"abc\\\""), "unterminated string at column 10", 10);
    add(QStringLiteral("foo(maker)"), "unknown function 'foo' at column 1", 1);
    add(QStringLiteral("isBuy && upper(maker)"), "unknown function 'upper' at column 10", 10);
    add(QStringLiteral("len(maker"), "missing ')' for '(' at column 4", 4);
    add(QStringLiteral("len()"), "expected a value after '(' at column 4", 4);
    add(QStringLiteral("maker matches \"(\""), "invalid regular expression (*) at column 15", 15);
    add(QStringLiteral("maker matches \"[a-\""), "invalid regular expression (*) at column 15", 15);
    add(QStringLiteral("maker matches 5"), "expected a string after 'matches' at column 7", 7);
    add(QStringLiteral("maker contains 5"), "expected a string after 'contains' at column 7", 7);
    add(QStringLiteral("network in (\"sol\")"), "expected '{' after 'in' at column 9", 9);
    add(QStringLiteral("network in {"), "expected a value after '{' at column 12", 12);
    add(QStringLiteral("network in {}"), "expected a value after '{' at column 12", 12);
    add(QStringLiteral("network in {\"sol\",}"), "expected a value after ',' at column 18", 18);
    add(QStringLiteral("network in {\"sol\""), "missing '}' for '{' at column 12", 12);
    add(QStringLiteral("network in {\"sol\" isBuy}"), "missing '}' for '{' at column 12", 12);
    add(QStringLiteral("exists"), "expected a field after 'exists' at column 1", 1);
    add(QStringLiteral("exists 5"), "expected a field after 'exists' at column 1", 1);
    add(QStringLiteral("exists len(maker)"), "expected a field after 'exists' at column 1", 1);
    add(QStringLiteral("not exists"), "expected a field after 'exists' at column 5", 5);
    add(QStringLiteral("5 exists"), "expected a field before 'exists' at column 3", 3);
    add(QStringLiteral("fees."), "expected a field name after '.' at column 5", 5);
    add(QStringLiteral("payload."), "expected a field name after '.' at column 8", 8);
    add(QStringLiteral("tokens["), "expected an index or a quoted key after '[' at column 7", 7);
    add(QStringLiteral("tokens[1.5]"), "expected an index or a quoted key after '[' at column 7", 7);
    add(QStringLiteral("tokens[0"), "missing ']' for '[' at column 7", 7);
    add(QStringLiteral("channel.name == \"x\""), "metadata 'channel' has no fields at column 1", 1);
    add(QStringLiteral("isBuy && seq[0]"), "metadata 'seq' has no fields at column 10", 10);
    add(QStringLiteral("priceUsd = 5"), "unexpected character '=' at column 10", 10);
    add(QStringLiteral("isBuy & x"), "unexpected character '&' at column 7", 7);
    add(QStringLiteral("isBuy | x"), "unexpected character '|' at column 7", 7);
    add(QStringLiteral("#"), "unexpected character '#' at column 1", 1);
    add(QStringLiteral("isBuy && 🚀"), "unexpected character '🚀' at column 10", 10);
    add(QStringLiteral("priceUsd > 1.2.3"), "invalid number '1.2.3' at column 12", 12);
    add(QStringLiteral("priceUsd > 12abc"), "invalid number '12abc' at column 12", 12);
    add(QStringLiteral("priceUsd > 1."), "invalid number '1.' at column 12", 12);
    add(QStringLiteral("received > \"yesterday\""), "invalid date and time 'yesterday' at column 12", 12);
    add(QStringLiteral("received in {\"%1\"}"), "invalid date and time '%1' at column 14", 14);
    // Columns count characters: two UTF-16 units for the rocket, one column.
    add(QStringLiteral("maker == \"日本\" &&"), "expected an expression after '&&' at column 15", 15);
    add(QStringLiteral("\"🚀\" =="), "expected a value after '==' at column 5", 5);
    add(QStringLiteral("\"🚀\" == \"x"), "unterminated string at column 8", 8);
    add(QString(300, u'(') + QStringLiteral("x") + QString(300, u')'),
        "the expression is nested too deeply at column 201", 201);
    add(QString(1000, u'!') + QStringLiteral("x"), "the expression is nested too deeply at column 201", 201);
}

void TestDisplayFilter::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(int, column);
    FilterError error;
    const DisplayFilter filter = DisplayFilter::parse(expression, &error);
    QVERIFY(!filter.isValid());
    QVERIFY(filter.text().isEmpty());
    const qsizetype star = message.indexOf(u'*');
    if (star < 0) {
        QCOMPARE(error.message, message);
    } else {
        QVERIFY2(error.message.startsWith(message.left(star)), qPrintable(error.message));
        QVERIFY2(error.message.endsWith(message.mid(star + 1)), qPrintable(error.message));
        QVERIFY2(error.message.size() > message.size(), qPrintable(error.message));
    }
    QCOMPARE(error.column, column);
    // The position is the column's place in UTF-16, for an editor's cursor.
    QVERIFY(error.position >= 0 && error.position <= expression.size());
    QCOMPARE(int(expression.left(error.position).toUcs4().size()) + 1, column);
}

void TestDisplayFilter::invalidFilterMatchesNothing()
{
    const StreamEvent event = sampleEvent(sampleRows().value(QStringLiteral("swap")));
    const DisplayFilter none;
    QVERIFY(!none.isValid());
    QVERIFY(!none.matches(FilterRowContext::fromEvent(event)));
    const DisplayFilter bad = DisplayFilter::parse(QStringLiteral("isBuy &&"));
    QVERIFY(!bad.isValid());
    QVERIFY(!bad.matches(FilterRowContext::fromEvent(event)));
    bool result = true;
    QCOMPARE(bad.matchRows(std::span<const FilterRowContext>(), std::span<bool>(&result, 1)), 0);
    QVERIFY(!result);
}

void TestDisplayFilter::readsPayloadAndLatency_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("payload");
    QTest::addColumn<bool>("latency");
    QTest::newRow("metadata") << QStringLiteral(R"(channel == "x" && seq > 3)") << false << false;
    QTest::newRow("latency") << QStringLiteral("latency > 100") << false << true;
    QTest::newRow("field") << QStringLiteral("isBuy") << true << false;
    QTest::newRow("payload itself") << QStringLiteral("len(payload) > 2") << true << false;
    QTest::newRow("both") << QStringLiteral("latency > 1 || priceUsd > 1") << true << true;
}

void TestDisplayFilter::readsPayloadAndLatency()
{
    QFETCH(QString, expression);
    QFETCH(bool, payload);
    QFETCH(bool, latency);
    const DisplayFilter filter = DisplayFilter::parse(expression);
    QVERIFY(filter.isValid());
    QCOMPARE(filter.readsPayload(), payload);
    QCOMPARE(filter.readsLatency(), latency);
}

QTEST_GUILESS_MAIN(TestDisplayFilter)
#include "tst_displayfilter.moc"
