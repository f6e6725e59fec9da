// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The state tracker against the kernel: a real connection in the lab, the tracker fed with
// the segments captured at each end's interface, and sock_diag asked in that end's namespace
// at the same moments. Both must name the same RFC 9293 state.
#include "engine/lab_tcp_conversation.h"
#include "engine/running_lab.h"
#include "engine/tcp_segment_facts.h"
#include "http/http_client_session.h"
#include "lab_with_servers.h"
#include "tcp/tcp_endpoint.h"
#include "tcp/tcp_socket_table.h"
#include "wire/ethernet_frame.h"
#include "wire/ipv4_packet.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <functional>
#include <gtest/gtest.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <ostream>
#include <sys/socket.h>
#include <sys/time.h>

namespace hopscope::tcp {
// Failure messages name the state ("SYN-SENT") instead of its bytes.
inline void PrintTo(TcpState state, std::ostream* out) {
    *out << tcpStateName(state);
}
} // namespace hopscope::tcp

using namespace hopscope;
using namespace hopscope::engine;

namespace {

const wire::Ipv4Address kSite(198, 51, 100, 10);
constexpr std::uint16_t kHttp = 80;
constexpr auto kWait = std::chrono::milliseconds(10000);

// One connection as one end names it.
struct Ends {
    wire::Ipv4Address localAddress;
    std::uint16_t localPort = 0;
    wire::Ipv4Address remoteAddress;
    std::uint16_t remotePort = 0;
};

// A captured segment of the connection, and whether that end sent it.
struct Segment {
    wire::TcpSegment tcp;
    bool sent = false;
};

std::optional<std::pair<wire::Ipv4Packet, wire::TcpSegment>>
decode(const LabTcpCapture::Frame& frame) {
    const auto ethernet = wire::EthernetFrame::decode(frame.bytes);
    if (!ethernet || ethernet->etherType != 0x0800) {
        return std::nullopt;
    }
    auto ip = wire::Ipv4Packet::decode(ethernet->payload);
    if (!ip || ip->protocol != 6) {
        return std::nullopt;
    }
    auto tcp = wire::TcpSegment::decode(ip->payload);
    if (!tcp) {
        return std::nullopt;
    }
    return std::pair{std::move(*ip), std::move(*tcp)};
}

// The connection's segments at one end's interface, in capture order: outbound ones that end
// sent, inbound ones it received (the capture's own direction flag).
std::vector<Segment> segmentsOf(const std::vector<LabTcpCapture::Frame>& frames, const Ends& e) {
    std::vector<Segment> out;
    for (const auto& frame : frames) {
        auto decoded = decode(frame);
        if (!decoded) {
            continue;
        }
        const auto& [ip, tcp] = *decoded;
        const bool outbound = ip.source == e.localAddress && tcp.sourcePort == e.localPort &&
                              ip.destination == e.remoteAddress &&
                              tcp.destinationPort == e.remotePort;
        const bool inbound = ip.source == e.remoteAddress && tcp.sourcePort == e.remotePort &&
                             ip.destination == e.localAddress && tcp.destinationPort == e.localPort;
        if (outbound || inbound) {
            EXPECT_EQ(frame.direction,
                      outbound ? wire::PacketDirection::Outbound : wire::PacketDirection::Inbound);
            out.push_back(Segment{tcp, frame.direction == wire::PacketDirection::Outbound});
        }
    }
    return out;
}

tcp::TcpState track(tcp::TcpEndpoint endpoint, const std::vector<Segment>& segments) {
    for (const auto& s : segments) {
        const auto facts = tcpSegmentFacts(s.tcp);
        s.sent ? endpoint.sent(facts) : endpoint.received(facts);
    }
    return endpoint.state();
}

// Whether `segments` hold one sent by that end (`sent`) matching `what`.
bool has(const std::vector<Segment>& segments, bool sent,
         const std::function<bool(const wire::TcpSegment&)>& what) {
    return std::any_of(segments.begin(), segments.end(),
                       [&](const Segment& s) { return s.sent == sent && what(s.tcp); });
}

bool plainAck(const wire::TcpSegment& t) {
    return t.has(wire::TcpFlag::Ack) && !t.has(wire::TcpFlag::Syn) && !t.has(wire::TcpFlag::Fin);
}

// The end's last segment is the ACK of the other's FIN (or its own FIN was acknowledged),
// after FINs both ways: the close is over on the wire.
bool closeAcknowledged(const std::vector<Segment>& segments) {
    std::optional<std::uint32_t> finEnd[2];
    for (const auto& s : segments) {
        if (s.tcp.has(wire::TcpFlag::Fin)) {
            finEnd[s.sent ? 1 : 0] =
                s.tcp.sequenceNumber + static_cast<std::uint32_t>(s.tcp.payload.size()) + 1;
        }
    }
    if (!finEnd[0] || !finEnd[1]) {
        return false;
    }
    return has(segments, true,
               [&](const wire::TcpSegment& t) {
                   return t.has(wire::TcpFlag::Ack) && t.acknowledgmentNumber == *finEnd[0];
               }) &&
           has(segments, false, [&](const wire::TcpSegment& t) {
               return t.has(wire::TcpFlag::Ack) && t.acknowledgmentNumber == *finEnd[1];
           });
}

class LabTcpStatesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(engine::testing::startLabWithServers(
            lab,
            [this](const wire::CapturePacket& packet, const wire::CaptureInterface& interface) {
                laptopCapture.add(packet, interface);
                lbCapture.add(packet, interface);
            }));
    }

    // The sock_diag socket of a node, made inside its namespace by the lab's helper.
    lab::OwnedFd diagSocket(const std::string& node) {
        auto opened = lab->session().openSocket(node, AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
        if (auto* error = std::get_if<std::string>(&opened)) {
            ADD_FAILURE() << node << ": " << *error;
            return {};
        }
        return std::move(std::get<lab::OwnedFd>(opened));
    }

    // What the kernel of `node` says of the connection; CLOSED when it has no such socket.
    static std::pair<tcp::TcpState, std::uint32_t> kernelState(const lab::OwnedFd& diag,
                                                               const Ends& e) {
        auto dumped = tcp::TcpSocketTable::dump(diag.get());
        if (auto* error = std::get_if<std::string>(&dumped)) {
            ADD_FAILURE() << *error;
            return {tcp::TcpState::Closed, 0};
        }
        for (const auto& s : std::get<std::vector<tcp::TcpSocketInfo>>(dumped)) {
            if (s.localAddress == e.localAddress.value() && s.localPort == e.localPort &&
                s.remoteAddress == e.remoteAddress.value() && s.remotePort == e.remotePort) {
                EXPECT_TRUE(s.state) << "kernel state " << int(s.kernelState);
                return {s.state.value_or(tcp::TcpState::Closed), s.timerExpiresMs};
            }
        }
        return {tcp::TcpState::Closed, 0};
    }

    // Kernel and tracker agree on `expected` for one end, else the failure says who had what.
    static void expectAgree(const std::string& node, const std::string& moment,
                            tcp::TcpState kernel, tcp::TcpState tracker, tcp::TcpState expected) {
        EXPECT_EQ(kernel, tracker)
            << node << " " << moment << ": the kernel (sock_diag) says "
            << tcp::tcpStateName(kernel) << ", the tracker fed with the capture says "
            << tcp::tcpStateName(tracker);
        EXPECT_EQ(kernel, expected)
            << node << " " << moment << ": the kernel says " << tcp::tcpStateName(kernel)
            << ", expected " << tcp::tcpStateName(expected);
    }

    LabTcpCapture laptopCapture{"laptop:eth0"};
    LabTcpCapture lbCapture{"lb:eth0"};
    std::unique_ptr<RunningLab> lab; // after the captures: it stops before they go
};

} // namespace

