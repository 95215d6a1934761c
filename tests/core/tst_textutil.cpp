// abbreviated(), singleLine() and constantTimeEquals(): pure functions.

#include "textutil.h"

#include <QTest>

namespace {
const QChar kEllipsis(0x2026);
} // namespace

class TestTextUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void abbreviated_data();
    void abbreviated();
    void singleLine_data();
    void singleLine();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestTextUtil::abbreviated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("above");
    QTest::addColumn<qsizetype>("ends");
    QTest::addColumn<QString>("expected");

    QTest::newRow("address") << QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU") << qsizetype(12)
                             << qsizetype(4) << QStringLiteral("7xKX") + kEllipsis + QStringLiteral("gAsU");
    QTest::newRow("exactly the limit") << QStringLiteral("abcdefghijkl") << qsizetype(12) << qsizetype(4)
                                       << QStringLiteral("abcdefghijkl");
    QTest::newRow("one above") << QStringLiteral("abcdefghijklm") << qsizetype(12) << qsizetype(4)
                               << QStringLiteral("abcd") + kEllipsis + QStringLiteral("jklm");
    QTest::newRow("empty") << QString() << qsizetype(12) << qsizetype(4) << QString();
    QTest::newRow("other limits") << QStringLiteral("0123456789abcdef") << qsizetype(14) << qsizetype(5)
                                  << QStringLiteral("01234") + kEllipsis + QStringLiteral("bcdef");
    QTest::newRow("ends cover the text") << QStringLiteral("abcdef") << qsizetype(2) << qsizetype(3)
                                         << QStringLiteral("abcdef");
}

void TestTextUtil::abbreviated()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, above);
    QFETCH(qsizetype, ends);
    QFETCH(QString, expected);
    QCOMPARE(shuriken::abbreviated(text, above, ends), expected);
    if (above == 12 && ends == 4)
        QCOMPARE(shuriken::abbreviated(text), expected);
}

void TestTextUtil::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short") << QStringLiteral("abc") << qsizetype(10) << QStringLiteral("abc");
    QTest::newRow("exactly the limit") << QStringLiteral("abcde") << qsizetype(5) << QStringLiteral("abcde");
    QTest::newRow("cut") << QStringLiteral("abcdef") << qsizetype(5) << QStringLiteral("abcde") + kEllipsis;
    QTest::newRow("breaks and tabs") << QStringLiteral("a\nb\r\nc\td") << qsizetype(20) << QStringLiteral("a b  c d");
    QTest::newRow("cut and breaks") << QStringLiteral("a\nbcdef") << qsizetype(3) << QStringLiteral("a b") + kEllipsis;
    QTest::newRow("empty") << QString() << qsizetype(3) << QString();
}

void TestTextUtil::singleLine()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(shuriken::singleLine(text, maxChars), expected);
}

void TestTextUtil::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << QByteArray("sk_live_abcdef1234") << QByteArray("sk_live_abcdef1234") << true;
    QTest::newRow("last byte differs") << QByteArray("sk_live_abcdef1234") << QByteArray("sk_live_abcdef1235") << false;
    QTest::newRow("first byte differs") << QByteArray("ak_live") << QByteArray("sk_live") << false;
    QTest::newRow("prefix") << QByteArray("sk_live") << QByteArray("sk_live_abc") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("high bit") << QByteArray("\x80") << QByteArray("\x00", 1) << false;
}

void TestTextUtil::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(shuriken::constantTimeEquals(a, b), equal);
    QCOMPARE(shuriken::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestTextUtil)
#include "tst_textutil.moc"
