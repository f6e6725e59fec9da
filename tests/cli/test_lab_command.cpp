// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "../support/peer_tool.h"
#include "cli/command.h"
#include "cli_run.h"
#include "lab_process.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <gtest/gtest.h>
#include <poll.h>
#include <sstream>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using hopscope::testing::CliRun;
using hopscope::testing::runCli;

std::string shell(const std::string& command) {
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        std::size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
            output.append(buffer.data(), n);
        }
        ::pclose(pipe);
    }
    return output;
}

std::string tempCapture(const char* name) {
    return (std::filesystem::temp_directory_path() /
            (std::string(name) + '-' + std::to_string(::getpid()) + ".pcapng"))
        .string();
}

// tshark's count of frames matching `filter` in `file`. A lab capture holds each frame once at
// every interface it crossed; with TCP's sequence analysis on, tshark would take each copy
// after the first for a retransmission and not dissect its HTTP again. A tshark that fails (a
// filter it refuses, a file it cannot read) fails the test: its empty output would otherwise
// read as "no frame matched", and a count expected to be 0 would pass.
int tsharkCount(const std::string& file, const std::string& filter) {
    const std::string command =
        "tshark -n -r '" + file +
        "' -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE -o udp.check_checksum:TRUE"
        " -o tcp.analyze_sequence_numbers:FALSE -Y '" +
        filter + "' -T fields -e frame.number 2>/dev/null";
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        ADD_FAILURE() << "cannot run tshark: " << std::strerror(errno);
        return -1;
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        output.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        ADD_FAILURE() << "tshark failed (exit status " << status << "): " << command;
        return -1;
    }
    return static_cast<int>(std::count(output.begin(), output.end(), '\n'));
}

} // namespace

TEST(LabCommand, DigOnTheLaptopGetsTheCnameAndAddressesFromTheLabsResolver) {
    HOPSCOPE_REQUIRE_PEER_TOOL("dig");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const std::string capture = tempCapture("lab-dig");
    const CliRun run = runCli(
        {"lab", "run", "--do", "laptop: dig +noall +answer www.foobar.com", "--save", capture});
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("laptop$ dig +noall +answer www.foobar.com"), std::string::npos);
    EXPECT_NE(run.out.find("laptop| www.foobar.com.\t\t300\tIN\tCNAME\tfoobar.com."),
              std::string::npos)
        << run.out;
    for (const char* a : {"198.51.100.10", "198.51.100.11", "198.51.100.12"}) {
        EXPECT_NE(run.out.find(std::string("laptop| foobar.com.\t\t3600\tIN\tA\t") + a),
                  std::string::npos)
            << run.out;
    }
    EXPECT_NE(run.out.find("the kernel dropped 0."), std::string::npos) << run.out;

    // tshark reads every frame clean: nothing malformed, every checksum right. Checked (status
    // 1, good) on every frame of its protocol, not merely never wrong (status 0): a checksum
    // tshark could not verify would be neither.
    EXPECT_GT(tsharkCount(capture, "dns"), 20);
    EXPECT_EQ(tsharkCount(capture, "_ws.malformed || _ws.expert.severity == error"), 0);
    EXPECT_EQ(tsharkCount(capture, "ip.checksum.status == 0 || udp.checksum.status == 0 || "
                                   "tcp.checksum.status == 0"),
              0);
    for (const std::string protocol : {"ip", "udp", "tcp"}) {
        EXPECT_EQ(tsharkCount(capture, protocol + ".checksum.status == 1"),
                  tsharkCount(capture, protocol))
            << protocol;
    }
    // The laptop's query leaves the NAT router from its public address, one hop older, and the
    // answer comes back translated to the laptop.
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"home-router:eth1\" && "
                                   "ip.src == 198.18.0.2 && ip.ttl == 63 && "
                                   "dns.qry.name == \"www.foobar.com\" && dns.flags.response == 0"),
              1);
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"laptop:eth0\" && "
                                   "ip.dst == 192.168.1.10 && dns.flags.response == 1 && "
                                   "dns.cname == \"foobar.com\""),
              1);
    std::filesystem::remove(capture);
}

