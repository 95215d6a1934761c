#!/usr/bin/env bash
# Wireshark's CPU share on the stream bench_steady gives the monitor (issue 17), for the ratio
# run-benchmarks.sh --only steady prints: a shuriken-sim process publishing svm.token.swaps (the
# monitor's demo subscription) at RATE events/s to a shuriken-stream client on loopback, and
# Wireshark (Qt GUI) capturing that loopback TCP traffic live, with its update interval at 100 ms
# (the monitor's default) and auto-scroll on, in a 1280x820 window on Xvfb. Wireshark's share is
# its own process and its dumpcap capture child, over SECONDS after WARMUP seconds; it dissects
# twice the monitor's row rate (each event frame and its TCP ACK).
#
# Usage: scripts/bench-wireshark.sh BUILD_DIR RATE [SECONDS] [WARMUP]
# Prints "FIGURE steady.wireshark.xcb.rate_RATE.cpu_pct X %", or says why there is no figure.
set -euo pipefail
build=$1
rate=$2
seconds=${3:-20}
warmup=${4:-10}

for tool in wireshark Xvfb; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "no Wireshark figure: $tool is not installed (apt-get install wireshark-qt xvfb)"
        exit 0
    fi
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

key=sk_bench_0000000000000000
"$build/app/sim/shuriken-sim" --port 0 --no-stdin --api-key "$key" \
    --stream-rate "svm.token.swaps=$rate" >"$work/sim.out" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do
    [[ -s "$work/sim.out" ]] && break
    sleep 0.1
done
url=$(head -n1 "$work/sim.out" | awk '{print $NF}')
if [[ "$url" != http://127.0.0.1:* ]]; then
    echo "no Wireshark figure: the simulator did not start"
    exit 0
fi

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x820x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1

# Wireshark's own settings in a scratch profile: no saved state of the machine's user, no
# update check, no welcome dialogs.
export XDG_CONFIG_HOME="$work/config" HOME="$work"
mkdir -p "$work/config/wireshark"
cat >"$work/config/wireshark/preferences" <<PREFS
gui.update.enabled: FALSE
capture.update_interval: 100
capture.auto_scroll: TRUE
capture.real_time_update: TRUE
gui.geometry.save.position: FALSE
PREFS
cat >"$work/config/wireshark/recent_common" <<RECENT
gui.geometry_main_x: 0
gui.geometry_main_y: 0
gui.geometry_main_width: 1280
gui.geometry_main_height: 820
gui.geometry_main_maximized: FALSE
privs.warn_if_elevated: FALSE
RECENT

DISPLAY=$display QT_QPA_PLATFORM=xcb wireshark -i lo -f tcp -k -o capture.update_interval:100 \
    -o gui.update.enabled:FALSE >"$work/wireshark.log" 2>&1 &
wireshark_pid=$!
pids+=($wireshark_pid)
sleep 3

"$build/app/cli/shuriken-stream" --base-url "$url" --api-key "$key" --quiet \
    --subscribe "svm.token.swaps:tokenAddress=So11111111111111111111111111111111111111112" \
    >/dev/null 2>&1 &
pids+=($!)

# CPU ticks (user + system) of a process and its children that are still running.
ticks() {
    local total=0 pid
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] || continue
        total=$((total + $(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$pid/stat")))
    done
    echo "$total"
}
tree() { echo "$wireshark_pid" $(pgrep -P "$wireshark_pid" || true); }

sleep "$warmup"
if ! kill -0 "$wireshark_pid" 2>/dev/null; then
    echo "no Wireshark figure: wireshark exited ($(tail -n1 "$work/wireshark.log"))"
    exit 0
fi
procs=$(tree)
before=$(ticks $procs)
start=$(date +%s.%N)
sleep "$seconds"
after=$(ticks $procs)
end=$(date +%s.%N)
hz=$(getconf CLK_TCK)
share=$(awk -v a="$after" -v b="$before" -v hz="$hz" -v s="$start" -v e="$end" \
    'BEGIN { printf "%.2f", 100 * (a - b) / hz / (e - s) }')
echo "wireshark $(wireshark --version 2>/dev/null | head -n1 | awk '{print $2}') on xcb (Xvfb), capturing the loopback stream of $rate events/s: $share% of a core over $seconds s (processes: $procs)"
echo "FIGURE steady.wireshark.xcb.rate_$rate.cpu_pct $share % -"
