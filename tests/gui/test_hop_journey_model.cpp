// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// HopJourneyModel on a made-up home network capture: the SYN's hops listed in order, each
// hop's changes with a reason, and a trace of one event per hop with the bytes seen there.
#include "../support/nat_path_capture.h"
#include "gui/models/hop_journey_model.h"
#include "wire/capture_reader.h"

#include <gtest/gtest.h>
#include <sstream>

namespace hopscope::gui {
namespace {

using hopscope::testing::NatPathCapture;

std::vector<engine::HopCapture> capturesOf(const std::string& file) {
    std::istringstream in(file);
    wire::CaptureReader reader(in);
    EXPECT_TRUE(reader.isOpen()) << reader.error();
    std::vector<engine::HopCapture> out;
    wire::CapturePacket packet;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        engine::HopCapture c;
        c.frame = packet.number;
        c.interface = reader.interfaces().at(packet.interfaceId).name;
        c.timeNs = packet.timeNs;
        c.direction = packet.direction;
        c.linkType = packet.linkType;
        c.data = packet.data;
        out.push_back(std::move(c));
    }
    return out;
}

const HopJourneyModel& model() {
    static const HopJourneyModel m(capturesOf(NatPathCapture().file()), "laptop", {"home-switch"});
    return m;
}

const HopChangeRow* rowOf(const std::vector<HopChangeRow>& rows, const char* field) {
    for (const auto& r : rows) {
        if (r.field == QLatin1String(field)) {
            return &r;
        }
    }
    return nullptr;
}

TEST(HopJourneyModel, ListsTheFirstSynsHopsInOrderWithTheirDirections) {
    ASSERT_TRUE(model().has(FollowedPacket::Syn));
    EXPECT_FALSE(model().has(FollowedPacket::Get)) << "the made-up capture has no GET";
    EXPECT_EQ(model().hopLabels(FollowedPacket::Syn).join(QLatin1Char(',')),
              QStringLiteral("laptop:eth0 out,home-switch:eth0 in,home-switch:eth1 out,"
                             "home-router:eth0 in,home-router:eth1 out,isp-router:eth0 in,"
                             "isp-router:eth1 out,server:eth0 in"));
    // The SYN sent again three seconds later is a journey of its own: not this one.
    const auto& hops = model().journey(FollowedPacket::Syn).hops;
    EXPECT_LT(hops.back().timeNs - hops.front().timeNs, 1'000'000);
    EXPECT_EQ(model().hopNote(FollowedPacket::Syn, 0), QStringLiteral("sent"));
    EXPECT_EQ(model().hopNote(FollowedPacket::Syn, 2), QStringLiteral("unchanged"));
}

TEST(HopJourneyModel, SaysWhyNothingChangedOnALinkAndThroughTheSwitch) {
    const auto link = model().changes(FollowedPacket::Syn, 1);
    ASSERT_EQ(link.size(), 1U);
    EXPECT_TRUE(link[0].why.contains(QStringLiteral("link"))) << link[0].why.toStdString();
    const auto through = model().changes(FollowedPacket::Syn, 2);
    ASSERT_EQ(through.size(), 1U);
    EXPECT_TRUE(through[0].field.isEmpty());
    EXPECT_TRUE(through[0].why.startsWith(QStringLiteral("A switch forwards the frame unchanged")))
        << through[0].why.toStdString();
    EXPECT_TRUE(model().changes(FollowedPacket::Syn, 99).empty());
}

TEST(HopJourneyModel, TheFirstHopListsTheEnvelopesTheSenderWrote) {
    const auto first = model().changes(FollowedPacket::Syn, 0);
    ASSERT_EQ(first.size(), 7U);
    const HopChangeRow* mac = rowOf(first, "eth.src");
    ASSERT_NE(mac, nullptr);
    EXPECT_EQ(mac->after, QStringLiteral("02:4c:41:42:01:00"));
    EXPECT_TRUE(mac->before.isEmpty());
    EXPECT_TRUE(mac->why.startsWith(QStringLiteral("Link layer"))) << mac->why.toStdString();
    ASSERT_NE(rowOf(first, "ip.src"), nullptr);
    EXPECT_EQ(rowOf(first, "ip.src")->after, QStringLiteral("192.168.1.10"));
    EXPECT_TRUE(rowOf(first, "ip.src")->why.startsWith(QStringLiteral("Network layer")));
    ASSERT_NE(rowOf(first, "ip.ttl"), nullptr);
    EXPECT_EQ(rowOf(first, "ip.ttl")->after, QStringLiteral("64"));
    ASSERT_NE(rowOf(first, "tcp.srcport"), nullptr);
    EXPECT_EQ(rowOf(first, "tcp.srcport")->after, QStringLiteral("40000"));
    EXPECT_TRUE(rowOf(first, "tcp.dstport")->why.startsWith(QStringLiteral("Transport layer")));
    EXPECT_EQ(rowOf(first, "http.request.line"), nullptr) << "a SYN carries no request";
}

TEST(HopJourneyModel, TheNatGatewaysChangesEachComeWithTheirReason) {
    const auto rows = model().changes(FollowedPacket::Syn, 4); // home-router:eth1 out
    EXPECT_EQ(rows.size(), 7U);
    const HopChangeRow* src = rowOf(rows, "ip.src");
    ASSERT_NE(src, nullptr);
    EXPECT_EQ(src->before, QStringLiteral("192.168.1.10"));
    EXPECT_EQ(src->after, QStringLiteral("198.18.0.2"));
    EXPECT_TRUE(src->why.contains(QStringLiteral("NAT at home-router"))) << src->why.toStdString();
    ASSERT_NE(rowOf(rows, "tcp.srcport"), nullptr);
    EXPECT_TRUE(rowOf(rows, "tcp.srcport")->why.contains(QStringLiteral("another port")));
    const HopChangeRow* ttl = rowOf(rows, "ip.ttl");
    ASSERT_NE(ttl, nullptr);
    EXPECT_EQ(ttl->before, QStringLiteral("64"));
    EXPECT_EQ(ttl->after, QStringLiteral("63"));
    EXPECT_TRUE(ttl->why.contains(QStringLiteral("lowers the TTL by one")));
    ASSERT_NE(rowOf(rows, "eth.src"), nullptr);
    EXPECT_TRUE(rowOf(rows, "eth.src")->why.contains(QStringLiteral("new MAC addresses")));
    ASSERT_NE(rowOf(rows, "ip.checksum"), nullptr);
    EXPECT_TRUE(rowOf(rows, "ip.checksum")->why.contains(QStringLiteral("computed again")));
    ASSERT_NE(rowOf(rows, "tcp.checksum"), nullptr);
    EXPECT_TRUE(rowOf(rows, "tcp.checksum")->why.contains(QStringLiteral("pseudo-header")));
    EXPECT_EQ(model().hopNote(FollowedPacket::Syn, 4), QStringLiteral("7 fields changed"));
    // The ISP router only routes: MACs, TTL, checksum.
    EXPECT_EQ(model().changes(FollowedPacket::Syn, 6).size(), 4U);
}

TEST(HopJourneyModel, TheTraceHasOneEventPerHopWithTheBytesSeenThere) {
    const auto trace = model().trace(FollowedPacket::Syn);
    ASSERT_NE(trace, nullptr);
    EXPECT_EQ(model().trace(FollowedPacket::Get), nullptr);
    ASSERT_EQ(trace->size(), 8U);
    for (std::size_t k = 0; k < trace->size(); ++k) {
        const auto& e = trace->at(k);
        EXPECT_EQ(e.source(), trace::SourceKind::Lab);
        EXPECT_EQ(e.capturedAt(), NatPathCapture::kNames.at(k));
        EXPECT_EQ(e.frame(), NatPathCapture::synFrame(static_cast<NatPathCapture::Point>(k)));
    }
    EXPECT_EQ(trace->at(0).timeNs(), 0);
    EXPECT_GT(trace->at(7).timeNs(), trace->at(0).timeNs());
    // Out of a node to the next; into a node from the one before.
    const std::vector<std::pair<std::string, std::string>> ends = {
        {"laptop", "home-switch"},      {"laptop", "home-switch"},
        {"home-switch", "home-router"}, {"home-switch", "home-router"},
        {"home-router", "isp-router"},  {"home-router", "isp-router"},
        {"isp-router", "server"},       {"isp-router", "server"}};
    for (std::size_t k = 0; k < ends.size(); ++k) {
        EXPECT_EQ(trace->at(k).from(), ends[k].first) << k;
        EXPECT_EQ(trace->at(k).to(), ends[k].second) << k;
    }
    EXPECT_EQ(trace->at(0).note(), "laptop sends the packet: every later copy is compared with "
                                   "this one.");
    EXPECT_EQ(trace->at(2).summary(), "at home-switch:eth1: unchanged");
    EXPECT_TRUE(trace->at(2).note().find("switch") != std::string::npos);
    EXPECT_EQ(trace->at(4).summary().rfind("at home-router:eth1: ", 0), 0U);
}

} // namespace
} // namespace hopscope::gui
