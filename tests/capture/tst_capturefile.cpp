// The native capture file: round trips of every entry kind (plain and gzip), what jq and zcat
// see, cut files, refused files, forward compatibility, damage in the middle, fuzzed input, and
// flush() while the writer is still open.

#include "capturefile.h"
#include "capturetestdata.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace shuriken;
using namespace shuriken::capture;
using namespace capturetest;

namespace {

QByteArray serialize(const Capture &capture, CaptureWriter::Compression compression,
                     QList<qint64> *flushPoints = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CaptureWriter writer;
    if (!writer.open(&buffer, capture.header, compression))
        return {};
    if (flushPoints)
        flushPoints->append(writer.bytesWritten());
    for (const CaptureEntry &entry : capture.entries) {
        writer.write(entry);
        if (flushPoints) {
            writer.flush();
            flushPoints->append(writer.bytesWritten());
        }
    }
    writer.close();
    return buffer.data();
}

struct ReadResult
{
    bool opened = false;
    QString openError;
    QList<CaptureEntry> entries;
    CaptureReader::Status status = CaptureReader::Status::Error;
    qint64 cutBytes = 0;
    int skipped = 0;
    QString error;
};

ReadResult readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CaptureReader reader;
    ReadResult result;
    result.opened = reader.open(&buffer);
    if (!result.opened) {
        result.openError = reader.errorString();
        return result;
    }
    CaptureEntry entry;
    // Bounded, so that a reader that never ends fails the test instead of hanging it.
    for (int i = 0; i < 100000; ++i) {
        result.status = reader.readNext(&entry);
        if (result.status != CaptureReader::Status::Entry)
            break;
        result.entries.append(entry);
    }
    result.cutBytes = reader.cutBytes();
    result.skipped = reader.skippedRecords();
    result.error = reader.errorString();
    return result;
}

/// gzip decompressed by zlib directly, as zcat does: as far as the data goes.
QByteArray zcat(const QByteArray &compressed, bool *complete)
{
    z_stream stream {};
    inflateInit2(&stream, 15 + 16);
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int result = Z_OK;
    char chunk[16384];
    do {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, static_cast<qsizetype>(sizeof chunk - stream.avail_out));
    } while (result == Z_OK);
    inflateEnd(&stream);
    *complete = result == Z_STREAM_END;
    return out;
}

QList<qsizetype> lineEnds(const QByteArray &text)
{
    QList<qsizetype> ends;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n')
            ends.append(i + 1);
    }
    return ends;
}

QByteArray withLineReplaced(const QByteArray &text, int line, const QByteArray &replacement)
{
    QList<QByteArray> lines = text.split('\n');
    lines[line - 1] = replacement;
    return lines.join('\n');
}

} // namespace

class TestCaptureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void compressionForName_data();
    void compressionForName();
    void linesAreJqReadable();
    void recordTimesAcrossSeconds();
    void gzipIsStandard();
    void truncatedPlain();
    void truncatedGzip();
    void truncatedFileWarns();
    void newerVersionRefused();
    void notACapture_data();
    void notACapture();
    void unknownRecordsSkipped();
    void damagedRecordInTheMiddle_data();
    void damagedRecordInTheMiddle();
    void toleratesEditedFiles();
    void embeddedFramesAsOtherToolsLeaveThem();
    void fuzzedFilesNeverCrash();
    void flushMakesRecordsReadable_data();
    void flushMakesRecordsReadable();
    void writeErrorIsReported();
    void progress();
};

void TestCaptureFile::roundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << QStringLiteral("session.jsonl");
    QTest::newRow("gzip") << QStringLiteral("session.jsonl.gz");
    QTest::newRow("gzip, upper case suffix") << QStringLiteral("SESSION.JSONL.GZ");
}

