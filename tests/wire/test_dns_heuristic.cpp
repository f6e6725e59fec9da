// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// DNS on ports other than 53: tshark recognises it by a heuristic (a resolver or a test server
// on a high port, as Hopscope's own are); ours must say DNS exactly where tshark does.
#include "capture_tools.h"
#include "wire/app_dissectors.h"
#include "wire/dissector.h"
#include "wire/dns_message.h"
#include "wire/frame_builder.h"
#include "wire/pcap_writer.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;
using hopscope::testing::runTool;
using hopscope::testing::TempDir;

struct Case {
    std::string name;
    std::uint16_t srcPort;
    std::uint16_t dstPort;
    Bytes payload;
};

Bytes encoded(const DnsMessage& m) {
    return *m.encode();
}

std::vector<Case> cases() {
    const DnsName www = *DnsName::parse("www.foobar.com");
    const DnsMessage query = DnsMessage::query(0x1234, www, DnsType::A, DnsClass::IN, true, 1232);
    DnsMessage reply = DnsMessage::responseTo(query);
    reply.answers = {DnsRecord::a(www, 300, Ipv4Address(198, 51, 100, 10))};
    DnsMessage notify = query;
    notify.header.opcode = 4; // NOTIFY: not a standard query
    DnsMessage twoQuestions = reply;
    twoQuestions.questions.push_back(twoQuestions.questions.front());
    DnsMessage queryWithAnswer = query;
    queryWithAnswer.answers = reply.answers;
    Bytes header(12, 0);
    header[5] = 1; // one question and nothing else: too short for it
    return {
        {"query on high ports", 40001, 45000, encoded(query)},
        {"reply on high ports", 45000, 40001, encoded(reply)},
        {"query on the mDNS port", 40002, 5353, encoded(query)},
        {"NOTIFY on high ports", 40003, 45000, encoded(notify)},
        {"reply with two questions", 45000, 40004, encoded(twoQuestions)},
        {"query carrying an answer", 40005, 45000, encoded(queryWithAnswer)},
        {"header only", 40006, 45000, header},
        {"text", 40007, 45000,
         Bytes{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd', '!', '!', '!'}},
    };
}

std::string chain(const Dissection& d) {
    std::string out;
    for (const auto& l : d.layers) {
        if (l.protocol == "eth" || l.protocol == "ip" || l.protocol == "udp") {
            continue;
        }
        out += (out.empty() ? "" : ":") + l.protocol;
    }
    return out;
}

TEST(DnsHeuristic, RecognisesDnsOnHighPortsWhereTsharkDoes) {
    const auto all = cases();
    std::vector<std::string> ours;
    TempDir dir;
    const std::string path = dir.file("heuristic.pcap");
    {
        std::ofstream out(path, std::ios::binary);
        PcapWriter writer(out, LinkType::Ethernet);
        std::int64_t t = 1'700'000'000'000'000'000;
        for (const Case& c : all) {
            const Bytes frame = FrameBuilder::udpOverIpv4OverEthernet(
                MacAddress(MacAddress::Bytes{2, 0, 0, 0, 0, 1}),
                MacAddress(MacAddress::Bytes{2, 0, 0, 0, 0, 2}), Ipv4Address(127, 0, 0, 1),
                Ipv4Address(127, 0, 0, 2), c.srcPort, c.dstPort, c.payload);
            ASSERT_TRUE(writer.write(t, frame));
            t += 1'000'000;
            ours.push_back(chain(dissect(LinkType::Ethernet, frame)));
        }
    }
    // Without tshark, what we expect it to say.
    EXPECT_EQ(ours[0], "dns");
    EXPECT_EQ(ours[1], "dns");
    EXPECT_EQ(ours[2], "data"); // tshark: mdns, which we do not decode
    for (std::size_t i = 3; i < all.size(); ++i) {
        EXPECT_EQ(ours[i], "data") << all[i].name;
    }
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const auto result = runTool({"tshark", "-r", path, "-T", "fields", "-e", "frame.protocols"});
    ASSERT_EQ(result.code, 0) << result.err;
    std::istringstream in(result.out);
    std::string line;
    std::size_t i = 0;
    while (std::getline(in, line) && i < all.size()) {
        const std::string prefix = "eth:ethertype:ip:udp:";
        const std::string theirs = line.substr(std::min(line.size(), prefix.size()));
        if (all[i].dstPort == 5353) {
            EXPECT_EQ(theirs, "mdns") << all[i].name;
        } else {
            EXPECT_EQ(ours[i], theirs) << all[i].name;
        }
        ++i;
    }
    EXPECT_EQ(i, all.size());
}

} // namespace
} // namespace hopscope::wire
