// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/dissector.h"
#include "wire/frame_builder.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

using golden::fromHex;

std::string joined(const Dissection& d, const std::string& filter) {
    std::string s;
    for (const Field* f : d.find(filter)) {
        if (!s.empty()) {
            s += ',';
        }
        s += f->value;
    }
    return s;
}

std::string layerList(const Dissection& d) {
    std::string s;
    for (const auto& l : d.layers) {
        s += (s.empty() ? "" : ":") + l.protocol;
    }
    return s;
}

const golden::GoldenFrame& goldenFrame(const std::string& name) {
    return golden::frame(name);
}

const Field* only(const Dissection& d, const std::string& filter) {
    const auto all = d.find(filter);
    return all.size() == 1 ? all.front() : nullptr;
}

// Protocols this dissector owns (the application layers are tested with their dissectors).
const std::set<std::string> kOwnProtocols = {"eth",  "vlan", "sll", "null", "arp", "ip",
                                             "ipv6", "icmp", "udp", "tcp",  "data"};

void checkFieldTree(const std::vector<Field>& fields, std::size_t frameBits,
                    const std::string& where) {
    for (const auto& f : fields) {
        SCOPED_TRACE(where + " / " + f.name);
        EXPECT_FALSE(f.name.empty());
        EXPECT_FALSE(f.meaning.empty()) << f.filter;
        EXPECT_LE(f.bitOffset + f.bitLength, frameBits) << f.filter;
        checkFieldTree(f.children, frameBits, where);
    }
}

TEST(DissectorGolden, MatchesTsharkFieldValuesProtocolAndInfo) {
    for (const auto& g : golden::kGoldenFrames) {
        SCOPED_TRACE(g.name);
        const Bytes frame = fromHex(g.hex);
        const Dissection d = dissect(g.link, frame);
        EXPECT_EQ(d.protocol, g.protocol);
        if (g.info != nullptr) {
            EXPECT_EQ(d.info, g.info);
        }
        EXPECT_EQ(layerList(d), g.layers);
        EXPECT_EQ(d.problem, "");
        for (const auto& f : g.fields) {
            EXPECT_EQ(joined(d, f.filter), f.value) << f.filter;
        }
    }
}

TEST(DissectorGolden, EveryFieldHasANameAMeaningAndStaysInsideTheFrame) {
    for (const auto& g : golden::kGoldenFrames) {
        const Bytes frame = fromHex(g.hex);
        const Dissection d = dissect(g.link, frame);
        std::size_t previousEnd = 0;
        for (const auto& l : d.layers) {
            if (kOwnProtocols.count(l.protocol) == 0) {
                continue;
            }
            SCOPED_TRACE(std::string(g.name) + " " + l.protocol);
            EXPECT_FALSE(l.name.empty());
            EXPECT_FALSE(l.summary.empty());
            EXPECT_GE(l.byteOffset, previousEnd);
            EXPECT_LE(l.byteOffset + l.byteLength, frame.size());
            previousEnd = l.byteOffset + l.byteLength;
            checkFieldTree(l.fields, frame.size() * 8, l.protocol);
        }
    }
}

