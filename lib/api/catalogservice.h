#pragma once

#include "apipaths.h"
#include "apiresult.h"
#include "dto.h"

#include <QObject>

#include <functional>

namespace shuriken {

class ApiClient;

/// GET /api/v2/ws/streams, the stream catalog. The path is not confirmed (PROTOCOL.md 1.3), so a
/// 404 is not an error: it gives the built-in catalog (source BuiltIn) and the GUI says so.
class CatalogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogService)

public:
    using Callback = std::function<void(const ApiResult<StreamCatalog> &result)>;

    static QString path() { return QString::fromLatin1(apipaths::kStreams); }

    /// @p client is not owned.
    explicit CatalogService(ApiClient *client, QObject *parent = nullptr);

    /// Answers once through @p callback unless @p context is destroyed first.
    void fetch(QObject *context, Callback callback);

private:
    ApiClient *m_client;
};

} // namespace shuriken
