// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Our servers as an outside tool sees them: dig against the authoritative server for every
// record type and every kind of reply, and against the resolver's front door. Skipped when
// dig (Debian package dnsutils) is not installed; failed under CI.
#include "dns/zone.h"
#include "engine/dns_hierarchy.h"
#include "interop_support.h"

#include <gtest/gtest.h>
#include <map>
#include <poll.h>
#include <regex>
#include <set>
#include <sstream>

namespace hopscope::interop {
namespace {

// What dig printed, from `+noall +comments +answer +authority +additional`.
struct DigReply {
    std::string opcode;
    std::string status;
    std::set<std::string> flags;
    std::map<std::string, std::vector<std::string>> sections; // "ANSWER" -> record lines
    bool retriedOverTcp = false;
    std::string text;

    [[nodiscard]] const std::vector<std::string>& section(const std::string& name) const {
        static const std::vector<std::string> none;
        const auto it = sections.find(name);
        return it == sections.end() ? none : it->second;
    }
    // The record lines with dig's column padding folded to single spaces.
    [[nodiscard]] std::vector<std::string> records(const std::string& name) const {
        std::vector<std::string> out;
        for (const auto& line : section(name)) {
            std::istringstream in(line);
            std::string word;
            std::string folded;
            while (in >> word) {
                folded += (folded.empty() ? "" : " ") + word;
            }
            out.push_back(folded);
        }
        return out;
    }
    // The fields of each record line: owner, TTL, class, type, rdata...
    [[nodiscard]] std::vector<std::string> types(const std::string& name) const {
        std::vector<std::string> out;
        for (const auto& line : section(name)) {
            std::istringstream in(line);
            std::string owner, ttl, cls, type;
            in >> owner >> ttl >> cls >> type;
            out.push_back(type);
        }
        return out;
    }
};

DigReply parseDig(const std::string& text) {
    DigReply reply;
    reply.text = text;
    static const std::regex header(R"(->>HEADER<<- opcode: (\w+), status: (\w+), id: \d+)");
    static const std::regex flags(R"(^;; flags:([^;]*);)");
    static const std::regex section(R"(^;; (\w+) SECTION:)");
    std::istringstream in(text);
    std::string line;
    std::string current;
    std::smatch m;
    while (std::getline(in, line)) {
        if (std::regex_search(line, m, header)) {
            reply.opcode = m[1];
            reply.status = m[2];
        } else if (std::regex_search(line, m, flags)) {
            std::istringstream words(m[1].str());
            std::string word;
            while (words >> word) {
                reply.flags.insert(word);
            }
        } else if (std::regex_search(line, m, section)) {
            current = m[1];
            reply.sections[current];
        } else if (line.find("Truncated, retrying in TCP mode") != std::string::npos) {
            reply.retriedOverTcp = true;
        } else if (line.empty()) {
            current.clear();
        } else if (!current.empty() && line[0] != ';') {
            reply.sections[current].push_back(line);
        }
    }
    return reply;
}

class DigInterop : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (testing::missingPeerTool("dig")) {
            return; // SetUp() skips or fails each test
        }
        auto authority = std::make_shared<dns::Authority>();
        for (const auto& [origin, file] : std::vector<std::pair<std::string, std::string>>{
                 {"interop.test.", "interop.test.zone"},
                 {"2.0.192.in-addr.arpa.", "2.0.192.in-addr.arpa.zone"}}) {
            auto zone = dns::Zone::fromFile(sourcePath("tests/interop/data/" + file),
                                            *wire::DnsName::parse(origin));
            ASSERT_TRUE(zone.ok()) << zone.errors.front().toString();
            authority->addZone(std::move(*zone.zone));
        }
        engine::DnsServerOptions options;
        options.address = engine::net::SocketAddress(wire::Ipv4Address(127, 0, 5, 1), 0);
        s_server = new engine::DnsServer("interop", authority, options);
        const auto error = s_server->start();
        ASSERT_FALSE(error) << error->message;
    }
    static void TearDownTestSuite() {
        delete s_server;
        s_server = nullptr;
    }
    void SetUp() override {
        HOPSCOPE_REQUIRE_PEER_TOOL("dig");
        ASSERT_NE(s_server, nullptr);
    }

    static DigReply dig(const std::string& arguments) {
        const auto where = s_server->address();
        return digAt(where, arguments);
    }
    static DigReply digAt(const engine::net::SocketAddress& where, const std::string& arguments) {
        const auto r =
            runTool("dig @" + where.address().toString() + " -p " + std::to_string(where.port()) +
                    " +time=2 +tries=1 +noall +comments +answer +authority "
                    "+additional " +
                    arguments);
        return parseDig(r.out);
    }

