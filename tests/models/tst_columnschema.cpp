#include "columnschema.h"
#include "dto.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <simdjson.h>

using namespace shuriken;

namespace {

// A payload parsed as the event table parses it; the parser owns what root refers to.
struct Parsed
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    bool ok = false;

    explicit Parsed(const QByteArray &json) { ok = !parser.parse(json.constData(), size_t(json.size())).get(root); }
};

// The compact JSON text of a resolved value, for comparisons.
QByteArray jsonText(const simdjson::dom::element &value)
{
    return QByteArray::fromStdString(simdjson::minify(value));
}

} // namespace

class TestColumnSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogStreamHasASchema_data()
    {
        QTest::addColumn<QString>("streamId");
        const StreamCatalog catalog = StreamCatalog::builtIn();
        QCOMPARE(catalog.streams.size(), 21);
        for (const auto &stream : catalog.streams)
            QTest::newRow(qPrintable(stream.id)) << stream.id;
    }

    void everyCatalogStreamHasASchema()
    {
        QFETCH(QString, streamId);
        const ColumnSchemaSet set = ColumnSchemaSet::builtIn();
        QVERIFY(set.contains(streamId));
        const StreamSchema schema = set.schemaFor(streamId);
        QCOMPARE(schema.streamId, streamId);
        QVERIFY(!schema.isFallback());
        QVERIFY(schema.columns.size() >= 3);
        QVERIFY(!schema.knownFields.isEmpty());
        auto documented = [&schema](const QString &dotted) {
            if (dotted.isEmpty() || schema.knownFields.contains(dotted))
                return true;
            for (const auto &known : schema.knownFields) {
                if (known.endsWith(QLatin1String(".*")) && dotted.startsWith(known.chopped(1)))
                    return true;
                if (dotted.startsWith(known + u'.'))
                    return true;
            }
            return false;
        };
        const QStringList translatable = ColumnSchemaSet::translatableHeaders();
        for (const auto &column : schema.columns) {
            QVERIFY2(translatable.contains(column.header), qPrintable(column.header));
            QVERIFY(!column.paths.isEmpty());
            // Every column reads a documented field (or the whole payload).
            for (const auto &path : column.paths)
                QVERIFY2(documented(path.toString()), qPrintable(streamId + u' ' + path.toString()));
        }
        // Every time source is documented, too.
        for (const auto &source : schema.timeSources)
            QVERIFY2(documented(source.path.toString()), qPrintable(source.path.toString()));
    }

    void schemaStreamsAreInTheCatalog()
    {
        // No stale entry: every schema names a stream the catalog knows.
        const StreamCatalog catalog = StreamCatalog::builtIn();
        const QStringList ids = ColumnSchemaSet::builtIn().streamIds();
        QCOMPARE(ids.size(), catalog.streams.size());
        for (const auto &id : ids)
            QVERIFY2(catalog.find(id), qPrintable(id));
    }

    void resourceHeadersAreTranslatable()
    {
        // The headers live in JSON; lupdate only sees the list in columnschema.cpp.
        QFile file(QStringLiteral(":/shuriken/events/columns.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QStringList translatable = ColumnSchemaSet::translatableHeaders();
        QJsonObject streams = root.value(QLatin1String("streams")).toObject();
        streams.insert(QStringLiteral("*"), root.value(QLatin1String("fallback")));
        int headers = 0;
        for (auto it = streams.constBegin(); it != streams.constEnd(); ++it) {
            for (const auto &column : it.value().toObject().value(QLatin1String("columns")).toArray()) {
                const QString header = column.toObject().value(QLatin1String("header")).toString();
                QVERIFY2(translatable.contains(header), qPrintable(header));
                ++headers;
            }
        }
        QVERIFY(headers > 21);
    }

    void swapsSchemaIsExact()
    {
        const StreamSchema schema = ColumnSchemaSet::builtIn().schemaFor(QStringLiteral("svm.token.swaps"));
        QStringList headers;
        for (const auto &column : schema.columns)
            headers.append(column.header);
        QCOMPARE(headers,
                 (QStringList {QStringLiteral("Time"), QStringLiteral("Side"), QStringLiteral("Price USD"),
                               QStringLiteral("Size SOL"), QStringLiteral("Size USD"), QStringLiteral("Maker"),
                               QStringLiteral("Signature")}));
        QCOMPARE(schema.columns.at(0).kind, ColumnKind::UnixSeconds);
        QCOMPARE(schema.columns.at(1).kind, ColumnKind::Side);
        QCOMPARE(schema.columns.at(2).kind, ColumnKind::Decimal);
        QCOMPARE(schema.columns.at(5).kind, ColumnKind::Address);
        QCOMPARE(schema.timeSources.size(), 1);
        QCOMPARE(schema.timeSources.at(0).path.toString(), QStringLiteral("blockTime"));
        QCOMPARE(schema.timeSources.at(0).millisecondsPerUnit, 1000);
    }

    void jsonPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QByteArray>("expected"); // compact JSON text of the value
        QTest::newRow("top level") << QStringLiteral("a") << true << QByteArray("1");
        QTest::newRow("nested") << QStringLiteral("fees.gasLamports") << true << QByteArray("5000");
        QTest::newRow("deeper") << QStringLiteral("x.y.z") << true << QByteArray(R"("deep")");
        QTest::newRow("an object") << QStringLiteral("x.y") << true << QByteArray(R"({"z":"deep"})");
        QTest::newRow("null is found (columns skip it)") << QStringLiteral("n") << true << QByteArray("null");
        QTest::newRow("non-ASCII keys, escaped in the payload")
            << QStringLiteral("pr\u00e9f.\u4fa1") << true << QByteArray("2");
        QTest::newRow("u64 above INT64_MAX") << QStringLiteral("big") << true << QByteArray("18446744073709551615");
        QTest::newRow("missing") << QStringLiteral("nope") << false << QByteArray();
        QTest::newRow("missing below") << QStringLiteral("fees.tip") << false << QByteArray();
        QTest::newRow("through a non-object") << QStringLiteral("a.b") << false << QByteArray();
        QTest::newRow("through an array") << QStringLiteral("list.0") << false << QByteArray();
        QTest::newRow("key case matters") << QStringLiteral("A") << false << QByteArray();
        QTest::newRow("the payload itself")
            << QString() << true
            << QByteArray(R"({"a":1,"fees":{"gasLamports":5000},"x":{"y":{"z":"deep"}},)"
                          R"("n":null,"préf":{"価":2},"big":18446744073709551615,"list":[1,2]})");
    }

    void jsonPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, found);
        QFETCH(QByteArray, expected);
        const Parsed payload(R"({"a":1,"fees":{"gasLamports":5000},"x":{"y":{"z":"deep"}},"n":null,)"
                             R"("pr\u00e9f":{"\u4fa1":2},"big":18446744073709551615,"list":[1,2]})");
        QVERIFY(payload.ok);
        const JsonPath jsonPath = JsonPath::fromString(path);
        simdjson::dom::element value;
        QCOMPARE(jsonPath.resolve(payload.root, &value), found);
        if (found)
            QCOMPARE(jsonText(value), expected);
        QCOMPARE(jsonPath.toString(), path);
    }

    void alternativesSkipMissingAndNull_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("expected"); // empty: nothing present
        QTest::newRow("first spelling") << QByteArray(R"({"taskId":"a","task_id":"b"})") << QByteArray(R"("a")");
        QTest::newRow("first is null") << QByteArray(R"({"taskId":null,"task_id":"t"})") << QByteArray(R"("t")");
        QTest::newRow("first is missing") << QByteArray(R"({"task_id":0})") << QByteArray("0");
        QTest::newRow("nested alternative") << QByteArray(R"({"root":{"id":false}})") << QByteArray("false");
        QTest::newRow("all null") << QByteArray(R"({"taskId":null,"task_id":null})") << QByteArray();
        QTest::newRow("none") << QByteArray("{}") << QByteArray();
        QTest::newRow("not an object") << QByteArray("[1]") << QByteArray();
    }

    void alternativesSkipMissingAndNull()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, expected);
        ColumnSpec spec;
        spec.paths = {JsonPath::fromString(QStringLiteral("taskId")), JsonPath::fromString(QStringLiteral("task_id")),
                      JsonPath::fromString(QStringLiteral("root.id"))};
        const Parsed parsed(payload);
        QVERIFY(parsed.ok);
        simdjson::dom::element value;
        QCOMPARE(spec.resolve(parsed.root, &value), !expected.isEmpty());
        if (!expected.isEmpty())
            QCOMPARE(jsonText(value), expected);
    }

    void eventTime_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QVariant>("timeMs"); // invalid: no event time
        QTest::addColumn<qint64>("resolutionMs");
        QTest::newRow("seconds") << QByteArray(R"({"t":1735689600})") << QVariant(qint64(1735689600000))
                                 << qint64(1000);
        QTest::newRow("milliseconds") << QByteArray(R"({"tm":1735689600123})") << QVariant(qint64(1735689600123))
                                      << qint64(1);
        QTest::newRow("seconds win over milliseconds")
            << QByteArray(R"({"tm":5,"t":2})") << QVariant(qint64(2000)) << qint64(1000);
        QTest::newRow("seconds missing, milliseconds present")
            << QByteArray(R"({"t":null,"tm":7})") << QVariant(qint64(7)) << qint64(1);
        QTest::newRow("numeric string") << QByteArray(R"({"t":"1735689600"})") << QVariant(qint64(1735689600000))
                                        << qint64(1000);
        QTest::newRow("double is truncated")
            << QByteArray(R"({"tm":1735689600123.9})") << QVariant(qint64(1735689600123)) << qint64(1);
        QTest::newRow("negative") << QByteArray(R"({"t":-2})") << QVariant(qint64(-2000)) << qint64(1000);
        QTest::newRow("beyond 10^15 units") << QByteArray(R"({"t":1000000000000001})") << QVariant() << qint64(0);
        QTest::newRow("u64") << QByteArray(R"({"t":18446744073709551615})") << QVariant() << qint64(0);
        QTest::newRow("huge double") << QByteArray(R"({"t":1e300})") << QVariant() << qint64(0);
        QTest::newRow("text") << QByteArray(R"({"t":"soon"})") << QVariant() << qint64(0);
        QTest::newRow("bool") << QByteArray(R"({"t":true})") << QVariant() << qint64(0);
        QTest::newRow("object") << QByteArray(R"({"t":{"s":1}})") << QVariant() << qint64(0);
        QTest::newRow("missing") << QByteArray("{}") << QVariant() << qint64(0);
    }

    void eventTime()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QVariant, timeMs);
        QFETCH(qint64, resolutionMs);
        StreamSchema schema;
        schema.timeSources = {TimeSource {JsonPath::fromString(QStringLiteral("t")), 1000},
                              TimeSource {JsonPath::fromString(QStringLiteral("tm")), 1}};
        const Parsed parsed(payload);
        QVERIFY(parsed.ok);
        qint64 resolution = 0;
        const std::optional<qint64> time = schema.eventTimeMs(parsed.root, &resolution);
        QCOMPARE(time.has_value(), timeMs.isValid());
        if (time) {
            QCOMPARE(*time, timeMs.toLongLong());
            QCOMPARE(resolution, resolutionMs);
        }
    }

    void unknownFields_data()
    {
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QStringList>("unknown");
        const QStringList known {QStringLiteral("a"), QStringLiteral("fees.gas"), QStringLiteral("meta"),
                                 QStringLiteral("src.*")};
        QTest::newRow("all known") << known << QByteArray(R"({"a":1,"fees":{"gas":1},"meta":{"any":1},"src":{"x":{}}})")
                                   << QStringList();
        QTest::newRow("top level unknown")
            << known << QByteArray(R"({"a":1,"b":2})") << QStringList {QStringLiteral("b")};
        QTest::newRow("nested unknown") << known << QByteArray(R"({"fees":{"gas":1,"tip":2}})")
                                        << QStringList {QStringLiteral("fees.tip")};
        QTest::newRow("object where a leaf is documented") << known << QByteArray(R"({"a":{"b":1}})") << QStringList();
        QTest::newRow("wildcard everything")
            << QStringList {QStringLiteral("*")} << QByteArray(R"({"q":1})") << QStringList();
    }

    void unknownFields()
    {
        QFETCH(QStringList, known);
        QFETCH(QByteArray, payload);
        QFETCH(QStringList, unknown);
        StreamSchema schema;
        schema.knownFields = known;
        QCOMPARE(schema.unknownFields(QJsonDocument::fromJson(payload).object()), unknown);
    }

    void invalidDocumentsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        const QByteArray fallback = R"("fallback":{"columns":[{"header":"P","path":"","kind":"json"}]})";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("no fallback") << QByteArray(R"({"streams":{}})") << QStringLiteral("fallback");
        QTest::newRow("no streams") << QByteArray("{" + fallback + "}") << QStringLiteral("streams");
        QTest::newRow("unknown kind") << QByteArray(
            "{" + fallback + R"(,"streams":{"s":{"columns":[{"header":"H","path":"p","kind":"money"}]}}})")
                                      << QStringLiteral("streams.s: columns[0].kind");
        QTest::newRow("no path") << QByteArray("{" + fallback
                                               + R"(,"streams":{"s":{"columns":[{"header":"H","kind":"text"}]}}})")
                                 << QStringLiteral("columns[0]");
        QTest::newRow("empty columns") << QByteArray("{" + fallback + R"(,"streams":{"s":{"columns":[]}}})")
                                       << QStringLiteral("streams.s: columns");
        QTest::newRow("bad time unit") << QByteArray(
            "{" + fallback
            + R"(,"streams":{"s":{"columns":[{"header":"H","path":"p","kind":"text"}],"time":{"path":"t","unit":"h"}}}})")
                                       << QStringLiteral("time[0].unit");
        QTest::newRow("known fields not strings") << QByteArray(
            "{" + fallback
            + R"(,"streams":{"s":{"columns":[{"header":"H","path":"p","kind":"text"}],"knownFields":[1]}}})")
                                                  << QStringLiteral("knownFields");
    }

    void invalidDocumentsAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        QString error;
        QVERIFY(!ColumnSchemaSet::fromJson(json, &error).has_value());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void commonKnownFieldsApplyToEveryStream()
    {
        const QByteArray json = R"({"commonKnownFields":["seq"],
            "fallback":{"columns":[{"header":"P","path":"","kind":"json"}]},
            "streams":{"s":{"columns":[{"header":"H","paths":["a","b"],"kind":"integer"}],"knownFields":["a"],
                            "time":[{"path":"t","unit":"s"},{"path":"tm","unit":"ms"}]}}})";
        QString error;
        const auto set = ColumnSchemaSet::fromJson(json, &error);
        QVERIFY2(set.has_value(), qPrintable(error));
        const StreamSchema schema = set->schemaFor(QStringLiteral("s"));
        QCOMPARE(schema.knownFields, (QStringList {QStringLiteral("a"), QStringLiteral("seq")}));
        QCOMPARE(schema.columns.at(0).paths.size(), 2);
        QCOMPARE(schema.timeSources.size(), 2);
        QCOMPARE(schema.timeSources.at(0).path.toString(), QStringLiteral("t"));
        QCOMPARE(schema.timeSources.at(0).millisecondsPerUnit, 1000);
        QCOMPARE(schema.timeSources.at(1).path.toString(), QStringLiteral("tm"));
        QCOMPARE(schema.timeSources.at(1).millisecondsPerUnit, 1);
        const Parsed seconds(R"({"t":2})");
        QCOMPARE(schema.eventTimeMs(seconds.root), std::optional<qint64>(2000));
        QVERIFY(set->schemaFor(QStringLiteral("other")).isFallback());
    }

    void kindNamesRoundTrip()
    {
        for (const auto kind : {ColumnKind::Text, ColumnKind::Decimal, ColumnKind::Integer, ColumnKind::Bool,
                                ColumnKind::Side, ColumnKind::UnixSeconds, ColumnKind::UnixMilliseconds,
                                ColumnKind::Address, ColumnKind::Count, ColumnKind::Json})
            QCOMPARE(columnKindFromString(columnKindToString(kind)), std::optional<ColumnKind>(kind));
        QCOMPARE(columnKindFromString(QStringLiteral("nonsense")), std::optional<ColumnKind>());
    }
};

QTEST_GUILESS_MAIN(TestColumnSchema)
#include "tst_columnschema.moc"
