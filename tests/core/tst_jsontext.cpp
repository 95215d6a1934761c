// shuriken::appendJsonString: escaping, ill-formed UTF-8, and agreement with Qt's JSON parser.

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using shuriken::appendJsonString;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytes_data();
    void bytes();
    void text_data();
    void text();
    void parsesBack();
    void validUtf8SequenceLength_data();
    void validUtf8SequenceLength();
};

void TestJsonText::bytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray(R"("")");
    QTest::newRow("plain") << QByteArray("abc XYZ 123") << QByteArray(R"("abc XYZ 123")");
    QTest::newRow("quote") << QByteArray(R"(say "hi")") << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash") << QByteArray(R"(a\b)") << QByteArray(R"("a\\b")");
    QTest::newRow("slash is not escaped") << QByteArray("a/b") << QByteArray(R"("a/b")");
    QTest::newRow("named controls") << QByteArray("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls") << QByteArray("\x01\x1F\x7F", 3) << QByteArray("\"\\u0001\\u001f\x7F\"");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::newRow("two-byte UTF-8") << QByteArray("caf\xC3\xA9") << QByteArray("\"caf\xC3\xA9\"");
    QTest::newRow("three-byte UTF-8") << QByteArray("\xE2\x82\xAC 5") << QByteArray("\"\xE2\x82\xAC 5\"");
    QTest::newRow("four-byte UTF-8") << QByteArray("\xF0\x9F\x9A\x80") << QByteArray("\"\xF0\x9F\x9A\x80\"");
    QTest::newRow("U+2028 kept") << QByteArray("\xE2\x80\xA8") << QByteArray("\"\xE2\x80\xA8\"");
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << QByteArray("\"a\xEF\xBF\xBDz\"");
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80")
                                       << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    QTest::newRow("truncated sequence at the end")
        << QByteArray("ab\xE2\x82") << QByteArray("\"ab\xEF\xBF\xBD\xEF\xBF\xBD\"");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80")
                                    << QByteArray("\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    QTest::newRow("JSON inside") << QByteArray(R"({"a":"\"x\""})") << QByteArray(R"("{\"a\":\"\\\"x\\\"\"}")");
}

void TestJsonText::bytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    QByteArray out("prefix:");
    appendJsonString(out, QByteArrayView(input));
    QCOMPARE(out, QByteArray("prefix:") + expected);
}

void TestJsonText::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("ASCII with escapes") << QStringLiteral("a\"b\\c\nd\x01") << QByteArray(R"("a\"b\\c\nd\u0001")");
    QTest::newRow("Latin-1") << QString::fromUtf8("caf\xC3\xA9") << QByteArray("\"caf\xC3\xA9\"");
    QTest::newRow("BMP") << QString::fromUtf8("\xE2\x82\xAC\xE4\xB8\xAD") << QByteArray("\"\xE2\x82\xAC\xE4\xB8\xAD\"");
    QTest::newRow("surrogate pair") << QString::fromUtf8("\xF0\x9F\x9A\x80") << QByteArray("\"\xF0\x9F\x9A\x80\"");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + QLatin1Char('x')
                                         << QByteArray("\"\xEF\xBF\xBDx\"");
    QTest::newRow("lone low surrogate") << QString(QChar(0xDE80)) << QByteArray("\"\xEF\xBF\xBD\"");
}

void TestJsonText::text()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    QByteArray out;
    appendJsonString(out, QStringView(input));
    QCOMPARE(out, expected);
}

void TestJsonText::parsesBack()
{
    // Random text of every code point class: Qt's own parser reads back exactly the input.
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i) {
            const int kind = random.bounded(4);
            char32_t codePoint = 0;
            if (kind == 0)
                codePoint = random.bounded(0x80);
            else if (kind == 1)
                codePoint = 0x80 + random.bounded(0x780);
            else if (kind == 2)
                codePoint = 0xE000 + random.bounded(0x1000);
            else
                codePoint = 0x10000 + random.bounded(0xFFFFF);
            text.append(QString::fromUcs4(&codePoint, 1));
        }
        QByteArray fromBytes("[");
        appendJsonString(fromBytes, QByteArrayView(text.toUtf8()));
        fromBytes.append(']');
        QByteArray fromText("[");
        appendJsonString(fromText, QStringView(text));
        fromText.append(']');
        QCOMPARE(fromText, fromBytes);
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(fromBytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.array().at(0).toString(), text);
    }
}

void TestJsonText::validUtf8SequenceLength_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << qsizetype(2);
    QTest::newRow("three bytes") << QByteArray("\xE2\x82\xAC") << qsizetype(3);
    QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x9A\x80") << qsizetype(4);
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(4);
    QTest::newRow("continuation byte alone") << QByteArray("\x80") << qsizetype(0);
    QTest::newRow("overlong two bytes") << QByteArray("\xC1\xBF") << qsizetype(0);
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x9F\xBF") << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(0);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("cut off") << QByteArray("\xE2\x82") << qsizetype(0);
    QTest::newRow("bad continuation") << QByteArray("\xE2\x82\x41") << qsizetype(0);
}

void TestJsonText::validUtf8SequenceLength()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, length);
    QCOMPARE(
        shuriken::validUtf8SequenceLength(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size()),
        length);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
