#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

#include <optional>

namespace shuriken {

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One finished request to the control plane as the connection debugger shows it. Secrets are
/// already redacted: the Authorization header shows the redacted key, channel signatures in
/// answers show only their last four hex digits, and the key never appears in any body.
struct HttpExchange
{
    quint64 id = 0; // increasing per ApiClient, starting at 1
    QByteArray method; // "GET", "POST"
    QUrl url; // without user info
    HttpHeaderList requestHeaders;
    QByteArray requestBody;
    int httpStatus = 0; // 0: no HTTP answer (network error, timeout, refused by policy)
    HttpHeaderList responseHeaders;
    QByteArray responseBody;
    qint64 durationMs = 0;
    QDateTime startedAt; // UTC
    /// Set when the request failed: transport, TLS, timeout, HTTP status, a body that is not a
    /// JSON object, or our own policy. A well-formed answer that a service's DTO then rejects is
    /// reported by that service, not here.
    std::optional<ApiError> error;

    bool succeeded() const { return !error.has_value(); }
};

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::HttpExchange)