TEST(DissectorGolden, CoversEveryRequiredFilter) {
    const char* required[] = {"eth.dst",
                              "eth.src",
                              "eth.type",
                              "vlan.id",
                              "vlan.priority",
                              "vlan.dei",
                              "vlan.etype",
                              "sll.pkttype",
                              "sll.hatype",
                              "sll.halen",
                              "sll.src.eth",
                              "sll.etype",
                              "sll.unused",
                              "sll.ifindex",
                              "null.family",
                              "arp.opcode",
                              "arp.src.hw_mac",
                              "arp.src.proto_ipv4",
                              "arp.dst.hw_mac",
                              "arp.dst.proto_ipv4",
                              "ip.version",
                              "ip.hdr_len",
                              "ip.dsfield",
                              "ip.dsfield.dscp",
                              "ip.dsfield.ecn",
                              "ip.len",
                              "ip.id",
                              "ip.flags",
                              "ip.flags.rb",
                              "ip.flags.df",
                              "ip.flags.mf",
                              "ip.frag_offset",
                              "ip.ttl",
                              "ip.proto",
                              "ip.checksum",
                              "ip.src",
                              "ip.dst",
                              "ip.opt.type",
                              "ip.opt.len",
                              "ipv6.version",
                              "ipv6.tclass",
                              "ipv6.flow",
                              "ipv6.plen",
                              "ipv6.nxt",
                              "ipv6.hlim",
                              "ipv6.src",
                              "ipv6.dst",
                              "icmp.type",
                              "icmp.code",
                              "icmp.checksum",
                              "icmp.ident",
                              "icmp.seq",
                              "icmp.unused",
                              "icmp.mtu",
                              "udp.srcport",
                              "udp.dstport",
                              "udp.length",
                              "udp.checksum",
                              "tcp.srcport",
                              "tcp.dstport",
                              "tcp.seq_raw",
                              "tcp.ack_raw",
                              "tcp.hdr_len",
                              "tcp.flags",
                              "tcp.flags.res",
                              "tcp.flags.ae",
                              "tcp.flags.cwr",
                              "tcp.flags.ece",
                              "tcp.flags.urg",
                              "tcp.flags.ack",
                              "tcp.flags.push",
                              "tcp.flags.reset",
                              "tcp.flags.syn",
                              "tcp.flags.fin",
                              "tcp.window_size_value",
                              "tcp.checksum",
                              "tcp.urgent_pointer",
                              "tcp.options",
                              "tcp.options.mss_val",
                              "tcp.options.wscale.shift",
                              "tcp.options.sack_perm",
                              "tcp.option_kind",
                              "tcp.option_len",
                              "tcp.options.timestamp.tsval",
                              "tcp.options.timestamp.tsecr",
                              "tcp.options.sack_le",
                              "tcp.options.sack_re",
                              "tcp.options.nop",
                              "tcp.options.eol",
                              "tcp.options.unknown.payload",
                              "tcp.options.experimental.exid",
                              "tcp.len",
                              "data.data",
                              "eth.padding",
                              "eth.trailer",
                              "eth.fcs"};
    std::set<std::string> golden;
    for (const auto& g : golden::kGoldenFrames) {
        for (const auto& f : g.fields) {
            golden.insert(f.filter);
        }
    }
    for (const char* r : required) {
        EXPECT_EQ(golden.count(r), 1u) << r << " has no tshark-checked value";
    }
}

// Cutting a golden frame at any length must keep the layers whose header fits, say where the
// bytes ran out, and never read past the end (run under ASan to prove the last part).
TEST(DissectorTruncation, EveryPrefixOfEveryGoldenFrame) {
    for (const auto& g : golden::kGoldenFrames) {
        const Bytes frame = fromHex(g.hex);
        const Dissection full = dissect(g.link, frame);
        // Cutting link padding loses nothing, and bytes no header accounts for (data after an
        // unknown EtherType) cannot be missed: only what some header claims counts.
        std::size_t meaningfulEnd = 0;
        bool lengthClaimed = false;
        for (const auto& l : full.layers) {
            lengthClaimed = lengthClaimed || l.protocol == "ip" || l.protocol == "ipv6";
            if (l.protocol != "data" || lengthClaimed) {
                meaningfulEnd = std::max(meaningfulEnd, l.byteOffset + l.byteLength);
            }
        }
        for (std::size_t len = 0; len < frame.size(); ++len) {
            SCOPED_TRACE(std::string(g.name) + " cut at " + std::to_string(len));
            const Bytes cut(frame.begin(), frame.begin() + static_cast<std::ptrdiff_t>(len));
            const Dissection d = dissect(g.link, cut);
            if (len < meaningfulEnd) {
                EXPECT_FALSE(d.problem.empty());
            }
            for (const auto& l : full.layers) {
                if (kOwnProtocols.count(l.protocol) == 0 || l.protocol == "data") {
                    continue;
                }
                // The whole header fits (ICMP: its 8 fixed bytes; the quote may be cut):
                // the layer must still be there.
                const std::size_t need =
                    l.byteOffset + (l.protocol == "icmp" ? std::size_t{8} : l.byteLength);
                if (len >= need) {
                    EXPECT_NE(d.layer(l.protocol), nullptr) << l.protocol;
                }
            }
            for (const auto& l : d.layers) {
                EXPECT_LE(l.byteOffset + l.byteLength, len) << l.protocol;
                if (kOwnProtocols.count(l.protocol) != 0) {
                    checkFieldTree(l.fields, len * 8, l.protocol);
                }
            }
        }
    }
}

