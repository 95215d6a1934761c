#include "modelslog.h"

namespace shuriken {

Q_LOGGING_CATEGORY(lcModels, "shuriken.models")

} // namespace shuriken
