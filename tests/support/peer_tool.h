// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// Tests that check our work against an outside program (tshark, dig, nsd, curl, haproxy, wrk,
// tcpdump ...) need that program. On a developer's machine a missing one skips the test and
// names the package that brings it; under CI (CI=true) it fails the test, because a run that
// skipped every comparison with the outside world would pass without having compared anything.

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace hopscope::testing {

inline bool underCi() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && (std::string_view(ci) == "true" || std::string_view(ci) == "1");
}

// The full path of `name` on PATH or in the sbin folders, where Debian puts haproxy, nsd and
// tcpdump (not on an ordinary user's PATH).
inline std::optional<std::string> findPeerTool(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(std::string(path != nullptr ? path : "/usr/bin:/bin") +
                           ":/usr/sbin:/sbin:/usr/local/sbin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (dir.empty()) {
            continue;
        }
        const auto candidate = std::filesystem::path(dir) / name;
        if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate)) {
            return candidate.string();
        }
    }
    return std::nullopt;
}

// The Debian package that installs `tool`.
inline std::string peerToolPackage(const std::string& tool) {
    if (tool == "editcap" || tool == "capinfos" || tool == "mergecap") {
        return "wireshark-common";
    }
    if (tool == "dig") {
        return "dnsutils";
    }
    if (tool == "named-checkzone") {
        return "bind9-utils";
    }
    return tool; // tshark, tcpdump, nsd, curl, haproxy, wrk, dnsperf
}

// Why `tool` cannot be used, or nullopt when it is installed.
inline std::optional<std::string> missingPeerTool(const std::string& tool) {
    if (findPeerTool(tool)) {
        return std::nullopt;
    }
    return tool + " is not installed (apt-get install " + peerToolPackage(tool) + ")";
}

inline std::string ciFailure(const std::string& why) {
    return why + "; CI=true, where every peer tool must be installed and usable";
}

} // namespace hopscope::testing

// In a test body or SetUp(): skips (or, under CI, fails) the test when `tool` is missing.
// A macro because GTEST_SKIP() and FAIL() return from the function they are written in.
#define HOPSCOPE_REQUIRE_PEER_TOOL(tool)                                                           \
    do {                                                                                           \
        if (const auto hopscopeMissing = ::hopscope::testing::missingPeerTool(tool)) {             \
            if (::hopscope::testing::underCi()) {                                                  \
                FAIL() << ::hopscope::testing::ciFailure(*hopscopeMissing);                        \
            }                                                                                      \
            GTEST_SKIP() << *hopscopeMissing;                                                      \
        }                                                                                          \
    } while (false)

// The same for a peer that is installed but cannot do its part here (tcpdump without the
// right to capture, say): `why` says what went wrong.
#define HOPSCOPE_PEER_UNAVAILABLE(why)                                                             \
    do {                                                                                           \
        if (::hopscope::testing::underCi()) {                                                      \
            FAIL() << ::hopscope::testing::ciFailure(why);                                         \
        }                                                                                          \
        GTEST_SKIP() << (why);                                                                     \
    } while (false)
