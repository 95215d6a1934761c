#include "pusherexplain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shuriken::pusher {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::pusher::PusherExplain)
};

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// Shared by the close code, the pusher:error code and the matching server messages: the same
// fact deserves the same words wherever it shows up.
Explanation appDoesNotExist()
{
    return {Tr::tr("The app does not exist on this server (the app key is unknown)"),
            Tr::tr("a wrong app key, or the right key on the wrong cluster: a Pusher app lives in one cluster and "
                   "ws-<cluster>.pusher.com must be that cluster. soketi: the key is not one of its configured apps. "
                   "Reverb: REVERB_APP_KEY differs from the key the client uses (clear a cached config). Ably: turn on "
                   "Pusher protocol support and use the part of the Ably key before the colon")};
}

Explanation overConnectionQuota()
{
    return {Tr::tr("The app is over its connection quota"),
            Tr::tr("the plan's or the app's limit of concurrent connections is reached; close other clients (other "
                   "tabs, test runs) or raise the limit")};
}

Explanation badChannelSignature()
{
    return {Tr::tr("The server refused the channel's auth signature"),
            Tr::tr("the auth endpoint signs with another app key or secret than this server has (a backend still "
                   "configured for another server or environment), or it signed something else than was subscribed: "
                   "another socket_id, channel name or channel_data")};
}

