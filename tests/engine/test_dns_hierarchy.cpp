// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/dns_hierarchy.h"
#include "engine/resource_locator.h"
#include "loopback_dns_client.h"
#include "wire/dissector.h"

#include <fstream>
#include <future>
#include <gtest/gtest.h>

namespace hopscope::engine {
namespace {

using namespace std::chrono_literals;
using testing::name;
using wire::DnsType;

Resolution resolveNow(ResolverService& resolver, const std::string& qname, DnsType type) {
    auto promise = std::make_shared<std::promise<Resolution>>();
    auto future = promise->get_future();
    EXPECT_NE(resolver.resolve(name(qname), type,
                               [promise](const Resolution& r) { promise->set_value(r); }),
              0u);
    if (future.wait_for(10s) != std::future_status::ready) {
        ADD_FAILURE() << "no resolution of " << qname << " within 10 s";
        return {};
    }
    return future.get();
}

std::vector<std::string> rdata(const std::vector<wire::DnsRecord>& records) {
    std::vector<std::string> out;
    for (const auto& r : records) {
        out.push_back(wire::dnsTypeName(r.type()) + ' ' + r.rdataToPresentation());
    }
    return out;
}

wire::Ipv4Address ipAt(const std::vector<std::uint8_t>& frame, std::size_t offset) {
    return *wire::Ipv4Address::fromBytes(std::span(frame).subspan(offset, 4));
}

std::uint16_t portAt(const std::vector<std::uint8_t>& frame, std::size_t offset) {
    return static_cast<std::uint16_t>(frame[offset] << 8 | frame[offset + 1]);
}

class DnsHierarchyTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto problems = hierarchy.start(testing::loadDefaultScenario());
        ASSERT_TRUE(problems.empty()) << problems.front();
        ASSERT_NE(hierarchy.resolver(), nullptr);
    }
    DnsHierarchy hierarchy;
};

TEST_F(DnsHierarchyTest, StartsEveryServerOnLoopbackAndListsThem) {
    const auto& servers = hierarchy.servers();
    ASSERT_EQ(servers.size(), 9u);
    EXPECT_EQ(servers.front().name, "a.root-servers.net");
    EXPECT_EQ(servers.front().role, dns::ServerRole::Root);
    EXPECT_EQ(servers.front().displayAddress, wire::Ipv4Address(198, 41, 0, 4));
    EXPECT_EQ(servers.front().endpoint.address(), wire::Ipv4Address(127, 0, 1, 1));
    EXPECT_EQ(servers.front().zones, std::vector<std::string>{"."});
    EXPECT_EQ(servers.back().name, "resolver");
    EXPECT_EQ(servers.back().role, dns::ServerRole::Resolver);
    for (const auto& s : servers) {
        EXPECT_TRUE(s.endpoint.isLoopback()) << s.name;
        EXPECT_NE(s.endpoint.port(), 0) << s.name;
    }
    EXPECT_EQ(hierarchy.addressMap().table().size(), 8u);
    EXPECT_FALSE(hierarchy.liveInternet());
    // The servers really answer where the table says.
    const auto reply = testing::decode(
        testing::udpExchange(hierarchy.server("ns1.foobar.com")->address(),
                             testing::queryBytes(1, "mail.foobar.com", DnsType::A)));
    ASSERT_TRUE(reply);
    EXPECT_EQ(rdata(reply->answers), std::vector<std::string>{"A 198.51.100.25"});
}

TEST_F(DnsHierarchyTest, ResolvesDownTheHierarchy) {
    const Resolution r = resolveNow(*hierarchy.resolver(), "www.foobar.com", DnsType::A);
    EXPECT_EQ(r.result.outcome, dns::ResolverResult::Outcome::Answer);
    EXPECT_EQ(rdata(r.result.answers),
              (std::vector<std::string>{"CNAME foobar.com.", "A 198.51.100.10", "A 198.51.100.11",
                                        "A 198.51.100.12"}));
    EXPECT_EQ(r.result.queriesSent, 3u); // root, com, foobar.com
    EXPECT_EQ(r.steps.size(), r.stepTimesNs.size());
    EXPECT_GT(r.durationNs, 0);

    // A second time it comes from the cache.
    const Resolution again = resolveNow(*hierarchy.resolver(), "www.foobar.com", DnsType::A);
    EXPECT_TRUE(again.result.fromCache);
    EXPECT_EQ(again.result.queriesSent, 0u);
    EXPECT_EQ(rdata(again.result.answers), rdata(r.result.answers));
    EXPECT_FALSE(hierarchy.resolver()->cacheSnapshot().empty());
    hierarchy.resolver()->flushCache();
    EXPECT_TRUE(hierarchy.resolver()->cacheSnapshot().empty());
}

