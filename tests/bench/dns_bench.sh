#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# Authoritative DNS throughput against NSD, in the same run, on the same zone: starts
#   hopscope-cli bench dns   (ns1.foobar.com of the default scenario: foobar.com's zone file)
#   nsd                      (an unprivileged instance serving the same zone file)
# each on its own loopback address, drives each with dnsperf for SECONDS seconds (ROUNDS
# times, alternating, so both see the same machine load), and prints queries per second and
# the ratio hopscope / NSD, and each server's CPU time per query (the steadier figure on a
# busy machine). Both servers use THREADS workers (NSD: server-count).
#
# Usage: tests/bench/dns_bench.sh [SECONDS] [THREADS] [ROUNDS]     (default 10 1 3)
# Environment: HOPSCOPE_CLI  the hopscope-cli binary (default build/default/src/cli/hopscope-cli)
#              CLIENTS       dnsperf clients (default 20), OUTSTANDING its -q (default 200)
#              RATE          cap on queries/s offered to each server (dnsperf -Q; default
#                            none). With a cap both see the same load, so their CPU time per
#                            query compares like with like.
set -euo pipefail

seconds=${1:-10}
threads=${2:-1}
rounds=${3:-3}
if [[ ! $seconds =~ ^[0-9]+$ || ! $threads =~ ^[0-9]+$ || ! $rounds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS] [THREADS] [ROUNDS]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${HOPSCOPE_CLI:-$root/build/default/src/cli/hopscope-cli}
clients=${CLIENTS:-20}
outstanding=${OUTSTANDING:-200}
rate=${RATE:-}
if [[ ! -x $cli ]]; then
    echo "no hopscope-cli at $cli (build it, or set HOPSCOPE_CLI)" >&2
    exit 1
fi
for tool in dnsperf nsd; do
    if ! command -v $tool >/dev/null && [[ ! -x /usr/sbin/$tool ]]; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y $tool >/dev/null
        else
            echo "$tool is missing: apt-get install $tool" >&2
            exit 1
        fi
    fi
done
nsd=$(command -v nsd || echo /usr/sbin/nsd)

work=$(mktemp -d)
ours_pid=""
nsd_pid=""
cleanup() {
    [[ -n $ours_pid ]] && kill "$ours_pid" 2>/dev/null && wait "$ours_pid" 2>/dev/null || true
    [[ -n $nsd_pid ]] && kill "$nsd_pid" 2>/dev/null && wait "$nsd_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

zone=$root/resources/zones/foobar.com.zone
# A mix of what the zone answers: addresses, an alias, mail, text, a service, a missing name,
# a name without the asked type.
cat > "$work/queries" <<'QUERIES'
foobar.com A
www.foobar.com A
mail.foobar.com A
api.foobar.com A
foobar.com MX
foobar.com AAAA
foobar.com TXT
info.foobar.com TXT
_http._tcp.foobar.com SRV
foobar.com NS
nope.foobar.com A
mail.foobar.com AAAA
QUERIES

# Our server: a kernel-chosen port, reported on its first line.
ours_addr=127.0.9.1
"$cli" bench dns --address $ours_addr --port 0 --threads "$threads" > "$work/ours.log" 2>&1 &
ours_pid=$!
for _ in $(seq 100); do
    grep -q '^serving' "$work/ours.log" && break
    sleep 0.05
done
ours_port=$(sed -n 's/^serving.* on [0-9.]*:\([0-9]*\) .*/\1/p' "$work/ours.log")
if [[ -z $ours_port ]]; then
    echo "hopscope-cli bench dns did not start:" >&2
    cat "$work/ours.log" >&2
    exit 1
fi

# NSD: same zone file, its own address, a free port.
nsd_addr=127.0.9.2
nsd_port=$(python3 -c "import socket; s=socket.socket(); s.bind(('$nsd_addr',0)); print(s.getsockname()[1])")
cat > "$work/nsd.conf" <<CONF
server:
    ip-address: $nsd_addr@$nsd_port
    port: $nsd_port
    do-ip6: no
    username: ""
    chroot: ""
    zonesdir: "$work"
    pidfile: "$work/nsd.pid"
    database: ""
    zonelistfile: "$work/zone.list"
    xfrdfile: "$work/xfrd.state"
    xfrdir: "$work"
    logfile: "$work/nsd.log"
    server-count: $threads
    verbosity: 0
    # Debian builds NSD with response rate limiting (200 replies/s per client netblock by
    # default), which would throttle a benchmark from one address: off, as ours has none.
    rrl-ratelimit: 0
    rrl-whitelist-ratelimit: 0
remote-control:
    control-enable: no
zone:
    name: "foobar.com."
    zonefile: "$zone"
CONF
"$nsd" -d -c "$work/nsd.conf" > "$work/nsd.out" 2>&1 &
nsd_pid=$!
for _ in $(seq 100); do
    dig @$nsd_addr -p "$nsd_port" +time=1 +tries=1 +short foobar.com SOA 2>/dev/null | grep -q . && break
    sleep 0.1
done

check() { # the two must agree before their speed means anything
    dig @"$1" -p "$2" +time=2 +tries=1 +noall +answer +comments www.foobar.com A |
        grep -E 'status|IN' | sed 's/id: [0-9]*//' | sort
}
if [[ "$(check $ours_addr "$ours_port")" != "$(check $nsd_addr "$nsd_port")" ]]; then
    echo "hopscope and NSD answer differently:" >&2
    diff <(check $ours_addr "$ours_port") <(check $nsd_addr "$nsd_port") >&2 || true
    exit 1
fi

cpu_ns() { # CPU time (ns) used so far by a process's threads and its children's (NSD serves
    # from forked children); from the scheduler's own count, which this works even where
    # tick-based utime is not kept
    local pids=("$1") total=0 i=0 pid task
    while [[ $i -lt ${#pids[@]} ]]; do
        pids+=($(pgrep -P "${pids[$i]}" || true))
        i=$((i + 1))
    done
    for pid in "${pids[@]}"; do
        for task in /proc/"$pid"/task/*/schedstat; do
            total=$((total + $(cut -d' ' -f1 "$task" 2>/dev/null || echo 0)))
        done
    done
    echo "$total"
}

run() { # SERVER PORT PID: prints "queries/s server-CPU-microseconds-per-query"
    local out before after completed qps
    before=$(cpu_ns "$3")
    out=$(dnsperf -s "$1" -p "$2" -d "$work/queries" -l "$seconds" -c "$clients" \
        -q "$outstanding" -t 2 ${rate:+-Q "$rate"} 2>&1)
    after=$(cpu_ns "$3")
    echo "$out" >> "$work/dnsperf.log"
    qps=$(sed -n 's/^ *Queries per second: *\([0-9.]*\).*/\1/p' <<< "$out")
    completed=$(sed -n 's/^ *Queries completed: *\([0-9]*\).*/\1/p' <<< "$out")
    python3 -c "print($qps, ($after - $before) / 1000 / max($completed, 1))"
}

echo "dnsperf: $seconds s per run, $clients clients, $outstanding outstanding,${rate:+ at most $rate queries/s,} $threads server thread(s)"
# Alternating rounds: on a shared machine the load changes from second to second, so each
# round compares two runs made moments apart. Queries per second depend on that load (and on
# dnsperf, which shares the cores); server CPU time per query does much less.
results=()
for round in $(seq "$rounds"); do
    read -r oq oc <<< "$(run $ours_addr "$ours_port" "$ours_pid")"
    read -r nq nc <<< "$(run $nsd_addr "$nsd_port" "$nsd_pid")"
    results+=("$oq" "$oc" "$nq" "$nc")
    printf '  round %d  hopscope %7.0f q/s %5.2f us CPU/q   NSD %7.0f q/s %5.2f us CPU/q\n' \
        "$round" "$oq" "$oc" "$nq" "$nc"
done
lost=$(grep -h 'Queries lost' "$work/dnsperf.log" | sed 's/ *Queries lost: *//' | tr '\n' ' ')
version=$( ("$nsd" -v 2>&1 || true) | head -1 | sed 's/.*version //')
python3 - "$version" "${results[@]}" <<'PY'
import statistics, sys
version = sys.argv[1]
v = [float(x) for x in sys.argv[2:]]
oq, oc, nq, nc = v[0::4], v[1::4], v[2::4], v[3::4]
print(f"hopscope: {statistics.mean(oq):,.0f} queries/s, {statistics.mean(oc):.2f} us server CPU "
      f"per query   NSD {version}: {statistics.mean(nq):,.0f} queries/s, "
      f"{statistics.mean(nc):.2f} us server CPU per query   (means of {len(oq)} rounds)")
print(f"ratio hopscope/NSD: {statistics.mean(oq) / statistics.mean(nq):.2f} in queries/s, "
      f"{statistics.mean(nc) / statistics.mean(oc):.2f} in queries per CPU second")
PY
echo "queries lost per run: $lost"