TEST(DissectorTruncation, ProblemSentencesNameTheOffset) {
    const Bytes syn = fromHex(goldenFrame("eth_tcp_syn").hex);
    EXPECT_EQ(dissect(LinkType::Ethernet, Bytes(syn.begin(), syn.begin() + 10)).problem,
              "Ethernet header at byte 0 is truncated: it needs 14 bytes but only 10 remain.");
    const auto ip = dissect(LinkType::Ethernet, Bytes(syn.begin(), syn.begin() + 20));
    EXPECT_EQ(ip.problem, "IPv4 header at byte 14 is truncated: it needs 20 bytes but only 6 "
                          "remain.");
    ASSERT_EQ(ip.layers.size(), 2u); // eth kept, the 6 bytes shown as data
    EXPECT_EQ(ip.layers[0].protocol, "eth");
    EXPECT_EQ(ip.layers[1].protocol, "data");
    const auto tcp = dissect(LinkType::Ethernet, Bytes(syn.begin(), syn.begin() + 60));
    EXPECT_EQ(tcp.problem, "IPv4 packet at byte 14 is cut short: its total length is 60 bytes "
                           "but only 46 were captured.");
    EXPECT_EQ(tcp.layer("tcp"), nullptr);
    EXPECT_NE(tcp.layer("ip"), nullptr);
}

TEST(DissectorMalformed, BadLengthsAreReportedNotFollowed) {
    Bytes syn = fromHex(goldenFrame("eth_tcp_syn").hex);
    Bytes badIhl = syn;
    badIhl[14] = 0x44; // IHL 4 = 16 bytes
    EXPECT_EQ(dissect(LinkType::Ethernet, badIhl).problem,
              "IPv4 header at byte 14 gives a header length of 16 bytes; the minimum is 20.");
    Bytes badVersion = syn;
    badVersion[14] = 0x65;
    EXPECT_EQ(dissect(LinkType::Ethernet, badVersion).problem,
              "IPv4 header at byte 14 has version 6, not 4.");
    Bytes badOffset = syn;
    badOffset[14 + 20 + 12] = 0x30; // TCP data offset 3 words
    EXPECT_EQ(dissect(LinkType::Ethernet, badOffset).problem,
              "TCP header at byte 34 gives a header length of 12 bytes; the minimum is 20.");
    Bytes badOption = syn;
    badOption[14 + 20 + 21] = 44; // MSS option claims 44 bytes
    const auto d = dissect(LinkType::Ethernet, badOption);
    EXPECT_EQ(d.problem, "TCP option at byte 54 (kind 2) claims 44 bytes but only 20 are left "
                         "in the header.");
    ASSERT_NE(d.layer("tcp"), nullptr); // ports and flags stay visible
    EXPECT_EQ(only(d, "tcp.srcport")->value, "49152");
    EXPECT_EQ(only(d, "tcp.option_kind"), nullptr); // nothing before the bad MSS option
    EXPECT_EQ(d.find("tcp.options").size(), 1u);
    Bytes shortTotal = syn;
    shortTotal[16] = 0;
    shortTotal[17] = 12;
    EXPECT_EQ(dissect(LinkType::Ethernet, shortTotal).problem,
              "IPv4 total length 12 at byte 16 is smaller than its own 20-byte header.");
    const Bytes udp = fromHex(goldenFrame("eth_udp").hex);
    Bytes longUdp = udp;
    longUdp[14 + 20 + 5] = 200;
    EXPECT_EQ(dissect(LinkType::Ethernet, longUdp).problem,
              "UDP length 200 at byte 38 is more than the 44 bytes the IP packet carries.");
}

