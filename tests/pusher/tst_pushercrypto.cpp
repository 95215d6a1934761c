// Request signing of the Pusher HTTP API and the secretbox of encrypted channels, against vectors
// made elsewhere: the worked example of Pusher's HTTP API reference, pusher-http-php's shared
// secret test, a SHA-256 computed with Python's hashlib, and a box sealed by tweetnacl 1.0.3 (the
// NaCl implementation pusher-js opens encrypted events with).

#include "httpapisignature.h"
#include "secretbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace shuriken::pusher;

namespace {

// Pusher Channels docs, HTTP API reference, "Worked authentication example".
const QString kDocKey = QStringLiteral("278d425bdf160c739803");
const QByteArray kDocSecret = QByteArrayLiteral("7ad3773142a6692b25b8");
const QString kDocPath = QStringLiteral("/apps/3/events");
const QByteArray kDocBody
    = QByteArrayLiteral("{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}");
constexpr qint64 kDocTimestamp = 1353088179;
const QString kDocBodyMd5 = QStringLiteral("ec365a775a4cd0599faeb73354201b6f");
const QString kDocSignature = QStringLiteral("da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c");

// tweetnacl 1.0.3: nacl.secretbox(utf8(kBoxMessage), nonce 00 01 … 17, sha256(channel || master key)).
const QByteArray kBoxMasterKey = QByteArrayLiteral("The 32 chars long encryption key");
const QString kBoxChannel = QStringLiteral("private-encrypted-test");
const QByteArray kBoxSecretHex = QByteArrayLiteral("d4ed0516be8d886e1df43e00e5b581877106f58ff07e3ceac35ef62d45f0550e");
const QByteArray kBoxMessage = QByteArrayLiteral("{\"message\":\"Hello, world!\"}");
const QString kBoxNonce = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYX");
const QString kBoxCiphertext = QStringLiteral("o0izQ464DChHh2snX26bJXl3dbla2w5aQdsxoUqvJkTltW8WGy2dvOE+UA==");

QByteArray countingNonce()
{
    QByteArray nonce(kSecretBoxNonceBytes, Qt::Uninitialized);
    for (qsizetype i = 0; i < nonce.size(); ++i)
        nonce[i] = char(i);
    return nonce;
}

QByteArray payload(const QString &nonce, const QString &ciphertext)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("nonce"), nonce}, {QStringLiteral("ciphertext"), ciphertext}})
        .toJson(QJsonDocument::Compact);
}

QUrlQuery documentedQuery()
{
    return QUrlQuery(QStringLiteral("auth_key=%1&auth_timestamp=%2&auth_version=1.0&body_md5=%3&auth_signature=%4")
                         .arg(kDocKey)
                         .arg(kDocTimestamp)
                         .arg(kDocBodyMd5, kDocSignature));
}

} // namespace

class TestPusherCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsTheDocumentedExample();
    void verifiesTheDocumentedExample();
    void parameterOrderDoesNotMatter();
    void signsExtraParametersWithoutBody();
    void refusesTamperedRequests_data();
    void refusesTamperedRequests();

    void channelSecretVectors();
    void opensATweetnaclBox();
    void sealsLikeTweetnacl();
    void roundTripWithRandomNonce();
    void refusesBadPayloads_data();
    void refusesBadPayloads();
    void encryptRefusesBadKeyOrNonce();
    void decodesSecretKeys();
};

void TestPusherCrypto::signsTheDocumentedExample()
{
    const QUrlQuery query = signHttpApiRequest("POST", kDocPath, kDocBody, kDocKey, kDocSecret, kDocTimestamp);
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_key")), kDocKey);
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_timestamp")), QString::number(kDocTimestamp));
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_version")), QStringLiteral("1.0"));
    QCOMPARE(query.queryItemValue(QStringLiteral("body_md5")), kDocBodyMd5);
    QCOMPARE(query.queryItemValue(QStringLiteral("auth_signature")), kDocSignature);
    QCOMPARE(httpApiStringToSign("POST", kDocPath, query),
             QByteArrayLiteral("POST\n/apps/3/events\nauth_key=278d425bdf160c739803&auth_timestamp=1353088179&"
                               "auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f"));
}

void TestPusherCrypto::verifiesTheDocumentedExample()
{
    const HttpApiCheck check
        = verifyHttpApiRequest("POST", kDocPath, documentedQuery(), kDocBody, kDocKey, kDocSecret, kDocTimestamp + 30);
    QVERIFY2(check.ok, qPrintable(check.error));
    QCOMPARE(check.status, 200);
}

