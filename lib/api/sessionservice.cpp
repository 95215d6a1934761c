#include "sessionservice.h"

#include "apiclient.h"
#include "apipaths.h"

namespace shuriken {

SessionService::SessionService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
}

void SessionService::bootstrap(const QList<SubscriptionRequest> &requests, QObject *context, Callback callback)
{
    // The base URL is read when the answer arrives, as the one the request went to.
    const QUrl baseUrl = m_client->baseUrl();
    m_client->postJson(QUrl(QString::fromLatin1(apipaths::kSession)), sessionRequestBody(requests), context,
                       [baseUrl, callback = std::move(callback)](const ApiResponse &response) {
                           if (!response.ok()) {
                               callback(*response.error);
                               return;
                           }
                           QString problem;
                           auto session = Session::fromJson(response.body, baseUrl, &problem);
                           if (!session) {
                               ApiError error(ApiError::Kind::Decode, problem, response.httpStatus);
                               error.setRequestId(response.body.value(QStringLiteral("requestId")).toString());
                               callback(error);
                               return;
                           }
                           callback(std::move(*session));
                       });
}

} // namespace shuriken
