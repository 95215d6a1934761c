#include "eventslog.h"

namespace shuriken {

Q_LOGGING_CATEGORY(lcEvents, "shuriken.events")

} // namespace shuriken