Explanation closeCodeExplanation(int code)
{
    switch (code) {
    case 1000:
        return {Tr::tr("The connection was closed normally"),
                Tr::tr("the client or the server ended it on purpose (a deploy, a logout, an idle clean-up)")};
    case 1001:
        return {Tr::tr("The server or a proxy is going away"),
                Tr::tr("a restart or deploy of the server, or a load balancer draining connections; reconnecting is "
                       "right")};
    case 1002:
        return {Tr::tr("The WebSocket protocol was violated"),
                Tr::tr("something that is not a WebSocket server answered: a wrong path or port, or a proxy that does "
                       "not forward the Upgrade and Connection headers")};
    case 1003:
        return {Tr::tr("The server refused the kind of data sent"),
                Tr::tr("a binary frame was sent; Pusher servers accept text frames only")};
    case 1005:
        return {Tr::tr("The connection was closed without a status code"),
                Tr::tr("the peer closed cleanly but gave no reason; often a proxy ending the connection")};
    case 1006:
        return {Tr::tr("The connection was lost without a close frame"),
                Tr::tr("a network drop; a proxy whose idle timeout is shorter than the activity timeout (nginx's "
                       "proxy_read_timeout and an AWS load balancer's idle timeout are 60 s by default); the server "
                       "crashed or restarted; or ws:// to a TLS port, or wss:// to a plain one")};
    case 1007:
        return {Tr::tr("The server refused a frame's payload"), Tr::tr("a text frame that is not valid UTF-8")};
    case 1008:
        return {Tr::tr("The server's policy refused the connection"),
                Tr::tr("an Origin that is not allowed, or a gateway that wants a credential the client did not send")};
    case 1009:
        return {Tr::tr("A message was too big"), Tr::tr("a frame larger than the server or a proxy accepts")};
    case 1010:
        return {Tr::tr("A required extension is missing"),
                Tr::tr("the client required a WebSocket extension the server does not offer")};
    case 1011:
        return {Tr::tr("The server hit an internal error"), Tr::tr("a bug or crash on the server; see its log")};
    case 1012:
        return {Tr::tr("The server is restarting"), Tr::tr("a deploy or restart; reconnect in a moment")};
    case 1013:
        return {Tr::tr("The server asks to try again later"),
                Tr::tr("it is overloaded or shutting down (soketi closes with 1013 when it stops)")};
    case 1015:
        return {Tr::tr("The TLS handshake failed"),
                Tr::tr("the certificate is not trusted, has expired or names another host")};
    case 4000:
        return {Tr::tr("The app accepts TLS connections only"),
                Tr::tr("the client connected with ws://; turn TLS on (wss:// on the wssPort, 443 by default)")};
    case 4001:
        return appDoesNotExist();
    case 4003:
        return {Tr::tr("The app is disabled"),
                Tr::tr("the app was disabled in its dashboard or by its account (Pusher), or is not enabled in the "
                       "server's app configuration (soketi)")};
    case 4004:
        return overConnectionQuota();
    case 4005:
        return {Tr::tr("The WebSocket path was not found"),
                Tr::tr("the path must be /app/<key>; check the path option (pusher-js' wsPath) and any prefix a "
                       "proxy adds or strips")};
    case 4006:
        return {Tr::tr("The client's version string is invalid"),
                Tr::tr("the version query parameter is malformed: a client bug")};
    case 4007:
        return {Tr::tr("The protocol version is not supported"),
                Tr::tr("the client asked for a protocol version the server does not speak; use protocol=7")};
    case 4008:
        return {Tr::tr("No protocol version was given"), Tr::tr("the URL lacks ?protocol=7: a client bug")};
    case 4009:
        return {Tr::tr("The connection is unauthorized"),
                Tr::tr("Pusher: the app requires user authentication and pusher:signin failed or came too late. "
                       "soketi and Reverb also use 4009 for a refused channel signature, and Reverb for an Origin "
                       "that is not in allowed_origins")};
    case 4100:
        return {Tr::tr("The server is over capacity"),
                Tr::tr("too many connections on the server or the app; reconnect after a pause")};
    case 4200:
        return {Tr::tr("The server asks to reconnect at once"),
                Tr::tr("a restart or redeploy of the server, or a frame it could not read (Reverb answers 4200 "
                       "\"Invalid message format\")")};
    case 4201:
        return {Tr::tr("The server did not get a pong in time"),
                Tr::tr("the client did not answer the server's ping within about 30 s: a busy or suspended client, "
                       "or a half-open network")};
    case 4202:
        return {Tr::tr("The server closed the connection after inactivity"),
                Tr::tr("nothing was sent for longer than the activity timeout; the client must ping when idle")};
    case 4301:
        return {Tr::tr("The client event rate limit was exceeded"),
                Tr::tr("more client- events than allowed (Pusher: 10 per second per connection); soketi and Reverb "
                       "also use 4301 when client events are turned off")};
    case 4302:
        return {Tr::tr("The watchlist limit was exceeded"),
                Tr::tr("the user's watchlist is longer than the server allows")};
    default:
        break;
    }
    const QString number = QString::number(code);
    if (code >= 4000 && code <= 4099)
        return {Tr::tr("The server refused the connection (code %1)").arg(number),
                Tr::tr("codes 4000-4099 are refusals: reconnecting with the same settings is refused again; check the "
                       "app key, cluster, host and path")};
    if (code >= 4100 && code <= 4199)
        return {Tr::tr("The server is busy (code %1)").arg(number),
                Tr::tr("codes 4100-4199 ask the client to back off: reconnect after at least 1 s, waiting longer "
                       "each time")};
    if (code >= 4200 && code <= 4299)
        return {Tr::tr("The server asks to reconnect (code %1)").arg(number),
                Tr::tr("codes 4200-4299 are transient: reconnect at once")};
    if (code >= 4300 && code <= 4399)
        return {Tr::tr("The server reported an error (code %1)").arg(number),
                Tr::tr("codes 4300-4399 are other errors; pusher-js does not reconnect after one")};
    if (code >= 4400 && code <= 4999)
        return {Tr::tr("An application-defined close code (%1)").arg(number),
                Tr::tr("not a Pusher code: the server or a proxy in front of it defines what it means")};
    if (code >= 3000 && code <= 3999)
        return {Tr::tr("A registered close code (%1)").arg(number),
                Tr::tr("defined by a library or framework, not by Pusher; see the server's documentation")};
    if (code >= 1000 && code <= 2999)
        return {Tr::tr("A WebSocket close code (%1)").arg(number),
                Tr::tr("a standard code without a Pusher meaning; reconnect after a pause")};
    return {Tr::tr("An invalid close code (%1)").arg(number),
            Tr::tr("not a valid WebSocket close code: a server or proxy bug")};
}

