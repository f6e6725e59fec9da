// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/zone.h"
#include "engine/dns_server.h"
#include "loopback_dns_client.h"

#include <gtest/gtest.h>
#include <mutex>
#include <thread>

namespace hopscope::engine {
namespace {

using testing::decode;
using testing::queryBytes;
using testing::udpExchange;
using wire::DnsType;

std::shared_ptr<const dns::Authority> foobarAuthority() {
    const auto scenario = testing::loadDefaultScenario();
    auto loaded = dns::Scenario::loadAuthority(*scenario.serverByName("ns1.foobar.com"));
    EXPECT_TRUE(loaded.ok());
    return std::make_shared<const dns::Authority>(std::move(*loaded.authority));
}

// A zone with one RRset too big for a UDP reply.
std::shared_ptr<const dns::Authority> bigTxtAuthority() {
    std::string text = "$ORIGIN big.test.\n$TTL 300\n"
                       "@ IN SOA ns.big.test. admin.big.test. 1 7200 900 1209600 300\n"
                       "@ IN NS ns.big.test.\nns IN A 127.0.0.1\n";
    for (int i = 0; i < 30; ++i) {
        text += "txt IN TXT \"record " + std::to_string(i) + ' ' + std::string(80, 'x') + "\"\n";
    }
    auto zone = dns::Zone::fromText(text, testing::name("big.test."), "big.test.zone");
    EXPECT_TRUE(zone.ok()) << (zone.errors.empty() ? "" : zone.errors.front().toString());
    auto authority = std::make_shared<dns::Authority>();
    authority->addZone(std::move(*zone.zone));
    return authority;
}

struct RunningServer {
    explicit RunningServer(std::shared_ptr<const dns::Authority> authority,
                           DnsServerOptions options = {})
        : server("test-server", std::move(authority), withLoopback(options)) {
        const auto error = server.start();
        EXPECT_FALSE(error) << (error ? error->message : "");
    }
    static DnsServerOptions withLoopback(DnsServerOptions options) {
        if (options.address.address().isUnspecified()) {
            options.address = net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), 0);
        }
        return options;
    }
    DnsServer server;
};

TEST(DnsServer, AnswersOverUdpOnAKernelChosenPort) {
    RunningServer s(foobarAuthority());
    const auto where = s.server.address();
    EXPECT_NE(where.port(), 0);
    const auto reply = decode(udpExchange(where, queryBytes(0x1234, "foobar.com", DnsType::A)));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->header.id, 0x1234);
    EXPECT_TRUE(reply->header.response);
    EXPECT_TRUE(reply->header.authoritative);
    EXPECT_EQ(reply->answers.size(), 3u);
}

TEST(DnsServer, CachedRepliesCarryEachQuerysOwnId) {
    RunningServer s(foobarAuthority());
    for (std::uint16_t id : {1, 2, 0xbeef, 0xffff}) {
        const auto reply =
            decode(udpExchange(s.server.address(), queryBytes(id, "mail.foobar.com", DnsType::A)));
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->header.id, id);
        ASSERT_EQ(reply->answers.size(), 1u);
        EXPECT_EQ(reply->answers[0].rdataToPresentation(), "198.51.100.25");
    }
    const auto stats = s.server.stats();
    EXPECT_EQ(stats.udpQueries, 4u);
    EXPECT_EQ(stats.responses, 4u);
    EXPECT_EQ(stats.cacheHits, 3u);
}

TEST(DnsServer, AnswersWithoutTheCacheToo) {
    DnsServerOptions options;
    options.answerCache = false;
    RunningServer s(foobarAuthority(), options);
    for (int i = 0; i < 2; ++i) {
        const auto reply =
            decode(udpExchange(s.server.address(), queryBytes(7, "www.foobar.com", DnsType::A)));
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->answers.size(), 4u); // CNAME then three A
    }
    EXPECT_EQ(s.server.stats().cacheHits, 0u);
}

TEST(DnsServer, ManyUdpThreadsShareOnePort) {
    DnsServerOptions options;
    options.udpThreads = 3;
    RunningServer s(foobarAuthority(), options);
    for (std::uint16_t id = 0; id < 20; ++id) {
        const auto reply =
            decode(udpExchange(s.server.address(), queryBytes(id, "api.foobar.com", DnsType::A)));
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->header.id, id);
    }
    EXPECT_EQ(s.server.stats().udpQueries, 20u);
}

TEST(DnsServer, DropsGarbageAndAnswersFormErr) {
    RunningServer s(foobarAuthority());
    // Shorter than a header: nothing comes back.
    EXPECT_FALSE(udpExchange(s.server.address(), {1, 2, 3}, 200));
    // A header claiming a question that is not there: FORMERR.
    const std::vector<std::uint8_t> broken{0xab, 0xcd, 0x00, 0x00, 0x00, 0x01, 0x00,
                                           0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 'w'};
    const auto reply = decode(udpExchange(s.server.address(), broken));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->header.id, 0xabcd);
    EXPECT_EQ(reply->rcode(), wire::DnsRcode::FormErr);
}

