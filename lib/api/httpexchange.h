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
    std::optional<ApiError> error; // set when the request failed at any level

    bool succeeded() const { return !error.has_value(); }
};

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::HttpExchange)