// Server messages as Pusher, soketi, Reverb and Ably word them. Read before the code because
// servers reuse codes for unrelated facts.
std::optional<Explanation> explainServerMessage(const QString &message)
{
    if (message.isEmpty())
        return std::nullopt;
    if ((has(message, "does not exist") && (has(message, "app") || has(message, "application")))
        || has(message, "not in this cluster") || has(message, "could not find app"))
        return appDoesNotExist();
    if (has(message, "existing subscription"))
        return Explanation {Tr::tr("The channel was subscribed twice on this connection"),
                            Tr::tr("the client sent pusher:subscribe again for a channel it already has (a "
                                   "resubscribe without unsubscribe); harmless, the first subscription still works")};
    if (has(message, "invalid signature"))
        return badChannelSignature();
    if (has(message, "connection is unauthorized") || has(message, "connection unauthorized"))
        return Explanation {
            Tr::tr("The server refused an authorization"),
            Tr::tr("soketi and Reverb say this when a private or presence channel's auth signature does not match "
                   "(the auth endpoint signs with another app key or secret, or signed another socket_id or "
                   "channel_data); Pusher says it when user authentication (pusher:signin) failed")};
    if (has(message, "auth info required") || has(message, "auth required"))
        return Explanation {Tr::tr("A private or presence channel was subscribed without an auth signature"),
                            Tr::tr("no channel authorization endpoint is configured, or its answer was not used; "
                                   "private-, presence- and private-encrypted- channels need one")};
    if (has(message, "channel_data"))
        return Explanation {Tr::tr("A presence channel was subscribed without valid channel_data"),
                            Tr::tr("the auth endpoint answered as for a private channel; for a presence channel it "
                                   "must return channel_data with a user_id (Laravel: return the user's info as an "
                                   "array from the channel's callback)")};
    if (has(message, "only supported on private"))
        return Explanation {Tr::tr("A client event was sent on a public channel"),
                            Tr::tr("client- events are allowed on private- and presence- channels only")};
    if (has(message, "client messaging") || (has(message, "client event") && has(message, "enable")))
        return Explanation {Tr::tr("Client events are turned off for this app"),
                            Tr::tr("turn them on: Pusher's app settings (\"Enable client events\"), soketi's "
                                   "enableClientMessages for the app, Reverb's app configuration in "
                                   "config/reverb.php")};
    if (has(message, "prefixed") && has(message, "client-"))
        return Explanation {Tr::tr("A client event's name lacks the client- prefix"),
                            Tr::tr("events sent by a client must be named client-…")};
    if (has(message, "not a member") || has(message, "didn't subscribe") || has(message, "not subscribed"))
        return Explanation {Tr::tr("A client event was sent on a channel this connection has not joined"),
                            Tr::tr("subscribe first and wait for pusher_internal:subscription_succeeded")};
    if (has(message, "origin not allowed"))
        return Explanation {Tr::tr("The server refused this connection's Origin"),
                            Tr::tr("Reverb checks the Origin header against the app's allowed_origins; add this "
                                   "origin (or *)")};
    if (has(message, "invalid message format") || has(message, "unknown event") || has(message, "bad data")
        || has(message, "illegal data"))
        return Explanation {Tr::tr("The server could not read a frame"),
                            Tr::tr("the client sent something that is not a Pusher message: not JSON, no event, or "
                                   "data of the wrong type")};
    if (has(message, "40160"))
        return Explanation {Tr::tr("Ably refused the channel because the client is not identified"),
                            Tr::tr("Pusher adapter clients are never identified; turn off the \"require "
                                   "identification\" rule of the channel's namespace in the Ably dashboard")};
    if (has(message, "rate limit"))
        return Explanation {Tr::tr("A rate limit was exceeded"),
                            Tr::tr("the client sent more client events or messages than the server allows; slow "
                                   "down")};
    if (has(message, "quota") && has(message, "connection"))
        return overConnectionQuota();
    if (has(message, "server is closing") || has(message, "server closed") || has(message, "reconnect shortly"))
        return Explanation {Tr::tr("The server is shutting down"), Tr::tr("a restart or deploy; reconnect shortly")};
    if (has(message, "event name is too long"))
        return Explanation {Tr::tr("The event name is too long"),
                            Tr::tr("shorten it to the server's limit (Pusher: 200 characters)")};
    if (has(message, "event data should be less") || has(message, "payload size"))
        return Explanation {Tr::tr("The event data is too large"), Tr::tr("send less data per event (Pusher: 10 KB)")};
    if (has(message, "channel name is longer"))
        return Explanation {Tr::tr("The channel name is too long"),
                            Tr::tr("shorten it to the server's limit (Pusher: 164 characters)")};
    if (has(message, "maximum members per presence"))
        return Explanation {Tr::tr("The presence channel is full"),
                            Tr::tr("the server's member limit per presence channel is reached (Pusher: 100)")};
    if (has(message, "maximum size for a channel member"))
        return Explanation {Tr::tr("The presence user_info is too large"),
                            Tr::tr("the auth endpoint returns more user_info than the server allows; send less")};
    return std::nullopt;
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    return contentType.toLower().contains("html") || body.trimmed().startsWith('<');
}

