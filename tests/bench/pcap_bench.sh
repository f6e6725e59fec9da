#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# Capture decoding throughput against the tools people know: writes a synthetic capture of
# PACKETS packets (DNS over UDP and HTTP over TCP, `hopscope-cli bench make-pcap`), then times,
# in the same run and on the same file,
#   hopscope-cli bench pcap FILE        (decode every packet + build the trace index)
#   tshark -r FILE -T fields -e frame.number -e ip.src -e tcp.flags
#   tcpdump -nn -r FILE
# and prints each one's time and its ratio to hopscope's.
#
# Usage: tests/bench/pcap_bench.sh [PACKETS]      (default 1000000)
# Environment: HOPSCOPE_CLI  the hopscope-cli binary (default build/default/src/cli/hopscope-cli)
#              BENCH_DIR     where to put the capture (default a temporary directory)
set -euo pipefail

packets=${1:-1000000}
if [[ ! $packets =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [PACKETS]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${HOPSCOPE_CLI:-$root/build/default/src/cli/hopscope-cli}
if [[ ! -x $cli ]]; then
    echo "no hopscope-cli at $cli (build it, or set HOPSCOPE_CLI)" >&2
    exit 1
fi
if ! command -v tcpdump >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y tcpdump >/dev/null
    else
        echo "tcpdump is missing: apt-get install tcpdump" >&2
        exit 1
    fi
fi
if ! command -v tshark >/dev/null; then
    echo "tshark is missing: apt-get install tshark" >&2
    exit 1
fi

if [[ -n ${BENCH_DIR:-} ]]; then
    dir=$BENCH_DIR
    mkdir -p "$dir"
else
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
fi
file=$dir/bench.pcap
# tcpdump drops privileges to its own user before reading when run as root.
chmod 755 "$dir"

"$cli" bench make-pcap "$file" "$packets"
echo "capture: $file, $packets packets, $(du -h "$file" | cut -f1)"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

start=$(now)
"$cli" bench pcap "$file" >"$dir/hopscope.txt"
hopscope=$(elapsed "$start" "$(now)")
counted=$(awk '/^packets:/ { print $2 }' "$dir/hopscope.txt")
if [[ $counted != "$packets" ]]; then
    echo "hopscope-cli read $counted packets, expected $packets" >&2
    cat "$dir/hopscope.txt" >&2
    exit 1
fi

start=$(now)
tshark -r "$file" -T fields -e frame.number -e ip.src -e tcp.flags >/dev/null 2>"$dir/tshark.err"
tshark_s=$(elapsed "$start" "$(now)")

start=$(now)
tcpdump -nn -r "$file" >/dev/null 2>"$dir/tcpdump.err"
tcpdump_s=$(elapsed "$start" "$(now)")

report() {
    awk -v name="$1" -v s="$2" -v n="$packets" -v base="$hopscope" 'BEGIN {
        rate = s > 0 ? n / s : 0
        printf "%-44s %9.3f s %12.0f packets/s %8.2fx hopscope time\n", name, s, rate, s / base
    }'
}
echo
report "hopscope-cli bench pcap (decode + index)" "$hopscope"
report "tshark -T fields -e frame.number ..." "$tshark_s"
report "tcpdump -nn -r" "$tcpdump_s"
echo
sed 's/^/  hopscope: /' "$dir/hopscope.txt"