TEST(LabCommand, CurlOnTheLaptopGetsTheSiteFromABackendThroughNatAndTheLoadBalancer) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const std::string capture = tempCapture("lab-curl");
    const CliRun run = runCli({"lab", "run", "--do",
                               "laptop: curl -s -m 30 -o /dev/null -w 'status %{http_code} from "
                               "%{remote_ip}\\n' http://www.foobar.com/",
                               "--save", capture});
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("laptop| status 200 from 198.51.100.1"), std::string::npos) << run.out;
    EXPECT_EQ(tsharkCount(capture, "_ws.malformed || _ws.expert.severity == error"), 0);
    EXPECT_EQ(tsharkCount(capture, "ip.checksum.status == 0 || tcp.checksum.status == 0"), 0);
    for (const std::string protocol : {"ip", "tcp"}) {
        EXPECT_EQ(tsharkCount(capture, protocol + ".checksum.status == 1"),
                  tsharkCount(capture, protocol))
            << protocol;
    }
    // The kernel's handshake from the laptop; at the load balancer it comes from the NAT
    // router's public address; the load balancer asks a web server from its inside address.
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"laptop:eth0\" && "
                                   "tcp.flags.syn == 1 && tcp.flags.ack == 0 && "
                                   "ip.src == 192.168.1.10 && tcp.dstport == 80"),
              1);
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"lb:eth0\" && "
                                   "ip.src == 198.18.0.2 && http.request.method == \"GET\" && "
                                   "http.host == \"www.foobar.com\""),
              1);
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"lb:eth1\" && ip.src == 10.0.0.1 && "
                                   "http.request.method == \"GET\" && tcp.dstport == 80"),
              1);
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"laptop:eth0\" && "
                                   "ip.dst == 192.168.1.10 && http.response.code == 200"),
              1);
    std::filesystem::remove(capture);
}

TEST(LabCommand, DropFirstSynMakesCurlsKernelSendItAgainAndCurlStillGetsThePage) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const std::string capture = tempCapture("lab-drop-syn");
    const CliRun run = runCli({"lab", "run", "--fault", "drop-first-syn", "--do",
                               "laptop: curl -s -m 30 -o /dev/null -w 'status %{http_code}\\n' "
                               "http://www.foobar.com/",
                               "--save", capture});
    ASSERT_EQ(run.code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("laptop| status 200"), std::string::npos) << run.out;
    const std::string times =
        shell("tshark -n -r '" + capture +
              "' -Y 'frame.interface_name == \"laptop:eth0\" && tcp.flags.syn == 1 && "
              "tcp.flags.ack == 0' -T fields -e frame.time_epoch -e tcp.srcport 2>/dev/null");
    std::istringstream lines(times);
    double first = 0;
    double second = 0;
    std::string firstPort;
    std::string secondPort;
    ASSERT_TRUE(lines >> first >> firstPort >> second >> secondPort) << times;
    // The same connection (port) tried again by the kernel's SYN timer, about a second later.
    EXPECT_EQ(firstPort, secondPort);
    EXPECT_GT(second - first, 0.8) << times;
    EXPECT_LT(second - first, 1.5) << times;
    // Only the second reached the load balancer.
    EXPECT_EQ(tsharkCount(capture, "frame.interface_name == \"lb:eth0\" && tcp.flags.syn == 1 && "
                                   "tcp.flags.ack == 0"),
              1);
    std::filesystem::remove(capture);
}

TEST(LabCommand, AResetFaultRefusesTheConnectionAndTheCaptureHoldsTheRst) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const std::string capture = tempCapture("lab-reset");
    const CliRun run = runCli({"lab", "run", "--fault", "reset", "--do",
                               "laptop: curl -s -m 10 http://198.51.100.10/", "--save", capture});
    // curl's 7: it could not connect (refused), not 28 (timed out).
    EXPECT_EQ(run.code, 7) << run.out << run.err;
    EXPECT_NE(run.out.find("Fault reset in home-router."), std::string::npos) << run.out;
    EXPECT_GE(tsharkCount(capture, "frame.interface_name == \"laptop:eth0\" && "
                                   "tcp.flags.reset == 1 && ip.src == 198.51.100.10"),
              1);
    EXPECT_EQ(tsharkCount(capture, "frame.interface_name == \"lb:eth0\" && tcp"), 0)
        << "the SYN should not have reached the load balancer";
    std::filesystem::remove(capture);
}

