#!/usr/bin/env bash
# Issue 13, finding 1, as a command: does shuriken-stream get its events back after the service
# restarts and hands out a new app key and new channel names?
#
#  1. starts shuriken-sim (epoch 0) on a free loopback port,
#  2. runs shuriken-stream against it for DURATION s, following one public stream
#     (svm.token.swaps) and one presence stream (alpha.personal),
#  3. after KILL_AFTER s kills the simulator with SIGKILL and starts it again on the same port
#     with --epoch 1 (a restarted service: other app key, other channel names, no memory of the
#     old sessions; see lib/sim/README.md "Epochs"),
#  4. counts, per stream, the events received after the restart.
# Exit 0 when both streams flow again after the restart, 1 when either does not, 2 on a usage or
# setup error. The logs stay in a temporary directory, printed at the end.
#
# Usage: scripts/restart-demo.sh [build-dir]        (default build/ci)
# Environment: DURATION (default 40), KILL_AFTER (default 8), DOWN_FOR (default 1) seconds;
# EPOCH_AFTER (default 1): the epoch of the restarted simulator. EPOCH_AFTER=0 restarts with the
# same app key and channel names, which the new process has never resolved: a client that
# resubscribes without asking for a new session gets no 4001 to warn it, only silent public
# channels and 403 for its presence channels.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
duration=${DURATION:-40}
kill_after=${KILL_AFTER:-8}
down_for=${DOWN_FOR:-1}
epoch_after=${EPOCH_AFTER:-1}
sim=$build/app/sim/shuriken-sim
stream=$build/app/cli/shuriken-stream
for program in "$sim" "$stream"; do
    [[ -x $program ]] || { echo "restart-demo: $program not found; build it first (cmake --build $build --target shuriken-sim shuriken-stream)" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/restart-demo.XXXXXX")
api_key=sk_restart_demo_0123456789
public_stream=svm.token.swaps
public_spec="svm.token.swaps:tokenAddress=So11111111111111111111111111111111111111112"
presence_stream=alpha.personal

sim_pid=
client_pid=
cleanup() {
    # Only the processes this script started.
    [[ -n $client_pid ]] && kill "$client_pid" 2>/dev/null || true
    [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

now_us() { date +%s%6N; }

# start_sim <epoch> <port>: starts the simulator, waits until it listens, sets sim_pid and port.
start_sim() {
    local epoch=$1 want_port=$2 out=$work/sim-epoch$1.out
    "$sim" --port "$want_port" --epoch "$epoch" --api-key "$api_key" --rate 2 --no-stdin \
        >"$out" 2>"$work/sim-epoch$epoch.log" &
    sim_pid=$!
    for _ in $(seq 100); do
        if grep -q 'http://127.0.0.1:[0-9]*' "$out" 2>/dev/null; then
            port=$(grep -o 'http://127.0.0.1:[0-9]*' "$out" | head -n1 | sed 's/.*://')
            return 0
        fi
        kill -0 "$sim_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "restart-demo: shuriken-sim (epoch $epoch) did not start; see $work/sim-epoch$epoch.log" >&2
    exit 2
}

port=0
start_sim 0 0
echo "simulator (epoch 0) on port $port; logs in $work"

"$stream" --base-url "http://127.0.0.1:$port" --api-key "$api_key" \
    --subscribe "$public_spec" --subscribe "$presence_stream" --duration "$duration" \
    >"$work/events.jsonl" 2>"$work/client.log" &
client_pid=$!

sleep "$kill_after"
kill -9 "$sim_pid"
wait "$sim_pid" 2>/dev/null || true
sim_pid=
echo "killed the simulator (SIGKILL) after ${kill_after} s"
sleep "$down_for"
restart_us=$(now_us)
start_sim "$epoch_after" "$port"
echo "started it again on port $port with --epoch $epoch_after"

client_status=0
wait "$client_pid" || client_status=$?
client_pid=

# Events per stream received before and after the restart (receivedAtUs comes before stream in
# every line shuriken-stream prints).
count() { # count <stream> <before|after>
    grep -o '"receivedAtUs":[0-9]*,"stream":"[^"]*"' "$work/events.jsonl" |
        awk -F'[:,"]+' -v stream="$1" -v mode="$2" -v at="$restart_us" '
            $5 == stream { if ((mode == "after") == ($3 > at)) n++ }
            END { print n + 0 }'
}
public_before=$(count "$public_stream" before)
public_after=$(count "$public_stream" after)
presence_before=$(count "$presence_stream" before)
presence_after=$(count "$presence_stream" after)

echo
echo "shuriken-stream exited with $client_status"
printf '%-26s %8s %8s\n' stream before after
printf '%-26s %8d %8d\n' "$public_stream (public)" "$public_before" "$public_after"
printf '%-26s %8d %8d\n' "$presence_stream (presence)" "$presence_before" "$presence_after"
echo "logs: $work (events.jsonl, client.log, sim-epoch*.log)"

status=0
for pair in "public:$public_after" "presence:$presence_after"; do
    if [[ ${pair#*:} -eq 0 ]]; then
        echo "FAIL: no ${pair%%:*} events after the restart"
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "PASS: public and presence events flow again after the restart"
exit $status
