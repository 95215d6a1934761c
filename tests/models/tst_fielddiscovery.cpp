#include "eventtablemodel.h"
#include "fielddiscovery.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace shuriken;

namespace {

StreamEvent makeEvent(const QString &name, const QByteArray &payload)
{
    StreamEvent result;
    result.stream = QStringLiteral("orders");
    result.channel = QStringLiteral("orders");
    result.event = name;
    result.payload = payload;
    return result;
}

StreamEventBatch repeated(const StreamEvent &one, int count)
{
    StreamEventBatch batch;
    for (int i = 0; i < count; ++i)
        batch.append(one);
    return batch;
}

} // namespace

class TestFieldDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topLevelKeys_data();
    void topLevelKeys();
    void eventFirstThenFieldsInOrder();
    void eachFieldOnlyOnce();
    void knownFieldsAreNeverProposed();
    void capStopsProposals();
    void samplesLargeBatches();
    void settlesButNoticesANewEventName();
    void tableGetsTheColumns();
};

void TestFieldDiscovery::topLevelKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("order kept") << QByteArray(R"({"z":1,"a":{"x":[1,{"y":2}]},"m":"s,}"})")
                                << QStringList {QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")};
    QTest::newRow("spaces") << QByteArray(" {\n \"a\" : 1 ,\t\"b\":true }")
                            << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty object") << QByteArray("{}") << QStringList();
    QTest::newRow("array") << QByteArray("[1,2]") << QStringList();
    QTest::newRow("string") << QByteArray("\"text\"") << QStringList();
    QTest::newRow("escaped key") << QByteArray(R"({"a\"b":1,"c\\":"\"}"})")
                                 << QStringList {QStringLiteral("a\"b"), QStringLiteral("c\\")};
    QTest::newRow("truncated") << QByteArray(R"({"a":1,"b":[1,2)")
                               << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("unterminated key") << QByteArray(R"({"a":1,"b)") << QStringList {QStringLiteral("a")};
    QTest::newRow("unicode") << QByteArray("{\"pr\xc3\xa9\":1}") << QStringList {QStringLiteral(u"pré")};
}

void TestFieldDiscovery::topLevelKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, keys);
    QCOMPARE(FieldDiscovery::topLevelKeys(json), keys);
}

void TestFieldDiscovery::eventFirstThenFieldsInOrder()
{
    FieldDiscovery discovery;
    const QStringList found
        = discovery.discover({makeEvent(QStringLiteral("order"), R"({"price":1,"user":{"name":"a"},"my-id":3})")});
    // A payload member metadata would shadow is read as payload.<name>; one that is not a name
    // of the language as ["..."].
    QCOMPARE(found,
             (QStringList {QStringLiteral("event"), QStringLiteral("price"), QStringLiteral("user"),
                           QStringLiteral("[\"my-id\"]")}));
    QCOMPARE(discovery.knownFields(), found);
    const QStringList shadowed = discovery.discover({makeEvent(QStringLiteral("order"), R"({"channel":1})")});
    QCOMPARE(shadowed, QStringList {QStringLiteral("payload.channel")});
}

void TestFieldDiscovery::eachFieldOnlyOnce()
{
    FieldDiscovery discovery;
    QCOMPARE(discovery.discover({makeEvent(QStringLiteral("a"), R"({"x":1})")}).size(), 2);
    QVERIFY(discovery.discover({makeEvent(QStringLiteral("a"), R"({"x":2})")}).isEmpty());
    QCOMPARE(discovery.discover({makeEvent(QStringLiteral("a"), R"({"x":2,"y":3})")}),
             QStringList {QStringLiteral("y")});
    // Not JSON: nothing, and no failure.
    QVERIFY(discovery.discover({makeEvent(QStringLiteral("b"), "not json")}).isEmpty());
}

void TestFieldDiscovery::knownFieldsAreNeverProposed()
{
    FieldDiscovery discovery;
    // An earlier run proposed these; the user removed "x" since: it must not come back.
    discovery.setKnownFields({QStringLiteral("event"), QStringLiteral("x")});
    QCOMPARE(discovery.discover({makeEvent(QStringLiteral("a"), R"({"x":1,"y":2})")}),
             QStringList {QStringLiteral("y")});
    QCOMPARE(discovery.knownFields(),
             (QStringList {QStringLiteral("event"), QStringLiteral("x"), QStringLiteral("y")}));
}

void TestFieldDiscovery::capStopsProposals()
{
    FieldDiscovery discovery(4);
    const QStringList found
        = discovery.discover({makeEvent(QStringLiteral("a"), R"({"a":1,"b":2,"c":3,"d":4,"e":5})")});
    QCOMPARE(found,
             (QStringList {QStringLiteral("event"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(discovery.isFull());
    const quint64 parsed = discovery.parsedEvents();
    QVERIFY(discovery.discover(repeated(makeEvent(QStringLiteral("z"), R"({"q":1})"), 100)).isEmpty());
    QCOMPARE(discovery.parsedEvents(), parsed); // full: nothing is parsed any more
}

void TestFieldDiscovery::samplesLargeBatches()
{
    FieldDiscovery discovery;
    discovery.discover(repeated(makeEvent(QStringLiteral("a"), R"({"x":1})"), 10000));
    QVERIFY2(discovery.parsedEvents() <= quint64(FieldDiscovery::SamplesPerBatch) + 1,
             QByteArray::number(discovery.parsedEvents()).constData());
}

void TestFieldDiscovery::settlesButNoticesANewEventName()
{
    FieldDiscovery discovery;
    const StreamEvent quiet = makeEvent(QStringLiteral("tick"), R"({"x":1})");
    while (!discovery.isSettled())
        discovery.discover(repeated(quiet, FieldDiscovery::SamplesPerBatch));
    const quint64 parsed = discovery.parsedEvents();
    QVERIFY(discovery.discover(repeated(quiet, 1000)).isEmpty());
    QCOMPARE(discovery.parsedEvents(), parsed); // settled: the same kind of event is not parsed
    // Settled, yet an event under a new name is looked at, even deep in a batch.
    StreamEventBatch batch = repeated(quiet, 1000);
    batch[777] = makeEvent(QStringLiteral("trade"), R"({"x":1,"price":"2.5"})");
    QCOMPARE(discovery.discover(batch), QStringList {QStringLiteral("price")});
    // A new field wakes the sampling up again, for the rest of the batch too, within its bound.
    QVERIFY(!discovery.isSettled());
    QVERIFY(discovery.parsedEvents() <= parsed + 1 + FieldDiscovery::SamplesPerBatch);
}

void TestFieldDiscovery::tableGetsTheColumns()
{
    // The expressions are custom columns the fallback schema's table accepts.
    EventTableModel model(QStringLiteral("private-orders"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FieldDiscovery discovery;
    const StreamEventBatch batch {makeEvent(QStringLiteral("order"), R"({"price":1.5,"my-id":"7","channel":"c"})")};
    model.appendBatch(batch);
    const QStringList found = discovery.discover(batch);
    for (const QString &expression : found)
        QVERIFY2(model.addCustomColumn(expression), qPrintable(expression));
    QCOMPARE(model.customColumns(), found);
    const int first = model.firstCustomColumn();
    QCOMPARE(model.index(0, first).data().toString(), QStringLiteral("order"));
    QCOMPARE(model.index(0, first + 1).data().toString(), QStringLiteral("1.5"));
    QCOMPARE(model.index(0, first + 2).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.index(0, first + 3).data().toString(), QStringLiteral("c"));
}

QTEST_GUILESS_MAIN(TestFieldDiscovery)
#include "tst_fielddiscovery.moc"
