#include "simlog.h"

namespace shuriken::sim {

Q_LOGGING_CATEGORY(lcSim, "shuriken.sim")

} // namespace shuriken::sim
