#include "apilogging.h"

namespace shuriken {

Q_LOGGING_CATEGORY(lcApi, "shuriken.api")

} // namespace shuriken
