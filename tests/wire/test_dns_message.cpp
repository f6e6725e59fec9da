// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/dns_message.h"
#include "wire/dns_tcp_deframer.h"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

DnsName name(const char* text) {
    auto n = DnsName::parse(text);
    EXPECT_TRUE(n.has_value()) << text;
    return n.value_or(DnsName{});
}

std::vector<std::uint8_t> encoded(const DnsMessage& m) {
    std::string problem;
    auto bytes = m.encode(&problem);
    EXPECT_TRUE(bytes.has_value()) << problem;
    return bytes.value_or(std::vector<std::uint8_t>{});
}

DnsMessage decoded(const std::vector<std::uint8_t>& bytes) {
    auto r = DnsMessage::decode(bytes);
    EXPECT_TRUE(r.ok()) << r.problem;
    return r.message.value_or(DnsMessage{});
}

// A reply holding one record of every type the codec knows, plus an unknown one.
DnsMessage everyType() {
    auto m = DnsMessage::responseTo(
        DnsMessage::query(0x1a2b, name("www.foobar.com"), DnsType::A, DnsClass::IN, true, 1232));
    m.header.authoritative = true;
    m.header.recursionAvailable = true;
    m.answers.push_back(DnsRecord::cname(name("www.foobar.com"), 300, name("foobar.com")));
    m.answers.push_back(DnsRecord::a(name("foobar.com"), 300, Ipv4Address(93, 184, 216, 34)));
    m.answers.push_back(
        DnsRecord::aaaa(name("foobar.com"), 300, *Ipv6Address::parse("2001:db8::1")));
    m.answers.push_back(DnsRecord::mx(name("foobar.com"), 3600, 10, name("mail.foobar.com")));
    m.answers.push_back(
        DnsRecord::txt(name("foobar.com"), 60, {"v=spf1 -all", "", std::string(255, 'x')}));
    m.answers.push_back(
        DnsRecord::ptr(name("34.216.184.93.in-addr.arpa"), 600, name("foobar.com")));
    m.answers.push_back(
        DnsRecord::srv(name("_sip._tcp.foobar.com"), 86400, 10, 60, 5060, name("sip.foobar.com")));
    m.answers.push_back(
        DnsRecord{name("x.foobar.com"), DnsClass::IN, 5, DnsRawRdata{65280, {1, 2, 3, 4, 5}}});
    m.answers.push_back(
        DnsRecord{name("version.bind"), DnsClass::CH, 0, DnsRawRdata{1, {127, 0, 0, 1}}});
    m.authorities.push_back(DnsRecord::ns(name("foobar.com"), 172800, name("ns1.foobar.com")));
    m.authorities.push_back(
        DnsRecord::soa(name("foobar.com"), 3600,
                       DnsSoaRdata{name("ns1.foobar.com"), name("hostmaster.foobar.com"),
                                   2024010101, 7200, 3600, 1209600, 300}));
    m.additionals.push_back(DnsRecord::a(name("ns1.foobar.com"), 172800, Ipv4Address(10, 0, 0, 1)));
    return m;
}

TEST(DnsMessage, EveryRecordTypeRoundTripsByteForByte) {
    const auto m = everyType();
    const auto bytes = encoded(m);
    const auto back = decoded(bytes);
    EXPECT_EQ(back, m);
    EXPECT_EQ(encoded(back), bytes);
    ASSERT_EQ(back.answers.size(), 9U);
    EXPECT_EQ(back.answers[0].type(), DnsType::CNAME);
    EXPECT_EQ(back.answers[7].type(), static_cast<DnsType>(65280));
    EXPECT_EQ(back.answers[8].type(), DnsType::A); // opaque outside class IN
    EXPECT_TRUE(std::holds_alternative<DnsRawRdata>(back.answers[8].rdata));
    ASSERT_NE(back.edns(), nullptr);
    EXPECT_EQ(back.edns()->udpPayloadSize, 1232);
}

TEST(DnsMessage, HeaderFlagsRoundTrip) {
    for (std::uint32_t flags = 0; flags <= 0xFFFF; flags += 0x0111) {
        DnsMessage m;
        m.header.id = 0xBEEF;
        m.header.setFlags(static_cast<std::uint16_t>(flags));
        EXPECT_EQ(m.header.flags(), flags);
        const auto back = decoded(encoded(m));
        EXPECT_EQ(back.header, m.header);
    }
    DnsHeader h;
    h.response = true;
    h.opcode = 4;
    h.authoritative = h.truncated = h.recursionDesired = h.recursionAvailable = true;
    h.authenticData = h.checkingDisabled = true;
    h.rcode = 3;
    EXPECT_EQ(h.flags(), 0xA7B3);
}