void TestCaptureFile::roundTrip()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    const Capture capture = sampleCapture();
    QString error;
    QVERIFY2(writeCaptureFile(path, capture, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const bool gzip = fileName.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
    QCOMPARE(bytes.startsWith("\x1f\x8b"), gzip);

    const std::optional<CaptureFileContents> contents = readCaptureFile(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->kind, CaptureFileContents::Kind::Native);
    QCOMPARE(contents->cutBytes, 0);
    QCOMPARE(contents->skippedRecords, 0);
    QVERIFY2(contents->warnings.isEmpty(), qPrintable(contents->warnings.join(u'\n')));
    compareHeader(contents->capture.header, capture.header);
    compareEntries(contents->capture.entries, capture.entries);

    // The same through a device, with the compression given rather than named.
    const ReadResult result
        = readAll(serialize(capture, gzip ? CaptureWriter::Compression::Gzip : CaptureWriter::Compression::None));
    QVERIFY2(result.opened, qPrintable(result.openError));
    QCOMPARE(result.status, CaptureReader::Status::End);
    compareEntries(result.entries, capture.entries);
}

void TestCaptureFile::compressionForName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("jsonl") << QStringLiteral("a.jsonl") << false;
    QTest::newRow("gz") << QStringLiteral("a.jsonl.gz") << true;
    QTest::newRow("GZ") << QStringLiteral("A.GZ") << true;
    QTest::newRow("gz in the middle") << QStringLiteral("a.gz.jsonl") << false;
    QTest::newRow("tgz") << QStringLiteral("a.tgz") << false;
}

void TestCaptureFile::compressionForName()
{
    QFETCH(QString, fileName);
    QFETCH(bool, gzip);
    QCOMPARE(CaptureWriter::compressionFor(fileName) == CaptureWriter::Compression::Gzip, gzip);
}