    static engine::DnsServer* s_server;
};

engine::DnsServer* DigInterop::s_server = nullptr;

TEST_F(DigInterop, EveryRecordTypeIsAnAuthoritativeAnswer) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"www.interop.test A", "A"},
        {"www.interop.test AAAA", "AAAA"},
        {"interop.test NS", "NS"},
        {"alias.interop.test CNAME", "CNAME"},
        {"interop.test SOA", "SOA"},
        {"interop.test MX", "MX"},
        {"notes.interop.test TXT", "TXT"},
        {"80.2.0.192.in-addr.arpa PTR", "PTR"},
        {"_sip._udp.interop.test SRV", "SRV"}};
    for (const auto& [question, type] : cases) {
        const DigReply r = dig(question);
        EXPECT_EQ(r.status, "NOERROR") << question << "\n" << r.text;
        EXPECT_TRUE(r.flags.contains("qr") && r.flags.contains("aa")) << question << "\n" << r.text;
        EXPECT_FALSE(r.flags.contains("ra")) << question;
        EXPECT_FALSE(r.flags.contains("tc")) << question;
        ASSERT_FALSE(r.section("ANSWER").empty()) << question << "\n" << r.text;
        for (const auto& t : r.types("ANSWER")) {
            EXPECT_EQ(t, type) << question << "\n" << r.text;
        }
    }
    // A few exact records, as dig prints them.
    EXPECT_EQ(dig("www.interop.test A").records("ANSWER"),
              std::vector<std::string>{"www.interop.test. 3600 IN A 192.0.2.80"});
    EXPECT_EQ(dig("80.2.0.192.in-addr.arpa PTR").records("ANSWER"),
              std::vector<std::string>{"80.2.0.192.in-addr.arpa. 3600 IN PTR www.interop.test."});
    EXPECT_EQ(dig("_sip._udp.interop.test SRV").records("ANSWER"),
              std::vector<std::string>{"_sip._udp.interop.test. 3600 IN SRV 10 60 5060 "
                                       "www.interop.test."});
    EXPECT_EQ(dig("notes.interop.test TXT").records("ANSWER"),
              std::vector<std::string>{"notes.interop.test. 3600 IN TXT \"first string\" "
                                       "\"second; with a semicolon\""});
    // MX answers bring the exchanges' addresses along.
    EXPECT_EQ(dig("interop.test MX").types("ADDITIONAL"), (std::vector<std::string>{"A", "A"}));
}

TEST_F(DigInterop, CnameChainIsFollowedInsideTheZone) {
    const DigReply r = dig("chain.interop.test A");
    EXPECT_EQ(r.status, "NOERROR");
    EXPECT_TRUE(r.flags.contains("aa"));
    EXPECT_EQ(r.types("ANSWER"), (std::vector<std::string>{"CNAME", "CNAME", "A"})) << r.text;
}

TEST_F(DigInterop, ReferralHasNoAaAndCarriesGlue) {
    const DigReply r = dig("host.child.interop.test A");
    EXPECT_EQ(r.status, "NOERROR");
    EXPECT_FALSE(r.flags.contains("aa")) << r.text;
    EXPECT_TRUE(r.section("ANSWER").empty());
    EXPECT_EQ(r.records("AUTHORITY"),
              std::vector<std::string>{"child.interop.test. 3600 IN NS ns.child.interop.test."});
    EXPECT_EQ(r.records("ADDITIONAL"),
              std::vector<std::string>{"ns.child.interop.test. 3600 IN A 192.0.2.99"});
}

TEST_F(DigInterop, NxDomainAndNoDataCarryTheSoa) {
    const DigReply nx = dig("missing.interop.test A");
    EXPECT_EQ(nx.status, "NXDOMAIN");
    EXPECT_TRUE(nx.flags.contains("aa"));
    EXPECT_TRUE(nx.section("ANSWER").empty());
    EXPECT_EQ(nx.types("AUTHORITY"), std::vector<std::string>{"SOA"}) << nx.text;
    const DigReply nodata = dig("mail.interop.test AAAA");
    EXPECT_EQ(nodata.status, "NOERROR");
    EXPECT_TRUE(nodata.flags.contains("aa"));
    EXPECT_TRUE(nodata.section("ANSWER").empty());
    EXPECT_EQ(nodata.types("AUTHORITY"), std::vector<std::string>{"SOA"}) << nodata.text;
    // The negative TTL is min(SOA TTL, MINIMUM) = 300 (RFC 2308 section 3).
    EXPECT_NE(nodata.records("AUTHORITY").front().find(" 300 IN SOA "), std::string::npos)
        << nodata.text;
}

