#pragma once

#include <QLoggingCategory>

namespace shuriken::pusher {
/// `shuriken.pusher`: connection states, close codes, decode failures. Never frame contents,
/// which can carry auth signatures.
Q_DECLARE_LOGGING_CATEGORY(lcPusher)
} // namespace shuriken::pusher
