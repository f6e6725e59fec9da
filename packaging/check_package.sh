#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Hopscope developers
#
# Builds the .deb from a build tree, validates its desktop files, installs it into a scratch
# root with dpkg (so the machine's packages are untouched) and runs the installed binaries.
set -euo pipefail
build=${1:?usage: check_package.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/hopscope_*.deb)
echo "package: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "$depends" | grep -q 'libqt6widgets6' || { echo "Depends lacks Qt (shlibdeps did not run)"; exit 1; }
for needed in iproute2 nftables util-linux; do
    echo "$depends" | grep -q "$needed" || { echo "Depends lacks $needed (the lab helper runs it)"; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
desktop=$(ls "$work"/root/usr/share/applications/*.desktop)
metainfo=$(ls "$work"/root/usr/share/metainfo/*.metainfo.xml)
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
test -f "$work"/root/usr/share/icons/hicolor/scalable/apps/io.github.hopscope.Hopscope.svg
test -f "$work"/root/usr/share/hopscope/scenarios/default.scenario
test -x "$work"/root/usr/libexec/hopscope/hopscope-lab-helper
grep -q '^profile hopscope-lab-helper /usr/libexec/hopscope/hopscope-lab-helper' \
    "$work"/root/etc/apparmor.d/hopscope-lab-helper
grep -q '^  userns,' "$work"/root/etc/apparmor.d/hopscope-lab-helper

# A real install where we may (CI and set-up run as root), else the extracted tree.
if [ "$(id -u)" -eq 0 ]; then
    dpkg -i "$deb" >/dev/null
    QT_QPA_PLATFORM=offscreen /usr/bin/hopscope --version
    /usr/bin/hopscope-cli --version
else
    QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/hopscope" --version
fi
echo "package check passed"