/// The server's own wording in an HTTP answer: {"error": "…"}, {"error": {"message": "…"}},
/// {"message": "…"} or the text itself, shortened.
QString serverWording(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QLatin1String("error"));
        if (error.isString())
            return error.toString();
        if (error.isObject())
            return error.toObject().value(QLatin1String("message")).toString();
        return object.value(QLatin1String("message")).toString();
    }
    constexpr qsizetype excerptLength = 300;
    return QString::fromUtf8(body.left(excerptLength)).simplified();
}

} // namespace

QString Explanation::text() const
{
    if (meaning.isEmpty())
        return {};
    if (likelyCause.isEmpty())
        return Tr::tr("%1.").arg(meaning);
    return Tr::tr("%1. Likely cause: %2.").arg(meaning, likelyCause);
}

Explanation explainCloseCode(int code)
{
    return closeCodeExplanation(code);
}

Explanation explainPusherError(std::optional<int> code, const QString &message)
{
    if (auto known = explainServerMessage(message))
        return *known;
    if (code)
        return closeCodeExplanation(*code);
    if (!message.isEmpty())
        return {Tr::tr("The server reported an error: %1").arg(message),
                Tr::tr("the server gave no code; the message is its own wording")};
    return {Tr::tr("The server reported an error without a code or message"),
            Tr::tr("see the server's log for what it refused")};
}

