#pragma once

// What the per-family parts of EventGenerator (svmevents.cpp, evmevents.cpp, ...) share.

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace shuriken::sim::generatorsupport {

// Raw u64 amounts stay at or below INT64_MAX: Qt's QJsonValue (and JavaScript below 2^53 for
// most real amounts) keeps them exact, and real token amounts are far below it anyway.
inline constexpr double kMaxRawAmount = 9.0e18;

/// @p tokens in raw units (tokens * 10^decimals), 0 for a non-positive amount.
inline quint64 rawUnits(double tokens, int decimals)
{
    const double raw = tokens * std::pow(10.0, decimals);
    if (!(raw > 0))
        return 0;
    return quint64(std::min(raw, kMaxRawAmount));
}

} // namespace shuriken::sim::generatorsupport
