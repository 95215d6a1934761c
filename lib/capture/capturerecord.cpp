#include "capturerecord.h"

namespace shuriken::capture {

qint64 entryTimeUs(const CaptureEntry &entry)
{
    return std::visit([](const auto &value) { return value.timeUs; }, entry);
}

} // namespace shuriken::capture