TEST(DissectorChecksums, JudgesChecksumsLikeTshark) {
    // tshark -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE -z expert on this frame:
    // "Bad checksum [should be 0x6f15]" (IPv4) and "Bad checksum [should be 0x77cb]" (TCP).
    const Bytes bad = fromHex(goldenFrame("eth_bad_checksums").hex);
    const auto d = dissect(LinkType::Ethernet, bad);
    ASSERT_NE(only(d, "ip.checksum"), nullptr);
    EXPECT_EQ(only(d, "ip.checksum")->display, "0x9015 [incorrect, should be 0x6f15]");
    ASSERT_NE(only(d, "tcp.checksum"), nullptr);
    EXPECT_EQ(only(d, "tcp.checksum")->display,
              "0x76cb [incorrect, should be 0x77cb (maybe checksum offload)]");
    const auto good = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_tcp_syn").hex));
    EXPECT_EQ(only(good, "ip.checksum")->display, "0x5cdd [correct]");
    EXPECT_EQ(only(good, "tcp.checksum")->display, "0x8cf2 [correct]");
    const auto zero =
        dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_udp_zero_checksum_padded").hex));
    EXPECT_EQ(only(zero, "udp.checksum")->display, "0x0000 [none: the sender did not compute one]");
    const auto icmp =
        dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_icmp_echo_request").hex));
    EXPECT_EQ(only(icmp, "icmp.checksum")->display,
              only(icmp, "icmp.checksum")->value + " [correct]");
    const auto v6 = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_ipv6_udp").hex));
    EXPECT_EQ(only(v6, "udp.checksum")->display, only(v6, "udp.checksum")->value + " [correct]");
}

