#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# The load balancer's throughput with its lesson open and animating, against HAProxy, in the
# same run. Each round has two parts, back to back (their order alternates from round to round,
# so that a change in what else the machine does hits both alike):
#   - the app under Xvfb on the load balancing page (3 backends answering at once, the lesson's
#     default round robin, 2 proxy workers); wrk drives the address the page shows, so every
#     request is counted, sampled requests are drawn as dots and recorded in the trace, and the
#     page logs the frames it paints per second;
#   - `hopscope-cli bench lb` (our stack without the view, and HAProxy with the same backends,
#     algorithm and thread count, driven by the same wrk command).
# Prints every round, the frame rates, and the median of the rounds' ratios.
#
# Usage: tests/bench/lb_view_bench.sh [SECONDS [ROUNDS]]      (default 10 s, 3 rounds)
# Environment: HOPSCOPE_BUILD  build directory (default build/default)
#              CONNECTIONS     wrk -c (default 64), THREADS wrk -t (default 2)
set -euo pipefail

seconds=${1:-10}
rounds=${2:-3}
if [[ ! $seconds =~ ^[1-9][0-9]*$ || ! $rounds =~ ^[1-9][0-9]?$ ]]; then
    echo "usage: $0 [SECONDS [ROUNDS]]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${HOPSCOPE_BUILD:-$root/build/default}
app=$build/src/gui/hopscope
cli=$build/src/cli/hopscope-cli
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
for binary in "$app" "$cli"; do
    if [[ ! -x $binary ]]; then
        echo "no $binary (build it, or set HOPSCOPE_BUILD)" >&2
        exit 1
    fi
done
for tool in wrk xvfb-run haproxy; do
    if ! command -v $tool >/dev/null && [[ ! -x /usr/sbin/$tool ]]; then
        echo "$tool is missing: apt-get install ${tool/xvfb-run/xvfb}" >&2
        exit 1
    fi
done

work=$(mktemp -d)
app_pid=""
stop_app() {
    if [[ -n $app_pid ]]; then
        kill -- -"$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
    fi
}
cleanup() {
    stop_app
    rm -rf "$work"
}
trap cleanup EXIT

# Sets view_rps, view_errors and fps (the 2 s frame-rate windows inside the wrk run).
run_app() {
    local log=$work/app.log
    # xvfb-run gets a process group of its own (job control) so all of it stops, but stays in
    # this session, with wrk, as `bench lb` keeps HAProxy in wrk's session: Linux's autogroup
    # scheduler shares the CPUs evenly between sessions, so an app in a session of its own
    # (setsid) would get a different share of the two cores than HAProxy gets (measured:
    # 61.6k req/s under setsid, 72.5k in wrk's session, same build, same machine).
    set -m
    xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --view loadbalancing \
        --backend-service 0 --size 1920x1080 --log-level debug > "$log" 2>&1 &
    app_pid=$!
    set +m
    local address=""
    for _ in $(seq 1 100); do
        address=$(sed -n 's/.*load balancer listening on \([0-9.:]*\) .*/\1/p' "$log" | head -n 1)
        [[ -n $address ]] && break
        sleep 0.1
    done
    if [[ -z $address ]]; then
        echo "the app did not start its load balancer:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 2 # health checks mark every backend up
    local windows_before
    windows_before=$(grep -c 'frames/s painted' "$log" || true)
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 2s --latency \
        "http://$address/" > "$work/wrk.txt" 2>&1
    stop_app
    view_rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
    view_errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt")
    # The page logs a window every 2 s; the first one after the start also covers idle time
    # before wrk, when nothing moves and nothing is painted, so it is left out.
    fps=$(grep -o '[0-9.]* frames/s painted' "$log" | awk '{print $1}' |
        tail -n +$((windows_before + 2)))
    if [[ -z $view_rps || -z $fps ]]; then
        echo "no figures from the app run:" >&2
        cat "$work/wrk.txt" "$log" >&2
        exit 1
    fi
}

# Sets headless_rps, haproxy_rps and haproxy_name.
run_bench() {
    "$cli" bench lb --duration "$seconds" --threads "$threads" --connections "$connections" \
        > "$work/bench.txt" 2>&1
    headless_rps=$(awk '$1 == "hopscope" && $2 ~ /^[0-9]+$/ {print $2}' "$work/bench.txt" |
        tail -n 1)
    haproxy_rps=$(awk '$1 == "haproxy" && $3 ~ /^[0-9]+$/ {print $3}' "$work/bench.txt" |
        tail -n 1)
    haproxy_name=$(awk '$1 == "haproxy" && $3 ~ /^[0-9]+$/ {print $1" "$2}' "$work/bench.txt" |
        tail -n 1)
    if [[ -z $headless_rps || -z $haproxy_rps ]]; then
        echo "no figures from hopscope-cli bench lb:" >&2
        cat "$work/bench.txt" >&2
        exit 1
    fi
}

echo "wrk -t$threads -c$connections -d${seconds}s, round robin over 3 backends that answer at once"
printf '%-6s %16s %16s %16s %10s %10s\n' round "view open req/s" "no view req/s" \
    "haproxy req/s" "view/hap" "fps (min)"
ratios=""
all_fps=""
for round in $(seq 1 "$rounds"); do
    if ((round % 2 == 1)); then
        run_app
        run_bench
    else
        run_bench
        run_app
    fi
    ratio=$(awk -v v="$view_rps" -v h="$haproxy_rps" 'BEGIN {printf "%.3f", v / h}')
    ratios+="$ratio"$'\n'
    all_fps+="$fps"$'\n'
    fps_min=$(echo "$fps" | sort -n | head -n 1)
    printf '%-6s %16.0f %16.0f %16.0f %10s %10s\n' "$round" "$view_rps" "$headless_rps" \
        "$haproxy_rps" "$ratio" "$fps_min"
    [[ -n $view_errors ]] && echo "       view run: $view_errors"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fps_sorted=$(echo "$all_fps" | grep . | sort -n)
echo "peer: $haproxy_name"
echo "view painted $(echo "$fps_sorted" | median) frames/s (median of 2 s windows; lowest" \
    "$(echo "$fps_sorted" | head -n 1))"
echo "ratio with the view open / HAProxy, median of $rounds rounds: $(echo "$ratios" | grep . |
    median)"
