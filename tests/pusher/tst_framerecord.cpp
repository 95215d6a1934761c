#include "framerecord.h"
#include "pusherprotocol.h"

#include <QTest>

using namespace shuriken::pusher;

namespace {
const QString kSignature = QStringLiteral("58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
const QChar kEllipsis(0x2026);
} // namespace

class TestFrameRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactAuthValue_data();
    void redactAuthValue();
    void redactFrame_data();
    void redactFrame();
};

void TestFrameRecord::redactAuthValue_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("expected");

    QTest::newRow("key and signature") << QStringLiteral("278d425bdf160c739803:") + kSignature
                                       << QStringLiteral("278d425bdf160c739803:") + kEllipsis + QStringLiteral("c3a4");
    QTest::newRow("signature only") << kSignature << kEllipsis + QStringLiteral("c3a4");
    QTest::newRow("short signature shows nothing")
        << QStringLiteral("key:abcdef") << QStringLiteral("key:") + kEllipsis;
    QTest::newRow("empty") << QString() << QString(kEllipsis);
}

void TestFrameRecord::redactAuthValue()
{
    QFETCH(QString, auth);
    QFETCH(QString, expected);
    QCOMPARE(redactAuth(auth), expected);
}

void TestFrameRecord::redactFrame_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("expected");

    const QString redacted = QStringLiteral("k:") + kEllipsis + QStringLiteral("c3a4");
    QTest::newRow("subscribe")
        << encodeSubscribe(Subscribe {QStringLiteral("private-x"), QStringLiteral("k:") + kSignature, {}})
        << QStringLiteral(R"({"event":"pusher:subscribe","data":{"channel":"private-x","auth":")") + redacted
            + QStringLiteral(R"("}})");
    QTest::newRow("presence subscribe keeps channel_data")
        << encodeSubscribe(Subscribe {QStringLiteral("presence-x"), QStringLiteral("k:") + kSignature,
                                      QStringLiteral(R"({"user_id":"u-1"})")})
        << QStringLiteral(R"({"event":"pusher:subscribe","data":{"channel":"presence-x","auth":")") + redacted
            + QStringLiteral(R"(","channel_data":"{\"user_id\":\"u-1\"}"}})");
    QTest::newRow("spaces around the colon") << QByteArray(R"({"data" : {"auth" :  "k:)") + kSignature.toLatin1()
            + QByteArray(R"("}})") << QStringLiteral(R"({"data" : {"auth" :  ")") + redacted + QStringLiteral(R"("}})");
    QTest::newRow("inside a JSON-encoded data string")
        << QByteArray(R"({"event":"pusher:subscribe","data":"{\"channel\":\"private-x\",\"auth\":\"k:)")
            + kSignature.toLatin1() + QByteArray(R"(\"}"})")
        << QStringLiteral(R"({"event":"pusher:subscribe","data":"{\"channel\":\"private-x\",\"auth\":\")") + redacted
            + QStringLiteral(R"(\"}"})");
    QTest::newRow("two auth fields") << QByteArray(R"({"auth":"k:)") + kSignature.toLatin1()
            + QByteArray(R"(","x":{"auth":"k:)") + kSignature.toLatin1() + QByteArray(R"("}})")
                                     << QStringLiteral(R"({"auth":")") + redacted + QStringLiteral(R"(","x":{"auth":")")
            + redacted + QStringLiteral(R"("}})");
    QTest::newRow("no auth") << encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), R"({"author":"x"})")
                             << QStringLiteral(R"({"event":"update","channel":"c","data":"{\"author\":\"x\"}"})");
    QTest::newRow("non-ASCII kept") << QByteArray("{\"n\":\"caf\xC3\xA9\"}")
                                    << QString::fromUtf8("{\"n\":\"caf\xC3\xA9\"}");
}

void TestFrameRecord::redactFrame()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, expected);
    const QString text = redactFrameText(frame);
    QCOMPARE(text, expected);
    QVERIFY(!text.contains(kSignature.left(8)));
}

QTEST_GUILESS_MAIN(TestFrameRecord)
#include "tst_framerecord.moc"
