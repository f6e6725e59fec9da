#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# Builds the fuzz preset (clang, libFuzzer + ASan + UBSan) and runs every tests/fuzz/fuzz_*.cpp
# target for SECONDS each, starting from its seed corpus, and prints how many inputs each ran.
# New interesting inputs go to BUILD/fuzz-corpus/<name>/ (the seed corpus in the source tree
# is only read); crashes go to BUILD/fuzz-artifacts/<name>/ and make the script fail.
#
# Usage: tests/fuzz/run_fuzzers.sh SECONDS
# Environment: HOPSCOPE_FUZZ_BUILD_DIR  build directory instead of the preset's build/fuzz
#              HOPSCOPE_JOBS            parallel compile jobs (default 2)
set -euo pipefail

if [[ $# -ne 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 SECONDS" >&2
    exit 2
fi
seconds=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
jobs=${HOPSCOPE_JOBS:-2}

if [[ -n ${HOPSCOPE_FUZZ_BUILD_DIR:-} ]]; then
    build=$HOPSCOPE_FUZZ_BUILD_DIR
    # The same settings as the fuzz preset in CMakePresets.json.
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DHOPSCOPE_FUZZ=ON -DHOPSCOPE_BUILD_GUI=OFF \
        -DHOPSCOPE_BUILD_TESTS=OFF >/dev/null
else
    build=$root/build/fuzz
    (cd "$root" && cmake --preset fuzz >/dev/null)
fi

targets=()
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
    [[ -e $source ]] || continue
    targets+=("$(basename "$source" .cpp)")
done
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "no fuzz targets in $root/tests/fuzz" >&2
    exit 1
fi
cmake --build "$build" --target "${targets[@]}" -j "$jobs"

status=0
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    work=$build/fuzz-corpus/$name
    artifacts=$build/fuzz-artifacts/$name
    log=$build/fuzz-logs/$target.log
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    corpora=("$work")
    if [[ -d $root/tests/fuzz/corpus/$name ]]; then
        corpora+=("$root/tests/fuzz/corpus/$name")
    fi
    result=ok
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "${corpora[@]}" >"$log" 2>&1; then
        result=FAILED
        status=1
    fi
    execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
    rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
    coverage=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 || true)
    printf '%-16s %-6s %12s execs in %s s (%s exec/s, %s, corpus %s files)\n' "$target" "$result" \
        "${execs:-?}" "$seconds" "${rate:-?}" "${coverage:-cov: ?}" \
        "$(find "$work" -type f | wc -l)"
    if [[ $result != ok ]]; then
        echo "--- last lines of $log:"
        tail -n 40 "$log"
    fi
done
exit $status
