#include "eventexporter.h"
#include "eventfilterproxymodel.h"
#include "eventjsonline.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace shuriken;

namespace {

// A strict RFC 4180 reader, so the test checks the CSV by reading it back rather than by
// comparing against text produced by the same rules.
QList<QStringList> parseCsv(const QByteArray &data, QString *problem)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    qsizetype i = 0;
    auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
        fieldWasQuoted = false;
    };
    while (i < data.size()) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data.at(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field.append(c);
            ++i;
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || fieldWasQuoted) {
                *problem = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = true;
            fieldWasQuoted = true;
            ++i;
        } else if (c == ',') {
            endField();
            ++i;
        } else if (c == '\r') {
            if (i + 1 >= data.size() || data.at(i + 1) != '\n') {
                *problem = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            endField();
            records.append(record);
            record.clear();
            i += 2;
        } else if (c == '\n') {
            *problem = QStringLiteral("bare LF at %1").arg(i);
            return {};
        } else {
            field.append(c);
            ++i;
        }
    }
    if (quoted)
        *problem = QStringLiteral("unterminated quote");
    if (!field.isEmpty() || !record.isEmpty())
        *problem = QStringLiteral("last record without CRLF");
    return records;
}

StreamEvent swapEvent(qint64 receivedAtUs, const QString &maker, bool isBuy, const QString &price)
{
    const QJsonObject payload {
        {QStringLiteral("signature"), QStringLiteral("5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnb")},
        {QStringLiteral("blockTime"), 1735689600},
        {QStringLiteral("isBuy"), isBuy},
        {QStringLiteral("sizeSol"), QStringLiteral("1.25")},
        {QStringLiteral("sizeUsd"), QStringLiteral("237.50")},
        {QStringLiteral("priceUsd"), price},
        {QStringLiteral("maker"), maker},
    };
    StreamEvent event;
    event.receivedAtUs = receivedAtUs;
    event.stream = QStringLiteral("svm.token.swaps");
    event.channel = QStringLiteral("swaps-So1");
    event.event = QStringLiteral("update");
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    EventRowBuilder().build(event);
    return event;
}

} // namespace

class TestEventExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("protect");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << true << QByteArray("abc");
        QTest::newRow("empty") << QString() << true << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << true << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << true << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << true << QByteArray("\"a\nb\"");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << true << QByteArray("\"a\r\nb\"");
        QTest::newRow("spaces kept") << QStringLiteral(" a ") << true << QByteArray(" a ");
        QTest::newRow("unicode") << QStringLiteral("gm \u2026 \u00e9") << true
                                 << QString(QStringLiteral("gm \u2026 \u00e9")).toUtf8();
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")") << true
                                   << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1") << true << QByteArray("'+1");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << true << QByteArray("'@SUM(A1)");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << true << QByteArray("'-2+3");
        QTest::newRow("negative number") << QStringLiteral("-12.5") << true << QByteArray("-12.5");
        QTest::newRow("negative exponent") << QStringLiteral("-1e-5") << true << QByteArray("-1e-5");
        QTest::newRow("unprotected") << QStringLiteral("=1") << false << QByteArray("=1");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(bool, protect);
        QFETCH(QByteArray, expected);
        QCOMPARE(EventExporter::csvField(value, protect), expected);
    }

    void csvOfTheVisibleRows()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        EventFilterProxyModel proxy;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, &proxy);
        proxy.setSourceModel(&model);
        const QString awkward = QStringLiteral("odd \"maker\", with\nline");
        model.appendBatch({swapEvent(1735689601000000, QStringLiteral("9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"),
                                     true, QStringLiteral("0.0001234")),
                           swapEvent(1735689602000000, awkward, false, QStringLiteral("0.0001300")),
                           swapEvent(1735689603000000, QStringLiteral("FvHz8oWcPkGg2tb1Yj4hqm2xU2rWM7Ra5RdNqcrqX3Kp"),
                                     false, QStringLiteral("0.0001250"))});
        proxy.setPattern(QStringLiteral("sell"));
        QCOMPARE(proxy.rowCount(), 2);

        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.append(row);
        const QByteArray csv = EventExporter::toCsv(model.formatter(), EventExporter::eventsFromModel(proxy, rows));
        QString problem;
        const QList<QStringList> records = parseCsv(csv, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(records.size(), 3);

        QStringList header;
        for (int column = 0; column < model.columnCount(); ++column)
            header.append(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(records.at(0), header);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(records.at(row + 1).size(), model.columnCount());
            for (int column = 0; column < model.columnCount(); ++column)
                QCOMPARE(records.at(row + 1).at(column),
                         proxy.index(row, column).data(EventTableModel::FullTextRole).toString());
        }
        // Full values, not the abbreviated display.
        const int maker = int(header.indexOf(QStringLiteral("Maker")));
        QCOMPARE(records.at(1).at(maker), awkward);
        QCOMPARE(records.at(2).at(maker), QStringLiteral("FvHz8oWcPkGg2tb1Yj4hqm2xU2rWM7Ra5RdNqcrqX3Kp"));
        QCOMPARE(records.at(1).at(int(header.indexOf(QStringLiteral("Price USD")))), QStringLiteral("0.0001300"));
    }

    void csvOptions()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        model.appendBatch({swapEvent(1, QStringLiteral("M"), true, QStringLiteral("1"))});
        EventExporter::CsvOptions options;
        options.header = false;
        options.byteOrderMark = true;
        options.text = EventExporter::CsvOptions::Text::Display;
        options.columns = {EventTableModel::LeadingColumnCount + 1, EventTableModel::LeadingColumnCount + 2};
        QCOMPARE(EventExporter::toCsv(model.formatter(), EventExporter::eventsFromModel(model, {0, 5, -1}), options),
                 QByteArray("\xEF\xBB\xBF"
                            "buy,1\r\n"));

        QBuffer closed;
        QString error;
        QVERIFY(!EventExporter::writeCsv(&closed, model.formatter(), EventExporter::eventsFromModel(model, {0}), {},
                                         &error));
        QVERIFY(!error.isEmpty());
    }

    void receivedAt_data()
    {
        QTest::addColumn<qint64>("us");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000000Z");
        QTest::newRow("microseconds") << qint64(1735689601234567) << QStringLiteral("2025-01-01T00:00:01.234567Z");
        QTest::newRow("before 1970") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999999Z");
    }

    void receivedAt()
    {
        QFETCH(qint64, us);
        QFETCH(QString, text);
        QCOMPARE(formatReceivedAt(us), text);
        QCOMPARE(parseReceivedAt(text), std::optional<qint64>(us));
    }

    void receivedAtOtherForms()
    {
        QCOMPARE(parseReceivedAt(QStringLiteral("2025-01-01T00:00:01Z")), std::optional<qint64>(1735689601000000));
        QCOMPARE(parseReceivedAt(QStringLiteral("2025-01-01T00:00:01.5Z")), std::optional<qint64>(1735689601500000));
        QCOMPARE(parseReceivedAt(QStringLiteral("2025-01-01T02:00:01.250+02:00")),
                 std::optional<qint64>(1735689601250000));
        QCOMPARE(parseReceivedAt(QStringLiteral("yesterday")), std::optional<qint64>());
        QCOMPARE(parseReceivedAt(QStringLiteral("2025-13-01T00:00:01Z")), std::optional<qint64>());
    }

    void jsonLinesRoundTrip()
    {
        QList<StreamEvent> events;
        events.append(swapEvent(1735689601234567, QStringLiteral("M1"), true, QStringLiteral("0.1")));
        StreamEvent pretty;
        pretty.receivedAtUs = 1735689602000001;
        pretty.stream = QStringLiteral("svm.token.balances");
        pretty.channel = QStringLiteral("bal\u00e9nces \"x\"");
        pretty.event = QStringLiteral("update");
        // Pretty-printed, keys out of order and a u64 above INT64_MAX: kept byte for byte.
        pretty.payload = QByteArray(
            "{\n  \"z\": \"line\\nbreak\",\r\n  \"postBalance\": 18446744073709551615,\n  \"a\": [1, 2]\n}\n");
        EventRowBuilder().build(pretty); // as every event is, on arrival or when read back
        events.append(pretty);
        StreamEvent broken;
        broken.receivedAtUs = 3;
        broken.stream = QStringLiteral("alpha.personal");
        broken.channel = QStringLiteral("c");
        broken.event = QStringLiteral("update");
        broken.payload = QByteArray("not json \"at all\"\nreally");
        EventRowBuilder().build(broken); // as every event is, on arrival or when read back
        events.append(broken);
        StreamEvent array;
        array.receivedAtUs = 4;
        array.stream = QStringLiteral("s");
        array.channel = QStringLiteral("c");
        array.event = QStringLiteral("e");
        array.payload = QByteArray("[1,{\"b\":true}]");
        EventRowBuilder().build(array); // as every event is, on arrival or when read back
        events.append(array);

        const QByteArray data = EventExporter::toJsonLines(events);
        QVERIFY(data.endsWith('\n'));
        const QList<QByteArray> lines = data.chopped(1).split('\n');
        QCOMPARE(lines.size(), events.size());

        // Each line is a JSON object with exactly the documented members.
        for (const auto &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QVERIFY(object.contains(QLatin1String("receivedAt")));
            QVERIFY(object.contains(QLatin1String("stream")));
            QVERIFY(object.contains(QLatin1String("channel")));
            QVERIFY(object.contains(QLatin1String("event")));
            QVERIFY(object.contains(QLatin1String("payload")));
        }
        // Spanning lines, it is written without the whitespace between its tokens, the tokens
        // (and the line break escaped inside a string) as they were.
        QVERIFY(lines.at(1).contains(R"("payload":{"z":"line\nbreak","postBalance":18446744073709551615,"a":[1,2]}})"));
        QVERIFY(lines.at(1).indexOf("\"z\"") < lines.at(1).indexOf("\"a\""));
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QLatin1String("payload")).toObject(),
                 QJsonDocument::fromJson(events.at(0).payload).object());
        QVERIFY(QJsonDocument::fromJson(lines.at(2)).object().contains(QLatin1String("payloadError")));
        QVERIFY(QJsonDocument::fromJson(lines.at(2)).object().contains(QLatin1String("receivedAtUs")));

        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString error;
            const auto back = EventExporter::fromJsonLine(lines.at(i), &error);
            QVERIFY2(back.has_value(), qPrintable(error));
            QCOMPARE(back->receivedAtUs, events.at(i).receivedAtUs);
            QCOMPARE(back->stream, events.at(i).stream);
            QCOMPARE(back->channel, events.at(i).channel);
            QCOMPARE(back->event, events.at(i).event);
        }
        const auto first = EventExporter::fromJsonLine(lines.at(0), nullptr);
        QCOMPARE(QJsonDocument::fromJson(first->payload).object(),
                 QJsonDocument::fromJson(events.at(0).payload).object());
        QVERIFY(first->parseError().isEmpty());
        const auto second = EventExporter::fromJsonLine(lines.at(1), nullptr);
        QCOMPARE(QJsonDocument::fromJson(second->payload).object(), QJsonDocument::fromJson(pretty.payload).object());
        QVERIFY(second->parseError().isEmpty());
        QVERIFY(second->payload.contains("18446744073709551615")); // u64 exact, not a double
        const auto third = EventExporter::fromJsonLine(lines.at(2), nullptr);
        QCOMPARE(third->payload, broken.payload);
        QVERIFY(!third->parseError().isEmpty());
        const auto fourth = EventExporter::fromJsonLine(lines.at(3), nullptr);
        QCOMPARE(QJsonDocument::fromJson(fourth->payload).array(), QJsonDocument::fromJson(array.payload).array());
        QVERIFY(!fourth->parseError().isEmpty());
    }

    void jsonLinesFromAModelThroughAProxy()
    {
        EventTableModel model(QStringLiteral("svm.token.swaps"));
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.appendBatch({swapEvent(10, QStringLiteral("A"), true, QStringLiteral("1")),
                           swapEvent(20, QStringLiteral("B"), false, QStringLiteral("2")),
                           swapEvent(30, QStringLiteral("C"), true, QStringLiteral("3"))});
        proxy.setPattern(QStringLiteral("buy"));
        const QList<StreamEvent> events = EventExporter::eventsFromModel(proxy, {0, 1, 7});
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).receivedAtUs, 10);
        QCOMPARE(events.at(1).receivedAtUs, 30);
        QCOMPARE(events.at(1).channel, QStringLiteral("swaps-So1"));
        QCOMPARE(events.at(1).payload, model.rawPayload(2));

        QByteArray data;
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(EventExporter::writeJsonLines(&buffer, events, &error));
        QCOMPARE(data.count('\n'), 2);
        const auto back = EventExporter::fromJsonLine(data.split('\n').at(1), &error);
        QVERIFY(back.has_value());
        QCOMPARE(QJsonDocument::fromJson(back->payload).object().value(QLatin1String("maker")).toString(),
                 QStringLiteral("C"));
    }

    void badLinesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("stream missing") << QByteArray(
            R"({"receivedAt":"1970-01-01T00:00:00Z","channel":"c","event":"e","payload":{}})")
                                        << QStringLiteral("stream");
        QTest::newRow("bad time") << QByteArray(
            R"({"receivedAt":"noon","stream":"s","channel":"c","event":"e","payload":{}})")
                                  << QStringLiteral("receivedAt");
        QTest::newRow("payload missing") << QByteArray(
            R"({"receivedAt":"1970-01-01T00:00:00Z","stream":"s","channel":"c","event":"e"})")
                                         << QStringLiteral("payload");
    }

    void badLinesAreRejected()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, errorContains);
        QString error;
        QVERIFY(!EventExporter::fromJsonLine(line, &error).has_value());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEventExporter)
#include "tst_eventexporter.moc"
