#pragma once

// The REST paths of the Shuriken service, in one place for the clients (SessionService,
// CatalogService) and the simulator that answers them. Plain character arrays, so they compare
// with a QByteArray request path and convert with QString::fromLatin1() or QLatin1String.

namespace shuriken::apipaths {

/// POST: resolves (stream, filter) requests into a session (PROTOCOL.md 1.2).
inline constexpr char kSession[] = "/api/v2/ws/session";
/// GET: the stream catalog (PROTOCOL.md 1.3; the path is not confirmed).
inline constexpr char kStreams[] = "/api/v2/ws/streams";
/// GET: another name of kStreams that the service answers the same way.
inline constexpr char kCatalogAlias[] = "/api/v2/ws/catalog";
/// POST (form-encoded): signs a private or presence channel subscription (PROTOCOL.md 1.4).
inline constexpr char kAuth[] = "/api/v2/ws/auth";

} // namespace shuriken::apipaths
