#include "catalogservice.h"

#include "apiclient.h"
#include "apilogging.h"
#include "apipaths.h"

namespace shuriken {

CatalogService::CatalogService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
}

void CatalogService::fetch(QObject *context, Callback callback)
{
    const QUrl url(QString::fromLatin1(apipaths::kStreams));
    m_client->get(url, context, [callback = std::move(callback)](const ApiResponse &response) {
        if (!response.ok()) {
            if (response.error->kind() == ApiError::Kind::NotFound) {
                qCInfo(lcApi) << "The server has no stream catalog; using the built-in one";
                callback(StreamCatalog::builtIn());
                return;
            }
            callback(*response.error);
            return;
        }
        QString problem;
        auto catalog = StreamCatalog::fromJson(response.body, &problem);
        if (!catalog) {
            ApiError error(ApiError::Kind::Decode, problem, response.httpStatus);
            error.setRequestId(response.body.value(QStringLiteral("requestId")).toString());
            callback(error);
            return;
        }
        callback(std::move(*catalog));
    });
}

} // namespace shuriken
