#pragma once

// The simulator's logging category. A secret (app secret, API key, auth signature) appears in a
// log line only through shuriken::redactSecret() and its siblings from redaction.h, included
// here so every file that logs has them at hand.

#include "redaction.h"

#include <QLoggingCategory>

namespace shuriken::sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace shuriken::sim
