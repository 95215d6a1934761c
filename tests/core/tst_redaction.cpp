// The one redaction module: secrets, auth signatures, Authorization headers, echoed secrets and
// the auth fields of WebSocket frames. Pure functions, no sockets.

#include "redaction.h"

#include <QTest>

namespace {
const QString kSignature = QStringLiteral("58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
const QChar kEllipsis(0x2026);
const QString ellipsis(kEllipsis);
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactSecret_data();
    void redactSecret();
    void redactAuthSignature_data();
    void redactAuthSignature();
    void redactAuthorizationHeader_data();
    void redactAuthorizationHeader();
    void scrubAuthSignatures_data();
    void scrubAuthSignatures();
    void scrubSecret();
    void redactFrame_data();
    void redactFrame();
};

void TestRedaction::redactSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("live key") << QStringLiteral("sk_live_abcdef1234") << QStringLiteral("sk_") + ellipsis + u"1234";
    QTest::newRow("sk key id") << QStringLiteral("sk_k1_s3cr3tvalue9876") << QStringLiteral("sk_") + ellipsis + u"9876";
    QTest::newRow("JWT without prefix") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig5678") << ellipsis + u"5678";
    QTest::newRow("long prefix is not shown") << QStringLiteral("secretkey_abcdefgh") << ellipsis + u"efgh";
    QTest::newRow("prefix without '_' is not shown") << QStringLiteral("abcdefghijklmnop") << ellipsis + u"mnop";
    QTest::newRow("exactly 16") << QStringLiteral("sk_abcdefghijklm") << QStringLiteral("sk_") + ellipsis + u"jklm";
    // 4 characters of a 15-character secret would give away more than a quarter of it.
    QTest::newRow("15 characters") << QStringLiteral("sk_abcdefghijkl") << ellipsis;
    QTest::newRow("8 characters") << QStringLiteral("abcdefgh") << ellipsis;
    QTest::newRow("7 characters") << QStringLiteral("sk_abcd") << ellipsis;
    QTest::newRow("empty") << QString() << ellipsis;
}

void TestRedaction::redactSecret()
{
    QFETCH(QString, secret);
    QFETCH(QString, redacted);
    QCOMPARE(shuriken::redactSecret(secret), redacted);
    QCOMPARE(shuriken::redactApiKey(secret), redacted);
    // Redacting twice shows what redacting once showed (captures read back keep their tails).
    QCOMPARE(shuriken::redactSecret(redacted), redacted);
}

void TestRedaction::redactAuthSignature_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("pusher signature") << QStringLiteral("278d425bdf160c739803:") + kSignature
                                      << QStringLiteral("278d425bdf160c739803:") + ellipsis + u"c3a4";
    QTest::newRow("short hex") << QStringLiteral("app:abc") << QStringLiteral("app:") + ellipsis;
    QTest::newRow("15 hex digits") << QStringLiteral("key:abcdef012345678") << QStringLiteral("key:") + ellipsis;
    QTest::newRow("no colon") << kSignature << ellipsis + u"c3a4";
    QTest::newRow("no colon, short") << QStringLiteral("abcdef") << ellipsis;
    // Only the part before the first colon is the app key; the rest is all signature.
    QTest::newRow("second colon") << QStringLiteral("key:abc:") + kSignature
                                  << QStringLiteral("key:") + ellipsis + u"c3a4";
    QTest::newRow("empty") << QString() << ellipsis;
}

void TestRedaction::redactAuthSignature()
{
    QFETCH(QString, signature);
    QFETCH(QString, redacted);
    QCOMPARE(shuriken::redactAuthSignature(signature), redacted);
    QCOMPARE(shuriken::redactAuthSignature(redacted), redacted);
}

void TestRedaction::redactAuthorizationHeader_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("bearer") << QByteArray("Bearer sk_live_abcdef1234")
                            << QStringLiteral("Bearer sk_") + ellipsis + u"1234";
    QTest::newRow("lowercase bearer") << QByteArray("bearer sk_live_abcdef1234")
                                      << QStringLiteral("bearer sk_") + ellipsis + u"1234";
    QTest::newRow("short bearer token") << QByteArray("Bearer abcdefgh") << QStringLiteral("Bearer ") + ellipsis;
    QTest::newRow("basic shows nothing") << QByteArray("Basic dXNlcjpwYXNzd29yZA==")
                                         << QStringLiteral("Basic ") + ellipsis;
    QTest::newRow("bare token") << QByteArray("sk_live_abcdef1234") << QStringLiteral("sk_") + ellipsis + u"1234";
}

void TestRedaction::redactAuthorizationHeader()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, redacted);
    QCOMPARE(QString::fromUtf8(shuriken::redactAuthorizationHeader(value)), redacted);
    QCOMPARE(QString::fromUtf8(shuriken::redactAuthorizationHeader(redacted.toUtf8())), redacted);
}

