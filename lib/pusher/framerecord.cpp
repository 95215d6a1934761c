#include "framerecord.h"

#include <chrono>

namespace shuriken::pusher {

qint64 currentTimeUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace shuriken::pusher