TEST_F(DnsHierarchyTest, GluelessNegativeAndAliasAnswers) {
    auto& resolver = *hierarchy.resolver();
    const Resolution shop = resolveNow(resolver, "shop.example.org", DnsType::A);
    EXPECT_EQ(rdata(shop.result.answers), std::vector<std::string>{"A 203.0.113.101"});
    EXPECT_TRUE(std::any_of(shop.steps.begin(), shop.steps.end(), [](const auto& s) {
        return s.kind == dns::ResolverStepKind::GluelessLookup;
    }));
    const Resolution nx = resolveNow(resolver, "nope.foobar.com", DnsType::A);
    EXPECT_EQ(nx.result.outcome, dns::ResolverResult::Outcome::NxDomain);
    EXPECT_EQ(nx.result.rcode, wire::DnsRcode::NXDomain);
    const Resolution nodata = resolveNow(resolver, "mail.foobar.com", DnsType::AAAA);
    EXPECT_EQ(nodata.result.outcome, dns::ResolverResult::Outcome::NoData);
    const Resolution blog = resolveNow(resolver, "blog.foobar.com", DnsType::A);
    EXPECT_EQ(rdata(blog.result.answers),
              (std::vector<std::string>{"CNAME www.example.com.", "A 192.0.2.10"}));
}

TEST_F(DnsHierarchyTest, EveryQueryAndReplyIsATraceEventWithDisplayAddresses) {
    const Resolution r = resolveNow(*hierarchy.resolver(), "www.foobar.com", DnsType::A);
    ASSERT_EQ(r.result.outcome, dns::ResolverResult::Outcome::Answer);
    const auto trace = hierarchy.trace();
    ASSERT_TRUE(trace);
    // Three queries and three replies; the servers do not record the resolver's traffic twice.
    ASSERT_EQ(trace->size(), 6u);
    std::int64_t last = -1;
    for (std::size_t i = 0; i < trace->size(); ++i) {
        const trace::Event& e = trace->at(i);
        EXPECT_EQ(e.source(), trace::SourceKind::Live);
        EXPECT_EQ(e.protocol(), "DNS");
        EXPECT_EQ(e.linkType(), wire::LinkType::Ethernet);
        EXPECT_FALSE(e.note().empty());
        EXPECT_GE(e.timeNs(), last);
        last = e.timeNs();
        const auto dissection = wire::dissect(e.linkType(), e.frame());
        EXPECT_EQ(dissection.protocol, "DNS") << e.summary();
    }
    const trace::Event& query = trace->at(0);
    EXPECT_EQ(query.from(), "resolver");
    EXPECT_TRUE(query.to() == "a.root-servers.net" || query.to() == "b.root-servers.net");
    EXPECT_EQ(query.summary(), "A? www.foobar.com");
    // Ethernet(14) then IPv4: source at 26, destination at 30; UDP ports at 34 and 36.
    EXPECT_EQ(ipAt(query.frame(), 26), wire::Ipv4Address(192, 168, 1, 1));
    const auto rootDisplay = ipAt(query.frame(), 30);
    EXPECT_TRUE(rootDisplay == wire::Ipv4Address(198, 41, 0, 4) ||
                rootDisplay == wire::Ipv4Address(170, 247, 170, 2));
    EXPECT_EQ(portAt(query.frame(), 36), 53);
    const auto sent = std::find_if(r.steps.begin(), r.steps.end(), [](const auto& s) {
        return s.kind == dns::ResolverStepKind::QuerySent;
    });
    ASSERT_NE(sent, r.steps.end());
    EXPECT_EQ(portAt(query.frame(), 34), sent->sourcePort);
    // MACs are stable per node: 02:00 + display address.
    EXPECT_EQ(query.frame()[6], 0x02);
    EXPECT_EQ(query.frame()[8], 192);

    const trace::Event& referral = trace->at(1);
    EXPECT_EQ(referral.from(), query.to());
    EXPECT_EQ(referral.to(), "resolver");
    EXPECT_EQ(referral.summary(), "referral to com.");
    EXPECT_EQ(ipAt(referral.frame(), 26), rootDisplay);
    EXPECT_EQ(portAt(referral.frame(), 34), 53);

    const trace::Event& answer = trace->at(5);
    EXPECT_EQ(answer.from(), "ns1.foobar.com");
    EXPECT_EQ(answer.summary().rfind("CNAME foobar.com, A 198.51.100.10", 0), 0u)
        << answer.summary();
}