void TestCaptureFile::linesAreJqReadable()
{
    const Capture capture = sampleCapture();
    const QByteArray text = serialize(capture, CaptureWriter::Compression::None);
    QVERIFY(text.endsWith('\n'));
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the last '\n'
    QCOMPARE(lines.size(), capture.entries.size() + 1);
    QList<QJsonObject> records;
    for (const QByteArray &line : std::as_const(lines)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString() + u' ' + QString::fromUtf8(line)));
        records.append(document.object());
    }

    const QJsonObject header = records.takeFirst();
    QCOMPARE(header.value(QLatin1String("type")).toString(), QStringLiteral("header"));
    QCOMPARE(header.value(QLatin1String("format")).toString(), QStringLiteral("shuriken-capture"));
    QCOMPARE(header.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(header.value(QLatin1String("product")).toString(), capture.header.productName);
    QCOMPARE(header.value(QLatin1String("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(header.value(QLatin1String("catalog")).toObject(),
             QJsonDocument::fromJson(capture.header.catalogJson).object());
    QCOMPARE(header.value(QLatin1String("startedAt")).toString(), QStringLiteral("2025-12-06T05:46:40.123456Z"));
    QCOMPARE(header.value(QLatin1String("startedAtUs")).toInteger(), kStartUs);

    const QJsonObject established = records.at(3);
    QCOMPARE(established.value(QLatin1String("type")).toString(), QStringLiteral("frame"));
    QCOMPARE(established.value(QLatin1String("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(established.value(QLatin1String("timeUs")).toInteger(), kStartUs + 4);
    QCOMPARE(established.value(QLatin1String("time")).toString(), QStringLiteral("2025-12-06T05:46:40.123460Z"));
    // Readable text for jq: `jq -r .data` gives the frame as it arrived.
    QCOMPARE(established.value(QLatin1String("data")).toString().toUtf8(),
             std::get<FrameEntry>(capture.entries.at(3)).data);
    QVERIFY(!established.contains(QLatin1String("dataBase64")));
    QCOMPARE(records.at(4).value(QLatin1String("direction")).toString(), QStringLiteral("out"));

    // Bytes that are not UTF-8, and binary frames, travel in base64.
    const QJsonObject invalid = records.at(6);
    QVERIFY(!invalid.contains(QLatin1String("data")));
    QCOMPARE(QByteArray::fromBase64(invalid.value(QLatin1String("dataBase64")).toString().toLatin1()),
             std::get<FrameEntry>(capture.entries.at(6)).data);
    const QJsonObject binary = records.at(8);
    QCOMPARE(binary.value(QLatin1String("binary")).toBool(), true);
    QCOMPARE(QByteArray::fromBase64(binary.value(QLatin1String("dataBase64")).toString().toLatin1()), allBytes());

    const QJsonObject failed = records.at(12);
    QCOMPARE(failed.value(QLatin1String("type")).toString(), QStringLiteral("http"));
    QCOMPARE(failed.value(QLatin1String("status")).toInt(), 401);
    QVERIFY(failed.contains(QLatin1String("requestBodyBase64")));
    const QJsonObject error = failed.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(error.value(QLatin1String("retryAfterMs")).toInt(), 1500);
    const QJsonObject session = records.at(1);
    QCOMPARE(session.value(QLatin1String("requestHeaders")).toArray().at(0).toObject().value(QLatin1String("name")),
             QJsonValue(QStringLiteral("Authorization")));
    QCOMPARE(session.value(QLatin1String("responseBody")).toString().toUtf8(),
             std::get<HttpEntry>(capture.entries.at(1)).exchange.responseBody);

    QCOMPARE(records.at(2).value(QLatin1String("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(records.at(11).value(QLatin1String("type")).toString(), QStringLiteral("subscription"));
    QCOMPARE(records.at(11).value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));

    // A frame known to be a JSON object is the record's `json`, as it is: `jq .json.event` works
    // and the record's text holds the frame's exact bytes, spacing and escapes included.
    const auto &swap = std::get<FrameEntry>(capture.entries.at(capture.entries.size() - 2));
    const QJsonObject embedded = records.at(records.size() - 2);
    QVERIFY(!embedded.contains(QLatin1String("data")));
    QCOMPARE(embedded.value(QLatin1String("json")).toObject().value(QLatin1String("event")).toString(),
             QStringLiteral("swap"));
    QVERIFY(lines.at(lines.size() - 2).endsWith(QByteArray(",\"json\":" + swap.data + '}')));
    // One whose bytes hold a line break would split the record: it stays a string.
    const QJsonObject broken = records.constLast();
    QVERIFY(!broken.contains(QLatin1String("json")));
    QCOMPARE(broken.value(QLatin1String("data")).toString().toUtf8(),
             std::get<FrameEntry>(capture.entries.constLast()).data);
}

void TestCaptureFile::recordTimesAcrossSeconds()
{
    // The writer reuses the text of a second for the records in it: every time still reads back
    // exactly and its ISO text is its own, across seconds, back in time and before the epoch.
    Capture capture;
    const QList<qint64> times = {kStartUs,
                                 kStartUs + 1,
                                 kStartUs - 123456 + 999999,
                                 kStartUs - 123456 + 1000000,
                                 kStartUs - 5000000,
                                 kStartUs,
                                 999999,
                                 0,
                                 -1,
                                 1000000};
    for (const qint64 timeUs : times) {
        capture.entries.append(objectFrame(timeUs, R"({"event":"e","data":"{}"})"));
        capture.entries.append(StateEntry {timeUs, QStringLiteral("connected"), {}});
    }
    const QByteArray text = serialize(capture, CaptureWriter::Compression::None);
    const ReadResult result = readAll(text);
    QCOMPARE(result.status, CaptureReader::Status::End);
    compareEntries(result.entries, capture.entries);

    const QList<QByteArray> lines = text.split('\n');
    const auto timeText = [&](int line) {
        return QJsonDocument::fromJson(lines.at(line)).object().value(QLatin1String("time")).toString();
    };
    QCOMPARE(timeText(1), QStringLiteral("2025-12-06T05:46:40.123456Z"));
    QCOMPARE(timeText(5), QStringLiteral("2025-12-06T05:46:40.999999Z"));
    QCOMPARE(timeText(7), QStringLiteral("2025-12-06T05:46:41.000000Z"));
    QCOMPARE(timeText(9), QStringLiteral("2025-12-06T05:46:35.123456Z"));
    QCOMPARE(timeText(13), QStringLiteral("1970-01-01T00:00:00.999999Z"));
    QCOMPARE(timeText(17), QStringLiteral("1969-12-31T23:59:59.999999Z"));
    QCOMPARE(timeText(19), QStringLiteral("1970-01-01T00:00:01.000000Z"));
}

void TestCaptureFile::gzipIsStandard()
{
    const Capture capture = sampleCapture();
    const QByteArray plain = serialize(capture, CaptureWriter::Compression::None);
    const QByteArray compressed = serialize(capture, CaptureWriter::Compression::Gzip);
    QVERIFY(compressed.startsWith("\x1f\x8b"));
    bool complete = false;
    QCOMPARE(zcat(compressed, &complete), plain);
    QVERIFY(complete);

    // Two captures one after the other in one file (cat a.gz b.gz): zcat reads both members, and
    // so does the reader, which skips the second header.
    const ReadResult both = readAll(compressed + compressed);
    QVERIFY2(both.opened, qPrintable(both.openError));
    QCOMPARE(both.status, CaptureReader::Status::End);
    QCOMPARE(both.entries.size(), capture.entries.size() * 2);
    QCOMPARE(both.skipped, 1);
}

void TestCaptureFile::truncatedPlain()
{
    // Every prefix of a small capture: read up to the last complete record, the rest reported.
    Capture capture = sampleCapture();
    capture.entries.resize(8);
    const QByteArray text = serialize(capture, CaptureWriter::Compression::None);
    const QList<qsizetype> ends = lineEnds(text);
    const qsizetype headerEnd = ends.first();
    for (qsizetype length = 0; length <= text.size(); ++length) {
        const QByteArray prefix = text.first(length);
        const ReadResult result = readAll(prefix);
        const QByteArray where = "prefix of " + QByteArray::number(length) + " bytes";
        // A header that lacks only its '\n' is whole.
        QVERIFY2(result.opened == (length >= headerEnd - 1), where.constData());
        if (!result.opened) {
            QVERIFY2(!result.openError.isEmpty(), where.constData());
            continue;
        }
        qsizetype complete = 0;
        qsizetype lastEnd = headerEnd;
        for (qsizetype i = 1; i < ends.size() && ends[i] <= length; ++i) {
            ++complete;
            lastEnd = ends[i];
        }
        qsizetype rest = std::max<qsizetype>(length - lastEnd, 0);
        // The next record without its '\n' is complete too.
        if (complete + 1 < ends.size() && length == ends[complete + 1] - 1) {
            ++complete;
            rest = 0;
        }
        QVERIFY2(result.entries.size() == complete, where.constData());
        if (rest > 0) {
            QVERIFY2(result.status == CaptureReader::Status::Truncated, where.constData());
            QVERIFY2(result.cutBytes == rest, where.constData());
        } else {
            QVERIFY2(result.status == CaptureReader::Status::End, where.constData());
            QVERIFY2(result.cutBytes == 0, where.constData());
        }
        compareEntries(result.entries, capture.entries.first(complete));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCaptureFile::truncatedGzip()
{
    // A recording sync-flushed after every record and then killed at every possible byte.
    Capture capture = sampleCapture();
    capture.entries.resize(8);
    QList<qint64> flushPoints;
    const QByteArray compressed = serialize(capture, CaptureWriter::Compression::Gzip, &flushPoints);
    const QByteArray plain = serialize(capture, CaptureWriter::Compression::None);
    qsizetype previousEntries = 0;
    for (qsizetype length = 0; length <= compressed.size(); ++length) {
        const ReadResult result = readAll(compressed.first(length));
        const QByteArray where = "prefix of " + QByteArray::number(length) + " bytes";
        if (length == compressed.size()) {
            QVERIFY2(result.opened && result.status == CaptureReader::Status::End, where.constData());
        } else if (result.opened) {
            QVERIFY2(result.status == CaptureReader::Status::Truncated, where.constData());
            QVERIFY2(result.cutBytes >= 0 && result.cutBytes < plain.size(), where.constData());
        }
        // What was read is the beginning of the capture, and it only grows with the prefix.
        QVERIFY2(result.entries.size() >= previousEntries, where.constData());
        previousEntries = result.entries.size();
        compareEntries(result.entries, capture.entries.first(result.entries.size()));
        // Cut right after a flush, nothing of a record is lost.
        const qsizetype flushIndex = flushPoints.indexOf(length);
        if (flushIndex >= 0 && length < compressed.size()) {
            QVERIFY2(result.opened, where.constData());
            QVERIFY2(result.entries.size() == flushIndex, where.constData());
            QVERIFY2(result.cutBytes == 0, where.constData());
        }
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCaptureFile::truncatedFileWarns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.jsonl"));
    const QByteArray text = serialize(sampleCapture(), CaptureWriter::Compression::None);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.first(text.size() - 10));
    file.close();
    QString error;
    const auto contents = readCaptureFile(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->capture.entries.size(), sampleCapture().entries.size() - 1);
    QCOMPARE(contents->cutBytes, lineEnds(text).constLast() - 10 - lineEnds(text).at(lineEnds(text).size() - 2));
    QCOMPARE(contents->warnings.size(), 1);
    QVERIFY(contents->warnings.first().contains(QLatin1String("cut")));
}

void TestCaptureFile::newerVersionRefused()
{
    const QByteArray text
        = R"({"type":"header","format":"shuriken-capture","version":3,"product":"Shuriken Stream Monitor"})"
          "\n"
          R"({"type":"frame","timeUs":1,"direction":"in","data":"x"})"
          "\n";
    const ReadResult result = readAll(text);
    QVERIFY(!result.opened);
    QCOMPARE(result.openError,
             QStringLiteral("This capture was written by a newer version (format 3); this build "
                            "reads format 2 and older."));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QString error;
    QVERIFY(!readCaptureFile(path, &error));
    QCOMPARE(error, result.openError);
}

void TestCaptureFile::notACapture_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString notCapture = QStringLiteral("not a Shuriken capture file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << QStringLiteral("empty");
    QTest::newRow("text") << QByteArray("hello\nworld\n") << notCapture;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << notCapture;
    QTest::newRow("a record, no header") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in","data":"x"})"
                                                       "\n")
                                         << notCapture;
    QTest::newRow("another format") << QByteArray(R"({"type":"header","format":"pcap-ng","version":1})"
                                                  "\n")
                                    << notCapture;
    QTest::newRow("no version") << QByteArray(R"({"type":"header","format":"shuriken-capture"})"
                                              "\n")
                                << QStringLiteral("format version");
    QTest::newRow("version is text") << QByteArray(R"({"type":"header","format":"shuriken-capture","version":"1"})"
                                                   "\n")
                                     << QStringLiteral("format version");
    QTest::newRow("JSON array") << QByteArray("[1,2,3]\n") << notCapture;
    QTest::newRow("HAR") << QByteArray("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"entries\": []\n  }\n}\n")
                         << QStringLiteral("HAR document");
    QTest::newRow("cut inside the header")
        << QByteArray(R"({"type":"header","format":"shuriken-cap)") << QStringLiteral("ends inside its header");
    QTest::newRow("gzip of text") << QByteArray::fromHex("1f8b08000000000002ffcb48cdc9c9e7020020303a3606000000")
                                  << notCapture;
    QTest::newRow("damaged gzip") << QByteArray::fromHex("1f8b0800000000000003ffffffffffffffff") << notCapture;
    QTest::newRow("gzip magic only") << QByteArray::fromHex("1f8b") << notCapture;
}

void TestCaptureFile::notACapture()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ReadResult result = readAll(bytes);
    QVERIFY(!result.opened);
    QVERIFY2(result.openError.contains(expected, Qt::CaseInsensitive), qPrintable(result.openError));
}

void TestCaptureFile::unknownRecordsSkipped()
{
    Capture capture = sampleCapture();
    capture.entries.resize(5);
    QByteArray text = serialize(capture, CaptureWriter::Compression::None);
    QList<QByteArray> lines = text.split('\n');
    // A later version's record kinds, and members this version does not know.
    lines.insert(2, R"({"type":"annotation","timeUs":5,"note":{"text":"look here"}})");
    lines.insert(4, R"({"type":"marker"})");
    lines[5] = lines[5].chopped(1) + R"(,"x-extra":{"nested":[1,{"a":null}]},"later":true})";
    text = lines.join('\n');
    const ReadResult result = readAll(text);
    QVERIFY2(result.opened, qPrintable(result.openError));
    QCOMPARE(result.status, CaptureReader::Status::End);
    QCOMPARE(result.skipped, 2);
    compareEntries(result.entries, capture.entries);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QString error;
    const auto contents = readCaptureFile(path, &error);
    QVERIFY(contents);
    QCOMPARE(contents->skippedRecords, 2);
    QCOMPARE(contents->warnings.size(), 1);
}

void TestCaptureFile::damagedRecordInTheMiddle_data()
{
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray(R"({"type":"frame","timeUs":)") << QStringLiteral("Line 4");
    QTest::newRow("garbage") << QByteArray("\x01\x02\x03") << QStringLiteral("Line 4");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no type") << QByteArray(R"({"timeUs":1})") << QStringLiteral("type");
    QTest::newRow("no time") << QByteArray(R"({"type":"frame","direction":"in","data":"x"})")
                             << QStringLiteral("timeUs");
    QTest::newRow("bad direction") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"up","data":"x"})")
                                   << QStringLiteral("direction");
    QTest::newRow("no data") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in"})") << QStringLiteral("data");
    QTest::newRow("bad base64") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in","dataBase64":"%%"})")
                                << QStringLiteral("base64");
    QTest::newRow("state without state") << QByteArray(R"({"type":"state","timeUs":1})") << QStringLiteral("state");
    QTest::newRow("json is a string") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in","json":"{}"})")
                                      << QStringLiteral("json");
    QTest::newRow("json is an array") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in","json":[1]})")
                                      << QStringLiteral("json");
    QTest::newRow("json is not JSON") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in","json":{"a":}})")
                                      << QStringLiteral("Line 4");
    // Deeper than any parser here follows: refused, not a stack overflow.
    QTest::newRow("json nests too deep") << QByteArray(R"({"type":"frame","timeUs":1,"direction":"in","json":)")
            + QByteArray(100000, '[') + QByteArray(100000, ']')
            + '}' << QStringLiteral("Line 4");
}

