#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# The load balancer's throughput with its lesson open and animating, against HAProxy, in the
# same run:
#   1. the app under Xvfb on the load balancing page (3 backends answering at once, the
#      lesson's default round robin, 2 proxy workers); wrk drives the address the page shows,
#      so every request is counted, sampled requests are drawn as dots and recorded in the
#      trace, and the page logs the frames it paints per second;
#   2. `hopscope-cli bench lb` (our stack without the view, and HAProxy with the same backends,
#      algorithm and thread count, driven by the same wrk command).
# Prints req/s of each, the frame rate during the run, and the ratios.
#
# Usage: tests/bench/lb_view_bench.sh [SECONDS]      (default 10)
# Environment: HOPSCOPE_BUILD  build directory (default build/default)
#              CONNECTIONS     wrk -c (default 64), THREADS wrk -t (default 2)
set -euo pipefail

seconds=${1:-10}
if [[ ! $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS]" >&2
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
cleanup() {
    if [[ -n $app_pid ]]; then
        kill -- -"$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The app, its lesson open. xvfb-run gets a process group of its own (job control) so all
# of it stops, but stays in this session, with wrk, as `bench lb` keeps HAProxy in wrk's
# session: Linux's autogroup scheduler shares the CPUs evenly between sessions, so an app in a
# session of its own (setsid) would get a different share of the two cores than HAProxy gets
# (measured: 61.6k req/s under setsid, 72.5k in wrk's session, same build, same machine).
set -m
xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --view loadbalancing \
    --backend-service 0 --size 1920x1080 --log-level debug > "$work/app.log" 2>&1 &
app_pid=$!
set +m
address=""
for _ in $(seq 1 100); do
    address=$(sed -n 's/.*load balancer listening on \([0-9.:]*\) .*/\1/p' "$work/app.log" |
        head -n 1)
    [[ -n $address ]] && break
    sleep 0.1
done
if [[ -z $address ]]; then
    echo "the app did not start its load balancer:" >&2
    cat "$work/app.log" >&2
    exit 1
fi
sleep 2 # health checks mark every backend up
windows_before=$(grep -c 'frames/s painted' "$work/app.log" || true)
wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 2s --latency \
    "http://$address/" > "$work/wrk.txt" 2>&1
kill -- -"$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""

view_rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
view_errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt")
# The frame-rate windows that fell inside the wrk run (the page logs one every 2 s; the first
# one after the start also covers idle time before it, when nothing moves and nothing is
# painted, so it is left out).
fps=$(grep -o '[0-9.]* frames/s painted' "$work/app.log" | awk '{print $1}' |
    tail -n +$((windows_before + 2)) | sort -n)
if [[ -z $view_rps || -z $fps ]]; then
    echo "no figures from the app run:" >&2
    cat "$work/wrk.txt" "$work/app.log" >&2
    exit 1
fi
fps_min=$(echo "$fps" | head -n 1)
fps_median=$(echo "$fps" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

# 2. Ours without the view, and HAProxy, in the same run.
"$cli" bench lb --duration "$seconds" --threads "$threads" --connections "$connections" \
    > "$work/bench.txt" 2>&1
headless_rps=$(awk '$1 == "hopscope" && $2 ~ /^[0-9]+$/ {print $2}' "$work/bench.txt" | tail -n 1)
haproxy_rps=$(awk '$1 == "haproxy" && $3 ~ /^[0-9]+$/ {print $3}' "$work/bench.txt" | tail -n 1)
if [[ -z $headless_rps || -z $haproxy_rps ]]; then
    echo "no figures from hopscope-cli bench lb:" >&2
    cat "$work/bench.txt" >&2
    exit 1
fi

echo "wrk -t$threads -c$connections -d${seconds}s, round robin over 3 backends that answer at once"
printf '  %-40s %10.0f req/s   view painted %s frames/s (median of 2 s windows; lowest %s)\n' \
    "hopscope, load balancing lesson open" "$view_rps" "$fps_median" "$fps_min"
[[ -n $view_errors ]] && echo "    $view_errors"
printf '  %-40s %10.0f req/s\n' "hopscope, no view (bench lb)" "$headless_rps"
printf '  %-40s %10.0f req/s\n' "$(awk '$1 == "haproxy" && $3 ~ /^[0-9]+$/ {print $1" "$2}' \
    "$work/bench.txt" | tail -n 1) (bench lb)" "$haproxy_rps"
awk -v v="$view_rps" -v h="$haproxy_rps" -v n="$headless_rps" 'BEGIN {
    printf "ratio with the view open / HAProxy: %.2f; without the view / HAProxy: %.2f\n", v / h, n / h
}'
