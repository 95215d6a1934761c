#pragma once

// The embedded simulator as a Pusher-protocol server: the settings a client uses to reach a
// SimulatorServer running in generic Pusher mode (SimulatorConfig::genericPusher). Shared by
// shuriken-stream --simulator --channel and the monitor's "Simulator (Pusher mode)" profile.

#include "pushersettings.h"

namespace shuriken::sim {
class SimulatorServer;
struct SimulatorConfig;
} // namespace shuriken::sim

namespace shuriken {

/// @p server must be listening, with @p config (genericPusher on). The app secret is given, so
/// private and presence channels could be signed here; @p signLocally false leaves it out and
/// channels are authorized through the simulator's /pusher/auth, as a real backend would.
PusherSettings simulatorPusherSettings(const sim::SimulatorServer &server, const sim::SimulatorConfig &config,
                                       bool signLocally = false);

} // namespace shuriken
