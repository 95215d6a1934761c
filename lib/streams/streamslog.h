#pragma once

#include <QLoggingCategory>

namespace shuriken {
Q_DECLARE_LOGGING_CATEGORY(lcStreams)
}