Explanation explainAuthFailure(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                               bool userAuthentication)
{
    const QString endpoint
        = userAuthentication ? Tr::tr("user authentication endpoint") : Tr::tr("channel authorization endpoint");
    const QString status = QString::number(httpStatus);
    if (httpStatus == 0)
        return {Tr::tr("The %1 could not be reached (no HTTP answer)").arg(endpoint),
                Tr::tr("the endpoint URL's host or port is wrong, the web application is not running, or TLS failed "
                       "(an untrusted or expired certificate)")};
    if (httpStatus >= 200 && httpStatus < 300) {
        if (looksLikeHtml(contentType, body))
            return {Tr::tr("The %1 answered with an HTML page instead of JSON").arg(endpoint),
                    Tr::tr("usually a login page reached through a redirect: the session cookie or token is missing "
                           "or expired; otherwise the URL is a page, not the endpoint (a single-page app's catch-all "
                           "route)")};
        if (body.trimmed().isEmpty())
            return {Tr::tr("The %1 answered with an empty body").arg(endpoint),
                    Tr::tr("nothing was signed; Laravel does this when BROADCAST_CONNECTION (BROADCAST_DRIVER before "
                           "Laravel 11) is log or null instead of pusher or reverb")};
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            return {Tr::tr("The %1's answer is not a JSON object").arg(endpoint),
                    Tr::tr("the endpoint must return {\"auth\": \"<key>:<signature>\"}; something else answered "
                           "(debug output, a plain-text message)")};
        const QJsonObject object = document.object();
        const QString auth = object.value(QLatin1String("auth")).toString();
        if (auth.isEmpty()) {
            const QString said = serverWording(body);
            const QString cause = userAuthentication
                ? Tr::tr("pusher:signin needs {\"auth\": \"<key>:<signature>\", \"user_data\": \"{…}\"}")
                : Tr::tr("the endpoint must return {\"auth\": \"<key>:<signature>\"} (plus channel_data for presence "
                         "channels)");
            return {said.isEmpty() ? Tr::tr("The %1's answer has no auth field").arg(endpoint)
                                   : Tr::tr("The %1's answer has no auth field (it says: %2)").arg(endpoint, said),
                    cause};
        }
        if (!auth.contains(u':'))
            return {Tr::tr("The %1's auth value is not <key>:<signature>").arg(endpoint),
                    Tr::tr("the endpoint must prefix the hex signature with the app key and a colon")};
        if (userAuthentication && !object.value(QLatin1String("user_data")).isString())
            return {Tr::tr("The user authentication answer has no user_data"),
                    Tr::tr("pusher:signin needs user_data: a JSON string with at least the user's id")};
        return {};
    }
    if (httpStatus >= 300 && httpStatus < 400)
        return {Tr::tr("The %1 redirected the request (HTTP %2)").arg(endpoint, status),
                Tr::tr("usually to a login page: the session cookie or token is missing or expired; or http:// "
                       "redirects to https://, so use the https URL")};
    switch (httpStatus) {
    case 400:
        return {Tr::tr("The %1 rejected the request as malformed (HTTP 400)").arg(endpoint),
                Tr::tr("it expects a form POST with socket_id and channel_name; check the auth params")};
    case 401:
        return {Tr::tr("The %1 says the user is not authenticated (HTTP 401)").arg(endpoint),
                Tr::tr("the session cookie or bearer token is missing or expired; add it to the auth headers "
                       "(Laravel Sanctum: Authorization: Bearer <token> for routes behind auth:sanctum)")};
    case 403:
        if (userAuthentication)
            return {Tr::tr("The user authentication endpoint refused to sign the user in (HTTP 403)"),
                    Tr::tr("the user is not logged in, or the application refuses this user")};
        return {Tr::tr("The channel authorization endpoint refused access to the channel (HTTP 403)"),
                Tr::tr("the user is not logged in, or the channel's authorization callback returned false. Laravel "
                       "answers 403 for both: check the callback for this channel in routes/channels.php and the "
                       "guard it uses")};
    case 404:
        if (userAuthentication)
            return {Tr::tr("The user authentication endpoint was not found (HTTP 404)"),
                    Tr::tr("the path is wrong: pusher-js uses /pusher/user-auth by default, Laravel "
                           "/broadcasting/user-auth (registered by Broadcast::userRoutes())")};
        return {Tr::tr("The channel authorization endpoint was not found (HTTP 404)"),
                Tr::tr("the path is wrong (pusher-js uses /pusher/auth by default, Laravel /broadcasting/auth), or "
                       "Laravel's broadcasting routes are not registered: run php artisan install:broadcasting "
                       "(Laravel 11 and later register them from bootstrap/app.php) or enable "
                       "BroadcastServiceProvider (Laravel 10 and older)")};
    case 405:
        return {Tr::tr("The %1 does not accept POST (HTTP 405)").arg(endpoint),
                Tr::tr("the URL is a page or another route, not the endpoint")};
    case 419:
        return {Tr::tr("The %1 refused the request: CSRF token missing or expired (HTTP 419)").arg(endpoint),
                Tr::tr("Laravel's broadcasting auth route runs in the web middleware group and needs the session "
                       "cookie and an X-CSRF-TOKEN header from the same session (token clients: register the routes "
                       "with auth:sanctum instead)")};
    case 422:
        return {Tr::tr("The %1 rejected the parameters (HTTP 422)").arg(endpoint),
                Tr::tr("socket_id or channel_name is missing or invalid; check the auth params")};
    case 429:
        return {Tr::tr("The %1 is rate limiting the requests (HTTP 429)").arg(endpoint),
                Tr::tr("too many authorizations at once, or a retry loop")};
    case 500:
        return {Tr::tr("The %1 failed with a server error (HTTP 500)").arg(endpoint),
                Tr::tr("an exception in the endpoint; Laravel: see storage/logs/laravel.log (often a missing app "
                       "secret in the broadcasting config, or an error in the channel's callback)")};
    case 502:
    case 503:
    case 504:
        return {Tr::tr("The %1's web server is unavailable (HTTP %2)").arg(endpoint, status),
                Tr::tr("the application behind the proxy is down, restarting or too slow")};
    default:
        break;
    }
    if (httpStatus >= 500)
        return {Tr::tr("The %1 failed with a server error (HTTP %2)").arg(endpoint, status),
                Tr::tr("an error in the web application; see its log")};
    return {Tr::tr("The %1 refused the request (HTTP %2)").arg(endpoint, status),
            Tr::tr("see the endpoint's answer for its reason")};
}

