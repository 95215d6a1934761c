#pragma once

#include <QLoggingCategory>

namespace shuriken {

/// "shuriken.api": requests of the control plane (method, URL, status, duration, redacted key).
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace shuriken