void TestPusherCrypto::parameterOrderDoesNotMatter()
{
    const QUrlQuery shuffled(
        QStringLiteral("auth_signature=%1&body_md5=%2&auth_version=1.0&auth_timestamp=%3&auth_key=%4")
            .arg(kDocSignature, kDocBodyMd5)
            .arg(kDocTimestamp)
            .arg(kDocKey));
    QVERIFY(verifyHttpApiRequest("POST", kDocPath, shuffled, kDocBody, kDocKey, kDocSecret, kDocTimestamp).ok);
}

void TestPusherCrypto::signsExtraParametersWithoutBody()
{
    const QString path = QStringLiteral("/apps/3/channels");
    const QUrlQuery query = signHttpApiRequest("GET", path, {}, kDocKey, kDocSecret, kDocTimestamp,
                                               {{QStringLiteral("filter_by_prefix"), QStringLiteral("presence-")},
                                                {QStringLiteral("info"), QStringLiteral("user_count")}});
    QVERIFY(!query.hasQueryItem(QStringLiteral("body_md5")));
    // Keys sorted, the values not URL-encoded.
    QCOMPARE(httpApiStringToSign("GET", path, query),
             QByteArrayLiteral("GET\n/apps/3/channels\nauth_key=278d425bdf160c739803&auth_timestamp=1353088179&"
                               "auth_version=1.0&filter_by_prefix=presence-&info=user_count"));
    QVERIFY(verifyHttpApiRequest("GET", path, query, {}, kDocKey, kDocSecret, kDocTimestamp).ok);
    // The extra parameters are covered by the signature.
    QUrlQuery changed = query;
    changed.removeQueryItem(QStringLiteral("filter_by_prefix"));
    changed.addQueryItem(QStringLiteral("filter_by_prefix"), QStringLiteral("private-"));
    QVERIFY(!verifyHttpApiRequest("GET", path, changed, {}, kDocKey, kDocSecret, kDocTimestamp).ok);
}

void TestPusherCrypto::refusesTamperedRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("reason");

    const QUrlQuery good = documentedQuery();
    QByteArray tamperedBody = kDocBody;
    tamperedBody.replace("project-3", "project-4");
    QTest::newRow("tampered body") << QByteArray("POST") << kDocPath << good << tamperedBody << kDocKey << kDocSecret
                                   << kDocTimestamp << QStringLiteral("body_md5");

    // A new body with a matching body_md5 but the old signature.
    QUrlQuery newMd5 = good;
    newMd5.removeQueryItem(QStringLiteral("body_md5"));
    newMd5.addQueryItem(QStringLiteral("body_md5"), QStringLiteral("00000000000000000000000000000000"));
    QTest::newRow("tampered body_md5") << QByteArray("POST") << kDocPath << newMd5 << kDocBody << kDocKey << kDocSecret
                                       << kDocTimestamp << QStringLiteral("body_md5");

    QUrlQuery newTimestamp = good;
    newTimestamp.removeQueryItem(QStringLiteral("auth_timestamp"));
    newTimestamp.addQueryItem(QStringLiteral("auth_timestamp"), QString::number(kDocTimestamp + 1));
    QTest::newRow("tampered timestamp") << QByteArray("POST") << kDocPath << newTimestamp << kDocBody << kDocKey
                                        << kDocSecret << kDocTimestamp << QStringLiteral("signature");

    QTest::newRow("expired timestamp") << QByteArray("POST") << kDocPath << good << kDocBody << kDocKey << kDocSecret
                                       << kDocTimestamp + 601 << QStringLiteral("auth_timestamp");
    QTest::newRow("timestamp from the future") << QByteArray("POST") << kDocPath << good << kDocBody << kDocKey
                                               << kDocSecret << kDocTimestamp - 601 << QStringLiteral("auth_timestamp");

    QUrlQuery absurd = good;
    absurd.removeQueryItem(QStringLiteral("auth_timestamp"));
    absurd.addQueryItem(QStringLiteral("auth_timestamp"), QStringLiteral("-9223372036854775808"));
    QTest::newRow("absurd timestamp") << QByteArray("POST") << kDocPath << absurd << kDocBody << kDocKey << kDocSecret
                                      << kDocTimestamp << QStringLiteral("auth_timestamp");

    QTest::newRow("another app key") << QByteArray("POST") << kDocPath << good << kDocBody
                                     << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << kDocSecret << kDocTimestamp
                                     << QStringLiteral("auth_key");
    QTest::newRow("another secret") << QByteArray("POST") << kDocPath << good << kDocBody << kDocKey
                                    << QByteArray("7ad3773142a6692b25b9") << kDocTimestamp
                                    << QStringLiteral("signature");
    QTest::newRow("another path") << QByteArray("POST") << QStringLiteral("/apps/4/events") << good << kDocBody
                                  << kDocKey << kDocSecret << kDocTimestamp << QStringLiteral("signature");
    QTest::newRow("another method") << QByteArray("PUT") << kDocPath << good << kDocBody << kDocKey << kDocSecret
                                    << kDocTimestamp << QStringLiteral("signature");

    QUrlQuery noSignature = good;
    noSignature.removeQueryItem(QStringLiteral("auth_signature"));
    QTest::newRow("no signature") << QByteArray("POST") << kDocPath << noSignature << kDocBody << kDocKey << kDocSecret
                                  << kDocTimestamp << QStringLiteral("auth_signature");

    QUrlQuery version2 = good;
    version2.removeQueryItem(QStringLiteral("auth_version"));
    version2.addQueryItem(QStringLiteral("auth_version"), QStringLiteral("2.0"));
    QTest::newRow("auth_version 2.0") << QByteArray("POST") << kDocPath << version2 << kDocBody << kDocKey << kDocSecret
                                      << kDocTimestamp << QStringLiteral("auth_version");
}