TEST(DnsMessage, CompressesNamesAndPreservesCase) {
    auto m = DnsMessage::responseTo(DnsMessage::query(1, name("WWW.FooBar.com"), DnsType::A));
    m.answers.push_back(DnsRecord::cname(name("WWW.FooBar.com"), 1, name("FooBar.com")));
    m.answers.push_back(DnsRecord::a(name("foobar.com"), 1, Ipv4Address(1, 2, 3, 4)));
    const auto bytes = encoded(m);
    // Question name at 12 (16 bytes); the CNAME owner is a pointer to 12, its target a pointer
    // to "FooBar.com" at 16; "foobar.com" differs in case so only "com" (at 23) is shared.
    const std::vector<std::uint8_t> answer1 = {0xC0, 12, 0, 5, 0, 1, 0, 0, 0, 1, 0, 2, 0xC0, 16};
    EXPECT_TRUE(std::equal(answer1.begin(), answer1.end(), bytes.begin() + 32));
    const std::vector<std::uint8_t> owner2 = {6, 'f', 'o', 'o', 'b', 'a', 'r', 0xC0, 23};
    EXPECT_TRUE(std::equal(owner2.begin(), owner2.end(), bytes.begin() + 46));
    const auto back = decoded(bytes);
    EXPECT_EQ(back.answers[0].name.toText(), "WWW.FooBar.com.");
    EXPECT_EQ(std::get<DnsCnameRdata>(back.answers[0].rdata).target.toText(), "FooBar.com.");
    EXPECT_EQ(back.answers[1].name.toText(), "foobar.com.");
}

TEST(DnsMessage, SrvTargetsAreNotCompressed) {
    auto m =
        DnsMessage::responseTo(DnsMessage::query(1, name("_sip._tcp.foobar.com"), DnsType::SRV));
    m.answers.push_back(
        DnsRecord::srv(name("_sip._tcp.foobar.com"), 1, 1, 2, 3, name("foobar.com")));
    const auto bytes = encoded(m);
    const auto target = name("foobar.com").toWire();
    EXPECT_TRUE(
        std::equal(target.begin(), target.end(), bytes.end() - static_cast<long>(target.size())));
}

// Bytes dig 9.18 sent for `dig @127.0.0.1 -p N www.foobar.com A` (captured on a local socket):
// RD and AD set, EDNS with a 1232-byte payload and a client cookie.
const std::vector<std::uint8_t> kDigQuery = {
    0x31, 0x1b, 0x01, 0x20, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77,
    0x77, 0x77, 0x06, 0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72, 0x03, 0x63, 0x6f, 0x6d, 0x00,
    0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x0c, 0x00, 0x0a, 0x00, 0x08, 0xb3, 0xda, 0xd8, 0x90, 0x11, 0xcb, 0xb3, 0x4c};

TEST(DnsMessage, DecodesARealDigQuery) {
    const auto m = decoded(kDigQuery);
    EXPECT_EQ(m.header.id, 0x311b);
    EXPECT_FALSE(m.header.response);
    EXPECT_TRUE(m.header.recursionDesired);
    EXPECT_TRUE(m.header.authenticData);
    ASSERT_EQ(m.questions.size(), 1U);
    EXPECT_EQ(m.questions[0].toPresentation(), ";www.foobar.com. IN A");
    const auto* opt = m.edns();
    ASSERT_NE(opt, nullptr);
    EXPECT_EQ(opt->udpPayloadSize, 1232);
    EXPECT_FALSE(opt->dnssecOk);
    ASSERT_EQ(opt->options.size(), 1U);
    EXPECT_EQ(opt->options[0].code, 10); // COOKIE
    EXPECT_EQ(opt->options[0].data.size(), 8U);
    EXPECT_EQ(encoded(m), kDigQuery);
}