// Bit positions count from the first bit of the frame (Ethernet: IP starts at byte 14).
TEST(DissectorBitOffsets, FieldsSitOnTheirExactBits) {
    const auto d = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_tcp_syn").hex));
    struct Expect {
        const char* filter;
        std::size_t bitOffset;
        std::size_t bitLength;
    };
    const std::size_t ip = 14 * 8;
    const std::size_t tcp = 34 * 8;
    const Expect expected[] = {
        {"eth.dst", 0, 48},
        {"eth.dst.ig", 7, 1},
        {"eth.dst.lg", 6, 1},
        {"eth.src", 48, 48},
        {"eth.type", 96, 16},
        {"ip.version", ip, 4},
        {"ip.hdr_len", ip + 4, 4},
        {"ip.dsfield", ip + 8, 8},
        {"ip.dsfield.dscp", ip + 8, 6},
        {"ip.dsfield.ecn", ip + 14, 2},
        {"ip.len", ip + 16, 16},
        {"ip.id", ip + 32, 16},
        {"ip.flags", ip + 48, 3},
        {"ip.flags.rb", ip + 48, 1},
        {"ip.flags.df", ip + 49, 1},
        {"ip.flags.mf", ip + 50, 1},
        {"ip.frag_offset", ip + 51, 13},
        {"ip.ttl", ip + 64, 8},
        {"ip.proto", ip + 72, 8},
        {"ip.checksum", ip + 80, 16},
        {"ip.src", ip + 96, 32},
        {"ip.dst", ip + 128, 32},
        {"tcp.srcport", tcp, 16},
        {"tcp.dstport", tcp + 16, 16},
        {"tcp.seq_raw", tcp + 32, 32},
        {"tcp.ack_raw", tcp + 64, 32},
        {"tcp.hdr_len", tcp + 96, 4},
        {"tcp.flags", tcp + 100, 12},
        {"tcp.flags.res", tcp + 100, 3},
        {"tcp.flags.ae", tcp + 103, 1},
        {"tcp.flags.cwr", tcp + 104, 1},
        {"tcp.flags.ece", tcp + 105, 1},
        {"tcp.flags.urg", tcp + 106, 1},
        {"tcp.flags.ack", tcp + 107, 1},
        {"tcp.flags.push", tcp + 108, 1},
        {"tcp.flags.reset", tcp + 109, 1},
        {"tcp.flags.syn", tcp + 110, 1},
        {"tcp.flags.fin", tcp + 111, 1},
        {"tcp.window_size_value", tcp + 112, 16},
        {"tcp.checksum", tcp + 128, 16},
        {"tcp.urgent_pointer", tcp + 144, 16},
        {"tcp.options", tcp + 160, 160},
        {"tcp.options.mss_val", tcp + 160 + 16, 16},
        {"tcp.options.wscale.shift", tcp + 160 + 19 * 8, 8},
    };
    for (const auto& e : expected) {
        SCOPED_TRACE(e.filter);
        const Field* f = only(d, e.filter);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->bitOffset, e.bitOffset);
        EXPECT_EQ(f->bitLength, e.bitLength);
    }
    // Children hang under their parents.
    const Field* flags = only(d, "ip.flags");
    ASSERT_EQ(flags->children.size(), 3u);
    EXPECT_EQ(flags->children[1].filter, "ip.flags.df");
    EXPECT_EQ(flags->children[1].display, "Set");
    EXPECT_EQ(only(d, "ip.flags")->display, "0x02, Don't fragment");
    EXPECT_EQ(only(d, "tcp.flags")->display, "0x002 (SYN)");
    EXPECT_EQ(only(d, "ip.proto")->display, "TCP (6)");
    EXPECT_EQ(only(d, "eth.type")->display, "IPv4 (0x0800)");

    const auto v6 = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_ipv6_udp").hex));
    const std::size_t ip6 = 14 * 8;
    EXPECT_EQ(only(v6, "ipv6.tclass")->bitOffset, ip6 + 4);
    EXPECT_EQ(only(v6, "ipv6.tclass")->bitLength, 8u);
    EXPECT_EQ(only(v6, "ipv6.tclass.dscp")->bitOffset, ip6 + 4);
    EXPECT_EQ(only(v6, "ipv6.tclass.ecn")->bitOffset, ip6 + 10);
    EXPECT_EQ(only(v6, "ipv6.flow")->bitOffset, ip6 + 12);
    EXPECT_EQ(only(v6, "ipv6.flow")->bitLength, 20u);
    EXPECT_EQ(only(v6, "ipv6.src")->bitLength, 128u);

    const auto vlan = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_vlan_udp").hex));
    EXPECT_EQ(only(vlan, "vlan.priority")->bitOffset, 14 * 8u);
    EXPECT_EQ(only(vlan, "vlan.priority")->bitLength, 3u);
    EXPECT_EQ(only(vlan, "vlan.dei")->bitOffset, 14 * 8 + 3u);
    EXPECT_EQ(only(vlan, "vlan.id")->bitOffset, 14 * 8 + 4u);
    EXPECT_EQ(only(vlan, "vlan.id")->bitLength, 12u);
    EXPECT_EQ(only(vlan, "ip.src")->bitOffset, (18 + 12) * 8u);
}