void TestCaptureFile::damagedRecordInTheMiddle()
{
    // Strict: a record that is not one stops the reader with the line number, after delivering
    // what came before. A damaged file must not look whole (a replay would silently differ).
    QFETCH(QByteArray, replacement);
    QFETCH(QString, reason);
    const Capture capture = sampleCapture();
    const QByteArray text = withLineReplaced(serialize(capture, CaptureWriter::Compression::None), 4, replacement);
    const ReadResult result = readAll(text);
    QVERIFY(result.opened);
    QCOMPARE(result.status, CaptureReader::Status::Error);
    QVERIFY2(result.error.contains(QLatin1String("Line 4")), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    compareEntries(result.entries, capture.entries.first(2));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QString error;
    const auto contents = readCaptureFile(path, &error);
    QVERIFY2(contents, qPrintable(error));
    QCOMPARE(contents->capture.entries.size(), 2);
    QCOMPARE(contents->warnings.size(), 1);
    QVERIFY(contents->warnings.first().contains(QLatin1String("Line 4")));
}

void TestCaptureFile::toleratesEditedFiles()
{
    // What an editor or a tool may do to a file that is still a capture: CRLF line ends, a byte
    // order mark, blank lines, no '\n' after the last record, spaces in the JSON, members in
    // another order, escapes a writer other than ours chooses.
    const QByteArray text = "\xEF\xBB\xBF"
                            R"({ "version" : 1 , "format":"shuriken-capture", "type":"header", "startedAtUs": 7 })"
                            "\r\n\r\n"
                            R"({"data":"\u0041\/\ud83d\ude80","direction":"in","timeUs":10,"type":"frame"})"
                            "\r\n"
                            R"({"type":"state","time":"2025-12-06T06:46:40.5+01:00","state":"connected"})";
    const ReadResult result = readAll(text);
    QVERIFY2(result.opened, qPrintable(result.openError));
    QCOMPARE(result.status, CaptureReader::Status::End);
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(std::get<FrameEntry>(result.entries[0]).data, QByteArray("A/\xF0\x9F\x9A\x80"));
    QCOMPARE(std::get<StateEntry>(result.entries[1]).timeUs, 1765000000500000);
}

void TestCaptureFile::embeddedFramesAsOtherToolsLeaveThem()
{
    // `jq -c` and editors respace an embedded frame: the frame read is then the value's bytes as
    // the line has them (the same JSON), and a version 1 file's string frames still read.
    const QByteArray text
        = R"({"type":"header","format":"shuriken-capture","version":2})"
          "\n"
          R"({"type": "frame", "json": {"event": "swap", "data": "{\"a\":1}", "n": [1, 2.5e3, true, null]},)"
          R"( "timeUs": 10, "direction": "in"})"
          "\n"
          R"({"type":"header","format":"shuriken-capture","version":1})"
          "\n";
    const ReadResult result = readAll(text);
    QVERIFY2(result.opened, qPrintable(result.openError));
    QCOMPARE(result.entries.size(), 1);
    const auto &frame = std::get<FrameEntry>(result.entries.constFirst());
    QCOMPARE(frame.data, QByteArray(R"({"event": "swap", "data": "{\"a\":1}", "n": [1, 2.5e3, true, null]})"));
    QVERIFY(frame.wellFormedObject);

    const QByteArray version1 = R"({"type":"header","format":"shuriken-capture","version":1})"
                                "\n"
                                R"({"type":"frame","timeUs":10,"direction":"in","data":"{\"event\":\"swap\"}"})"
                                "\n";
    const ReadResult old = readAll(version1);
    QVERIFY2(old.opened, qPrintable(old.openError));
    QCOMPARE(old.status, CaptureReader::Status::End);
    QCOMPARE(std::get<FrameEntry>(old.entries.constFirst()).data, QByteArray(R"({"event":"swap"})"));
}

