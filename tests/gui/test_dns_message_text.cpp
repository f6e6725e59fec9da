// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "gui/models/dns_cache_model.h"
#include "gui/text/dns_message_text.h"
#include "wire/dns_tcp_deframer.h"
#include "wire/frame_builder.h"
#include "wire/tcp_segment.h"

#include <gtest/gtest.h>

namespace hopscope::gui {
namespace {

wire::DnsName name(const char* text) {
    return *wire::DnsName::parse(text);
}

wire::DnsMessage queryFor(const char* qname, wire::DnsType type) {
    return wire::DnsMessage::query(0x1234, name(qname), type);
}

trace::Event eventCarrying(const wire::DnsMessage& message, bool tcp = false) {
    const auto bytes = *message.encode();
    trace::EventData data;
    data.from = "resolver";
    data.to = "a.root-servers.net";
    data.summary = "summary from the engine";
    const wire::MacAddress mac;
    const wire::Ipv4Address a(192, 168, 1, 1);
    const wire::Ipv4Address b(198, 41, 0, 4);
    if (tcp) {
        wire::TcpSegment segment;
        segment.sourcePort = 40000;
        segment.destinationPort = 53;
        segment.set(wire::TcpFlag::Psh);
        segment.set(wire::TcpFlag::Ack);
        data.frame = wire::FrameBuilder::tcpOverIpv4OverEthernet(
            mac, mac, a, b, segment, *wire::DnsTcpDeframer::frame(bytes));
    } else {
        data.frame = wire::FrameBuilder::udpOverIpv4OverEthernet(mac, mac, a, b, 40000, 53, bytes);
    }
    return trace::Event(std::move(data));
}

TEST(DnsMessageTextTest, QuestionsReadLikeDig) {
    const auto lines = DnsMessageText::pillLines(queryFor("www.foobar.com", wire::DnsType::MX));
    EXPECT_EQ(lines, QStringList{QStringLiteral("MX? www.foobar.com")});
}

TEST(DnsMessageTextTest, ReferralNamesTheZoneAndItsFirstServer) {
    auto reply = wire::DnsMessage::responseTo(queryFor("www.foobar.com", wire::DnsType::A));
    reply.authorities.push_back(
        wire::DnsRecord::ns(name("com."), 172800, name("a.gtld-servers.net.")));
    reply.authorities.push_back(
        wire::DnsRecord::ns(name("com."), 172800, name("b.gtld-servers.net.")));
    EXPECT_EQ(DnsMessageText::pillLines(reply),
              QStringList{QStringLiteral("referral → com. (a.gtld-servers.net)")});
}

TEST(DnsMessageTextTest, AnswersOneRecordPerLineThenHowManyMore) {
    auto reply = wire::DnsMessage::responseTo(queryFor("www.foobar.com", wire::DnsType::A));
    reply.header.authoritative = true;
    reply.answers.push_back(
        wire::DnsRecord::cname(name("www.foobar.com."), 300, name("foobar.com.")));
    for (std::uint8_t i = 10; i < 14; ++i) {
        reply.answers.push_back(
            wire::DnsRecord::a(name("foobar.com."), 3600, wire::Ipv4Address(198, 51, 100, i)));
    }
    EXPECT_EQ(DnsMessageText::pillLines(reply, 3),
              (QStringList{QStringLiteral("CNAME foobar.com"), QStringLiteral("A 198.51.100.10"),
                           QStringLiteral("A 198.51.100.11"), QStringLiteral("+2 more")}));
    // One more than the limit is shown rather than "+1 more".
    reply.answers.pop_back();
    EXPECT_EQ(DnsMessageText::pillLines(reply, 3).size(), 4);
    EXPECT_EQ(DnsMessageText::smallestTtl(reply), 300U);
    EXPECT_EQ(
        DnsMessageText::answerText(wire::DnsRcode::NoError, reply.answers),
        QStringLiteral("CNAME foobar.com, A 198.51.100.10, A 198.51.100.11, A 198.51.100.12"));
}

TEST(DnsMessageTextTest, NegativeRepliesSayWhatIsMissing) {
    auto reply = wire::DnsMessage::responseTo(queryFor("nope.foobar.com", wire::DnsType::A));
    reply.header.authoritative = true;
    wire::DnsSoaRdata soa;
    soa.mname = name("ns1.foobar.com.");
    soa.rname = name("hostmaster.foobar.com.");
    soa.minimum = 300;
    reply.authorities.push_back(wire::DnsRecord::soa(name("foobar.com."), 250, soa));
    EXPECT_EQ(DnsMessageText::pillLines(reply),
              QStringList{QStringLiteral("no A record (NODATA)")});
    EXPECT_EQ(DnsMessageText::smallestTtl(reply), 250U);
    reply.setRcode(wire::DnsRcode::NXDomain);
    EXPECT_EQ(DnsMessageText::pillLines(reply), QStringList{QStringLiteral("NXDOMAIN")});
}

TEST(DnsMessageTextTest, ReadsTheMessageOutOfUdpAndTcpFrames) {
    const auto query = queryFor("www.foobar.com", wire::DnsType::AAAA);
    for (const bool tcp : {false, true}) {
        const auto message = DnsMessageText::messageOf(eventCarrying(query, tcp));
        ASSERT_TRUE(message.has_value()) << (tcp ? "tcp" : "udp");
        EXPECT_EQ(*message, query);
        EXPECT_EQ(DnsMessageText::pillLines(eventCarrying(query, tcp)),
                  QStringList{QStringLiteral("AAAA? www.foobar.com")});
    }
}

TEST(DnsMessageTextTest, AnEventWithoutDnsFallsBackToItsSummary) {
    trace::EventData data;
    data.frame = {0x01, 0x02, 0x03};
    data.summary = "SYN seq=0";
    const trace::Event event(std::move(data));
    EXPECT_FALSE(DnsMessageText::messageOf(event).has_value());
    EXPECT_EQ(DnsMessageText::pillLines(event), QStringList{QStringLiteral("SYN seq=0")});
}

TEST(DnsCacheModelTest, RowsShowRecordsNegativeEntriesAndTtls) {
    dns::DnsCacheEntry cname;
    cname.name = name("www.foobar.com.");
    cname.type = wire::DnsType::CNAME;
    cname.remainingTtl = 287;
    cname.originalTtl = 300;
    cname.records = {wire::DnsRecord::cname(name("www.foobar.com."), 287, name("foobar.com."))};
    dns::DnsCacheEntry nx;
    nx.name = name("nope.foobar.com.");
    nx.kind = dns::DnsCacheEntry::Kind::NxDomain;
    nx.remainingTtl = 299;
    dns::DnsCacheEntry nodata;
    nodata.name = name("mail.foobar.com.");
    nodata.type = wire::DnsType::MX;
    nodata.kind = dns::DnsCacheEntry::Kind::NoData;

    DnsCacheModel model;
    model.setEntries({cname, nx, nodata});
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), DnsCacheModel::ColumnCount);
    auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    EXPECT_EQ(text(0, DnsCacheModel::NameColumn), QStringLiteral("www.foobar.com"));
    EXPECT_EQ(text(0, DnsCacheModel::TypeColumn), QStringLiteral("CNAME"));
    EXPECT_EQ(text(0, DnsCacheModel::DataColumn), QStringLiteral("foobar.com"));
    EXPECT_EQ(text(0, DnsCacheModel::TtlColumn), QStringLiteral("287 s"));
    EXPECT_EQ(text(1, DnsCacheModel::DataColumn), QStringLiteral("does not exist"));
    EXPECT_EQ(text(1, DnsCacheModel::TypeColumn), QStringLiteral("any"));
    EXPECT_EQ(text(2, DnsCacheModel::DataColumn), QStringLiteral("no such record"));
    EXPECT_EQ(text(2, DnsCacheModel::TypeColumn), QStringLiteral("MX"));

    // The same rows a second later: only the TTL column changes, without a reset.
    int resets = 0;
    int changes = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&changes] { ++changes; });
    cname.remainingTtl = 286;
    cname.records.front().ttl = 286;
    model.setEntries({cname, nx, nodata});
    EXPECT_EQ(resets, 0);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(text(0, DnsCacheModel::TtlColumn), QStringLiteral("286 s"));
    // A flush empties it.
    model.setEntries({});
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace hopscope::gui
