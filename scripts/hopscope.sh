#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# One entry point for a fresh Debian 12 machine:
#   scripts/hopscope.sh run    install what is missing, build, start the app (default scenario)
#   scripts/hopscope.sh test   install what is missing, build, run every test
# A second run is incremental (ccache + the existing build tree).
set -euo pipefail

mode=${1:-run}
shift || true
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
# ccache keys with paths relative to the clone, so a fresh clone in another folder (CI's) still
# finds what an earlier build of the same sources left in the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$top}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

build_deps=(cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev libspdlog-dev libgtest-dev libgmock-dev
    libpcap-dev libgl-dev qt6-qpa-plugins nftables iproute2 util-linux)
test_deps=(xvfb xauth imagemagick tshark tcpdump dnsutils bind9-utils nsd dnsperf curl wrk haproxy
    desktop-file-utils appstream dpkg-dev file clang libclang-rt-14-dev
    traceroute iputils-ping)

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done
}

install_packages() {
    local missing
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Not root and no sudo: as root, run" >&2
            echo "  apt-get update && apt-get install -y $missing" >&2
            echo "then run this script again." >&2
            exit 1
        fi
    fi
    # wireshark-common asks whether non-root users may capture; keep the default (no).
    echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo[@]}" debconf-set-selections 2>/dev/null || true
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

build() {
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" "$@"
}

case "$mode" in
run)
    install_packages "${build_deps[@]}"
    build default --target hopscope hopscope-cli
    exec "$top/build/default/src/gui/hopscope" "$@"
    ;;
test)
    install_packages "${build_deps[@]}" "${test_deps[@]}"
    # Every stage's wall time, printed at the end: a full run must stay under 30 minutes on
    # two cores.
    stage_names=()
    stage_seconds=()
    stage() {
        local name=$1 start=$SECONDS
        shift
        echo "== $name"
        "$@"
        stage_names+=("$name")
        stage_seconds+=($((SECONDS - start)))
    }
    # The lab again as an ordinary user (nobody), which proves the user-namespace path: the
    # test and its helper are copied where that user can reach them.
    lab_as_nobody() {
        local labcopy
        labcopy=$(mktemp -d)
        cp build/default/tests/lab_tests build/default/src/lab/helper/hopscope-lab-helper "$labcopy/"
        chmod 755 "$labcopy" "$labcopy"/*
        (cd "$labcopy" && HOPSCOPE_LAB_HELPER="$labcopy/hopscope-lab-helper" \
            setpriv --reuid=65534 --regid=65534 --clear-groups ./lab_tests --gtest_brief=1)
        rm -rf "$labcopy"
    }
    # The lab helper must stay single-threaded to create its user namespace, and the
    # sanitizers' runtimes may start threads of their own: the sanitizer runs drive the default
    # build's helper.
    default_helper="$top/build/default/src/lab/helper/hopscope-lab-helper"
    # Each test runs once: a test that needs a second try to pass is a failing test.
    stage "build (default)" build default
    stage "tests (default)" ctest --preset default
    stage "lab as nobody" lab_as_nobody
    # Every non-GUI test binary again under AddressSanitizer + UBSan.
    stage "build (asan)" build asan
    stage "tests (asan)" env HOPSCOPE_LAB_HELPER="$default_helper" ctest --preset asan
    # The trace, the balancer, the engine's threads and the lab again under ThreadSanitizer.
    stage "build (tsan)" build tsan --target trace_tests balance_tests engine_tests lab_tests
    stage "tests (tsan)" env HOPSCOPE_LAB_HELPER="$default_helper" \
        ctest --preset tsan -L 'trace|balance|engine|lab'
    # Packaging: the .deb builds, its desktop files validate, it installs and runs.
    stage "package" bash "$top/packaging/check_package.sh" "$top/build/default"
    echo "Stage times:"
    total=0
    for i in "${!stage_names[@]}"; do
        printf '  %-18s %4d s\n' "${stage_names[$i]}" "${stage_seconds[$i]}"
        total=$((total + stage_seconds[i]))
    done
    printf '  %-18s %4d s\n' "total" "$total"
    echo "All test stages passed."
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