// A reply as an authoritative server writes it, by hand: answers and authority records use
// pointers into the question and into earlier record data.
TEST(DnsMessage, DecodesAHandWrittenCompressedReply) {
    // clang-format off
    const std::vector<std::uint8_t> bytes = {
        0x12, 0x34, 0x85, 0x00, 0, 1, 0, 2, 0, 1, 0, 1,                              // header
        3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, // 12
        0, 1, 0, 1,                                                                  // A IN
        0xC0, 12, 0, 5, 0, 1, 0, 0, 0x0e, 0x10, 0, 2, 0xC0, 16,                      // 33 CNAME
        0xC0, 16, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34,              // 47 A
        0xC0, 16, 0, 2, 0, 1, 0, 1, 0x51, 0x80, 0, 6, 3, 'n', 's', '1', 0xC0, 16,    // 63 NS
        0xC0, 75, 0, 1, 0, 1, 0, 1, 0x51, 0x80, 0, 4, 10, 0, 0, 53,                  // 81 glue
    };
    // clang-format on
    const auto m = decoded(bytes);
    ASSERT_EQ(m.answers.size(), 2U);
    EXPECT_EQ(m.answers[0].toPresentation(), "www.example.com. 3600 IN CNAME example.com.");
    EXPECT_EQ(m.answers[1].toPresentation(), "example.com. 3600 IN A 93.184.216.34");
    EXPECT_EQ(m.authorities[0].toPresentation(), "example.com. 86400 IN NS ns1.example.com.");
    EXPECT_EQ(m.additionals[0].toPresentation(), "ns1.example.com. 86400 IN A 10.0.0.53");
    // Our encoder makes the same compression choices here, so the bytes come back unchanged.
    EXPECT_EQ(encoded(m), bytes);
}

TEST(DnsMessage, EveryTruncationIsAProblemNamingAnOffset) {
    const auto bytes = encoded(everyType());
    for (std::size_t len = 0; len < bytes.size(); ++len) {
        const std::span<const std::uint8_t> prefix(bytes.data(), len);
        const auto r = DnsMessage::decode(prefix);
        ASSERT_FALSE(r.ok()) << len;
        EXPECT_FALSE(r.message.has_value());
        EXPECT_NE(r.problem.find("byte"), std::string::npos) << len << ": " << r.problem;
        EXPECT_LE(r.problemOffset, len);
    }
}

TEST(DnsMessage, MutatedMessagesDecodeEncodeDecodeStably) {
    const auto original = encoded(everyType());
    std::mt19937 rng(1234);
    int decodedCount = 0;
    for (int round = 0; round < 20000; ++round) {
        auto bytes = original;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            bytes[rng() % bytes.size()] = static_cast<std::uint8_t>(rng());
        }
        const auto r = DnsMessage::decode(bytes);
        if (!r.ok()) {
            EXPECT_FALSE(r.problem.empty());
            continue;
        }
        ++decodedCount;
        std::string problem;
        const auto again = r.message->encode(&problem);
        if (!again) {
            continue; // e.g. a TXT string grew past 255 bytes? impossible on decode, but allowed
        }
        const auto r2 = DnsMessage::decode(*again);
        ASSERT_TRUE(r2.ok()) << r2.problem;
        EXPECT_EQ(*r2.message, *r.message);
        EXPECT_EQ(*r2.message->encode(), *again);
    }
    EXPECT_GT(decodedCount, 1000);
}