void TestCaptureFile::fuzzedFilesNeverCrash()
{
    // Mutated captures (seeded, so a failure can be repeated) must be read to some end: never a
    // crash, never a loop. Run under the asan preset this also proves no out-of-bounds access.
    const Capture capture = sampleCapture();
    const QList<QByteArray> seeds
        = {serialize(capture, CaptureWriter::Compression::None), serialize(capture, CaptureWriter::Compression::Gzip)};
    QRandomGenerator random(20261206);
    int opened = 0;
    for (int iteration = 0; iteration < 3000; ++iteration) {
        QByteArray bytes = seeds[iteration % 2];
        const int mutations = 1 + random.bounded(8);
        for (int m = 0; m < mutations && !bytes.isEmpty(); ++m) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(6)) {
            case 0:
                bytes[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                bytes[at] = static_cast<char>(bytes[at] ^ (1 << random.bounded(8)));
                break;
            case 2:
                bytes.insert(at, static_cast<char>(random.bounded(256)));
                break;
            case 3:
                bytes.remove(at, 1 + random.bounded(16));
                break;
            case 4:
                bytes.insert(at, bytes.mid(random.bounded(bytes.size()), 1 + random.bounded(64)));
                break;
            default:
                bytes.truncate(at);
                break;
            }
        }
        const ReadResult result = readAll(bytes);
        opened += result.opened ? 1 : 0;
        if (result.opened) {
            QVERIFY(result.status != CaptureReader::Status::Entry);
            QVERIFY(result.entries.size() <= capture.entries.size() * 3);
            if (result.status == CaptureReader::Status::Error)
                QVERIFY(!result.error.isEmpty());
        } else {
            QVERIFY(!result.openError.isEmpty());
        }
    }
    // Most mutations leave the header alone: the records behind it were exercised too.
    QVERIFY(opened > 1000);
}

