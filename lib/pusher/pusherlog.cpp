#include "pusherlog.h"

namespace shuriken::pusher {
Q_LOGGING_CATEGORY(lcPusher, "shuriken.pusher")
} // namespace shuriken::pusher