TEST(DnsMessage, RdataMustFitItsLength) {
    auto make = [](std::uint16_t type, std::vector<std::uint8_t> rdata) {
        std::vector<std::uint8_t> b = {0, 1, 0x80, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        b.push_back(static_cast<std::uint8_t>(type >> 8));
        b.push_back(static_cast<std::uint8_t>(type));
        b.insert(b.end(), {0, 1, 0, 0, 0, 1});
        b.push_back(static_cast<std::uint8_t>(rdata.size() >> 8));
        b.push_back(static_cast<std::uint8_t>(rdata.size()));
        b.insert(b.end(), rdata.begin(), rdata.end());
        return b;
    };
    auto problemOf = [](const std::vector<std::uint8_t>& b) {
        const auto r = DnsMessage::decode(b);
        EXPECT_FALSE(r.ok());
        return r.problem;
    };
    EXPECT_NE(problemOf(make(1, {1, 2, 3, 4, 5})).find("expected 4"), std::string::npos);
    EXPECT_NE(problemOf(make(28, {1, 2, 3})).find("expected 16"), std::string::npos);
    // A CNAME whose name runs past RDLENGTH.
    auto overrun = make(5, {1, 'a'});
    overrun.push_back(0); // the name's end lies after RDLENGTH
    EXPECT_NE(problemOf(overrun).find("past the end of the RDATA"), std::string::npos);
    auto longer = make(5, {1, 'a', 0});
    longer[22] = 2; // RDLENGTH 2 while the name takes 3
    EXPECT_FALSE(DnsMessage::decode(longer).ok());
    EXPECT_NE(problemOf(make(15, {0, 10, 0, 9})).find("unexpected bytes"), std::string::npos);
    EXPECT_NE(problemOf(make(16, {5, 'a'})).find("TXT string"), std::string::npos);
    EXPECT_NE(problemOf(make(41, {0, 10, 0, 8, 1})).find("EDNS option"), std::string::npos);
    EXPECT_NE(problemOf(make(6, {0, 0, 1, 2})).find("RDATA ends early"), std::string::npos);
    EXPECT_NE(problemOf(make(33, {0, 1, 0, 2})).find("RDATA ends early"), std::string::npos);
    // RDLENGTH beyond the message.
    auto past = make(1, {1, 2, 3, 4});
    past[22] = 9;
    EXPECT_NE(problemOf(past).find("runs past the end of the message"), std::string::npos);
    // Problems name the section and record.
    EXPECT_EQ(problemOf(make(1, {1})).rfind("answer 1: A record:", 0), 0U);
    // Trailing bytes after the last record are ignored but counted.
    auto trailing = make(1, {1, 2, 3, 4});
    trailing.push_back(0xFF);
    const auto r = DnsMessage::decode(trailing);
    ASSERT_TRUE(r.ok()) << r.problem;
    EXPECT_EQ(r.length, trailing.size() - 1);
}

TEST(DnsMessage, EncodeRefusesWhatCannotBeRepresented) {
    auto m = DnsMessage::responseTo(DnsMessage::query(1, name("a"), DnsType::TXT));
    m.answers.push_back(DnsRecord::txt(name("a"), 1, {std::string(256, 'x')}));
    std::string problem;
    EXPECT_FALSE(m.encode(&problem));
    EXPECT_NE(problem.find("255"), std::string::npos) << problem;
    DnsMessage big;
    for (int i = 0; i < 300; ++i) {
        big.answers.push_back(DnsRecord::txt(name("a"), 1, {std::string(255, 'y')}));
    }
    EXPECT_FALSE(big.encode(&problem));
    EXPECT_NE(problem.find("65535"), std::string::npos) << problem;
}

TEST(DnsMessage, EncodeTruncatedDropsExtrasThenSetsTc) {
    auto m = DnsMessage::responseTo(
        DnsMessage::query(9, name("foobar.com"), DnsType::TXT, DnsClass::IN, true, 1232));
    for (int i = 0; i < 3; ++i) {
        m.answers.push_back(DnsRecord::txt(name("foobar.com"), 60, {std::string(100, 'a')}));
    }
    for (int i = 0; i < 4; ++i) {
        m.additionals.push_back(DnsRecord::a(name("foobar.com"), 60, Ipv4Address(10, 0, 0, 1)));
    }
    const auto full = encoded(m);
    ASSERT_GT(full.size(), 400U);
    auto same = m.encodeTruncated(full.size());
    ASSERT_TRUE(same);
    EXPECT_EQ(*same, full);

    const auto withoutExtras = m.encodeTruncated(full.size() - 1);
    ASSERT_TRUE(withoutExtras);
    const auto a = decoded(*withoutExtras);
    EXPECT_FALSE(a.header.truncated);
    EXPECT_EQ(a.answers.size(), 3U);
    ASSERT_EQ(a.additionals.size(), 1U); // only OPT stays
    EXPECT_NE(a.edns(), nullptr);

    const auto bare = m.encodeTruncated(100);
    ASSERT_TRUE(bare);
    EXPECT_LE(bare->size(), 100U);
    const auto b = decoded(*bare);
    EXPECT_TRUE(b.header.truncated);
    EXPECT_TRUE(b.answers.empty());
    EXPECT_EQ(b.questions, m.questions);

    std::string problem;
    EXPECT_FALSE(m.encodeTruncated(20, &problem));
    EXPECT_FALSE(problem.empty());
}

TEST(DnsMessage, QueryAndResponseHelpers) {
    const auto q =
        DnsMessage::query(0x4242, name("www.foobar.com"), DnsType::AAAA, DnsClass::IN, false, 4096);
    EXPECT_EQ(q.header.id, 0x4242);
    EXPECT_FALSE(q.header.recursionDesired);
    ASSERT_NE(q.edns(), nullptr);
    EXPECT_EQ(q.edns()->udpPayloadSize, 4096);
    EXPECT_EQ(q.additionals[0].name, DnsName{});
    EXPECT_EQ(static_cast<std::uint16_t>(q.additionals[0].rclass), 4096);

    auto query = q;
    query.header.recursionDesired = true;
    query.header.checkingDisabled = true;
    query.header.opcode = 0;
    const auto r = DnsMessage::responseTo(query, 1400);
    EXPECT_TRUE(r.header.response);
    EXPECT_EQ(r.header.id, 0x4242);
    EXPECT_TRUE(r.header.recursionDesired);
    EXPECT_TRUE(r.header.checkingDisabled);
    EXPECT_EQ(r.questions, q.questions);
    ASSERT_NE(r.edns(), nullptr);
    EXPECT_EQ(r.edns()->udpPayloadSize, 1400);
    EXPECT_EQ(DnsMessage::responseTo(DnsMessage::query(1, name("a"), DnsType::A)).edns(), nullptr);
}

TEST(DnsMessage, ExtendedRcodeLivesInOpt) {
    auto m = DnsMessage::responseTo(DnsMessage::query(1, name("a"), DnsType::A));
    m.setRcode(DnsRcode::NXDomain);
    EXPECT_EQ(m.rcode(), DnsRcode::NXDomain);
    EXPECT_EQ(m.header.rcode, 3);
    EXPECT_EQ(m.edns(), nullptr);
    m.setRcode(DnsRcode::BadVers); // BADVERS needs OPT
    EXPECT_EQ(m.header.rcode, 0);
    ASSERT_NE(m.edns(), nullptr);
    EXPECT_EQ(m.edns()->extendedRcode, 1);
    EXPECT_EQ(m.rcode(), DnsRcode::BadVers);
    const auto back = decoded(encoded(m));
    EXPECT_EQ(back.rcode(), DnsRcode::BadVers);
    EXPECT_EQ(back.additionals[0].ttl, 0x01000000U);
    m.setRcode(DnsRcode::NoError);
    EXPECT_EQ(m.edns()->extendedRcode, 0);
}

TEST(DnsMessage, OptFlagsRoundTrip) {
    DnsOptRdata opt;
    opt.udpPayloadSize = 512;
    opt.extendedRcode = 0xAB;
    opt.version = 1;
    opt.dnssecOk = true;
    opt.z = 0x1234;
    opt.options = {{3, {}}, {65001, {0xDE, 0xAD}}};
    DnsMessage m;
    m.additionals.push_back(DnsRecord::opt(opt));
    EXPECT_EQ(opt.packedTtl(), 0xAB019234U);
    const auto back = decoded(encoded(m));
    ASSERT_NE(back.edns(), nullptr);
    EXPECT_EQ(*back.edns(), opt);
    EXPECT_EQ(back.additionals[0].toPresentation(), "; EDNS: version: 1, flags: do; udp: 512");
}

TEST(DnsMessage, NamesOfTypesClassesAndCodes) {
    EXPECT_EQ(dnsTypeName(DnsType::A), "A");
    EXPECT_EQ(dnsTypeName(DnsType::AAAA), "AAAA");
    EXPECT_EQ(dnsTypeName(DnsType::ANY), "ANY");
    EXPECT_EQ(dnsTypeName(DnsType::AXFR), "AXFR");
    EXPECT_EQ(dnsTypeName(static_cast<DnsType>(253)), "MAILB");
    EXPECT_EQ(dnsTypeName(static_cast<DnsType>(65280)), "TYPE65280");
    EXPECT_EQ(dnsTypeFromName("cname"), DnsType::CNAME);
    EXPECT_EQ(dnsTypeFromName("SRV"), DnsType::SRV);
    EXPECT_EQ(dnsTypeFromName("ANY"), DnsType::ANY);
    EXPECT_EQ(dnsTypeFromName("type65280"), static_cast<DnsType>(65280));
    EXPECT_FALSE(dnsTypeFromName("TYPE65536"));
    EXPECT_FALSE(dnsTypeFromName("TYPE"));
    EXPECT_FALSE(dnsTypeFromName("BOGUS"));
    for (std::uint32_t t = 0; t <= 0xFFFF; t += 7) {
        const auto type = static_cast<DnsType>(t);
        EXPECT_EQ(dnsTypeFromName(dnsTypeName(type)), type) << t;
    }
    EXPECT_EQ(dnsClassName(DnsClass::IN), "IN");
    EXPECT_EQ(dnsClassName(static_cast<DnsClass>(42)), "CLASS42");
    EXPECT_EQ(dnsClassFromName("ch"), DnsClass::CH);
    EXPECT_EQ(dnsClassFromName("CLASS42"), static_cast<DnsClass>(42));
    EXPECT_EQ(dnsRcodeName(DnsRcode::NoError), "NOERROR");
    EXPECT_EQ(dnsRcodeName(DnsRcode::NXDomain), "NXDOMAIN");
    EXPECT_EQ(dnsRcodeName(DnsRcode::ServFail), "SERVFAIL");
    EXPECT_EQ(dnsRcodeName(DnsRcode::BadVers), "BADVERS");
    EXPECT_EQ(dnsRcodeName(static_cast<DnsRcode>(12)), "RCODE12");
    EXPECT_EQ(dnsOpcodeName(0), "QUERY");
    EXPECT_EQ(dnsOpcodeName(5), "UPDATE");
    EXPECT_EQ(dnsOpcodeName(9), "OPCODE9");
}

TEST(DnsMessage, PresentationFormLikeDig) {
    const auto m = everyType();
    std::vector<std::string> lines;
    for (const auto* section : {&m.answers, &m.authorities, &m.additionals}) {
        for (const auto& rr : *section) {
            lines.push_back(rr.toPresentation());
        }
    }
    const std::vector<std::string> expected = {
        "www.foobar.com. 300 IN CNAME foobar.com.",
        "foobar.com. 300 IN A 93.184.216.34",
        "foobar.com. 300 IN AAAA 2001:db8::1",
        "foobar.com. 3600 IN MX 10 mail.foobar.com.",
        "foobar.com. 60 IN TXT \"v=spf1 -all\" \"\" \"" + std::string(255, 'x') + "\"",
        "34.216.184.93.in-addr.arpa. 600 IN PTR foobar.com.",
        "_sip._tcp.foobar.com. 86400 IN SRV 10 60 5060 sip.foobar.com.",
        "x.foobar.com. 5 IN TYPE65280 \\# 5 0102030405",
        "version.bind. 0 CH A \\# 4 7f000001",
        "foobar.com. 172800 IN NS ns1.foobar.com.",
        "foobar.com. 3600 IN SOA ns1.foobar.com. hostmaster.foobar.com. 2024010101 7200 3600 "
        "1209600 300",
        "; EDNS: version: 0, flags:; udp: 1232",
        "ns1.foobar.com. 172800 IN A 10.0.0.1",
    };
    EXPECT_EQ(lines, expected);
    const auto txt = DnsRecord::txt(name("t"), 1, {"say \"hi\"\\", std::string("\x01\xff", 2)});
    EXPECT_EQ(txt.rdataToPresentation(), "\"say \\\"hi\\\"\\\\\" \"\\001\\255\"");
    EXPECT_EQ(
        DnsRecord(DnsRecord{name("e"), DnsClass::IN, 1, DnsRawRdata{99, {}}}).rdataToPresentation(),
        "\\# 0");
}

TEST(DnsTcpDeframer, ReassemblesMessagesFedInPieces) {
    const auto q1 = encoded(DnsMessage::query(1, name("a.example"), DnsType::A));
    const auto q2 = encoded(everyType());
    std::vector<std::uint8_t> stream = *DnsTcpDeframer::frame(q1);
    const auto f2 = *DnsTcpDeframer::frame(q2);
    stream.insert(stream.end(), f2.begin(), f2.end());
    ASSERT_EQ(stream[0], 0);
    ASSERT_EQ(stream[1], q1.size());

    for (std::size_t piece : {std::size_t{1}, std::size_t{2}, std::size_t{7}, stream.size()}) {
        DnsTcpDeframer d;
        std::vector<std::vector<std::uint8_t>> got;
        for (std::size_t at = 0; at < stream.size(); at += piece) {
            d.feed(std::span<const std::uint8_t>(stream).subspan(
                at, std::min(piece, stream.size() - at)));
            while (auto m = d.next()) {
                got.push_back(std::move(*m));
            }
        }
        ASSERT_EQ(got.size(), 2U) << piece;
        EXPECT_EQ(got[0], q1);
        EXPECT_EQ(got[1], q2);
        EXPECT_EQ(d.buffered(), 0U);
    }
    DnsTcpDeframer partial;
    partial.feed(std::span<const std::uint8_t>(stream).first(5));
    EXPECT_FALSE(partial.next());
    EXPECT_EQ(partial.buffered(), 5U);
    EXPECT_FALSE(DnsTcpDeframer::frame(std::vector<std::uint8_t>(65536)));
    EXPECT_TRUE(DnsTcpDeframer::frame(std::vector<std::uint8_t>(65535)));
}

} // namespace
} // namespace hopscope::wire
