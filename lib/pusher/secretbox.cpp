#include "secretbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace shuriken::pusher {

namespace {

static_assert(kSecretBoxKeyBytes == crypto_secretbox_KEYBYTES);
static_assert(kSecretBoxNonceBytes == crypto_secretbox_NONCEBYTES);

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::pusher::SecretBox)
};

bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent; < 0 means no usable random source.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray strictBase64(const QJsonValue &value, qsizetype minimumBytes, bool *ok)
{
    *ok = false;
    if (!value.isString())
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < minimumBytes)
        return {};
    *ok = true;
    return decoded.decoded;
}

} // namespace

QByteArray encryptedChannelSecret(const QString &channel, const QByteArray &encryptionMasterKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(channel.toUtf8());
    hash.addData(encryptionMasterKey);
    return hash.result();
}

QByteArray encryptPayload(const QByteArray &plaintext, const QByteArray &key, const QByteArray &nonce)
{
    if (key.size() != kSecretBoxKeyBytes || (!nonce.isEmpty() && nonce.size() != kSecretBoxNonceBytes)
        || !sodiumReady())
        return {};
    QByteArray usedNonce = nonce;
    if (usedNonce.isEmpty()) {
        usedNonce.resize(kSecretBoxNonceBytes);
        randombytes_buf(usedNonce.data(), size_t(usedNonce.size()));
    }
    QByteArray cipher(plaintext.size() + qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(cipher.data()),
                          reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          static_cast<unsigned long long>(plaintext.size()),
                          reinterpret_cast<const unsigned char *>(usedNonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    const QJsonObject object {{QStringLiteral("nonce"), QString::fromLatin1(usedNonce.toBase64())},
                              {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> decryptPayload(const QByteArray &payload, const QByteArray &key, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (key.size() != kSecretBoxKeyBytes)
        return fail(Tr::tr("no usable shared secret for this channel"));
    if (!sodiumReady())
        return fail(Tr::tr("libsodium could not be initialised"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (!document.isObject())
        return fail(Tr::tr("the event is not an encrypted payload ({nonce, ciphertext} expected)"));
    const QJsonObject object = document.object();
    bool nonceOk = false;
    bool cipherOk = false;
    const QByteArray nonce = strictBase64(object.value(QLatin1String("nonce")), kSecretBoxNonceBytes, &nonceOk);
    const QByteArray cipher
        = strictBase64(object.value(QLatin1String("ciphertext")), qsizetype(crypto_secretbox_MACBYTES), &cipherOk);
    if (!nonceOk || nonce.size() != kSecretBoxNonceBytes)
        return fail(Tr::tr("the encrypted payload's nonce is not base64 of %1 bytes").arg(kSecretBoxNonceBytes));
    if (!cipherOk)
        return fail(Tr::tr("the encrypted payload's ciphertext is not base64 of at least %1 bytes")
                        .arg(crypto_secretbox_MACBYTES));
    QByteArray plain(cipher.size() - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   reinterpret_cast<const unsigned char *>(cipher.constData()),
                                   static_cast<unsigned long long>(cipher.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()),
                                   reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return fail(Tr::tr("the event does not open with the channel's shared secret (the secret changed, or the "
                           "server encrypted it for another channel)"));
    return plain;
}

QByteArray decodeSecretKey(const QString &base64, QString *error)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kSecretBoxKeyBytes) {
        if (error)
            *error = Tr::tr("a key must be base64 of exactly %1 bytes").arg(kSecretBoxKeyBytes);
        return {};
    }
    return decoded.decoded;
}

} // namespace shuriken::pusher
