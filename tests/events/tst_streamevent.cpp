// StreamEvent::inspectPayload: the one check every arriving payload gets (valid JSON, an object)
// and the `seq` it reads for gap counting.

#include "eventrowbuilder.h"
#include "streamevent.h"

#include <QTest>

using namespace shuriken;

class TestStreamEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspect_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("isObject");
        QTest::addColumn<qint64>("seq");

        QTest::newRow("object with seq") << QByteArray(R"({"seq":41,"tokenMint":"So1"})") << true << qint64(41);
        QTest::newRow("seq zero") << QByteArray(R"({"seq":0})") << true << qint64(0);
        QTest::newRow("surrounding whitespace") << QByteArray(" \n{\"seq\": 7 }\r\n") << true << qint64(7);
        QTest::newRow("object without seq") << QByteArray(R"({"slot":1})") << true << qint64(-1);
        QTest::newRow("empty object") << QByteArray("{}") << true << qint64(-1);
        QTest::newRow("nested seq is not the event's") << QByteArray(R"({"inner":{"seq":3}})") << true << qint64(-1);
        QTest::newRow("negative seq") << QByteArray(R"({"seq":-2})") << true << qint64(-1);
        QTest::newRow("fractional seq") << QByteArray(R"({"seq":2.5})") << true << qint64(-1);
        QTest::newRow("seq as a string") << QByteArray(R"({"seq":"4"})") << true << qint64(-1);
        QTest::newRow("seq beyond int64") << QByteArray(R"({"seq":18446744073709551615})") << true << qint64(-1);
        QTest::newRow("largest u64 amount")
            << QByteArray(R"({"seq":1,"postBalance":18446744073709551615})") << true << qint64(1);
        QTest::newRow("unicode escapes") << QByteArray(R"({"seq":2,"name":"\u00e9\ud83d\ude00","raw":"日本"})") << true
                                         << qint64(2);
        QTest::newRow("array") << QByteArray("[1,2]") << false << qint64(-1);
        QTest::newRow("string") << QByteArray(R"("text")") << false << qint64(-1);
        QTest::newRow("number") << QByteArray("12") << false << qint64(-1);
        QTest::newRow("null") << QByteArray("null") << false << qint64(-1);
        QTest::newRow("empty") << QByteArray() << false << qint64(-1);
        QTest::newRow("only whitespace") << QByteArray("  ") << false << qint64(-1);
        QTest::newRow("truncated") << QByteArray("{\"seq\":1,\"a\":") << false << qint64(-1);
        QTest::newRow("trailing comma") << QByteArray(R"({"seq":1,})") << false << qint64(-1);
        QTest::newRow("trailing garbage") << QByteArray(R"({"seq":1} x)") << false << qint64(-1);
        QTest::newRow("two documents") << QByteArray(R"({"seq":1}{"seq":2})") << false << qint64(-1);
        QTest::newRow("invalid UTF-8") << QByteArray("{\"seq\":1,\"a\":\"\xff\xfe\"}") << false << qint64(-1);
        QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})") << false << qint64(-1);
        QTest::newRow("control character in a string") << QByteArray("{\"a\":\"x\ny\"}") << false << qint64(-1);
        QTest::newRow("number beyond u64")
            << QByteArray(R"({"seq":1,"a":123456789012345678901234567890})") << false << qint64(-1);
        QTest::newRow("single quotes") << QByteArray("{'seq':1}") << false << qint64(-1);
    }

    void inspect()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, isObject);
        QFETCH(qint64, seq);
        StreamEvent event;
        event.payload = payload;
        event.seq = 99; // stale values from an earlier inspection are replaced
        event.setParseError(QStringLiteral("stale"));
        EventRowBuilder().build(event);
        QCOMPARE(event.parseError().isEmpty(), isObject);
        QCOMPARE(event.parseFailed(), !isObject);
        QCOMPARE(event.seq, seq);
        QCOMPARE(event.payload, payload); // kept exactly as it arrived
    }

    void errorsSayWhy()
    {
        auto errorOf = [](const QByteArray &payload) {
            StreamEvent event;
            event.payload = payload;
            EventRowBuilder().build(event);
            return event.parseError();
        };
        QVERIFY(errorOf("[1]").contains(QLatin1String("not a JSON object")));
        QVERIFY(errorOf("").contains(QLatin1String("empty")));
        QVERIFY(errorOf("{\"a\":\"\xff\"}").contains(QLatin1String("UTF-8")));
        QVERIFY(errorOf(R"({"a":1e999})").contains(QLatin1String("number")));
        QVERIFY(errorOf(R"({"a":"\ud800"})").contains(QLatin1String("string")));
        QVERIFY(errorOf(R"({"a":1,})").contains(QLatin1String("not valid JSON")));
    }

    // Payloads above the reused parser's size get a parser of their own; the ones after them
    // still parse (the reused parser did not grow, nor break).
    void largePayloadThenSmall()
    {
        // (No raw string literal with unbalanced braces here: moc 6.4 counts braces inside them.)
        QByteArray big = "{\"seq\":5,\"blob\":\"";
        big += QByteArray(1024 * 1024, 'x');
        big += "\"}";
        StreamEvent large;
        large.payload = big;
        EventRowBuilder().build(large);
        QVERIFY(large.parseError().isEmpty());
        QCOMPARE(large.seq, qint64(5));

        big.chop(2); // unterminated string
        large.payload = big;
        EventRowBuilder().build(large);
        QVERIFY(!large.parseError().isEmpty());

        StreamEvent small;
        small.payload = R"({"seq":6})";
        EventRowBuilder().build(small);
        QVERIFY(small.parseError().isEmpty());
        QCOMPARE(small.seq, qint64(6));
    }

    void fromFrameStampsAndInspects()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
        EventRowBuilder builder;
        const StreamEvent event = StreamEvent::fromFrame(QStringLiteral("svm.token.swaps"), QStringLiteral("ch"),
                                                         QStringLiteral("update"), R"({"seq":3})", builder);
        QVERIFY(event.receivedAtUs >= before);
        QVERIFY(event.receivedAtUs <= QDateTime::currentMSecsSinceEpoch() * 1000 + 1000);
        QCOMPARE(event.stream, QStringLiteral("svm.token.swaps"));
        QCOMPARE(event.channel, QStringLiteral("ch"));
        QCOMPARE(event.event, QStringLiteral("update"));
        QCOMPARE(event.seq, qint64(3));
        QVERIFY(event.parseError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamEvent)
#include "tst_streamevent.moc"
