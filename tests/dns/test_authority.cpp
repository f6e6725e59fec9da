// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/authority.h"
#include "zones_and_queries.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using testing::decodeOrFail;
using testing::name;
using testing::queryBytes;
using testing::shippedZone;
using wire::DnsMessage;
using wire::DnsRcode;
using wire::DnsType;
using Kind = AuthorityAnswerKind;

Authority foobarServer() {
    Authority authority;
    authority.addZone(shippedZone("foobar.com.zone", "foobar.com."));
    return authority;
}

Authority rootServer() {
    Authority authority;
    authority.addZone(shippedZone("root.zone", "."));
    return authority;
}

std::vector<std::string> texts(const std::vector<wire::DnsRecord>& records) {
    std::vector<std::string> out;
    for (const auto& rr : records) {
        out.push_back(rr.toPresentation());
    }
    return out;
}

TEST(Authority, AuthoritativeAnswer) {
    const auto answer = foobarServer().answer(queryBytes("foobar.com", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::Answer);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_EQ(reply.header.id, 0x1234);
    EXPECT_TRUE(reply.header.response);
    EXPECT_TRUE(reply.header.authoritative);
    EXPECT_FALSE(reply.header.recursionAvailable);
    EXPECT_EQ(reply.rcode(), DnsRcode::NoError);
    ASSERT_EQ(reply.questions.size(), 1u);
    EXPECT_EQ(texts(reply.answers),
              (std::vector<std::string>{"foobar.com. 3600 IN A 198.51.100.10",
                                        "foobar.com. 3600 IN A 198.51.100.11",
                                        "foobar.com. 3600 IN A 198.51.100.12"}));
    EXPECT_TRUE(reply.authorities.empty());
    EXPECT_EQ(answer.zone, name("foobar.com."));
}

TEST(Authority, MxAnswerCarriesTheExchangeAddress) {
    const auto answer =
        foobarServer().answer(queryBytes("foobar.com", DnsType::MX), Transport::Udp);
    const auto reply = decodeOrFail(answer.bytes);
    ASSERT_EQ(reply.answers.size(), 1u);
    EXPECT_EQ(texts(reply.additionals),
              (std::vector<std::string>{"mail.foobar.com. 3600 IN A 198.51.100.25"}));
}

TEST(Authority, CnameIsFollowedInsideTheZone) {
    const auto answer =
        foobarServer().answer(queryBytes("www.foobar.com", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::CnameChain);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_TRUE(reply.header.authoritative);
    ASSERT_EQ(reply.answers.size(), 4u);
    EXPECT_EQ(reply.answers[0].toPresentation(), "www.foobar.com. 300 IN CNAME foobar.com.");
    EXPECT_EQ(reply.answers[1].type(), DnsType::A);
}

TEST(Authority, CnameQueryReturnsTheAliasItself) {
    const auto answer =
        foobarServer().answer(queryBytes("www.foobar.com", DnsType::CNAME), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::Answer);
    EXPECT_EQ(decodeOrFail(answer.bytes).answers.size(), 1u);
}

TEST(Authority, CnameLeavingTheZoneStopsThereAndLoopsEnd) {
    Authority authority;
    auto zone = Zone::fromText("$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"
                               "out CNAME www.example.net.\n"
                               "a CNAME b\nb CNAME a\n",
                               name("t."));
    ASSERT_TRUE(zone.ok());
    authority.addZone(std::move(*zone.zone));
    const auto out = authority.answer(queryBytes("out.t", DnsType::A), Transport::Udp);
    EXPECT_EQ(out.kind, Kind::CnameChain);
    EXPECT_EQ(decodeOrFail(out.bytes).answers.size(), 1u);
    const auto loop = authority.answer(queryBytes("a.t", DnsType::A), Transport::Udp);
    EXPECT_EQ(loop.kind, Kind::CnameChain);
    EXPECT_EQ(decodeOrFail(loop.bytes).answers.size(), 2u);
}

TEST(Authority, CnameToAMissingNameIsNxDomainWithTheChain) {
    Authority authority;
    auto zone = Zone::fromText("$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"
                               "dangling CNAME nothing\n",
                               name("t."));
    ASSERT_TRUE(zone.ok());
    authority.addZone(std::move(*zone.zone));
    const auto answer = authority.answer(queryBytes("dangling.t", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::CnameChain);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_EQ(reply.rcode(), DnsRcode::NXDomain);
    EXPECT_EQ(reply.answers.size(), 1u);
    EXPECT_EQ(reply.authorities.size(), 1u);
}

TEST(Authority, ReferralWithGlue) {
    const auto answer =
        rootServer().answer(queryBytes("www.foobar.com", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::Referral);
    EXPECT_EQ(answer.cut, name("com."));
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_FALSE(reply.header.authoritative);
    EXPECT_EQ(reply.rcode(), DnsRcode::NoError);
    EXPECT_TRUE(reply.answers.empty());
    EXPECT_EQ(texts(reply.authorities),
              (std::vector<std::string>{"com. 172800 IN NS a.gtld-servers.net."}));
    EXPECT_EQ(texts(reply.additionals),
              (std::vector<std::string>{"a.gtld-servers.net. 172800 IN A 192.5.6.30"}));
}

TEST(Authority, GluelessReferral) {
    Authority org;
    org.addZone(shippedZone("org.zone", "org."));
    const auto answer = org.answer(queryBytes("shop.example.org", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::Referral);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_EQ(reply.authorities.size(), 1u);
    EXPECT_TRUE(reply.additionals.empty());
}

TEST(Authority, NxDomainWithSoaAndNegativeTtl) {
    const auto answer =
        foobarServer().answer(queryBytes("nosuch.foobar.com", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::NxDomain);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_TRUE(reply.header.authoritative);
    EXPECT_EQ(reply.rcode(), DnsRcode::NXDomain);
    EXPECT_TRUE(reply.answers.empty());
    ASSERT_EQ(reply.authorities.size(), 1u);
    EXPECT_EQ(reply.authorities[0].type(), DnsType::SOA);
    // RFC 2308 section 3: min(SOA TTL 3600, MINIMUM 300).
    EXPECT_EQ(reply.authorities[0].ttl, 300u);
}

TEST(Authority, NoDataWithSoa) {
    const auto answer =
        foobarServer().answer(queryBytes("mail.foobar.com", DnsType::AAAA), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::NoData);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_TRUE(reply.header.authoritative);
    EXPECT_EQ(reply.rcode(), DnsRcode::NoError);
    EXPECT_TRUE(reply.answers.empty());
    ASSERT_EQ(reply.authorities.size(), 1u);
    EXPECT_EQ(reply.authorities[0].ttl, 300u);
}

TEST(Authority, RefusedOutsideItsZonesForTransfersAndOtherClasses) {
    const auto server = foobarServer();
    EXPECT_EQ(server.answer(queryBytes("example.net", DnsType::A), Transport::Udp).kind,
              Kind::Refused);
    const auto refused =
        decodeOrFail(server.answer(queryBytes("example.net", DnsType::A), Transport::Udp).bytes);
    EXPECT_EQ(refused.rcode(), DnsRcode::Refused);
    EXPECT_FALSE(refused.header.authoritative);
    EXPECT_EQ(server.answer(queryBytes("foobar.com", DnsType::AXFR), Transport::Tcp).kind,
              Kind::Refused);
    const auto chaos = DnsMessage::query(7, name("version.bind"), DnsType::TXT, wire::DnsClass::CH)
                           .encode()
                           .value();
    EXPECT_EQ(server.answer(chaos, Transport::Udp).kind, Kind::Refused);
}

TEST(Authority, FormErrForMalformedQueries) {
    const auto server = foobarServer();
    // No question.
    DnsMessage empty;
    empty.header.id = 99;
    auto answer = server.answer(empty.encode().value(), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::FormErr);
    auto reply = decodeOrFail(answer.bytes);
    EXPECT_EQ(reply.header.id, 99);
    EXPECT_EQ(reply.rcode(), DnsRcode::FormErr);
    // Two questions.
    auto two = DnsMessage::query(5, name("foobar.com"), DnsType::A);
    two.questions.push_back(two.questions.front());
    EXPECT_EQ(server.answer(two.encode().value(), Transport::Udp).kind, Kind::FormErr);
    // Two OPT records.
    auto opts =
        DnsMessage::query(5, name("foobar.com"), DnsType::A, wire::DnsClass::IN, false, 1232);
    opts.additionals.push_back(opts.additionals.front());
    EXPECT_EQ(server.answer(opts.encode().value(), Transport::Udp).kind, Kind::FormErr);
    // Bytes that do not decode: QDCOUNT 1 but the question is cut off.
    std::vector<std::uint8_t> cut{0xAB, 0xCD, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 3, 'w'};
    answer = server.answer(cut, Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::FormErr);
    EXPECT_FALSE(answer.problem.empty());
    reply = decodeOrFail(answer.bytes);
    EXPECT_EQ(reply.header.id, 0xABCD);
    EXPECT_TRUE(reply.header.recursionDesired);
    EXPECT_EQ(reply.rcode(), DnsRcode::FormErr);
}

TEST(Authority, NotImpForOtherOpcodes) {
    auto notify = DnsMessage::query(5, name("foobar.com"), DnsType::SOA);
    notify.header.opcode = static_cast<std::uint8_t>(wire::DnsOpcode::Notify);
    const auto answer = foobarServer().answer(notify.encode().value(), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::NotImp);
    const auto reply = decodeOrFail(answer.bytes);
    EXPECT_EQ(reply.header.opcode, static_cast<std::uint8_t>(wire::DnsOpcode::Notify));
    EXPECT_EQ(reply.rcode(), DnsRcode::NotImp);
}

TEST(Authority, EdnsIsEchoedAndVersionAboveZeroIsBadVers) {
    const auto server = foobarServer();
    const auto answer = server.answer(queryBytes("foobar.com", DnsType::A, 4096), Transport::Udp);
    const auto reply = decodeOrFail(answer.bytes);
    ASSERT_NE(reply.edns(), nullptr);
    EXPECT_EQ(reply.edns()->udpPayloadSize, 1232);

    auto v1 = DnsMessage::query(5, name("foobar.com"), DnsType::A, wire::DnsClass::IN, false, 1232);
    std::get<wire::DnsOptRdata>(v1.additionals[0].rdata).version = 1;
    v1.additionals[0] = wire::DnsRecord::opt(std::get<wire::DnsOptRdata>(v1.additionals[0].rdata));
    const auto bad = server.answer(v1.encode().value(), Transport::Udp);
    EXPECT_EQ(bad.kind, Kind::BadVers);
    const auto badReply = decodeOrFail(bad.bytes);
    EXPECT_EQ(badReply.rcode(), DnsRcode::BadVers);
    ASSERT_NE(badReply.edns(), nullptr);
    EXPECT_EQ(badReply.edns()->version, 0);
    EXPECT_TRUE(badReply.answers.empty());
}

Authority bigTxtServer() {
    std::string text = "$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n";
    for (int i = 0; i < 5; ++i) {
        text += "big TXT \"" + std::string(200, static_cast<char>('a' + i)) + "\"\n";
    }
    auto zone = Zone::fromText(text, name("t."));
    EXPECT_TRUE(zone.ok());
    Authority authority;
    authority.addZone(std::move(*zone.zone));
    return authority;
}

TEST(Authority, TruncatesOverUdpAndNotOverTcp) {
    const auto server = bigTxtServer(); // about 1.1 kB of TXT
    const auto udp = server.answer(queryBytes("big.t", DnsType::TXT), Transport::Udp);
    EXPECT_EQ(udp.kind, Kind::Truncated);
    EXPECT_EQ(udp.untruncatedKind, Kind::Answer);
    EXPECT_LE(udp.bytes.size(), 512u);
    const auto tc = decodeOrFail(udp.bytes);
    EXPECT_TRUE(tc.header.truncated);
    EXPECT_TRUE(tc.answers.empty()); // whole RRsets only (RFC 2181 section 9)
    EXPECT_EQ(udp.response.answers.size(), 5u);

    // A 512-byte EDNS size is still too small; the client's 4096 is capped by our 1232, which
    // fits; TCP always fits.
    EXPECT_EQ(server.answer(queryBytes("big.t", DnsType::TXT, 512), Transport::Udp).kind,
              Kind::Truncated);
    const auto edns = server.answer(queryBytes("big.t", DnsType::TXT, 4096), Transport::Udp);
    EXPECT_EQ(edns.kind, Kind::Answer);
    EXPECT_GT(edns.bytes.size(), 512u);
    EXPECT_LE(edns.bytes.size(), 1232u);
    const auto tcp = server.answer(queryBytes("big.t", DnsType::TXT), Transport::Tcp);
    EXPECT_EQ(tcp.kind, Kind::Answer);
    EXPECT_EQ(decodeOrFail(tcp.bytes).answers.size(), 5u);

    AuthorityOptions small;
    small.ednsPayloadSize = 600;
    Authority capped(small);
    capped.addZone(server.zones().front());
    EXPECT_EQ(capped.answer(queryBytes("big.t", DnsType::TXT, 4096), Transport::Udp).kind,
              Kind::Truncated);
}

TEST(Authority, DropsRuntsAndResponses) {
    const auto server = foobarServer();
    const std::vector<std::uint8_t> runt{1, 2, 3};
    EXPECT_EQ(server.answer(runt, Transport::Udp).kind, Kind::Dropped);
    EXPECT_TRUE(server.respond(runt, Transport::Udp).empty());
    auto response = queryBytes("foobar.com", DnsType::A);
    response[2] |= 0x80;
    EXPECT_EQ(server.answer(response, Transport::Udp).kind, Kind::Dropped);
}

TEST(Authority, AnswersFromTheDeepestZone) {
    // One server holding a parent and its delegated child answers the child's names itself.
    auto parent = Zone::fromText("$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"
                                 "child NS ns.child\nns.child A 192.0.2.2\n",
                                 name("p."));
    auto child = Zone::fromText("$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.2\n"
                                "www A 192.0.2.80\n",
                                name("child.p."));
    ASSERT_TRUE(parent.ok());
    ASSERT_TRUE(child.ok());
    Authority both;
    both.addZone(std::move(*child.zone));
    both.addZone(std::move(*parent.zone));
    EXPECT_EQ(both.zoneFor(name("www.child.p"))->origin(), name("child.p."));
    EXPECT_EQ(both.zoneFor(name("ns.p"))->origin(), name("p."));
    EXPECT_EQ(both.zoneFor(name("q.")), nullptr);
    const auto answer = both.answer(queryBytes("www.child.p", DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, Kind::Answer);
    EXPECT_EQ(answer.zone, name("child.p."));
}

TEST(Authority, RespondEqualsAnswerBytes) {
    const auto server = rootServer();
    const auto query = queryBytes("example.org", DnsType::A);
    EXPECT_EQ(server.respond(query, Transport::Udp), server.answer(query, Transport::Udp).bytes);
    EXPECT_STREQ(authorityAnswerKindName(Kind::CnameChain), "CnameChain");
}

} // namespace
} // namespace hopscope::dns