Explanation explainSubscriptionError(std::optional<int> status, const QString &type, const QString &error)
{
    if (auto known = explainServerMessage(error))
        return *known;
    const bool httpStatus = status && *status >= 100 && *status < 600;
    if (httpStatus && *status >= 200 && *status < 300)
        return {Tr::tr("The channel authorization endpoint answered %1 but not with a usable signature").arg(*status),
                Tr::tr("an HTML page (a login page after a redirect) or JSON without auth; the endpoint must return "
                       "{\"auth\": \"<key>:<signature>\"}")};
    if (httpStatus)
        return explainAuthFailure(*status, {}, {}, false);
    if (type == QLatin1String("AuthError"))
        return {Tr::tr("The channel could not be authorized"),
                Tr::tr("the channel authorization endpoint failed or refused; see its answer")};
    if (type == QLatin1String("LimitReached"))
        return {Tr::tr("A server limit refused the subscription"),
                error.isEmpty() ? Tr::tr("the server's limits for channels or presence members") : error};
    if (type == QLatin1String("ServerError"))
        return {Tr::tr("The server failed while subscribing"), Tr::tr("a server-side error; see the server's log")};
    if (status && *status >= 4000 && *status < 5000)
        return closeCodeExplanation(*status);
    return {error.isEmpty() ? Tr::tr("The subscription was refused")
                            : Tr::tr("The subscription was refused: %1").arg(error),
            Tr::tr("check the channel name, its prefix (private-, presence-) and the channel authorization")};
}

Explanation explainEventNameMismatch(const QString &boundEvent, const QString &seenEvent)
{
    if (boundEvent.isEmpty() || boundEvent == seenEvent)
        return {};
    if (boundEvent.startsWith(QLatin1String("pusher:")) || boundEvent.startsWith(QLatin1String("pusher_internal:")))
        return {Tr::tr("%1 is a protocol message, not an application event").arg(boundEvent),
                Tr::tr("pusher: and pusher_internal: names are the connection's own messages (subscription "
                       "succeeded, ping, error); bind the name the application broadcasts")};
    if (boundEvent.startsWith(u'.') && boundEvent.size() > 1)
        return {Tr::tr("The bound name %1 starts with a dot").arg(boundEvent),
                Tr::tr("in Laravel Echo, .listen('.Name') means \"no namespace\"; the dot is not part of the name "
                       "on the wire: bind %1")
                    .arg(boundEvent.mid(1))};
    if (seenEvent.isEmpty())
        return {};

    const QString seenTail = seenEvent.section(u'\\', -1);
    const QString boundTail = boundEvent.section(u'\\', -1);
    if (seenEvent.contains(u'\\') && seenTail == boundEvent)
        return {Tr::tr("The events arrive as %1: the bound name %2 lacks the namespace").arg(seenEvent, boundEvent),
                Tr::tr("Laravel broadcasts an event under its fully qualified class name unless the event defines "
                       "broadcastAs(); bind %1, or define broadcastAs() returning %2")
                    .arg(seenEvent, boundEvent)};
    if (boundEvent.contains(u'\\') && boundTail == seenEvent)
        return {Tr::tr("The events arrive as %1, without the namespace of the bound %2").arg(seenEvent, boundEvent),
                Tr::tr("the event defines broadcastAs(), which replaces the class name; bind %1 (in Echo: "
                       ".listen('.%1'))")
                    .arg(seenEvent)};
    if (QString(boundEvent).replace(u'.', u'\\') == seenEvent)
        return {Tr::tr("The bound name %1 uses dots where the events use backslashes").arg(boundEvent),
                Tr::tr("Echo turns a namespace written App.Events into App\\Events; on the wire the name is %1")
                    .arg(seenEvent)};
    if (boundEvent.compare(seenEvent, Qt::CaseInsensitive) == 0)
        return {Tr::tr("The names %1 and %2 differ only in letter case").arg(seenEvent, boundEvent),
                Tr::tr("event names are case-sensitive: bind %1").arg(seenEvent)};
    const QLatin1String clientPrefix("client-");
    if (seenEvent.startsWith(clientPrefix) && QStringView(seenEvent).sliced(clientPrefix.size()) == boundEvent)
        return {Tr::tr("The events arrive as the client event %1").arg(seenEvent),
                Tr::tr("client events carry the client- prefix on the wire: bind %1").arg(seenEvent)};
    if (boundEvent.startsWith(clientPrefix) && QStringView(boundEvent).sliced(clientPrefix.size()) == seenEvent)
        return {Tr::tr("The events arrive as %1, without the client- prefix of the bound name").arg(seenEvent),
                Tr::tr("they are sent by the server, not by clients, so they have no client- prefix: bind %1")
                    .arg(seenEvent)};
    return {Tr::tr("Events arrive as %1 but %2 is bound").arg(seenEvent, boundEvent),
            Tr::tr("bind the name the server sends; with Laravel check the event's namespace and broadcastAs()")};
}

