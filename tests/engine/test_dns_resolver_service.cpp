// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/zone.h"
#include "engine/dns_resolver_service.h"
#include "engine/dns_server.h"
#include "loopback_dns_client.h"

#include <future>
#include <gtest/gtest.h>
#include <set>
#include <thread>

namespace hopscope::engine {
namespace {

using namespace std::chrono_literals;
using testing::name;
using wire::DnsType;

const wire::Ipv4Address kRootDisplay(192, 0, 2, 1);
const wire::Ipv4Address kSecondRootDisplay(192, 0, 2, 2);

// A root zone that answers a few names itself: one server is the whole hierarchy.
std::shared_ptr<const dns::Authority> tinyRoot() {
    std::string text = "$ORIGIN .\n$TTL 300\n"
                       "@ IN SOA ns.root. admin.root. 1 7200 900 1209600 300\n"
                       "@ IN NS ns.root.\nns.root. IN A 192.0.2.1\n"
                       "host. IN A 10.1.2.3\nother. IN A 10.1.2.4\n";
    for (int i = 0; i < 30; ++i) {
        text += "big. IN TXT \"record " + std::to_string(i) + ' ' + std::string(80, 'y') + "\"\n";
    }
    auto zone = dns::Zone::fromText(text, wire::DnsName{}, "root.zone");
    EXPECT_TRUE(zone.ok()) << (zone.errors.empty() ? "" : zone.errors.front().toString());
    auto authority = std::make_shared<dns::Authority>();
    authority->addZone(std::move(*zone.zone));
    return authority;
}

dns::RootHints hintsFor(const std::vector<wire::Ipv4Address>& addresses) {
    std::vector<dns::RootServerHint> servers;
    char letter = 'a';
    for (const auto& address : addresses) {
        servers.push_back({name(std::string(1, letter++) + ".root."), {address}, {}, 3600});
    }
    return dns::RootHints(std::move(servers));
}

Resolution resolveNow(ResolverService& resolver, const std::string& qname, DnsType type) {
    auto promise = std::make_shared<std::promise<Resolution>>();
    auto future = promise->get_future();
    resolver.resolve(name(qname), type, [promise](const Resolution& r) { promise->set_value(r); });
    if (future.wait_for(10s) != std::future_status::ready) {
        ADD_FAILURE() << "no resolution of " << qname << " within 10 s";
        return {};
    }
    return future.get();
}

std::size_t countSteps(const Resolution& r, dns::ResolverStepKind kind) {
    return static_cast<std::size_t>(std::count_if(
        r.steps.begin(), r.steps.end(), [kind](const auto& s) { return s.kind == kind; }));
}

struct Fixture {
    Fixture() {
        DnsServerOptions options;
        options.address = net::SocketAddress(wire::Ipv4Address(127, 0, 4, 1), 0);
        root = std::make_unique<DnsServer>("root", tinyRoot(), options);
        EXPECT_FALSE(root->start());
        silent = net::UdpSocket::bind({wire::Ipv4Address(127, 0, 4, 2), 0}).take();
    }
    [[nodiscard]] dns::Endpoint rootEndpoint() const {
        return {root->address().address(), root->address().port()};
    }
    [[nodiscard]] dns::Endpoint silentEndpoint() const {
        return {silent->localAddress().address(), silent->localAddress().port()};
    }
    std::unique_ptr<DnsServer> root;
    std::optional<net::UdpSocket> silent; // bound, never answers
};

ResolverServiceOptions fastOptions() {
    ResolverServiceOptions options;
    options.address = net::SocketAddress(wire::Ipv4Address(127, 0, 4, 10), 0);
    options.outgoingAddress = wire::Ipv4Address(127, 0, 4, 10);
    options.resolver.queryTimeoutNs = 150'000'000;
    return options;
}

TEST(ResolverService, ResolvesOverRealSocketsWithRandomIdsAndPorts) {
    Fixture f;
    auto map = std::make_shared<dns::StaticAddressMap>();
    map->add(kRootDisplay, f.rootEndpoint());
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    std::set<std::uint16_t> ids;
    std::set<std::uint16_t> ports;
    for (const std::string qname : {"host", "other", "nothing", "host"}) {
        resolver.flushCache();
        const Resolution r = resolveNow(resolver, qname, DnsType::A);
        for (const auto& step : r.steps) {
            if (step.kind == dns::ResolverStepKind::QuerySent) {
                ids.insert(step.queryId);
                ports.insert(step.sourcePort);
                EXPECT_GE(step.sourcePort, 1024);
            }
        }
    }
    EXPECT_GE(ids.size(), 3u);
    EXPECT_GE(ports.size(), 3u);
    const Resolution host = resolveNow(resolver, "host", DnsType::A);
    ASSERT_EQ(host.result.answers.size(), 1u);
    EXPECT_EQ(host.result.answers[0].rdataToPresentation(), "10.1.2.3");
}

TEST(ResolverService, TimesOutThenTriesTheNextServer) {
    Fixture f;
    auto map = std::make_shared<dns::StaticAddressMap>();
    map->add(kRootDisplay, f.silentEndpoint());
    map->add(kSecondRootDisplay, f.rootEndpoint());
    // The resolver asks the root servers in the order of its hints: the silent one first.
    ResolverService resolver(hintsFor({kRootDisplay, kSecondRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    const Resolution r = resolveNow(resolver, "host", DnsType::A);
    EXPECT_EQ(r.result.outcome, dns::ResolverResult::Outcome::Answer);
    std::vector<wire::Ipv4Address> asked;
    for (const auto& step : r.steps) {
        if (step.kind == dns::ResolverStepKind::QuerySent) {
            asked.push_back(step.server.value_or(wire::Ipv4Address{}));
        }
    }
    EXPECT_EQ(asked, (std::vector<wire::Ipv4Address>{kRootDisplay, kSecondRootDisplay}));
    EXPECT_EQ(countSteps(r, dns::ResolverStepKind::Timeout), 1u);
    EXPECT_GE(r.durationNs, 150'000'000);
    ASSERT_EQ(r.result.answers.size(), 1u);
    EXPECT_EQ(r.result.answers[0].rdataToPresentation(), "10.1.2.3");
}

TEST(ResolverService, AllServersSilentIsServFailAfterTheTimeouts) {
    Fixture f;
    auto map = std::make_shared<dns::StaticAddressMap>();
    map->add(kRootDisplay, f.silentEndpoint());
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    const Resolution r = resolveNow(resolver, "host", DnsType::A);
    EXPECT_EQ(r.result.outcome, dns::ResolverResult::Outcome::ServFail);
    EXPECT_EQ(countSteps(r, dns::ResolverStepKind::Timeout), 1u);
    EXPECT_GE(r.durationNs, 150'000'000);
}

TEST(ResolverService, TruncatedReplyIsAskedAgainOverTcp) {
    Fixture f;
    auto map = std::make_shared<dns::StaticAddressMap>();
    map->add(kRootDisplay, f.rootEndpoint());
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    const Resolution r = resolveNow(resolver, "big", DnsType::TXT);
    EXPECT_EQ(r.result.outcome, dns::ResolverResult::Outcome::Answer);
    EXPECT_EQ(r.result.answers.size(), 30u);
    EXPECT_EQ(countSteps(r, dns::ResolverStepKind::Truncated), 1u);
    const auto tcpQuery = std::find_if(r.steps.begin(), r.steps.end(), [](const auto& s) {
        return s.kind == dns::ResolverStepKind::QuerySent && s.transport == dns::Transport::Tcp;
    });
    EXPECT_NE(tcpQuery, r.steps.end());
    EXPECT_GE(f.root->stats().tcpQueries, 1u);
}

TEST(ResolverService, UnmappedAddressesAreNeverContacted) {
    auto map = std::make_shared<dns::StaticAddressMap>(); // knows no server at all
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    const Resolution r = resolveNow(resolver, "host", DnsType::A);
    EXPECT_EQ(r.result.outcome, dns::ResolverResult::Outcome::ServFail);
    EXPECT_EQ(countSteps(r, dns::ResolverStepKind::Unreachable), 1u);
    EXPECT_EQ(countSteps(r, dns::ResolverStepKind::QuerySent), 0u);
}

TEST(ResolverService, NonLoopbackEndpointsAreRefusedWithoutLiveInternet) {
    // The identity map is live-internet mode's; without the flag the send guard stops it.
    ResolverService resolver(hintsFor({kRootDisplay}), std::make_shared<dns::IdentityAddressMap>(),
                             fastOptions());
    ASSERT_FALSE(resolver.start());
    const Resolution r = resolveNow(resolver, "host", DnsType::A);
    EXPECT_EQ(r.result.outcome, dns::ResolverResult::Outcome::ServFail);
    EXPECT_EQ(countSteps(r, dns::ResolverStepKind::Timeout), 1u);
}

TEST(ResolverService, FrontDoorServesRecursiveQueriesOverUdpAndTcp) {
    Fixture f;
    auto map = std::make_shared<dns::StaticAddressMap>();
    map->add(kRootDisplay, f.rootEndpoint());
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    std::mutex mutex;
    std::vector<ResolverClientMessage> messages;
    std::size_t steps = 0;
    ResolverServiceHooks hooks;
    hooks.onClientMessage = [&](const ResolverClientMessage& m) {
        std::lock_guard lock(mutex);
        messages.push_back(m);
    };
    hooks.onStep = [&](const Resolution&, const dns::ResolverStep&) {
        std::lock_guard lock(mutex);
        ++steps;
    };
    resolver.setHooks(hooks);
    ASSERT_FALSE(resolver.start());
    const auto where = resolver.address();
    EXPECT_EQ(where.address(), wire::Ipv4Address(127, 0, 4, 10));
    const auto udp = testing::decode(
        testing::udpExchange(where, testing::queryBytes(77, "host", DnsType::A, true)));
    ASSERT_TRUE(udp);
    EXPECT_EQ(udp->header.id, 77);
    EXPECT_TRUE(udp->header.recursionAvailable);
    ASSERT_EQ(udp->answers.size(), 1u);
    testing::TcpClient client(where);
    ASSERT_TRUE(client.send(testing::queryBytes(78, "big", DnsType::TXT, true, 1232)));
    const auto tcp = testing::decode(client.receive());
    ASSERT_TRUE(tcp);
    EXPECT_EQ(tcp->answers.size(), 30u);
    // A NOTIFY is not a recursive query: NOTIMP at once, no resolution.
    auto notify = wire::DnsMessage::query(79, name("host"), DnsType::A);
    notify.header.opcode = static_cast<std::uint8_t>(wire::DnsOpcode::Notify);
    const auto notImp = testing::decode(testing::udpExchange(where, *notify.encode()));
    ASSERT_TRUE(notImp);
    EXPECT_EQ(notImp->rcode(), wire::DnsRcode::NotImp);
    resolver.stop();
    std::lock_guard lock(mutex);
    ASSERT_EQ(messages.size(), 6u);
    EXPECT_FALSE(messages[0].reply);
    EXPECT_TRUE(messages[1].reply);
    ASSERT_NE(messages[1].resolution, nullptr);
    EXPECT_EQ(messages[3].transport, dns::Transport::Tcp);
    EXPECT_EQ(messages[5].resolution, nullptr);
    EXPECT_GT(steps, 0u);
}

TEST(ResolverService, ManyThreadsMayAskAtOnce) {
    Fixture f;
    auto map = std::make_shared<dns::StaticAddressMap>();
    map->add(kRootDisplay, f.rootEndpoint());
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    std::vector<std::thread> threads;
    std::atomic<int> answers{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                const Resolution r = resolveNow(resolver, i % 2 ? "host" : "other", DnsType::A);
                if (r.result.outcome == dns::ResolverResult::Outcome::Answer) {
                    ++answers;
                }
                (void)resolver.cacheSnapshot();
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    EXPECT_EQ(answers.load(), 20);
}

TEST(ResolverService, ResolveAfterStopReturnsZeroAndNeverCallsBack) {
    auto map = std::make_shared<dns::StaticAddressMap>();
    ResolverService resolver(hintsFor({kRootDisplay}), map, fastOptions());
    ASSERT_FALSE(resolver.start());
    resolver.stop();
    bool called = false;
    EXPECT_EQ(resolver.resolve(name("host"), DnsType::A, [&](const Resolution&) { called = true; }),
              0u);
    EXPECT_FALSE(called);
}

} // namespace
} // namespace hopscope::engine
