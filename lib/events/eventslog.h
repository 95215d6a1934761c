#pragma once

#include <QLoggingCategory>

namespace shuriken {

Q_DECLARE_LOGGING_CATEGORY(lcEvents)

} // namespace shuriken