Explanation explainHttpApiFailure(int httpStatus, const QByteArray &body)
{
    const QString said = serverWording(body);
    // Pusher's "Invalid signature" text quotes the string to sign, auth_timestamp included: the
    // timestamp is only the cause when the server says it expired.
    if (has(said, "timestamp expired") || (has(said, "timestamp") && has(said, "not within")))
        return {Tr::tr("The HTTP API refused the request's timestamp"),
                Tr::tr("this computer's clock differs from the server's by more than 600 s; synchronise the clock "
                       "(NTP)")};
    if (has(said, "signature") || has(said, "secret authentication failed"))
        return {Tr::tr("The HTTP API refused the request signature"),
                Tr::tr("the app secret is wrong for this app key, or the app id, key and secret come from different "
                       "apps or environments")};
    if (has(said, "auth_key") || has(said, "app key"))
        return {Tr::tr("The HTTP API does not know this app key"),
                Tr::tr("the app key does not belong to this app id or cluster")};

    const QString status = QString::number(httpStatus);
    switch (httpStatus) {
    case 0:
        return {Tr::tr("The HTTP API could not be reached (no HTTP answer)"),
                Tr::tr("a wrong host or port (Pusher: api-<cluster>.pusher.com; soketi and Reverb serve it on their "
                       "WebSocket port), the server is down, or TLS failed")};
    case 400:
        return {Tr::tr("The HTTP API rejected the request body (HTTP 400)"),
                Tr::tr("invalid JSON, a missing name, data or channels, data that is not a string, an invalid channel "
                       "name, more than 100 channels or an event name over 200 characters")};
    case 401:
        return {Tr::tr("The HTTP API refused the authentication (HTTP 401)"),
                Tr::tr("a wrong app secret or key, a clock more than 600 s off (auth_timestamp), or a body changed "
                       "after signing (body_md5)")};
    case 403:
        return {Tr::tr("The HTTP API refused the app (HTTP 403)"),
                Tr::tr("the app is disabled or over its message quota")};
    case 404:
        return {Tr::tr("The HTTP API does not know this app or path (HTTP 404)"),
                Tr::tr("a wrong app id, or the base URL is not a Pusher HTTP API (wrong host or port, or a path "
                       "prefix)")};
    case 405:
        return {Tr::tr("The HTTP API does not accept this method (HTTP 405)"),
                Tr::tr("the base URL points at something else than a Pusher HTTP API")};
    case 413:
        return {Tr::tr("The event is too large for the HTTP API (HTTP 413)"),
                Tr::tr("event data is limited to 10 KB on Pusher (soketi and Reverb have their own limits); send "
                       "less, or a reference to the data")};
    case 422:
        return {Tr::tr("The HTTP API rejected the fields (HTTP 422)"),
                Tr::tr("Reverb checks name, data (a string) and channels; see its answer for the field")};
    case 429:
        return {Tr::tr("The HTTP API is rate limiting (HTTP 429)"),
                Tr::tr("too many events for the app's limit; slow down")};
    default:
        break;
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return {};
    if (httpStatus >= 500)
        return {Tr::tr("The HTTP API failed with a server error (HTTP %1)").arg(status),
                Tr::tr("a server-side error; retry later and see the server's log")};
    return {Tr::tr("The HTTP API refused the request (HTTP %1)").arg(status),
            Tr::tr("see the server's answer for its reason")};
}

} // namespace shuriken::pusher
