#include "paddedpayload.h"

#include <cstring>

namespace shuriken {

QByteArray paddedPayload(QByteArrayView bytes)
{
    QByteArray copy(bytes.size() + PayloadPadding, Qt::Uninitialized);
    if (!bytes.isEmpty()) // an empty view may have no data pointer at all
        std::memcpy(copy.data(), bytes.data(), size_t(bytes.size()));
    std::memset(copy.data() + bytes.size(), 0, size_t(PayloadPadding));
    // Shrinking keeps the block: the padding stays behind the end, inside capacity().
    copy.resize(bytes.size());
    return copy;
}

} // namespace shuriken
