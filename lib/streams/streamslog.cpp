#include "streamslog.h"

namespace shuriken {
Q_LOGGING_CATEGORY(lcStreams, "shuriken.streams", QtInfoMsg)
}
