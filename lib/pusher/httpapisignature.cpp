#include "httpapisignature.h"

#include "textutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace shuriken::pusher {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::pusher::HttpApiSignature)
};

const QString kSignature = QStringLiteral("auth_signature");

QByteArray signatureOf(const QByteArray &stringToSign, const QByteArray &appSecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray httpApiStringToSign(const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    QList<QPair<QString, QString>> items;
    const auto all = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : all) {
        if (key != kSignature)
            items.append({key.toLower(), value});
    }
    std::sort(items.begin(), items.end());
    QByteArray text = method.toUpper();
    text.append('\n');
    text.append(path.toUtf8());
    text.append('\n');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            text.append('&');
        text.append(items.at(i).first.toUtf8());
        text.append('=');
        text.append(items.at(i).second.toUtf8());
    }
    return text;
}

QUrlQuery signHttpApiRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QString &appKey, const QByteArray &appSecret, qint64 timestampSeconds,
                             const QList<QPair<QString, QString>> &extra)
{
    QUrlQuery query;
    for (const auto &[key, value] : extra)
        query.addQueryItem(key, value);
    query.addQueryItem(QStringLiteral("auth_key"), appKey);
    query.addQueryItem(QStringLiteral("auth_timestamp"), QString::number(timestampSeconds));
    query.addQueryItem(QStringLiteral("auth_version"), QStringLiteral("1.0"));
    if (!body.isEmpty()) {
        query.addQueryItem(QStringLiteral("body_md5"),
                           QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex()));
    }
    query.addQueryItem(kSignature,
                       QString::fromLatin1(signatureOf(httpApiStringToSign(method, path, query), appSecret)));
    return query;
}

HttpApiCheck verifyHttpApiRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                  const QByteArray &body, const QString &appKey, const QByteArray &appSecret,
                                  qint64 nowSeconds, qint64 maxSkewSeconds)
{
    HttpApiCheck check;
    const QString key = query.queryItemValue(QStringLiteral("auth_key"));
    if (key.isEmpty() || !query.hasQueryItem(kSignature)) {
        check.error = Tr::tr("auth_key and auth_signature are required");
        return check;
    }
    if (key != appKey) {
        check.error = Tr::tr("unknown auth_key %1").arg(key);
        return check;
    }
    bool timeOk = false;
    const qint64 timestamp = query.queryItemValue(QStringLiteral("auth_timestamp")).toLongLong(&timeOk);
    // Bounds instead of abs(now - timestamp): a hostile timestamp near the qint64 limits would
    // overflow the subtraction, which is undefined behaviour.
    if (!timeOk || timestamp < nowSeconds - maxSkewSeconds || timestamp > nowSeconds + maxSkewSeconds) {
        check.error = Tr::tr("auth_timestamp expired: it must be within %1 s of the server's time (%2)")
                          .arg(maxSkewSeconds)
                          .arg(nowSeconds);
        return check;
    }
    if (query.queryItemValue(QStringLiteral("auth_version")) != QLatin1String("1.0")) {
        check.error = Tr::tr("auth_version must be 1.0");
        return check;
    }
    if (!body.isEmpty()) {
        const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
        if (query.queryItemValue(QStringLiteral("body_md5")).toLatin1() != md5) {
            check.error = Tr::tr("body_md5 does not match the body");
            return check;
        }
    }
    const QByteArray expected = signatureOf(httpApiStringToSign(method, path, query), appSecret);
    const QByteArray given = query.queryItemValue(kSignature).toLatin1();
    if (!constantTimeEquals(QByteArrayView(given), QByteArrayView(expected))) {
        check.error = Tr::tr("Invalid signature: you should have sent HmacSHA256Hex(\"%1\", your_secret_key)")
                          .arg(QString::fromUtf8(httpApiStringToSign(method, path, query))
                                   .replace(QStringLiteral("\n"), QStringLiteral("\\n")));
        return check;
    }
    check.ok = true;
    check.status = 200;
    return check;
}

} // namespace shuriken::pusher
