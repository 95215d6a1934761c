#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace shuriken;

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsKeysValuesAndTypes();
    void nestedObjectsAndArrays();
    void integersStayExact();
    void marksUnknownFields();
    void topLevelArray();
    void resetToEmpty();
    void scalarText_data();
    void scalarText();
    void filterPathsAndExpressions_data();
    void filterPathsAndExpressions();

private:
    static QJsonDocument parse(const char *json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test JSON: %s", qPrintable(error.errorString()));
        return document;
    }
};

void TestJsonTreeModel::showsKeysValuesAndTypes()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(R"({"signature":"5xAbc","isBuy":true,"priceUsd":"142.5","slot":312345678,"maker":null})"));
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex signature = model.indexForPath(QStringLiteral("signature"));
    QVERIFY(signature.isValid());
    QCOMPARE(signature.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("5xAbc"));
    QCOMPARE(signature.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("string"));
    const QModelIndex isBuy = model.indexForPath(QStringLiteral("isBuy"));
    QCOMPARE(isBuy.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("true"));
    QCOMPARE(isBuy.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("boolean"));
    const QModelIndex maker = model.indexForPath(QStringLiteral("maker"));
    QCOMPARE(maker.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("null"));
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Key"));
}

void TestJsonTreeModel::nestedObjectsAndArrays()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(
        parse(R"({"fees":{"gasLamports":5000,"platform":"jup"},"mentions":[{"username":"a"},{"username":"b"}]})"));
    const QModelIndex fees = model.indexForPath(QStringLiteral("fees"));
    QCOMPARE(model.rowCount(fees), 2);
    QCOMPARE(fees.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("{2}"));
    const QModelIndex gas = model.indexForPath(QStringLiteral("fees.gasLamports"));
    QVERIFY(gas.isValid());
    QCOMPARE(gas.parent(), fees);
    QCOMPARE(gas.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("5000"));
    const QModelIndex second = model.indexForPath(QStringLiteral("mentions[1].username"));
    QVERIFY(second.isValid());
    QCOMPARE(second.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("b"));
    QCOMPARE(second.parent().data().toString(), QStringLiteral("[1]"));
    QCOMPARE(fees.data(JsonTreeModel::JsonTextRole).toString(),
             QStringLiteral(R"({"gasLamports":5000,"platform":"jup"})"));
}

void TestJsonTreeModel::integersStayExact()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"big":9007199254740993,"neg":-42,"frac":0.1})"));
    QCOMPARE(model.indexForPath(QStringLiteral("big")).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("9007199254740993"));
    QCOMPARE(model.indexForPath(QStringLiteral("big")).siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(),
             QStringLiteral("integer"));
    QCOMPARE(model.indexForPath(QStringLiteral("neg")).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("-42"));
    QCOMPARE(model.indexForPath(QStringLiteral("frac")).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("0.1"));
    QCOMPARE(model.indexForPath(QStringLiteral("frac")).siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(),
             QStringLiteral("number"));
}

void TestJsonTreeModel::marksUnknownFields()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(R"({"signature":"x","extra":1,"fees":{"tip":2,"gasLamports":1}})"));
    model.setUnknownFields({QStringLiteral("extra"), QStringLiteral("fees.tip")});
    QVERIFY(model.indexForPath(QStringLiteral("extra")).data(JsonTreeModel::UnknownFieldRole).toBool());
    QVERIFY(model.indexForPath(QStringLiteral("fees.tip")).data(JsonTreeModel::UnknownFieldRole).toBool());
    QVERIFY(!model.indexForPath(QStringLiteral("signature")).data(JsonTreeModel::UnknownFieldRole).toBool());
    QVERIFY(!model.indexForPath(QStringLiteral("fees.gasLamports")).data(JsonTreeModel::UnknownFieldRole).toBool());
    QVERIFY(model.indexForPath(QStringLiteral("extra")).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(
        model.indexForPath(QStringLiteral("extra")).data(Qt::ToolTipRole).toString().contains(QLatin1String("schema")));
}

void TestJsonTreeModel::topLevelArray()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(R"([1,"two",[3]])"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("[0]"));
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);
    QCOMPARE(model.indexForPath(QStringLiteral("[2][0]")).siblingAtColumn(1).data().toString(), QStringLiteral("3"));
}

void TestJsonTreeModel::resetToEmpty()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(R"({"a":{"b":1}})"));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForPath(QStringLiteral("a")).isValid());
    QVERIFY(!model.index(0, 0).isValid());
}

