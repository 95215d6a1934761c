#!/usr/bin/env bash
# Builds Shuriken Stream Monitor and launches it. With no API key configured it starts the
# embedded simulator in-process and connects to it, so live data shows with no set-up.
# Extra arguments are passed to shuriken-monitor.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target shuriken-monitor

exec build/release/app/monitor/shuriken-monitor "$@"
