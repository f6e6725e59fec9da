#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# The lab's own figures, from one run of `hopscope-cli lab run`:
#   - how long the helper takes to build the default lab, and the whole lab to stop;
#   - whether capture keeps up: dnsperf on the laptop asks the lab's resolver (through the
#     home switch, the NAT router and the ISP's router) for SECONDS seconds; every query and
#     answer is captured at the eight interfaces it crosses, and the kernel's drop counters of
#     all of them are summed.
# Prints frames captured, frames per second and drops.
#
# Usage: tests/bench/lab_bench.sh [SECONDS]     (default 5)
# Environment: HOPSCOPE_CLI  the hopscope-cli binary (default build/default/src/cli/hopscope-cli)
#              RATE          cap on queries/s (dnsperf -Q; default none). Each query makes
#                            about 16 captured frames (8 interfaces, query and answer).
set -euo pipefail

seconds=${1:-5}
if [[ ! $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${HOPSCOPE_CLI:-$root/build/default/src/cli/hopscope-cli}
command -v dnsperf >/dev/null || { echo "dnsperf is needed (apt-get install dnsperf)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
for name in www.foobar.com foobar.com mail.foobar.com api.foobar.com; do
    echo "$name A"
done > "$work/queries"
chmod 644 "$work/queries"

# Build and stop times: `lab up` reports both.
"$cli" lab up --duration 0.1 > "$work/up.txt"
build=$(sed -n 's/.*built in \([0-9.]*\) ms.*/\1/p' "$work/up.txt")
stop=$(sed -n 's/.*stopped in \([0-9.]*\) ms.*/\1/p' "$work/up.txt")
echo "default lab: built by the helper in $build ms; servers and lab stopped in $stop ms"

start=$(date +%s.%N)
cap=${RATE:+-Q $RATE}
"$cli" lab run --do "laptop: dnsperf -s 198.18.1.53 -d $work/queries -l $seconds -c 8 -q 64 $cap" \
    > "$work/run.txt"
end=$(date +%s.%N)
grep -E "Queries completed|Queries per second" "$work/run.txt" | sed 's/^laptop| */dnsperf: /'
captured=$(sed -n 's/^Captured \([0-9]*\) frames; the kernel dropped \([0-9]*\)\./\1/p' "$work/run.txt")
dropped=$(sed -n 's/^Captured \([0-9]*\) frames; the kernel dropped \([0-9]*\)\./\2/p' "$work/run.txt")
fps=$(echo "$captured / $seconds" | bc)
echo "capture: $captured frames in about $seconds s of load = $fps frames/s; kernel drops: $dropped"
echo "(whole lab run: $(echo "$end - $start" | bc) s)"