TEST_F(DigInterop, RefusedOutsideOurZones) {
    const DigReply r = dig("www.example.com A");
    EXPECT_EQ(r.status, "REFUSED") << r.text;
    EXPECT_FALSE(r.flags.contains("aa"));
}

TEST_F(DigInterop, NotImpForOtherOpcodes) {
    const DigReply r = dig("+opcode=status www.interop.test A");
    EXPECT_EQ(r.opcode, "STATUS") << r.text;
    EXPECT_EQ(r.status, "NOTIMP") << r.text;
}

TEST_F(DigInterop, FormErrForAMalformedQuery) {
    // dig cannot send a broken message, so this one is made by hand: QDCOUNT says 2.
    auto query = *wire::DnsMessage::query(0x5151, *wire::DnsName::parse("www.interop.test"),
                                          wire::DnsType::A)
                      .encode();
    query[5] = 2;
    auto socket = engine::net::UdpSocket::bind({wire::Ipv4Address(127, 0, 0, 1), 0});
    ASSERT_TRUE(socket);
    ASSERT_TRUE(socket.value().sendTo(query, s_server->address()).ok());
    pollfd p{socket.value().fd(), POLLIN, 0};
    ASSERT_EQ(::poll(&p, 1, 2000), 1);
    std::vector<std::uint8_t> buffer(4096);
    engine::net::SocketAddress from;
    const auto got = socket.value().receiveFrom(buffer, from);
    ASSERT_TRUE(got.ok());
    buffer.resize(got.bytes);
    const auto reply = wire::DnsMessage::decode(buffer);
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply.message->header.id, 0x5151);
    EXPECT_EQ(reply.message->rcode(), wire::DnsRcode::FormErr);
}

TEST_F(DigInterop, TruncatedOverUdpThenWholeOverTcp) {
    const DigReply ignored = dig("+ignore big.interop.test TXT");
    EXPECT_TRUE(ignored.flags.contains("tc")) << ignored.text;
    EXPECT_TRUE(ignored.section("ANSWER").empty());
    const DigReply retried = dig("big.interop.test TXT");
    EXPECT_TRUE(retried.retriedOverTcp) << retried.text;
    EXPECT_FALSE(retried.flags.contains("tc"));
    EXPECT_EQ(retried.section("ANSWER").size(), 30u) << retried.text;
    const DigReply tcp = dig("+tcp big.interop.test TXT");
    EXPECT_EQ(tcp.section("ANSWER").size(), 30u);
    // Without EDNS the limit is 512 bytes (RFC 1035 section 4.2.1): even the SOA answer fits,
    // the big one does not.
    EXPECT_TRUE(dig("+noedns +ignore big.interop.test TXT").flags.contains("tc"));
}

TEST_F(DigInterop, ResolverFrontDoorAnswersWithRa) {
    engine::DnsHierarchy hierarchy;
    const auto problems = hierarchy.start(defaultScenario());
    ASSERT_TRUE(problems.empty()) << problems.front();
    const DigReply r = digAt(hierarchy.resolver()->address(), "www.foobar.com");
    EXPECT_EQ(r.status, "NOERROR") << r.text;
    EXPECT_TRUE(r.flags.contains("qr") && r.flags.contains("rd") && r.flags.contains("ra"))
        << r.text;
    EXPECT_FALSE(r.flags.contains("aa"));
    EXPECT_EQ(r.types("ANSWER"), (std::vector<std::string>{"CNAME", "A", "A", "A"})) << r.text;
    const DigReply nx = digAt(hierarchy.resolver()->address(), "nope.foobar.com");
    EXPECT_EQ(nx.status, "NXDOMAIN");
    EXPECT_EQ(nx.types("AUTHORITY"), std::vector<std::string>{"SOA"});
    const DigReply tcp = digAt(hierarchy.resolver()->address(), "+tcp shop.example.org");
    EXPECT_EQ(tcp.records("ANSWER"),
              std::vector<std::string>{"shop.example.org. 86400 IN A 203.0.113.101"})
        << tcp.text;
    // Every one of those exchanges is in the trace, client to resolver and back.
    const auto trace = hierarchy.trace();
    std::size_t fromClient = 0;
    for (std::size_t i = 0; i < trace->size(); ++i) {
        if (trace->at(i).from() == "laptop" && trace->at(i).to() == "resolver") {
            ++fromClient;
        }
    }
    EXPECT_EQ(fromClient, 3u);
}

} // namespace
} // namespace hopscope::interop
