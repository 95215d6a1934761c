#pragma once

// What a WebSocket close code asks the client to do (PROTOCOL.md 2.5). Pure functions.

#include <QString>

namespace shuriken::pusher {

enum class CloseAction
{
    /// 4000: the application accepts TLS only; reconnect at once with wss.
    ReconnectWithTls,
    /// 4001/4003/4004/4009 (and the other refusals of 4000-4099): the endpoint is refused as it
    /// is; bootstrap a fresh session once, and fail if it is refused again.
    RefreshSession,
    /// 4005-4008: a client bug (path, version, protocol); retrying cannot help.
    Fail,
    /// 4100-4199, 1002-1004, any other code below 4000, and 4300+ as a close code: reconnect after
    /// the backoff schedule, never sooner than 1 s.
    Backoff,
    /// 4200-4299: transient; reconnect at once, then follow the backoff schedule.
    RetryImmediately,
};

CloseAction closeActionFor(int closeCode);

/// "4201 pong not received", "1006 connection lost", ...: the code and its meaning, translated.
QString describeCloseCode(int closeCode);

} // namespace shuriken::pusher