void TestRedaction::scrubAuthSignatures_data()
{
    const QByteArray hex = kSignature.toLatin1();
    const QByteArray hidden = ellipsis.toUtf8() + "c3a4";
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("scrubbed");
    QTest::newRow("bare auth answer") << QByteArray(R"({"auth":"278d425bdf160c739803:)" + hex + R"("})")
                                      << QByteArray(R"({"auth":"278d425bdf160c739803:)" + hidden + R"("})");
    QTest::newRow("with channel_data") << QByteArray(R"({"auth":"key:)" + hex
                                                     + R"(","channel_data":"{\"user_id\":\"u-1\"}"})")
                                       << QByteArray(R"({"auth":"key:)" + hidden
                                                     + R"(","channel_data":"{\"user_id\":\"u-1\"}"})");
    QTest::newRow("two signatures") << QByteArray("a:" + hex + " b:" + hex)
                                    << QByteArray("a:" + hidden + " b:" + hidden);
    QTest::newRow("nothing to scrub") << QByteArray(R"({"data":{"streams":[]}})")
                                      << QByteArray(R"({"data":{"streams":[]}})");
    QTest::newRow("longer hex run is not a signature")
        << QByteArray("a:" + hex + "ff") << QByteArray("a:" + hex + "ff");
    QTest::newRow("hash after quote is not a signature")
        << QByteArray(R"({"txHash":"0x)" + hex + R"("})") << QByteArray(R"({"txHash":"0x)" + hex + R"("})");
}

void TestRedaction::scrubAuthSignatures()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, scrubbed);
    QCOMPARE(shuriken::scrubAuthSignatures(text), scrubbed);
}

void TestRedaction::scrubSecret()
{
    const QString key = QStringLiteral("sk_live_abcdef1234");
    const QString expected = QStringLiteral("echo: sk_") + ellipsis + u"1234 and sk_" + ellipsis + u"1234";
    QCOMPARE(shuriken::scrubSecret(QStringLiteral("echo: sk_live_abcdef1234 and sk_live_abcdef1234"), key), expected);
    QCOMPARE(shuriken::scrubSecret(QByteArray("echo: sk_live_abcdef1234 and sk_live_abcdef1234"), key),
             expected.toUtf8());
    QCOMPARE(shuriken::scrubSecret(QStringLiteral("nothing"), QString()), QStringLiteral("nothing"));
    // A short secret is scrubbed to nothing at all.
    QCOMPARE(shuriken::scrubSecret(QStringLiteral("key=abcdefgh;"), QStringLiteral("abcdefgh")),
             QStringLiteral("key=") + ellipsis + u';');
}

void TestRedaction::redactFrame_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("expected");

    const QByteArray signature = kSignature.toLatin1();
    const QString redacted = QStringLiteral("k:") + kEllipsis + QStringLiteral("c3a4");
    QTest::newRow("subscribe") << QByteArray(R"({"event":"pusher:subscribe","data":{"channel":"private-x","auth":"k:)")
            + signature + QByteArray(R"("}})")
                               << QStringLiteral(
                                      R"({"event":"pusher:subscribe","data":{"channel":"private-x","auth":")")
            + redacted + QStringLiteral(R"("}})");
    QTest::newRow("presence subscribe keeps channel_data")
        << QByteArray(R"({"event":"pusher:subscribe","data":{"channel":"presence-x","auth":"k:)") + signature
            + QByteArray(R"(","channel_data":"{\"user_id\":\"u-1\"}"}})")
        << QStringLiteral(R"({"event":"pusher:subscribe","data":{"channel":"presence-x","auth":")") + redacted
            + QStringLiteral(R"(","channel_data":"{\"user_id\":\"u-1\"}"}})");
    QTest::newRow("spaces around the colon") << QByteArray(R"({"data" : {"auth" :  "k:)") + signature
            + QByteArray(R"("}})") << QStringLiteral(R"({"data" : {"auth" :  ")") + redacted + QStringLiteral(R"("}})");
    QTest::newRow("inside a JSON-encoded data string")
        << QByteArray(R"({"event":"pusher:subscribe","data":"{\"channel\":\"private-x\",\"auth\":\"k:)") + signature
            + QByteArray(R"(\"}"})")
        << QStringLiteral(R"({"event":"pusher:subscribe","data":"{\"channel\":\"private-x\",\"auth\":\")") + redacted
            + QStringLiteral(R"(\"}"})");
    QTest::newRow("two auth fields") << QByteArray(R"({"auth":"k:)") + signature + QByteArray(R"(","x":{"auth":"k:)")
            + signature + QByteArray(R"("}})")
                                     << QStringLiteral(R"({"auth":")") + redacted + QStringLiteral(R"(","x":{"auth":")")
            + redacted + QStringLiteral(R"("}})");
    QTest::newRow("signature without key") << QByteArray(R"({"auth":")") + signature + QByteArray(R"("})")
                                           << QStringLiteral(R"({"auth":")") + kEllipsis + QStringLiteral(R"(c3a4"})");
    QTest::newRow("short value shows nothing")
        << QByteArray(R"({"auth":"key:abcdef"})") << QStringLiteral(R"({"auth":"key:)") + kEllipsis + u"\"}";
    QTest::newRow("empty value") << QByteArray(R"({"auth":""})") << QStringLiteral(R"({"auth":")") + kEllipsis + u"\"}";
    QTest::newRow("no auth") << QByteArray(R"({"event":"update","channel":"c","data":"{\"author\":\"x\"}"})")
                             << QStringLiteral(R"({"event":"update","channel":"c","data":"{\"author\":\"x\"}"})");
    QTest::newRow("non-ASCII kept") << QByteArray("{\"n\":\"caf\xC3\xA9\"}")
                                    << QString::fromUtf8("{\"n\":\"caf\xC3\xA9\"}");
}

void TestRedaction::redactFrame()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, expected);
    const QString text = shuriken::redactFrameText(frame);
    QCOMPARE(text, expected);
    QVERIFY(!text.contains(kSignature.left(8)));
    QCOMPARE(shuriken::redactFrameText(text.toUtf8()), expected);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