TEST(DissectorLayers, OsiAndTcpIpPlacement) {
    const auto d = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_tcp_psh_ack_data").hex));
    ASSERT_EQ(layerList(d), "eth:ip:tcp:data");
    EXPECT_EQ(d.layers[0].osi, OsiLayer::DataLink);
    EXPECT_EQ(d.layers[0].tcpip, TcpIpLayer::Link);
    EXPECT_EQ(d.layers[0].name, "Ethernet II");
    EXPECT_EQ(d.layers[1].osi, OsiLayer::Network);
    EXPECT_EQ(d.layers[1].tcpip, TcpIpLayer::Internet);
    EXPECT_EQ(d.layers[1].summary, "10.0.0.2 → 192.168.1.1, TTL 64, TCP");
    EXPECT_EQ(d.layers[2].osi, OsiLayer::Transport);
    EXPECT_EQ(d.layers[2].byteOffset, 34u);
    EXPECT_EQ(d.layers[2].byteLength, 32u);
    EXPECT_EQ(d.layers[3].osi, OsiLayer::Application);
    EXPECT_EQ(d.layers[3].byteOffset, 66u);
    EXPECT_EQ(d.layers[3].byteLength, 11u);
    EXPECT_EQ(d.layers[3].colour(), LayerColour::Application);
    EXPECT_EQ(d.layers[1].colour(), LayerColour::Network);
}

TEST(DissectorLinkTypes, NullRawAndCookedReachTheTransport) {
    EXPECT_EQ(layerList(dissect(LinkType::Null, fromHex(goldenFrame("null_ipv4").hex))),
              "null:ip:udp:data");
    EXPECT_EQ(layerList(dissect(LinkType::Null, fromHex(goldenFrame("null_ipv6_big_endian").hex))),
              "null:ipv6:udp:data");
    EXPECT_EQ(layerList(dissect(LinkType::Raw, fromHex(goldenFrame("raw_ipv6_udp").hex))),
              "ipv6:udp:data");
    EXPECT_EQ(layerList(dissect(LinkType::LinuxSll, fromHex(goldenFrame("sll_arp").hex))),
              "sll:arp");
    EXPECT_EQ(layerList(dissect(LinkType::LinuxSll2, fromHex(goldenFrame("sll2_ipv4_udp").hex))),
              "sll:ip:udp:data");

    const Bytes bogus = {0x55, 1, 2, 3};
    const auto raw = dissect(LinkType::Raw, bogus);
    EXPECT_EQ(raw.problem, "Raw IP packet at byte 0 has IP version 5; only 4 and 6 exist.");
    EXPECT_EQ(layerList(raw), "data");
    EXPECT_EQ(dissect(LinkType::Raw, Bytes{}).problem,
              "Raw IP packet at byte 0 is truncated: it needs 1 byte but only 0 remain.");
    const auto unknown = dissect(static_cast<LinkType>(999), bogus);
    EXPECT_EQ(unknown.problem, "Link type 999 is not supported.");
    EXPECT_EQ(layerList(unknown), "data");
}

TEST(DissectorInfo, FragmentsAreNotDissectedFurther) {
    const auto first =
        dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_ipv4_first_fragment").hex));
    EXPECT_EQ(layerList(first), "eth:ip:data");
    EXPECT_EQ(first.info, "Fragmented IP protocol (proto=UDP 17, off=0, ID=4242)");
}