void TestCaptureFile::flushMakesRecordsReadable_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << QStringLiteral("live.jsonl");
    QTest::newRow("gzip") << QStringLiteral("live.jsonl.gz");
}

void TestCaptureFile::flushMakesRecordsReadable()
{
    // --record: a reader (or the user's zcat) sees every record written before the last flush(),
    // while the writer is still open, as after a kill.
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    const Capture capture = sampleCapture();
    const bool gzip = fileName.endsWith(QLatin1String(".gz"));
    CaptureWriter writer;
    QVERIFY2(writer.open(path, capture.header), qPrintable(writer.errorString()));
    QVERIFY(writer.isOpen());

    auto readBack = [&](qsizetype expected) {
        QString error;
        const auto contents = readCaptureFile(path, &error);
        QVERIFY2(contents, qPrintable(error));
        compareEntries(contents->capture.entries, capture.entries.first(expected));
        // gzip: the stream has no end yet, but no record was cut.
        QCOMPARE(contents->cutBytes, 0);
        QCOMPARE(contents->warnings.isEmpty(), !gzip);
    };

    readBack(0);
    if (QTest::currentTestFailed())
        return;
    const qsizetype half = capture.entries.size() / 2;
    for (qsizetype i = 0; i < half; ++i)
        QVERIFY(writer.write(capture.entries.at(i)));
    QVERIFY(writer.flush());
    readBack(half);
    if (QTest::currentTestFailed())
        return;
    for (qsizetype i = half; i < capture.entries.size(); ++i)
        QVERIFY(writer.write(capture.entries.at(i)));
    QVERIFY(writer.flush());
    readBack(capture.entries.size());
    if (QTest::currentTestFailed())
        return;

    QVERIFY(writer.close());
    QVERIFY(!writer.isOpen());
    QVERIFY(!writer.write(capture.entries.first()));
    QCOMPARE(writer.bytesWritten(), QFileInfo(path).size());
    QString error;
    const auto contents = readCaptureFile(path, &error);
    QVERIFY(contents);
    QVERIFY(contents->warnings.isEmpty());
    QCOMPARE(contents->capture.entries.size(), capture.entries.size());
}

