// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "../support/peer_tool.h"
#include "zones_and_queries.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hopscope::dns {
namespace {

// Runs a shell command with bounded time; returns its exit status and output.
std::pair<int, std::string> run(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) {
        return {-1, "popen failed"};
    }
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe)) {
        output += buffer.data();
    }
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// Every zone the default scenario ships must pass BIND's own checker, with its integrity
// checks made fatal. "-i local" keeps it from looking names up on the network.
TEST(ShippedZones, PassNamedCheckzone) {
    HOPSCOPE_REQUIRE_PEER_TOOL("named-checkzone");
    const Scenario scenario = testing::defaultScenario();
    std::size_t checked = 0;
    for (const auto& server : scenario.servers()) {
        for (const auto& zone : server.zones) {
            const std::string command =
                "timeout 30 named-checkzone -i local -k fail -n fail -m fail -M fail -S fail "
                "-r fail '" +
                zone.origin.toText() + "' '" + zone.file.string() + "'";
            const auto [status, output] = run(command);
            EXPECT_EQ(status, 0) << command << "\n" << output;
            EXPECT_NE(output.find("OK"), std::string::npos) << output;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 9u); // root twice, com, net, org, foobar.com, example.com, two more
}

// named-checkzone agrees with our parser on a broken zone, so the test above can fail.
TEST(ShippedZones, NamedCheckzoneRejectsWhatWeReject) {
    HOPSCOPE_REQUIRE_PEER_TOOL("named-checkzone");
    const auto dir =
        std::filesystem::temp_directory_path() / ("hopscope-zone-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = dir / "bad.zone";
    const char* text = "$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"
                       "www CNAME @\nwww A 192.0.2.2\n";
    {
        std::ofstream out(file);
        out << text;
    }
    const auto [status, output] =
        run("timeout 30 named-checkzone -i local example.com '" + file.string() + "'");
    EXPECT_NE(status, 0) << output;
    EXPECT_FALSE(Zone::fromText(text, testing::name("example.com.")).ok());
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace hopscope::dns