TEST_F(DnsHierarchyTest, ClientsOfTheFrontDoorAndOfServersAreRecorded) {
    const auto resolverAddress = hierarchy.resolver()->address();
    const auto reply = testing::decode(testing::udpExchange(
        resolverAddress, testing::queryBytes(0x4242, "www.foobar.com", DnsType::A, true)));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->header.id, 0x4242);
    EXPECT_TRUE(reply->header.recursionAvailable);
    EXPECT_TRUE(reply->header.recursionDesired);
    EXPECT_FALSE(reply->header.authoritative);
    EXPECT_EQ(reply->answers.size(), 4u);

    // Over TCP too.
    testing::TcpClient client(resolverAddress);
    ASSERT_TRUE(client.send(testing::queryBytes(0x4343, "mail.foobar.com", DnsType::MX, true)));
    const auto mx = testing::decode(client.receive());
    ASSERT_TRUE(mx);
    EXPECT_EQ(mx->header.id, 0x4343);
    EXPECT_TRUE(mx->answers.empty()); // mail.foobar.com has an address but no MX: NODATA
    EXPECT_EQ(mx->rcode(), wire::DnsRcode::NoError);

    // A question straight to a root server, as `dig @127.0.1.1` would ask it.
    const auto root =
        testing::decode(testing::udpExchange(hierarchy.server("a.root-servers.net")->address(),
                                             testing::queryBytes(7, "www.foobar.com", DnsType::A)));
    ASSERT_TRUE(root);

    const auto trace = hierarchy.trace();
    const trace::Event& first = trace->at(0);
    EXPECT_EQ(first.from(), "laptop");
    EXPECT_EQ(first.to(), "resolver");
    EXPECT_EQ(ipAt(first.frame(), 26), wire::Ipv4Address(192, 168, 1, 10));
    EXPECT_EQ(ipAt(first.frame(), 30), wire::Ipv4Address(192, 168, 1, 1));
    const trace::Event& rootReply = trace->at(trace->size() - 1);
    const trace::Event& rootQuery = trace->at(trace->size() - 2);
    EXPECT_EQ(rootQuery.from(), "laptop");
    EXPECT_EQ(rootQuery.to(), "a.root-servers.net");
    EXPECT_EQ(rootReply.from(), "a.root-servers.net");
    EXPECT_EQ(rootReply.to(), "laptop");
    EXPECT_NE(rootReply.note().find("refers us to the .com servers"), std::string::npos)
        << rootReply.note();
    // The front door's answers to the client are events too, TCP ones as TCP segments.
    bool sawTcp = false;
    for (std::size_t i = 0; i < trace->size(); ++i) {
        const auto& e = trace->at(i);
        if (e.from() == "resolver" && e.to() == "laptop" && e.frame()[23] == 6) {
            sawTcp = true;
            EXPECT_EQ(wire::dissect(e.linkType(), e.frame()).protocol, "DNS");
        }
    }
    EXPECT_TRUE(sawTcp);
}

TEST_F(DnsHierarchyTest, StopEndsEverything) {
    const auto where = hierarchy.server("ns1.foobar.com")->address();
    hierarchy.stop();
    EXPECT_FALSE(hierarchy.running());
    EXPECT_EQ(hierarchy.resolver(), nullptr);
    EXPECT_FALSE(
        testing::udpExchange(where, testing::queryBytes(1, "foobar.com", DnsType::A), 200));
    hierarchy.stop();
}

TEST(DnsHierarchy, ReportsZoneErrorsAndPortClashes) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("hopscope-hierarchy-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        std::ofstream zone(dir / "bad.zone");
        zone << "$ORIGIN bad.test.\n@ 300 IN SOA ns hostmaster 1 2 3 4 5\n@ 300 IN AX 1.2.3.4\n";
    }
    auto blocker = net::UdpSocket::bind({wire::Ipv4Address(127, 0, 3, 1), 0});
    ASSERT_TRUE(blocker);
    const std::string port = std::to_string(blocker.value().localAddress().port());
    const std::string text = "[server ns.bad.test]\nrole = authoritative\ndisplay = 192.0.2.1\n"
                             "loopback = 127.0.3.2\nport = 0\nzone = bad.test. bad.zone\n"
                             "[server ns.good.test]\nrole = authoritative\n"
                             "display = 192.0.2.2\nloopback = 127.0.3.1\nport = " +
                             port + "\nzone = foobar.com. " + HOPSCOPE_SOURCE_DIR +
                             "/resources/zones/foobar.com.zone\n";
    auto scenario = dns::Scenario::parse(text, "test.scenario", dir);
    ASSERT_TRUE(scenario.ok()) << scenario.errors.front().toString();
    DnsHierarchy hierarchy;
    const auto problems = hierarchy.start(*scenario.scenario);
    std::filesystem::remove_all(dir);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_NE(problems[0].find("bad.zone:3"), std::string::npos) << problems[0];
    EXPECT_NE(problems[1].find("port in use"), std::string::npos) << problems[1];
    EXPECT_FALSE(hierarchy.running());
}

TEST(ResourceLocator, FindsTheDefaultScenario) {
    const auto found = ResourceLocator::defaultScenario();
    ASSERT_TRUE(found);
    EXPECT_TRUE(std::filesystem::exists(*found));
    EXPECT_FALSE(ResourceLocator::find("no/such/file.txt"));
}

TEST(DnsHierarchy, InternetRootHintsListThirteenServers) {
    const auto hints = DnsHierarchy::internetRootHints();
    EXPECT_EQ(hints.servers().size(), 13u);
}

} // namespace
} // namespace hopscope::engine
