// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The frames the engine records for the lessons, as Wireshark sees them: a real lookup through
// the in-process hierarchy and real requests through the load balancer, saved with --save,
// must dissect in tshark with every checksum right and no malformed packet or expert warning.
// Skipped when tshark is not installed (failed under CI).
#include "interop_support.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <unistd.h>

namespace hopscope::interop {
namespace {

class TsharkEngineFrames : public ::testing::Test {
protected:
    void SetUp() override {
        HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
        m_dir = std::filesystem::temp_directory_path() /
                ("hopscope-tshark-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    // The frames (number and info) tshark's display `filter` keeps, with checksums verified.
    // tshark failing (a filter or preference it refuses, a file it cannot read) fails the test:
    // its empty output would read as "nothing flagged".
    static std::string matching(const std::string& path, const std::string& filter) {
        // tshark's stderr (a warning about running as root) is not its output.
        const auto r =
            runTool("{ tshark -r '" + path +
                    "' -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE"
                    " -o udp.check_checksum:TRUE -Y '" +
                    filter + "' -T fields -e frame.number -e _ws.col.Info 2>/dev/null; }");
        EXPECT_EQ(r.code, 0) << "tshark -Y '" << filter << "' on " << path << ":\n" << r.out;
        return r.out;
    }
    // Frames tshark flags; empty when all is well.
    static std::string flagged(const std::string& path) {
        return matching(path, "_ws.expert.severity >= warning || _ws.malformed");
    }
    // How many frames have every checksum of `filter` checked and good (status 1): not being
    // flagged alone holds for a checksum tshark could not verify as well.
    static std::size_t verified(const std::string& path, const std::string& filter) {
        const std::string out = matching(path, filter);
        return static_cast<std::size_t>(std::count(out.begin(), out.end(), '\n'));
    }
    // tshark's protocol column, one entry per frame.
    static std::vector<std::string> protocols(const std::string& path) {
        const auto r =
            runTool("{ tshark -r '" + path + "' -T fields -e _ws.col.Protocol 2>/dev/null; }");
        std::vector<std::string> out;
        std::istringstream in(r.out);
        for (std::string line; std::getline(in, line);) {
            out.push_back(line);
        }
        return out;
    }

    std::filesystem::path m_dir;
};

TEST_F(TsharkEngineFrames, ALookupDownTheHierarchyIsCleanDns) {
    // A CNAME chain, a glueless delegation and a name that does not exist.
    std::size_t frames = 0;
    for (const std::string name : {"www.foobar.com", "www.example.org", "nope.foobar.com"}) {
        const std::string path = (m_dir / (name + ".pcapng")).string();
        const auto r = runCli({"resolve", name, "--save", path, "--timeout", "10000"});
        ASSERT_TRUE(r.code == 0 || name.starts_with("nope")) << r.out;
        ASSERT_TRUE(std::filesystem::exists(path)) << r.out;
        EXPECT_EQ(flagged(path), "") << name;
        const auto seen = protocols(path);
        ASSERT_GE(seen.size(), 2U) << name;
        EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()), std::set<std::string>{"DNS"})
            << name;
        EXPECT_EQ(verified(path, "ip.checksum.status == 1 && udp.checksum.status == 1"),
                  seen.size())
            << name;
        frames += seen.size();
    }
    EXPECT_GE(frames, 12U);
}

TEST_F(TsharkEngineFrames, LoadBalancedRequestsAreCleanHttp) {
    const std::string path = (m_dir / "lb.pcapng").string();
    const auto r = runCli(
        {"lb", "--listen", "127.0.0.1:0", "--load", "4", "--duration", "1.5", "--save", path});
    ASSERT_EQ(r.code, 0) << r.out;
    ASSERT_TRUE(std::filesystem::exists(path)) << r.out;
    EXPECT_EQ(flagged(path), "");
    const auto seen = protocols(path);
    // Four frames a sampled request (client -> LB -> backend and back), all HTTP.
    ASSERT_GE(seen.size(), 8U);
    EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()), std::set<std::string>{"HTTP"});
    EXPECT_EQ(verified(path, "ip.checksum.status == 1 && tcp.checksum.status == 1"), seen.size());
}

} // namespace
} // namespace hopscope::interop
