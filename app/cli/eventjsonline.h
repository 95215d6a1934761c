#pragma once

#include "streamevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace shuriken::cli {

/// "2026-11-24T10:15:00.123Z" for a time in microseconds since the epoch.
QString isoTime(qint64 us);

/// Appends @p event as one JSON Lines record, its '\n' included: receive time, stream, channel,
/// event and the payload. Kept apart from StreamCommand so tests check the exact bytes.
void appendEventJsonLine(QByteArray &out, const StreamEvent &event);

} // namespace shuriken::cli
