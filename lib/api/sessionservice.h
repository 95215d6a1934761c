#pragma once

#include "apipaths.h"
#include "apiresult.h"
#include "dto.h"

#include <QList>
#include <QObject>

#include <functional>

namespace shuriken {

class ApiClient;

/// POST /api/v2/ws/session: turns (stream, filter) requests into a Session (PROTOCOL.md 1.2).
class SessionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionService)

public:
    using Callback = std::function<void(const ApiResult<Session> &result)>;

    static QString path() { return QString::fromLatin1(apipaths::kSession); }

    /// @p client is not owned.
    explicit SessionService(ApiClient *client, QObject *parent = nullptr);

    /// Answers once through @p callback unless @p context is destroyed first. A body that does
    /// not match the Session DTO gives ApiError::Decode naming the bad field's path.
    void bootstrap(const QList<SubscriptionRequest> &requests, QObject *context, Callback callback);

private:
    ApiClient *m_client;
};

} // namespace shuriken
