// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab/lab_session.h"
#include "lab/topology.h"
#include "lab_capture_frames.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <set>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

using namespace hopscope;
using namespace hopscope::lab;
using hopscope::lab::test::FrameCollector;
using hopscope::lab::test::SeenFrame;

namespace {

std::unique_ptr<LabSession> startDefaultLab(FrameCollector& frames) {
    LabSession::Options options;
    options.topology = defaultTopology();
    options.onPacket = frames.packetSink();
    options.onStream = frames.streamSink();
    auto result = LabSession::start(std::move(options));
    if (auto* failure = std::get_if<LabFailure>(&result)) {
        ADD_FAILURE() << "the lab did not start: " << labFailureAdvice(*failure);
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<LabSession>>(result));
}

OwnedFd udpSocketIn(LabSession& lab, const std::string& node, const char* address,
                    std::uint16_t port) {
    auto result = lab.openSocket(node, AF_INET, SOCK_DGRAM, 0);
    if (auto* error = std::get_if<std::string>(&result)) {
        ADD_FAILURE() << "no socket in " << node << ": " << *error;
        return OwnedFd();
    }
    OwnedFd fd = std::move(std::get<OwnedFd>(result));
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_port = htons(port);
    ::inet_pton(AF_INET, address, &local.sin_addr);
    EXPECT_EQ(::bind(fd.get(), reinterpret_cast<sockaddr*>(&local), sizeof local), 0)
        << node << ' ' << address << ": " << std::strerror(errno);
    return fd;
}

// The computer's own interfaces and routes, to prove the lab never touches them.
std::string hostNetworkState() {
    std::ostringstream out;
    for (const char* path : {"/proc/net/dev", "/proc/net/route"}) {
        std::ifstream in(path);
        std::string line;
        while (std::getline(in, line)) {
            // Keep the names and routes, not the traffic counters, which move on their own.
            std::istringstream words(line);
            std::string first;
            std::string second;
            std::string third;
            words >> first >> second >> third;
            out << first << ' '
                << (std::string(path) == "/proc/net/route" ? second + ' ' + third : "") << '\n';
        }
    }
    return out.str();
}

bool processExists(pid_t pid) {
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

const SeenFrame* find(const std::vector<SeenFrame>& frames, const std::string& where,
                      const std::string& payload) {
    for (const auto& f : frames) {
        if (f.where == where && f.isIpv4() && f.carries(payload)) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

TEST(LabSession, BuildsTheDefaultLabAndListsItsNodes) {
    FrameCollector frames;
    auto lab = startDefaultLab(frames);
    ASSERT_TRUE(lab);
    const auto& nodes = lab->nodes();
    ASSERT_EQ(nodes.size(), defaultTopology().nodes.size());
    EXPECT_EQ(nodes.front().name, "laptop");
    for (const auto& n : nodes) {
        EXPECT_GT(n.anchor, 0) << n.name;
        EXPECT_TRUE(processExists(n.anchor)) << n.name;
    }
    EXPECT_GT(lab->buildTime().count(), 0);
    const auto running = runningLabs();
    EXPECT_NE(std::find(running.begin(), running.end(), lab->helperPid()), running.end());
    const auto queried = queryLabNodes(lab->helperPid());
    ASSERT_EQ(queried.size(), nodes.size());
    EXPECT_EQ(queried[3].name, nodes[3].name);
    EXPECT_EQ(queried[3].anchor, nodes[3].anchor);
}

TEST(LabSession, ADatagramCrossesSwitchNatAndRoutersAsTheKernelForwardsIt) {
    const std::string hostBefore = hostNetworkState();
    FrameCollector frames;
    auto lab = startDefaultLab(frames);
    ASSERT_TRUE(lab);
    OwnedFd server = udpSocketIn(*lab, "root-a", "198.41.0.4", 53);
    OwnedFd client = udpSocketIn(*lab, "laptop", "192.168.1.10", 40000);
    ASSERT_TRUE(server.valid() && client.valid());
    EXPECT_EQ(hostNetworkState(), hostBefore) << "the lab changed the computer's network";

    const std::string payload = "hello from the laptop";
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(53);
    ::inet_pton(AF_INET, "198.41.0.4", &to.sin_addr);
    ASSERT_EQ(::sendto(client.get(), payload.data(), payload.size(), 0,
                       reinterpret_cast<sockaddr*>(&to), sizeof to),
              static_cast<ssize_t>(payload.size()));
    pollfd p{server.get(), POLLIN, 0};
    ASSERT_EQ(::poll(&p, 1, 20000), 1) << "the datagram never reached the root server";
    char buffer[256];
    sockaddr_in from{};
    socklen_t fromLength = sizeof from;
    const ssize_t n = ::recvfrom(server.get(), buffer, sizeof buffer, 0,
                                 reinterpret_cast<sockaddr*>(&from), &fromLength);
    ASSERT_EQ(std::string(buffer, static_cast<std::size_t>(std::max<ssize_t>(n, 0))), payload);
    char fromText[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &from.sin_addr, fromText, sizeof fromText);
    // The root server sees the home router's public address: the NAT rewrote the source.
    EXPECT_STREQ(fromText, "198.18.0.2");

    for (const char* where :
         {"laptop:eth0", "home-switch:eth0", "home-switch:eth1", "home-router:eth0",
          "home-router:eth1", "isp-router:eth0", "isp-router:eth2", "root-a:eth0"}) {
        ASSERT_TRUE(frames.waitFor([&](const SeenFrame& f) {
            return f.where == where && f.isIpv4() && f.carries(payload);
        })) << "the capture never showed the datagram at "
            << where;
    }
    const auto seen = frames.frames();
    const SeenFrame* sent = find(seen, "laptop:eth0", payload);
    const SeenFrame* switchIn = find(seen, "home-switch:eth0", payload);
    const SeenFrame* switchOut = find(seen, "home-switch:eth1", payload);
    const SeenFrame* natIn = find(seen, "home-router:eth0", payload);
    const SeenFrame* natOut = find(seen, "home-router:eth1", payload);
    const SeenFrame* ispIn = find(seen, "isp-router:eth0", payload);
    const SeenFrame* ispOut = find(seen, "isp-router:eth2", payload);
    const SeenFrame* arrived = find(seen, "root-a:eth0", payload);
    ASSERT_TRUE(sent && switchIn && switchOut && natIn && natOut && ispIn && ispOut && arrived);
    EXPECT_EQ(sent->direction, wire::PacketDirection::Outbound);
    EXPECT_EQ(switchIn->direction, wire::PacketDirection::Inbound);
    EXPECT_EQ(arrived->direction, wire::PacketDirection::Inbound);

    // The switch forwards the frame unchanged.
    EXPECT_EQ(switchIn->bytes, switchOut->bytes);
    EXPECT_EQ(sent->bytes, switchIn->bytes);
    // The laptop addresses the frame to its router's MAC, from its own.
    const Topology t = defaultTopology();
    EXPECT_EQ(sent->sourceMac(), t.node("laptop")->interfaces[0].mac.toString());
    EXPECT_EQ(sent->destinationMac(), t.node("home-router")->interfaces[0].mac.toString());
    EXPECT_EQ(sent->ttl(), 64);
    EXPECT_EQ(sent->source(), "192.168.1.10");
    // The NAT router: TTL one less, both MACs new, the source its public address.
    EXPECT_EQ(natOut->ttl(), 63);
    EXPECT_EQ(natOut->source(), "198.18.0.2");
    EXPECT_EQ(natOut->destination(), "198.41.0.4");
    EXPECT_EQ(natOut->sourceMac(), t.node("home-router")->interfaces[1].mac.toString());
    EXPECT_EQ(natOut->destinationMac(), t.node("isp-router")->interfaces[0].mac.toString());
    // Each further router: TTL one less and new MACs, addresses kept.
    EXPECT_EQ(ispOut->ttl(), 62);
    EXPECT_EQ(ispOut->source(), "198.18.0.2");
    EXPECT_EQ(ispOut->sourceMac(), t.node("isp-router")->interfaces[2].mac.toString());
    EXPECT_EQ(ispOut->destinationMac(), t.node("core-router")->interfaces[0].mac.toString());
    EXPECT_EQ(arrived->ttl(), 61);
    EXPECT_EQ(arrived->destinationMac(), t.node("root-a")->interfaces[0].mac.toString());

    // ARP really happened where the laptop first spoke to its router.
    EXPECT_TRUE(std::any_of(seen.begin(), seen.end(), [](const SeenFrame& f) {
        return f.where == "laptop:eth0" && f.bytes.size() >= 14 && f.bytes[12] == 0x08 &&
               f.bytes[13] == 0x06;
    }));

    const auto stats = lab->captureStats();
    ASSERT_TRUE(stats);
    EXPECT_GE(stats->received, 10U);
    EXPECT_EQ(stats->dropped, 0U);
    lab->stop();
    EXPECT_EQ(hostNetworkState(), hostBefore);
}

TEST(LabSession, TheCaptureStreamNamesEveryInterfaceAndEndsCleanly) {
    FrameCollector frames;
    auto lab = startDefaultLab(frames);
    ASSERT_TRUE(lab);
    lab->stop();
    EXPECT_EQ(lab->captureError(), "");
    const auto bytes = frames.streamBytes();
    ASSERT_GE(bytes.size(), 28U);
    // A pcapng Section Header Block opens the stream.
    EXPECT_EQ(bytes[0], 0x0A);
    EXPECT_EQ(bytes[1], 0x0D);
    EXPECT_EQ(bytes[2], 0x0D);
    EXPECT_EQ(bytes[3], 0x0A);
    const std::string text(bytes.begin(), bytes.end());
    for (const auto& node : defaultTopology().nodes) {
        for (const auto& i : node.interfaces) {
            EXPECT_NE(text.find(node.name + ':' + i.name), std::string::npos)
                << "no interface block for " << node.name << ':' << i.name;
        }
    }
}

TEST(LabSession, NothingIsLeftAfterStop) {
    pid_t helper = -1;
    std::vector<pid_t> anchors;
    {
        FrameCollector frames;
        auto lab = startDefaultLab(frames);
        ASSERT_TRUE(lab);
        helper = lab->helperPid();
        for (const auto& n : lab->nodes()) {
            anchors.push_back(n.anchor);
        }
    } // the destructor stops the lab
    EXPECT_FALSE(processExists(helper));
    for (const pid_t anchor : anchors) {
        EXPECT_FALSE(processExists(anchor)) << anchor;
    }
    const auto running = runningLabs();
    EXPECT_EQ(std::find(running.begin(), running.end(), helper), running.end());
}

TEST(LabSession, AMissingHelperIsReportedAsSuch) {
    LabSession::Options options;
    options.topology = defaultTopology();
    options.helperPath = "/nonexistent/hopscope-lab-helper";
    auto result = LabSession::start(std::move(options));
    ASSERT_TRUE(std::holds_alternative<LabFailure>(result));
    EXPECT_EQ(std::get<LabFailure>(result).code, LabFailureCode::HelperMissing);
}

TEST(LabSession, ATopologyTheKernelWouldRefuseIsRefusedWithItsProblems) {
    LabSession::Options options;
    options.topology = defaultTopology();
    options.topology.nodes[0].routes[0].gateway = wire::Ipv4Address(10, 9, 9, 9);
    auto result = LabSession::start(std::move(options));
    ASSERT_TRUE(std::holds_alternative<LabFailure>(result));
    const auto& failure = std::get<LabFailure>(result);
    EXPECT_EQ(failure.code, LabFailureCode::SetupFailed);
    EXPECT_NE(failure.detail.find("gateway 10.9.9.9 is on no network of the node"),
              std::string::npos)
        << failure.detail;
}
