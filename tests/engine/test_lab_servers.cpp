// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/lab_servers.h"
#include "engine/net/udp_socket.h"
#include "engine/resource_locator.h"
#include "lab/lab_session.h"
#include "lab/topology.h"
#include "wire/dns_message.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <poll.h>

using namespace hopscope;
using namespace hopscope::engine;

namespace {

dns::Scenario defaultScenario() {
    const auto path = ResourceLocator::defaultScenario();
    if (!path) {
        throw std::runtime_error("no default scenario");
    }
    auto loaded = dns::Scenario::load(*path);
    if (!loaded.ok()) {
        throw std::runtime_error(loaded.errors.front().toString());
    }
    return std::move(*loaded.scenario);
}

std::unique_ptr<lab::LabSession> startLab() {
    lab::LabSession::Options options;
    options.topology = lab::defaultTopology();
    auto result = lab::LabSession::start(std::move(options));
    if (auto* failure = std::get_if<lab::LabFailure>(&result)) {
        ADD_FAILURE() << lab::labFailureAdvice(*failure);
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<lab::LabSession>>(result));
}

// One query from the laptop to `server`:53, as a stub resolver sends it; the decoded answer.
std::optional<wire::DnsMessage> ask(LabServers& servers, const char* server, const char* name,
                                    wire::DnsType type, bool recursive) {
    auto socket = net::UdpSocket::bind({wire::Ipv4Address(192, 168, 1, 10), 0}, false,
                                       servers.socketsOf("laptop"));
    if (!socket) {
        ADD_FAILURE() << socket.error().message;
        return std::nullopt;
    }
    net::UdpSocket udp = socket.take();
    const auto query = wire::DnsMessage::query(0x4242, *wire::DnsName::parse(name), type,
                                               wire::DnsClass::IN, recursive)
                           .encode();
    const auto sent =
        udp.sendTo(*query, {*wire::Ipv4Address::parse(server), static_cast<std::uint16_t>(53)});
    EXPECT_TRUE(sent.ok()) << sent.error.message();
    pollfd p{udp.fd(), POLLIN, 0};
    if (::poll(&p, 1, 20000) != 1) {
        ADD_FAILURE() << "no answer from " << server;
        return std::nullopt;
    }
    std::vector<std::uint8_t> buffer(4096);
    net::SocketAddress from;
    const auto received = udp.receiveFrom(buffer, from);
    buffer.resize(received.bytes);
    EXPECT_EQ(from.toString(), std::string(server) + ":53");
    auto decoded = wire::DnsMessage::decode(buffer);
    EXPECT_TRUE(decoded.ok()) << decoded.problem;
    return decoded.message;
}

} // namespace

TEST(LabServers, TheRootServerAnswersAtItsRealAddressInsideTheLab) {
    auto lab = startLab();
    ASSERT_TRUE(lab);
    LabServers servers(*lab);
    const auto problems = servers.start(defaultScenario());
    ASSERT_TRUE(problems.empty()) << problems.front();
    const auto reply = ask(servers, "198.41.0.4", "www.foobar.com", wire::DnsType::A, false);
    ASSERT_TRUE(reply);
    // The root refers the laptop to the .com servers.
    EXPECT_TRUE(reply->answers.empty());
    ASSERT_FALSE(reply->authorities.empty());
    EXPECT_EQ(reply->authorities.front().name.toText(), "com.");
}

TEST(LabServers, TheLaptopsResolverWalksTheHierarchyThroughTheNatAndRouters) {
    auto lab = startLab();
    ASSERT_TRUE(lab);
    LabServers servers(*lab);
    const auto problems = servers.start(defaultScenario());
    ASSERT_TRUE(problems.empty()) << problems.front();
    const auto reply = ask(servers, "198.18.1.53", "www.foobar.com", wire::DnsType::A, true);
    ASSERT_TRUE(reply);
    std::vector<std::string> records;
    for (const auto& r : reply->answers) {
        records.push_back(r.toPresentation());
    }
    ASSERT_EQ(records.size(), 4U);
    EXPECT_EQ(records[0], "www.foobar.com. 300 IN CNAME foobar.com.");
    std::sort(records.begin() + 1, records.end());
    EXPECT_EQ(records[1], "foobar.com. 3600 IN A 198.51.100.10");
    EXPECT_EQ(records[3], "foobar.com. 3600 IN A 198.51.100.12");
}
