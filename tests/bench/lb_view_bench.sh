#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# The load balancer's throughput with its lesson open and animating, against HAProxy, in the
# same run, on the same backends:
#   - the app runs under Xvfb on the load balancing page (3 backends answering at once, the
#     lesson's default round robin, 2 proxy workers); HAProxy (nbthread 2) is put in front of
#     the app's own backends with the backend section the app logs for its setup (the same
#     algorithm, health checks, retries, timeouts and X-Forwarded-For);
#   - wrk runs ROUNDS pairs of runs, one against the address the page shows (every request is
#     counted, sampled requests are drawn as dots and recorded in the trace) and one against
#     HAProxy, in alternating order, so that a change in what else the machine does hits both
#     alike; each pair gives a ratio and the median pair counts;
#   - the frame rate is what the page logs (every 2 s) for windows inside our runs; the GUI
#     thread's CPU during HAProxy's runs (no dots then, but the cards and charts go on) is
#     printed too, since HAProxy shares the machine with it.
# `hopscope-cli bench lb` compares the two without the app (README).
#
# Usage: tests/bench/lb_view_bench.sh [SECONDS [ROUNDS]]      (default 10 s, 5 rounds)
# Environment: HOPSCOPE_BUILD  build directory (default build/default)
#              CONNECTIONS     wrk -c (default 64), THREADS wrk -t (default 2)
set -euo pipefail

seconds=${1:-10}
rounds=${2:-5}
if [[ ! $seconds =~ ^[1-9][0-9]*$ || ! $rounds =~ ^[1-9][0-9]?$ ]]; then
    echo "usage: $0 [SECONDS [ROUNDS]]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${HOPSCOPE_BUILD:-$root/build/default}
app=$build/src/gui/hopscope
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
if [[ ! -x $app ]]; then
    echo "no $app (build it, or set HOPSCOPE_BUILD)" >&2
    exit 1
fi
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
for tool in wrk xvfb-run "$haproxy"; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is missing: apt-get install wrk xvfb haproxy" >&2
        exit 1
    fi
done

work=$(mktemp -d)
app_pid=""
haproxy_pid=""
cleanup() {
    if [[ -n $haproxy_pid ]]; then
        kill "$haproxy_pid" 2>/dev/null || true
        wait "$haproxy_pid" 2>/dev/null || true
    fi
    if [[ -n $app_pid ]]; then
        kill -- -"$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# xvfb-run gets a process group of its own (job control) so all of it stops, but stays in this
# session with wrk and HAProxy: Linux's autogroup scheduler shares the CPUs evenly between
# sessions, so an app in a session of its own (setsid) would get a different share of the two
# cores than HAProxy gets (measured: 61.6k req/s under setsid, 72.5k in wrk's session).
log=$work/app.log
set -m
xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --view loadbalancing \
    --backend-service 0 --size 1920x1080 --log-level debug > "$log" 2>&1 &
app_pid=$!
set +m
# The app logs its load balancer's address, then the lesson's setup as a HAProxy backend
# section (what "Show the real config" shows: algorithm, X-Forwarded-For, retries, timeouts,
# health checks, the backends' real endpoints); HAProxy gets exactly that section.
address=""
section=""
for _ in $(seq 1 100); do
    address=$(sed -n 's/.*load balancer listening on \([0-9.:]*\) .*/\1/p' "$log" | head -n 1)
    # Only once the section is complete (it ends with an empty line).
    section=$(awk '/as a HAProxy backend section:/ {f = 1; next}
        f && /^$/ {printf "%s", s; exit} f {s = s $0 "\n"}' "$log")
    [[ -n $address && -n $section ]] && break
    sleep 0.1
done
if [[ -z $address || $(echo "$section" | grep -c '^ *server ') -ne 3 ]]; then
    echo "the app did not start its load balancer and three backends:" >&2
    cat "$log" >&2
    exit 1
fi
# xvfb-run (a shell script) runs the app as its child; the app's main thread is the GUI thread.
gui_pid=$(pgrep -P "$app_pid" -x hopscope)

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
{
    printf 'global\n    maxconn 4096\n    nbthread 2\n\n'
    printf 'defaults\n    mode http\n    timeout client 30s\n    timeout http-request 10s\n'
    printf '    timeout http-keep-alive 30s\n    option http-keep-alive\n\n'
    printf 'frontend lb\n    bind 127.0.0.1:%s\n    default_backend lesson\n\n' "$port"
    echo "$section"
} > "$work/haproxy.cfg"
"$haproxy" -db -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!
sleep 2 # health checks mark every backend up, for both

now_s() { date +%s.%N; }
gui_cpu_ns() { awk '{print $1}' "/proc/$gui_pid/schedstat"; }
# Sets rps; $1 is the address.
run_wrk() {
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 2s "http://$1/" \
        > "$work/wrk.txt" 2>&1
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
    if [[ -z $rps ]] || grep -q 'Non-2xx\|Socket errors' "$work/wrk.txt"; then
        echo "wrk against $1 failed or saw errors:" >&2
        cat "$work/wrk.txt" >&2
        exit 1
    fi
}

echo "wrk -t$threads -c$connections -d${seconds}s, round robin over the app's 3 backends" \
    "(they answer at once)"
printf '%-6s %18s %16s %8s   %s\n' round "ours, view open" "haproxy" ratio \
    "GUI thread during haproxy's run"
ratios=""
windows=""
for round in $(seq 1 "$rounds"); do
    for turn in 1 2; do
        if (((round + turn) % 2 == 0)); then
            start=$(now_s)
            run_wrk "$address"
            ours=$rps
            windows+="$start $(now_s)"$'\n'
        else
            before=$(gui_cpu_ns)
            run_wrk "127.0.0.1:$port"
            theirs=$rps
            gui_share=$(awk -v a="$before" -v b="$(gui_cpu_ns)" -v s="$seconds" \
                'BEGIN {printf "%.1f%% of a core", (b - a) / (s * 1e7)}')
        fi
    done
    ratio=$(awk -v v="$ours" -v h="$theirs" 'BEGIN {printf "%.3f", v / h}')
    ratios+="$ratio"$'\n'
    printf '%-6s %18.0f %16.0f %8s   %s\n' "$round" "$ours" "$theirs" "$ratio" "$gui_share"
done

# Frame-rate windows that end at least 2 s into one of our runs and no later than its end.
fps=$(awk -v runs="$windows" '
    BEGIN { n = split(runs, r, "\n"); for (i = 1; i <= n; i++) if (r[i] != "") {
        split(r[i], p, " "); s[++k] = p[1]; e[k] = p[2] } }
    /frames\/s painted/ {
        split($2, t, ":"); cmd = "date -d \"" $1 " " t[1] ":" t[2] ":" t[3] "\" +%s.%N"
        cmd | getline at; close(cmd)
        for (i = 1; i <= k; i++) if (at >= s[i] + 2 && at <= e[i]) {
            for (j = 1; j <= NF; j++) if ($(j + 1) == "frames/s") print $j } }' "$log")
if [[ -z $fps ]]; then
    echo "no frame-rate windows inside our runs:" >&2
    cat "$log" >&2
    exit 1
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "peer: $("$haproxy" -v | head -n 1)"
echo "view painted $(echo "$fps" | median) frames/s during our runs (median of" \
    "$(echo "$fps" | grep -c .) 2 s windows; lowest $(echo "$fps" | sort -n | head -n 1))"
echo "ratio with the view open / HAProxy, median of $rounds pairs:" \
    "$(echo "$ratios" | grep . | median)"
