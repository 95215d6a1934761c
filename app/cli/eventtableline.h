#pragma once

#include "eventformatter.h"
#include "streamevent.h"

#include <QByteArray>

namespace shuriken::cli {

/// One line of the `--output table` format, its '\n' included: receive time (UTC, µs), stream,
/// event, then "Header: value" for every schema column the event has a value in, the values as
/// the monitor's table shows them (@p formatter is the stream's).
QByteArray eventTableLine(const EventFormatter &formatter, const StreamEvent &event);

} // namespace shuriken::cli
