// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/zone.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using wire::DnsName;
using wire::DnsType;

DnsName name(std::string_view text) {
    return DnsName::parse(text).value();
}

constexpr const char* kHead = "$TTL 3600\n"
                              "@ SOA ns1 hostmaster 1 7200 900 1209600 300\n" // line 2
                              "@ NS ns1\n"                                    // line 3
                              "ns1 A 192.0.2.53\n";                           // line 4

ZoneLoadResult load(const std::string& body) {
    return Zone::fromText(std::string(kHead) + body, name("example.com."), "example.com.zone");
}

Zone goodZone() {
    auto result = load("www CNAME @\n"
                       "@ A 192.0.2.1\n"
                       "@ MX 10 mail\n"
                       "mail A 192.0.2.25\n"
                       "a.b.c A 192.0.2.9\n"
                       "sub NS ns.sub\n"
                       "ns.sub A 192.0.2.77\n"
                       "other NS ns.elsewhere.net.\n");
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().toString());
    return std::move(*result.zone);
}

TEST(Zone, LookupKinds) {
    const Zone zone = goodZone();
    EXPECT_EQ(zone.lookup(name("example.com"), DnsType::A).kind, ZoneLookup::Kind::Answer);
    EXPECT_EQ(zone.lookup(name("www.example.com"), DnsType::A).kind, ZoneLookup::Kind::Cname);
    EXPECT_EQ(zone.lookup(name("WWW.Example.COM"), DnsType::CNAME).kind, ZoneLookup::Kind::Answer);
    EXPECT_EQ(zone.lookup(name("mail.example.com"), DnsType::AAAA).kind, ZoneLookup::Kind::NoData);
    // b.c.example.com owns nothing but has a child: an empty non-terminal, so NODATA.
    EXPECT_EQ(zone.lookup(name("b.c.example.com"), DnsType::A).kind, ZoneLookup::Kind::NoData);
    EXPECT_EQ(zone.lookup(name("nope.example.com"), DnsType::A).kind, ZoneLookup::Kind::NxDomain);
    EXPECT_EQ(zone.lookup(name("example.org"), DnsType::A).kind, ZoneLookup::Kind::NotInZone);

    const auto referral = zone.lookup(name("deep.www.sub.example.com"), DnsType::A);
    EXPECT_EQ(referral.kind, ZoneLookup::Kind::Delegation);
    EXPECT_EQ(referral.cut, name("sub.example.com"));
    ASSERT_EQ(referral.records.size(), 1u);
    // Glue below the cut is data of the parent zone, yet delegated: a referral too.
    EXPECT_EQ(zone.lookup(name("ns.sub.example.com"), DnsType::A).kind,
              ZoneLookup::Kind::Delegation);
    EXPECT_EQ(zone.addressesOf(name("ns.sub.example.com")).size(), 1u);
}

TEST(Zone, NegativeTtlIsTheSmallerOfSoaTtlAndMinimum) {
    const Zone zone = goodZone();
    EXPECT_EQ(zone.negativeTtl(), 300u);
    EXPECT_EQ(zone.negativeSoaRecord().ttl, 300u);
    auto small = Zone::fromText("@ 60 SOA ns1 hm 1 2 3 4 300\n@ 60 NS ns1\nns1 60 A 192.0.2.1\n",
                                name("x."));
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(small.zone->negativeTtl(), 60u);
}

TEST(Zone, DelegationsAndExistence) {
    const Zone zone = goodZone();
    const auto cuts = zone.delegations();
    ASSERT_EQ(cuts.size(), 2u);
    EXPECT_TRUE(zone.nameExists(name("c.example.com")));
    EXPECT_FALSE(zone.nameExists(name("d.example.com")));
    EXPECT_FALSE(zone.delegationFor(name("example.com")).has_value());
    EXPECT_EQ(zone.recordCount(), 11u);
}

struct ZoneErrorCase {
    const char* body;
    std::size_t line;
    const char* fragment;
};

class ZoneErrors : public ::testing::TestWithParam<ZoneErrorCase> {};

TEST_P(ZoneErrors, AreReportedWithTheirLine) {
    const auto& c = GetParam();
    const auto result = load(c.body);
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.zone.has_value());
    ASSERT_EQ(result.errors.size(), 1u) << result.errors.front().toString();
    EXPECT_EQ(result.errors[0].file, "example.com.zone");
    EXPECT_EQ(result.errors[0].line, c.line) << result.errors[0].toString();
    EXPECT_NE(result.errors[0].message.find(c.fragment), std::string::npos)
        << result.errors[0].toString();
}

INSTANTIATE_TEST_SUITE_P(
    EveryCheck, ZoneErrors,
    ::testing::Values(ZoneErrorCase{"www A 192.0.2.1\nwww CNAME @\n", 6, "can have no other data"},
                      ZoneErrorCase{"www CNAME @\nwww TXT \"x\"\n", 6, "can have no other data"},
                      ZoneErrorCase{"www CNAME @\nwww CNAME ns1\n", 6, "second CNAME"},
                      ZoneErrorCase{"www.example.net. A 192.0.2.1\n", 5, "outside the zone"},
                      ZoneErrorCase{"sub SOA ns1 hm 1 2 3 4 5\n", 5, "belongs at the zone apex"},
                      ZoneErrorCase{"@ SOA ns1 hm 2 2 3 4 5\n", 5, "second SOA"},
                      ZoneErrorCase{"sub NS ns.sub\n", 5, "needs glue"},
                      ZoneErrorCase{"@ NS ns2\n", 3, "no address records"},
                      ZoneErrorCase{"alias CNAME ns1\n@ MX 10 alias\n", 6, "is an alias"},
                      ZoneErrorCase{"alias CNAME ns1\n@ NS alias\n", 3, "is an alias"}));

TEST(Zone, MissingSoaAndNsAreErrors) {
    const auto result =
        Zone::fromText("$TTL 60\nwww A 192.0.2.1\n", name("example.com."), "e.zone");
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_NE(result.errors[0].message.find("no SOA"), std::string::npos);
    EXPECT_NE(result.errors[1].message.find("no NS"), std::string::npos);
}

TEST(Zone, ParseErrorsCarryOver) {
    const auto result = load("www A 1.2.3\n");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].line, 5u);
}

TEST(Zone, WarnsAboutDuplicatesTtlMismatchAndOccludedData) {
    const auto result = load("a 60 A 192.0.2.1\n"
                             "a 60 A 192.0.2.1\n"
                             "a 120 A 192.0.2.2\n"
                             "sub NS ns.sub\n"
                             "ns.sub A 192.0.2.7\n"
                             "x.sub TXT \"hidden\"\n");
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    EXPECT_EQ(result.warnings.size(), 3u);
    const auto set = result.zone->rrset(name("a.example.com"), DnsType::A);
    ASSERT_EQ(set.size(), 2u);
    EXPECT_EQ(set[1].ttl, 60u);
}

TEST(Zone, BuildFromRecords) {
    using wire::DnsRecord;
    std::vector<DnsRecord> records{
        DnsRecord::soa(name("t."), 60, {name("ns.t."), name("hm.t."), 1, 2, 3, 4, 5}),
        DnsRecord::ns(name("t."), 60, name("ns.t.")),
        DnsRecord::a(name("ns.t."), 60, wire::Ipv4Address(192, 0, 2, 1)),
    };
    const auto result = Zone::build(name("t."), records);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.zone->records().size(), 3u);
    EXPECT_EQ(result.zone->soa().minimum, 5u);
}

} // namespace
} // namespace hopscope::dns