void TestCaptureFile::writeErrorIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/capture.jsonl"));
    CaptureWriter writer;
    QVERIFY(!writer.open(path, CaptureHeader()));
    QVERIFY(!writer.isOpen());
    QVERIFY(writer.errorString().contains(QLatin1String("capture.jsonl")));
    QString error;
    QVERIFY(!writeCaptureFile(path, sampleCapture(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!readCaptureFile(path, &error));
    QVERIFY(error.contains(QLatin1String("capture.jsonl")));

    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QVERIFY(!writer.open(&readOnly, CaptureHeader(), CaptureWriter::Compression::None));
    QVERIFY(!writer.errorString().isEmpty());
}

void TestCaptureFile::progress()
{
    const QByteArray bytes = serialize(sampleCapture(), CaptureWriter::Compression::Gzip);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CaptureReader reader;
    QVERIFY(reader.open(&buffer));
    QCOMPARE(reader.size(), bytes.size());
    QVERIFY(reader.position() <= reader.size());
    CaptureEntry entry;
    while (reader.readNext(&entry) == CaptureReader::Status::Entry)
        QVERIFY(reader.position() <= reader.size());
    QCOMPARE(reader.position(), reader.size());
    QCOMPARE(reader.header().productName, QStringLiteral("Shuriken Stream Monitor"));
}

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "tst_capturefile.moc"