TEST(DnsServer, TcpCarriesManyQueriesOnOneConnection) {
    RunningServer s(foobarAuthority());
    testing::TcpClient client(s.server.address());
    // Pipelined: both queries go before either reply is read (RFC 7766 section 6.2.1.1).
    ASSERT_TRUE(client.send(queryBytes(1, "foobar.com", DnsType::MX)));
    ASSERT_TRUE(client.send(queryBytes(2, "nope.foobar.com", DnsType::A)));
    const auto first = decode(client.receive());
    const auto second = decode(client.receive());
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->header.id, 1);
    EXPECT_EQ(first->answers.size(), 1u);
    EXPECT_EQ(second->header.id, 2);
    EXPECT_EQ(second->rcode(), wire::DnsRcode::NXDomain);
    // A message split across writes is reassembled.
    const auto framed = *wire::DnsTcpDeframer::frame(queryBytes(3, "api.foobar.com", DnsType::A));
    ASSERT_TRUE(client.sendRaw({framed.begin(), framed.begin() + 1}));
    ASSERT_TRUE(client.waitAcknowledged()); // the first byte reached the server alone
    ASSERT_TRUE(client.sendRaw({framed.begin() + 1, framed.end()}));
    const auto third = decode(client.receive());
    ASSERT_TRUE(third);
    EXPECT_EQ(third->answers.size(), 2u);
    EXPECT_EQ(s.server.stats().tcpQueries, 3u);
}

TEST(DnsServer, BigRrsetTruncatesOverUdpAndFitsOverTcp) {
    RunningServer s(bigTxtAuthority());
    const auto udp = decode(
        udpExchange(s.server.address(), queryBytes(9, "txt.big.test", DnsType::TXT, false, 1232)));
    ASSERT_TRUE(udp);
    EXPECT_TRUE(udp->header.truncated);
    EXPECT_TRUE(udp->answers.empty());
    testing::TcpClient client(s.server.address());
    ASSERT_TRUE(client.send(queryBytes(10, "txt.big.test", DnsType::TXT, false, 1232)));
    const auto tcp = decode(client.receive());
    ASSERT_TRUE(tcp);
    EXPECT_FALSE(tcp->header.truncated);
    EXPECT_EQ(tcp->answers.size(), 30u);
}

TEST(DnsServer, IdleTcpConnectionsAreClosed) {
    DnsServerOptions options;
    options.tcpIdleTimeoutNs = 150'000'000;
    RunningServer s(foobarAuthority(), options);
    testing::TcpClient client(s.server.address(), 3000);
    ASSERT_TRUE(client.send(queryBytes(1, "foobar.com", DnsType::A)));
    ASSERT_TRUE(client.receive());
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(client.receive()); // the server hangs up
    EXPECT_TRUE(client.closed());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(2500));
}

TEST(DnsServer, TooManyConnectionsAreTurnedAway) {
    DnsServerOptions options;
    options.maxTcpConnections = 1;
    RunningServer s(foobarAuthority(), options);
    testing::TcpClient first(s.server.address());
    ASSERT_TRUE(first.send(queryBytes(1, "foobar.com", DnsType::A)));
    ASSERT_TRUE(first.receive());
    testing::TcpClient second(s.server.address(), 1000);
    second.send(queryBytes(2, "foobar.com", DnsType::A));
    EXPECT_FALSE(second.receive());
    EXPECT_TRUE(second.closed());
}

TEST(DnsServer, PortInUseIsAnError) {
    RunningServer s(foobarAuthority());
    DnsServerOptions options;
    options.address = s.server.address();
    DnsServer clash("clash", foobarAuthority(), options);
    const auto error = clash.start();
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, std::errc::address_in_use);
    EXPECT_NE(error->message.find("port in use"), std::string::npos);
    EXPECT_FALSE(clash.running());
}

TEST(DnsServer, ObserverSeesEveryExchange) {
    std::mutex mutex;
    std::vector<DnsExchange> seen;
    DnsServer server("observed", foobarAuthority(),
                     RunningServer::withLoopback(DnsServerOptions{}));
    server.setObserver([&](const DnsExchange& e) {
        std::lock_guard lock(mutex);
        seen.push_back(e);
    });
    ASSERT_FALSE(server.start());
    ASSERT_TRUE(udpExchange(server.address(), queryBytes(5, "www.foobar.com", DnsType::A)));
    ASSERT_TRUE(udpExchange(server.address(), queryBytes(6, "www.foobar.com", DnsType::A)));
    testing::TcpClient client(server.address());
    ASSERT_TRUE(client.send(queryBytes(7, "elsewhere.org", DnsType::A)));
    ASSERT_TRUE(client.receive());
    server.stop();
    std::lock_guard lock(mutex);
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0].kind, dns::AuthorityAnswerKind::CnameChain);
    EXPECT_EQ(seen[1].kind, dns::AuthorityAnswerKind::CnameChain); // from the answer cache
    EXPECT_EQ(seen[1].response[0], 0);
    EXPECT_EQ(seen[1].response[1], 6);
    EXPECT_EQ(seen[2].kind, dns::AuthorityAnswerKind::Refused);
    EXPECT_EQ(seen[2].transport, dns::Transport::Tcp);
    EXPECT_TRUE(seen[2].peer.isLoopback());
}

TEST(DnsServer, StopIsIdempotentAndFreesThePort) {
    DnsServer server("again", foobarAuthority(), RunningServer::withLoopback(DnsServerOptions{}));
    ASSERT_FALSE(server.start());
    const auto where = server.address();
    server.stop();
    server.stop();
    DnsServerOptions options;
    options.address = where;
    DnsServer reuse("reuse", foobarAuthority(), options);
    EXPECT_FALSE(reuse.start());
}

} // namespace
} // namespace hopscope::engine