void TestPusherCrypto::refusesTamperedRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QUrlQuery, query);
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(QByteArray, secret);
    QFETCH(qint64, now);
    QFETCH(QString, reason);

    const HttpApiCheck check = verifyHttpApiRequest(method, path, query, body, key, secret, now);
    QVERIFY(!check.ok);
    QCOMPARE(check.status, 401);
    QVERIFY2(check.error.contains(reason), qPrintable(check.error));
}

void TestPusherCrypto::channelSecretVectors()
{
    // pusher-http-php tests/unit/cryptoTest.php: master key of 32 'a', channel "a-channel".
    QCOMPARE(encryptedChannelSecret(QStringLiteral("a-channel"), QByteArray(32, 'a')).toBase64(),
             QByteArrayLiteral("HI9xTmdOCjlZGzRTmaAMFDZJoW++89jA+H4m0m0nMiA="));
    // hashlib.sha256(b"private-encrypted-test" + bytes(range(32))).hexdigest()
    QByteArray counting(32, Qt::Uninitialized);
    for (qsizetype i = 0; i < counting.size(); ++i)
        counting[i] = char(i);
    QCOMPARE(encryptedChannelSecret(QStringLiteral("private-encrypted-test"), counting).toHex(),
             QByteArrayLiteral("e6c8c7f52dbfa860102a3110301506f5b20635df3b2bb655f521e0dab80a8a57"));
    QCOMPARE(encryptedChannelSecret(kBoxChannel, kBoxMasterKey).toHex(), kBoxSecretHex);
    // The channel is part of the secret.
    QVERIFY(encryptedChannelSecret(QStringLiteral("private-encrypted-tesu"), kBoxMasterKey)
            != encryptedChannelSecret(kBoxChannel, kBoxMasterKey));
}

void TestPusherCrypto::opensATweetnaclBox()
{
    QString error;
    const auto plain = decryptPayload(payload(kBoxNonce, kBoxCiphertext), QByteArray::fromHex(kBoxSecretHex), &error);
    QVERIFY2(plain.has_value(), qPrintable(error));
    QCOMPARE(*plain, kBoxMessage);
}

void TestPusherCrypto::sealsLikeTweetnacl()
{
    const QByteArray sealed
        = encryptPayload(kBoxMessage, encryptedChannelSecret(kBoxChannel, kBoxMasterKey), countingNonce());
    const QJsonObject object = QJsonDocument::fromJson(sealed).object();
    QCOMPARE(object.value(QStringLiteral("nonce")).toString(), kBoxNonce);
    QCOMPARE(object.value(QStringLiteral("ciphertext")).toString(), kBoxCiphertext);
    QCOMPARE(object.size(), 2);
}

void TestPusherCrypto::roundTripWithRandomNonce()
{
    const QByteArray key = encryptedChannelSecret(kBoxChannel, kBoxMasterKey);
    const QByteArray first = encryptPayload(kBoxMessage, key);
    const QByteArray second = encryptPayload(kBoxMessage, key);
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second); // a fresh nonce each time
    QString error;
    QCOMPARE(decryptPayload(first, key, &error).value_or(QByteArray()), kBoxMessage);
    QCOMPARE(decryptPayload(second, key, &error).value_or(QByteArray()), kBoxMessage);
    // An empty plaintext seals and opens too.
    const auto empty = decryptPayload(encryptPayload({}, key), key, &error);
    QVERIFY2(empty.has_value(), qPrintable(error));
    QVERIFY(empty->isEmpty());
}

