#pragma once

#include "apiresult.h"
#include "dto.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace shuriken {

class ApiClient;

/// Channel authorization for private and presence channels (PROTOCOL.md 1.4): a form-encoded
/// POST of `socket_id` and `channel_name` to the session's auth endpoint, answered by
/// `{auth, channel_data?}`. Only HTTP 200 counts as success, as in pusher-js.
class ChannelAuthorizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelAuthorizer)

public:
    using Callback = std::function<void(const ApiResult<ChannelAuth> &result)>;

    /// @p client is not owned.
    explicit ChannelAuthorizer(ApiClient *client, QObject *parent = nullptr);

    /// The absolute auth endpoint of the current session (ConnectionParams::authEndpoint).
    void setAuthEndpoint(const QUrl &endpoint) { m_endpoint = endpoint; }
    QUrl authEndpoint() const { return m_endpoint; }
    /// Form parameters sent with socket_id and channel_name (pusher-js' channelAuthorization.params).
    void setExtraParams(const QList<QPair<QString, QString>> &params) { m_params = params; }

    /// Explains a failed answer (HTTP status, 0 when there was none; Content-Type; body): the
    /// text is appended to the error's message. The direct Pusher mode explains auth endpoints'
    /// typical refusals (419 of Laravel's CSRF check, a login page, ...).
    using FailureExplainer
        = std::function<QString(int httpStatus, const QByteArray &contentType, const QByteArray &body)>;
    void setFailureExplainer(FailureExplainer explainer) { m_explainer = std::move(explainer); }

    /// Answers once through @p callback unless @p context is destroyed first. Without an auth
    /// endpoint the answer is ApiError::Refused.
    void authorize(const QString &socketId, const QString &channel, QObject *context, Callback callback);

private:
    ApiClient *m_client;
    QUrl m_endpoint;
    QList<QPair<QString, QString>> m_params;
    FailureExplainer m_explainer;
};

} // namespace shuriken