TEST_F(LabTcpStatesTest, TheTrackerEndsInTheKernelsStateAtBothEndsOfARealConnection) {
    lab::OwnedFd laptopDiag = diagSocket("laptop");
    lab::OwnedFd lbDiag = diagSocket("lb");
    ASSERT_TRUE(laptopDiag.valid() && lbDiag.valid());
    auto opened = lab->servers().socketsOf("laptop")->open(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(opened) << opened.error().message;
    net::FileDescriptor socket = opened.take();
    timeval timeout{20, 0};
    ::setsockopt(socket.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const sockaddr_in to = net::SocketAddress(kSite, kHttp).toSockaddr();
    ASSERT_EQ(::connect(socket.get(), reinterpret_cast<const sockaddr*>(&to), sizeof to), 0)
        << std::strerror(errno);
    sockaddr_in local{};
    socklen_t length = sizeof local;
    ASSERT_EQ(::getsockname(socket.get(), reinterpret_cast<sockaddr*>(&local), &length), 0);
    const Ends laptop{wire::Ipv4Address(ntohl(local.sin_addr.s_addr)), ntohs(local.sin_port), kSite,
                      kHttp};

    // The load balancer sees the connection from the NAT router's outside address; the port is
    // the laptop's (masquerading keeps it while it is free): find it by its SYN.
    Ends lb{kSite, kHttp, {}, 0};
    const auto synAtLb = [&](const std::vector<LabTcpCapture::Frame>& frames) {
        for (const auto& frame : frames) {
            auto d = decode(frame);
            if (d && d->second.has(wire::TcpFlag::Syn) && !d->second.has(wire::TcpFlag::Ack) &&
                d->first.destination == kSite && d->second.destinationPort == kHttp &&
                d->second.sourcePort == laptop.localPort) {
                lb.remoteAddress = d->first.source;
                lb.remotePort = d->second.sourcePort;
                return true;
            }
        }
        return false;
    };
    ASSERT_TRUE(synAtLb(lbCapture.waitFor(synAtLb, kWait))) << "no SYN from the laptop at lb:eth0";

    // 1. After connect(): the handshake's last ACK has left the laptop and reached the lb.
    auto atLaptop = segmentsOf(
        laptopCapture.waitFor(
            [&](const auto& f) { return has(segmentsOf(f, laptop), true, plainAck); }, kWait),
        laptop);
    auto atLb = segmentsOf(
        lbCapture.waitFor([&](const auto& f) { return has(segmentsOf(f, lb), false, plainAck); },
                          kWait),
        lb);
    expectAgree("laptop", "after connect", kernelState(laptopDiag, laptop).first,
                track(tcp::TcpEndpoint::active(), atLaptop), tcp::TcpState::Established);
    expectAgree("lb", "after accept", kernelState(lbDiag, lb).first,
                track(tcp::TcpEndpoint::passive(), atLb), tcp::TcpState::Established);

    // 2. One request and its answer, then the laptop closes first and the lb follows.
    http::HttpClientSession session;
    wire::HttpRequest request;
    request.target = "/";
    request.headers.add("Host", "www.foobar.com");
    session.send(request);
    const std::string_view out = session.output();
    ASSERT_EQ(::send(socket.get(), out.data(), out.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(out.size()));
    std::array<std::uint8_t, 16384> buffer{};
    std::optional<int> status;
    while (!status) {
        const ssize_t n = ::recv(socket.get(), buffer.data(), buffer.size(), 0);
        ASSERT_GT(n, 0) << "the answer did not come: " << std::strerror(errno);
        auto got = session.receive(std::span<const std::uint8_t>(buffer.data(), std::size_t(n)));
        ASSERT_FALSE(got.failed) << got.problem;
        if (!got.responses.empty()) {
            status = got.responses.front().response.status;
        }
    }
    EXPECT_EQ(status, 200);
    ASSERT_EQ(::shutdown(socket.get(), SHUT_WR), 0);
    socket.reset();
    atLaptop = segmentsOf(
        laptopCapture.waitFor(
            [&](const auto& f) { return closeAcknowledged(segmentsOf(f, laptop)); }, kWait),
        laptop);
    atLb =
        segmentsOf(lbCapture.waitFor(
                       [&](const auto& f) { return closeAcknowledged(segmentsOf(f, lb)); }, kWait),
                   lb);
    ASSERT_TRUE(closeAcknowledged(atLaptop)) << "the close did not finish at laptop:eth0";
    ASSERT_TRUE(closeAcknowledged(atLb)) << "the close did not finish at lb:eth0";
    const auto [laptopKernel, expires] = kernelState(laptopDiag, laptop);
    expectAgree("laptop", "after both FINs", laptopKernel,
                track(tcp::TcpEndpoint::active(), atLaptop), tcp::TcpState::TimeWait);
    EXPECT_GT(expires, 0U) << "TIME-WAIT's countdown";
    EXPECT_LE(expires, 60000U);
    expectAgree("lb", "after both FINs", kernelState(lbDiag, lb).first,
                track(tcp::TcpEndpoint::passive(), atLb), tcp::TcpState::Closed);
}
