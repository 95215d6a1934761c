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

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
