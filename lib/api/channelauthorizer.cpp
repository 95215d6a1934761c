#include "channelauthorizer.h"

#include "apiclient.h"

#include <QMetaObject>
#include <QUrlQuery>

namespace shuriken {

ChannelAuthorizer::ChannelAuthorizer(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
}

void ChannelAuthorizer::authorize(const QString &socketId, const QString &channel, QObject *context, Callback callback)
{
    if (m_endpoint.isEmpty()) {
        const ApiError error(ApiError::Kind::Refused,
                             tr("no channel authorization endpoint is known yet; bootstrap a session first"));
        // Asynchronous like every answer, and dropped if the context is gone by then.
        QMetaObject::invokeMethod(
            context ? context : this, [callback = std::move(callback), error] { callback(error); },
            Qt::QueuedConnection);
        return;
    }

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("socket_id"), socketId);
    form.addQueryItem(QStringLiteral("channel_name"), channel);
    for (const auto &[name, value] : std::as_const(m_params))
        form.addQueryItem(name, value);
    m_client->postForm(
        m_endpoint, form, context,
        [callback = std::move(callback), explainer = m_explainer](const ApiResponse &response) {
            const auto explained = [&response, &explainer](ApiError error) {
                if (!explainer)
                    return error;
                const QString why = explainer(response.httpStatus, response.header(QByteArrayLiteral("Content-Type")),
                                              response.rawBody);
                if (!why.isEmpty())
                    error.setMessage(error.message() + QStringLiteral(" — ") + why);
                return error;
            };
            if (!response.ok()) {
                callback(explained(*response.error));
                return;
            }
            if (response.httpStatus != 200) {
                callback(explained(ApiError(
                    ApiError::Kind::Decode,
                    tr("channel authorization needs HTTP 200, the server answered %1").arg(response.httpStatus),
                    response.httpStatus)));
                return;
            }
            // Pusher answers bare; tolerate a server that wraps it like the other endpoints.
            QJsonObject payload = response.body;
            if (!payload.contains(QStringLiteral("auth")) && payload.value(QStringLiteral("data")).isObject())
                payload = payload.value(QStringLiteral("data")).toObject();
            QString problem;
            auto auth = ChannelAuth::fromJson(payload, &problem);
            if (!auth) {
                callback(explained(ApiError(ApiError::Kind::Decode, problem, response.httpStatus)));
                return;
            }
            callback(std::move(*auth));
        });
}

} // namespace shuriken