void TestPusherCrypto::refusesBadPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("reason");

    const QByteArray key = QByteArray::fromHex(kBoxSecretHex);
    const QByteArray good = payload(kBoxNonce, kBoxCiphertext);

    QTest::newRow("another channel's secret")
        << good << encryptedChannelSecret(QStringLiteral("private-encrypted-other"), kBoxMasterKey)
        << QStringLiteral("shared secret");
    QByteArray cipher = QByteArray::fromBase64(kBoxCiphertext.toLatin1());
    cipher[cipher.size() - 1] = char(cipher.at(cipher.size() - 1) ^ 1);
    QTest::newRow("tampered ciphertext") << payload(kBoxNonce, QString::fromLatin1(cipher.toBase64())) << key
                                         << QStringLiteral("shared secret");
    QByteArray nonce = QByteArray::fromBase64(kBoxNonce.toLatin1());
    nonce[0] = char(nonce.at(0) ^ 1);
    QTest::newRow("another nonce") << payload(QString::fromLatin1(nonce.toBase64()), kBoxCiphertext) << key
                                   << QStringLiteral("shared secret");
    QTest::newRow("nonce not base64") << payload(QStringLiteral("!!not base64!!"), kBoxCiphertext) << key
                                      << QStringLiteral("nonce");
    QTest::newRow("ciphertext not base64")
        << payload(kBoxNonce, QStringLiteral("@@@@")) << key << QStringLiteral("ciphertext");
    QTest::newRow("nonce of 16 bytes") << payload(QString::fromLatin1(QByteArray(16, 'n').toBase64()), kBoxCiphertext)
                                       << key << QStringLiteral("24");
    QTest::newRow("nonce of 32 bytes") << payload(QString::fromLatin1(QByteArray(32, 'n').toBase64()), kBoxCiphertext)
                                       << key << QStringLiteral("24");
    QTest::newRow("ciphertext shorter than the MAC")
        << payload(kBoxNonce, QString::fromLatin1(QByteArray(15, 'c').toBase64())) << key
        << QStringLiteral("ciphertext");
    QTest::newRow("no nonce") << QByteArrayLiteral("{\"ciphertext\":\"AAAA\"}") << key << QStringLiteral("nonce");
    QTest::newRow("nonce not a string") << QByteArrayLiteral("{\"nonce\":1,\"ciphertext\":\"AAAA\"}") << key
                                        << QStringLiteral("nonce");
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"some\":") << key << QStringLiteral("nonce, ciphertext");
    QTest::newRow("clear text event") << QByteArrayLiteral("\"hello\"") << key << QStringLiteral("nonce, ciphertext");
    QTest::newRow("key of 31 bytes") << good << key.left(31) << QStringLiteral("shared secret");
    QTest::newRow("no key") << good << QByteArray() << QStringLiteral("shared secret");
}

void TestPusherCrypto::refusesBadPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, key);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!decryptPayload(payload, key, &error).has_value());
    QVERIFY2(error.contains(reason), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!decryptPayload(payload, key, nullptr).has_value());
}

void TestPusherCrypto::encryptRefusesBadKeyOrNonce()
{
    const QByteArray key = QByteArray::fromHex(kBoxSecretHex);
    QVERIFY(encryptPayload(kBoxMessage, key.left(31)).isEmpty());
    QVERIFY(encryptPayload(kBoxMessage, key + 'x').isEmpty());
    QVERIFY(encryptPayload(kBoxMessage, key, QByteArray(23, 'n')).isEmpty());
    QVERIFY(encryptPayload(kBoxMessage, key, QByteArray(25, 'n')).isEmpty());
}

void TestPusherCrypto::decodesSecretKeys()
{
    QString error;
    QCOMPARE(decodeSecretKey(QStringLiteral(" VGhlIDMyIGNoYXJzIGxvbmcgZW5jcnlwdGlvbiBrZXk= "), &error), kBoxMasterKey);
    QVERIFY(error.isEmpty());
    QVERIFY(decodeSecretKey(QString::fromLatin1(QByteArray(31, 'k').toBase64()), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("32")));
    error.clear();
    QVERIFY(decodeSecretKey(QStringLiteral("not*base64"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(decodeSecretKey(QString(), nullptr).isEmpty());
}

QTEST_GUILESS_MAIN(TestPusherCrypto)
#include "tst_pushercrypto.moc"