TEST(LabCommand, BadFaultsAndMissingLabsAreExplained) {
    const CliRun fault = runCli({"lab", "run", "--fault", "explode", "--do", "laptop: true"});
    EXPECT_EQ(fault.code, 2);
    EXPECT_NE(fault.err.find("unknown fault 'explode'; accepted: drop-first-syn"),
              std::string::npos)
        << fault.err;
    const CliRun node = runCli({"lab", "run", "--do", "nowhere: true"});
    EXPECT_EQ(node.code, 2);
    EXPECT_NE(node.err.find("the lab has no node \"nowhere\""), std::string::npos) << node.err;
    const CliRun usage = runCli({"lab"});
    EXPECT_EQ(usage.code, 2);
    EXPECT_NE(usage.err.find("hopscope-cli lab up"), std::string::npos);
}

TEST(LabCommand, UpPrintsEveryNodeWithItsInterfacesAndRoutes) {
    const CliRun run = runCli({"lab", "up", "--duration", "0.2"});
    ASSERT_EQ(run.code, 0) << run.err;
    for (const char* line : {"laptop         host",
                             "    eth0  02:4c:41:42:01:00  192.168.1.10/24  -> home-switch:eth0",
                             "home-router    nat-gateway", "root-a         root",
                             "lb             load-balancer", "The lab is up", "The lab is gone"}) {
        EXPECT_NE(run.out.find(line), std::string::npos) << line << "\n" << run.out;
    }
}

namespace {

const std::string& kCli = hopscope::testing::kCliProgram;
using hopscope::testing::LabProcess;

// The children of `parent` (pgrep -P).
std::vector<pid_t> childrenOf(pid_t parent) {
    std::vector<pid_t> pids;
    std::istringstream in(shell("pgrep -P " + std::to_string(parent)));
    pid_t pid = 0;
    while (in >> pid) {
        pids.push_back(pid);
    }
    return pids;
}

// Waits (bounded) until every pid has ended: a pidfd becomes readable when its process exits,
// whoever its parent is.
bool waitGone(const std::vector<pid_t>& pids) {
    for (const pid_t pid : pids) {
        const int fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
        if (fd < 0) {
            if (errno == ESRCH) {
                continue; // already gone
            }
            return false;
        }
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 10000);
        ::close(fd);
        if (ready != 1) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST(LabCommand, KillingTheAppTakesTheLabWithIt) {
    for (const int signal : {SIGTERM, SIGKILL}) {
        LabProcess app;
        ASSERT_TRUE(app.waitForLine("The lab is up")) << "the lab never came up";
        // The app's child is the helper; the helper's children are the nodes' anchors.
        const std::vector<pid_t> mine = childrenOf(app.pid);
        ASSERT_EQ(mine.size(), 1U) << "the app should have one child, the lab helper";
        std::vector<pid_t> inside = mine;
        for (const pid_t anchor : childrenOf(mine.front())) {
            inside.push_back(anchor);
        }
        EXPECT_GT(inside.size(), 20U);
        ::kill(app.pid, signal);
        ::waitpid(app.pid, nullptr, 0);
        app.pid = -1;
        EXPECT_TRUE(waitGone(inside))
            << "processes of the lab outlived the app (signal " << signal << ")";
        for (const pid_t helper : mine) {
            EXPECT_EQ(shell("grep -c '@hopscope-lab/[0-9]*/" + std::to_string(helper) +
                            "$' /proc/net/unix"),
                      "0\n");
        }
    }
}

TEST(LabCommand, RefusedUserNamespacesAreExplained) {
    HOPSCOPE_REQUIRE_PEER_TOOL("unshare");
    // A user namespace whose limit is zero: what `sysctl user.max_user_namespaces=0` does.
    const std::string out =
        shell("unshare --user --map-root-user sh -c 'echo 0 > /proc/sys/user/max_user_namespaces "
              "&& exec \"" +
              kCli + "\" lab up --duration 0' 2>&1; echo \"exit=$?\"");
    EXPECT_NE(out.find("the lab cannot start"), std::string::npos) << out;
    EXPECT_NE(out.find("user.max_user_namespaces"), std::string::npos) << out;
    EXPECT_NE(out.find("exit=1"), std::string::npos) << out;
}
