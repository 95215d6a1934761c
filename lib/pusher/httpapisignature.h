#pragma once

// Request signing of the Pusher Channels HTTP API (`POST /apps/{app_id}/events` and the other
// REST calls), shared by the client that triggers events and the simulator that checks them.
// The query carries auth_key, auth_timestamp, auth_version=1.0, body_md5 (hex MD5 of a non-empty
// body) and auth_signature: hex HMAC-SHA256 of "METHOD\nPATH\nQUERY" under the app secret, QUERY
// being every other parameter as key=value, keys lower-cased and sorted, joined by '&'.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace shuriken::pusher {

/// The query of a signed request: @p extra parameters (e.g. `info`) plus the auth parameters.
QUrlQuery signHttpApiRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QString &appKey, const QByteArray &appSecret, qint64 timestampSeconds,
                             const QList<QPair<QString, QString>> &extra = {});

/// The string the signature covers, for @p query's parameters other than auth_signature.
QByteArray httpApiStringToSign(const QByteArray &method, const QString &path, const QUrlQuery &query);

struct HttpApiCheck
{
    bool ok = false;
    /// The HTTP status a server answers a failed check with (401), and why.
    int status = 401;
    QString error;
};

/// The server side: whether @p query signs this request with @p appKey / @p appSecret, its
/// timestamp within @p maxSkewSeconds of @p nowSeconds, and body_md5 matching @p body.
HttpApiCheck verifyHttpApiRequest(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                  const QByteArray &body, const QString &appKey, const QByteArray &appSecret,
                                  qint64 nowSeconds, qint64 maxSkewSeconds = 600);

} // namespace shuriken::pusher