void TestJsonTreeModel::scalarText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QJsonValue(QStringLiteral("abc")) << QStringLiteral("abc");
    QTest::newRow("true") << QJsonValue(true) << QStringLiteral("true");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("null");
    QTest::newRow("zero") << QJsonValue(0) << QStringLiteral("0");
    QTest::newRow("int64 max") << QJsonValue(qint64(9223372036854775807LL)) << QStringLiteral("9223372036854775807");
    QTest::newRow("decimal") << QJsonValue(142.25) << QStringLiteral("142.25");
}

void TestJsonTreeModel::scalarText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(JsonTreeModel::valueText(value), text);
}

void TestJsonTreeModel::filterPathsAndExpressions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path"); // PathRole of the node
    QTest::addColumn<QString>("filterPath");
    QTest::addColumn<QString>("expression");

    const QByteArray payload = R"({"isBuy":true,"priceUsd":"155.80","slot":312345678,"ratio":0.25,
        "fees":{"gasLamports":5000,"odd key":"a\"b\\c","tip":null},
        "tokens":[{"mint":"So1"},{"mint":"EPj"}],
        "seq":7,"channel":"own","in":1,"2fa":"x","data":{"content":"hi\nthere","in":false}})";
    QTest::newRow("bool") << payload << QStringLiteral("isBuy") << QStringLiteral("isBuy")
                          << QStringLiteral("isBuy == true");
    QTest::newRow("decimal string") << payload << QStringLiteral("priceUsd") << QStringLiteral("priceUsd")
                                    << QStringLiteral("priceUsd == \"155.80\"");
    QTest::newRow("integer") << payload << QStringLiteral("slot") << QStringLiteral("slot")
                             << QStringLiteral("slot == 312345678");
    QTest::newRow("double") << payload << QStringLiteral("ratio") << QStringLiteral("ratio")
                            << QStringLiteral("ratio == 0.25");
    QTest::newRow("nested") << payload << QStringLiteral("fees.gasLamports") << QStringLiteral("fees.gasLamports")
                            << QStringLiteral("fees.gasLamports == 5000");
    QTest::newRow("key that is not a name")
        << payload << QStringLiteral("fees.odd key") << QStringLiteral("fees[\"odd key\"]")
        << QStringLiteral(R"(fees["odd key"] == "a\"b\\c")");
    QTest::newRow("null") << payload << QStringLiteral("fees.tip") << QStringLiteral("fees.tip")
                          << QStringLiteral("!exists fees.tip");
    QTest::newRow("object") << payload << QStringLiteral("fees") << QStringLiteral("fees")
                            << QStringLiteral("exists fees");
    QTest::newRow("array element") << payload << QStringLiteral("tokens[1].mint") << QStringLiteral("tokens[1].mint")
                                   << QStringLiteral("tokens[1].mint == \"EPj\"");
    QTest::newRow("array") << payload << QStringLiteral("tokens") << QStringLiteral("tokens")
                           << QStringLiteral("exists tokens");
    QTest::newRow("metadata name") << payload << QStringLiteral("seq") << QStringLiteral("payload.seq")
                                   << QStringLiteral("payload.seq == 7");
    QTest::newRow("metadata name 2") << payload << QStringLiteral("channel") << QStringLiteral("payload.channel")
                                     << QStringLiteral("payload.channel == \"own\"");
    QTest::newRow("keyword") << payload << QStringLiteral("in") << QStringLiteral("payload.in")
                             << QStringLiteral("payload.in == 1");
    QTest::newRow("keyword below the top")
        << payload << QStringLiteral("data.in") << QStringLiteral("data.in") << QStringLiteral("data.in == false");
    QTest::newRow("starts with a digit") << payload << QStringLiteral("2fa") << QStringLiteral("[\"2fa\"]")
                                         << QStringLiteral("[\"2fa\"] == \"x\"");
    QTest::newRow("escaped newline") << payload << QStringLiteral("data.content") << QStringLiteral("data.content")
                                     << QStringLiteral("data.content == \"hi\\nthere\"");
    QTest::newRow("control character") << QByteArray(R"({"c":"a\u0001b"})") << QStringLiteral("c")
                                       << QStringLiteral("c") << QStringLiteral("c == \"a\\u0001b\"");
    QTest::newRow("top-level array") << QByteArray(R"([{"a":1}])") << QStringLiteral("[0].a")
                                     << QStringLiteral("payload[0].a") << QStringLiteral("payload[0].a == 1");
}

void TestJsonTreeModel::filterPathsAndExpressions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, filterPath);
    QFETCH(QString, expression);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(json.constData()));
    const QModelIndex index = model.indexForPath(path);
    QVERIFY(index.isValid());
    QCOMPARE(model.filterPath(index), filterPath);
    QCOMPARE(model.filterExpression(index), expression);
    QCOMPARE(model.filterPath(index.siblingAtColumn(JsonTreeModel::ValueColumn)), filterPath);
    QVERIFY(model.filterPath({}).isEmpty());
}

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