TEST(DissectorApplication, DnsAndHttpGoToTheirDissectors) {
    const auto dns = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_dns_query").hex));
    EXPECT_EQ(dns.protocol, "DNS");
    EXPECT_EQ(layerList(dns), "eth:ip:udp:dns");
    EXPECT_EQ(dns.layers.back().byteOffset, 42u);
    const auto http = dissect(LinkType::Ethernet, fromHex(goldenFrame("eth_http_get").hex));
    EXPECT_EQ(http.protocol, "HTTP");
    EXPECT_EQ(layerList(http), "eth:ip:tcp:http");

    // Same HTTP bytes on an unusual port: still HTTP (looksLikeHttp decides, not the port).
    TcpSegment seg;
    seg.sourcePort = 40001;
    seg.destinationPort = 8081;
    seg.flags = TcpFlag::Psh | TcpFlag::Ack;
    const std::string get = "GET /x HTTP/1.1\r\nHost: a\r\n\r\n";
    const Bytes payload(get.begin(), get.end());
    const auto frame = FrameBuilder::tcpOverIpv4OverEthernet(
        *MacAddress::parse("02:00:00:00:00:01"), *MacAddress::parse("02:00:00:00:00:02"),
        Ipv4Address(127, 0, 0, 1), Ipv4Address(127, 0, 0, 2), seg, payload);
    EXPECT_EQ(dissect(LinkType::Ethernet, frame).protocol, "HTTP");

    // DNS over TCP (port 53 on either side) gets the length prefix.
    const Bytes query =
        fromHex("00211a2b0100000100000000000003777777076578616d706c6503636f6d0000010001");
    seg.sourcePort = 53;
    seg.destinationPort = 40002;
    const auto tcpDns = FrameBuilder::tcpOverIpv4OverEthernet(
        *MacAddress::parse("02:00:00:00:00:01"), *MacAddress::parse("02:00:00:00:00:02"),
        Ipv4Address(127, 0, 0, 1), Ipv4Address(127, 0, 0, 2), seg, query);
    const auto d = dissect(LinkType::Ethernet, tcpDns);
    EXPECT_EQ(d.protocol, "DNS");
    EXPECT_EQ(layerList(d), "eth:ip:tcp:dns");

    // A TCP SYN to port 53 has no payload: no DNS layer.
    seg.flags = static_cast<std::uint16_t>(TcpFlag::Syn);
    const auto syn = FrameBuilder::tcpOverIpv4OverEthernet(
        *MacAddress::parse("02:00:00:00:00:01"), *MacAddress::parse("02:00:00:00:00:02"),
        Ipv4Address(127, 0, 0, 1), Ipv4Address(127, 0, 0, 2), seg, {});
    EXPECT_EQ(dissect(LinkType::Ethernet, syn).protocol, "TCP");
}

// Mutated golden frames and random bytes: the dissector must never crash or read out of bounds
// (this is what the ASan build checks), and whatever it reports must stay inside the frame.
TEST(DissectorRobustness, MutatedAndRandomFramesStayInBounds) {
    std::mt19937 rng(20260);
    const LinkType links[] = {LinkType::Ethernet, LinkType::Raw, LinkType::Null, LinkType::LinuxSll,
                              LinkType::LinuxSll2};
    for (int round = 0; round < 4000; ++round) {
        const auto& g = golden::kGoldenFrames[rng() % golden::kGoldenFrames.size()];
        Bytes frame = fromHex(g.hex);
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < flips && !frame.empty(); ++i) {
            frame[rng() % frame.size()] = static_cast<std::uint8_t>(rng());
        }
        if (rng() % 3 == 0) {
            frame.resize(rng() % (frame.size() + 1));
        }
        const LinkType link = rng() % 8 == 0 ? links[rng() % 5] : g.link;
        const Dissection d = dissect(link, frame);
        for (const auto& l : d.layers) {
            ASSERT_LE(l.byteOffset + l.byteLength, frame.size()) << g.name << " " << l.protocol;
            if (kOwnProtocols.count(l.protocol) != 0) {
                checkFieldTree(l.fields, frame.size() * 8, l.protocol);
            }
        }
    }
    for (int round = 0; round < 4000; ++round) {
        Bytes frame(rng() % 120);
        for (auto& b : frame) {
            b = static_cast<std::uint8_t>(rng());
        }
        const Dissection d = dissect(links[rng() % 5], frame);
        for (const auto& l : d.layers) {
            ASSERT_LE(l.byteOffset + l.byteLength, frame.size()) << l.protocol;
        }
    }
}

} // namespace
} // namespace hopscope::wire
