// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/dns_cache.h"
#include "trace/clock.h"
#include "zones_and_queries.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using testing::name;
using wire::DnsRecord;
using wire::DnsType;
using wire::Ipv4Address;
using Kind = DnsCacheLookup::Kind;

constexpr std::int64_t kSecond = 1'000'000'000;

DnsRecord soaRecord(std::uint32_t ttl, std::uint32_t minimum) {
    return DnsRecord::soa(
        name("foobar.com"), ttl,
        {name("ns1.foobar.com"), name("hostmaster.foobar.com"), 1, 2, 3, 4, minimum});
}

TEST(DnsCache, TtlCountsDownAndTheEntryExpires) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    cache.insertRrset({DnsRecord::a(name("foobar.com"), 300, Ipv4Address(198, 51, 100, 10)),
                       DnsRecord::a(name("foobar.com"), 200, Ipv4Address(198, 51, 100, 11))});
    auto hit = cache.lookup(name("FOOBAR.com"), DnsType::A);
    ASSERT_EQ(hit.kind, Kind::Positive);
    EXPECT_EQ(hit.originalTtl, 200u); // the smallest TTL of the RRset (RFC 2181 section 5.2)
    EXPECT_EQ(hit.remainingTtl, 200u);
    ASSERT_EQ(hit.records.size(), 2u);
    EXPECT_EQ(hit.records[0].ttl, 200u);

    clock.advanceNs(1); // a nanosecond later the TTL still shows 200 (rounded up)
    EXPECT_EQ(cache.lookup(name("foobar.com"), DnsType::A).remainingTtl, 200u);
    clock.advanceNs(50 * kSecond);
    hit = cache.lookup(name("foobar.com"), DnsType::A);
    EXPECT_EQ(hit.remainingTtl, 150u);
    EXPECT_EQ(hit.records[1].ttl, 150u);
    clock.advanceNs(150 * kSecond - 2);
    EXPECT_EQ(cache.lookup(name("foobar.com"), DnsType::A).remainingTtl, 1u);
    clock.advanceNs(1);
    EXPECT_EQ(cache.lookup(name("foobar.com"), DnsType::A).kind, Kind::Miss);
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.purgeExpired(), 1u);
}

TEST(DnsCache, OtherTypesMissAndZeroTtlIsNotStored) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    cache.insertRrset({DnsRecord::a(name("a.test"), 60, Ipv4Address(192, 0, 2, 1))});
    EXPECT_EQ(cache.lookup(name("a.test"), DnsType::AAAA).kind, Kind::Miss);
    cache.insertRrset({DnsRecord::a(name("zero.test"), 0, Ipv4Address(192, 0, 2, 1))});
    EXPECT_EQ(cache.lookup(name("zero.test"), DnsType::A).kind, Kind::Miss);
    EXPECT_EQ(cache.size(), 1u);
}

TEST(DnsCache, CnameAnswersOtherTypes) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    cache.insertRecords({DnsRecord::cname(name("www.foobar.com"), 300, name("foobar.com")),
                         DnsRecord::a(name("foobar.com"), 3600, Ipv4Address(198, 51, 100, 10))});
    const auto alias = cache.lookup(name("www.foobar.com"), DnsType::A);
    ASSERT_EQ(alias.kind, Kind::Cname);
    EXPECT_EQ(alias.records.front().rdataToPresentation(), "foobar.com.");
    EXPECT_EQ(cache.lookup(name("www.foobar.com"), DnsType::CNAME).kind, Kind::Positive);
    EXPECT_EQ(cache.size(), 2u);
}

TEST(DnsCache, NegativeEntriesFollowRfc2308) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    // NXDOMAIN covers every type of the name; the TTL is min(SOA TTL, MINIMUM).
    cache.insertNxDomain(name("nosuch.foobar.com"), DnsType::A, soaRecord(3600, 300));
    for (const auto type : {DnsType::A, DnsType::AAAA, DnsType::MX}) {
        const auto nx = cache.lookup(name("nosuch.foobar.com"), type);
        ASSERT_EQ(nx.kind, Kind::NxDomain);
        EXPECT_EQ(nx.remainingTtl, 300u);
        ASSERT_TRUE(nx.soa.has_value());
        EXPECT_EQ(nx.soa->ttl, 300u);
    }
    // NODATA is per name and type.
    cache.insertNoData(name("mail.foobar.com"), DnsType::AAAA, soaRecord(60, 300));
    const auto nodata = cache.lookup(name("mail.foobar.com"), DnsType::AAAA);
    ASSERT_EQ(nodata.kind, Kind::NoData);
    EXPECT_EQ(nodata.originalTtl, 60u);
    EXPECT_EQ(cache.lookup(name("mail.foobar.com"), DnsType::A).kind, Kind::Miss);

    clock.advanceNs(61 * kSecond);
    EXPECT_EQ(cache.lookup(name("mail.foobar.com"), DnsType::AAAA).kind, Kind::Miss);
    const auto later = cache.lookup(name("nosuch.foobar.com"), DnsType::A);
    EXPECT_EQ(later.remainingTtl, 239u);
    EXPECT_EQ(later.soa->ttl, 239u);
    clock.advanceNs(239 * kSecond);
    EXPECT_EQ(cache.lookup(name("nosuch.foobar.com"), DnsType::A).kind, Kind::Miss);
}

TEST(DnsCache, NegativeTtlIsCapped) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCacheOptions options;
    options.maxNegativeTtl = 100;
    options.maxTtl = 1000;
    DnsCache cache(clock, options);
    cache.insertNxDomain(name("x.test"), DnsType::A, soaRecord(86400, 86400));
    EXPECT_EQ(cache.lookup(name("x.test"), DnsType::A).originalTtl, 100u);
    cache.insertRrset({DnsRecord::a(name("y.test"), 86400, Ipv4Address(192, 0, 2, 1))});
    EXPECT_EQ(cache.lookup(name("y.test"), DnsType::A).originalTtl, 1000u);
}

TEST(DnsCache, PositiveDataReplacesNegative) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    cache.insertNxDomain(name("new.test"), DnsType::A, soaRecord(300, 300));
    cache.insertRrset({DnsRecord::a(name("new.test"), 60, Ipv4Address(192, 0, 2, 9))});
    EXPECT_EQ(cache.lookup(name("new.test"), DnsType::A).kind, Kind::Positive);
    cache.insertNxDomain(name("new.test"), DnsType::A, soaRecord(300, 300));
    EXPECT_EQ(cache.lookup(name("new.test"), DnsType::A).kind, Kind::NxDomain);
    EXPECT_EQ(cache.size(), 1u);
}

TEST(DnsCache, SnapshotListsLiveEntriesForThePanel) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    cache.insertRrset({DnsRecord::a(name("b.test"), 100, Ipv4Address(192, 0, 2, 1))});
    cache.insertRrset({DnsRecord::a(name("a.test"), 10, Ipv4Address(192, 0, 2, 2))});
    cache.insertNoData(name("b.test"), DnsType::AAAA, soaRecord(50, 50));
    clock.advanceNs(20 * kSecond);
    const auto rows = cache.snapshot();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].name, name("b.test"));
    EXPECT_EQ(rows[0].type, DnsType::A);
    EXPECT_EQ(rows[0].kind, DnsCacheEntry::Kind::Positive);
    EXPECT_EQ(rows[0].remainingTtl, 80u);
    EXPECT_EQ(rows[0].originalTtl, 100u);
    EXPECT_EQ(rows[0].records.front().ttl, 80u);
    EXPECT_EQ(rows[1].type, DnsType::AAAA);
    EXPECT_EQ(rows[1].kind, DnsCacheEntry::Kind::NoData);
    EXPECT_EQ(rows[1].remainingTtl, 30u);
}

TEST(DnsCache, FlushEmptiesIt) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCache cache(clock);
    cache.insertRrset({DnsRecord::a(name("a.test"), 100, Ipv4Address(192, 0, 2, 1))});
    cache.flush();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.lookup(name("a.test"), DnsType::A).kind, Kind::Miss);
}

TEST(DnsCache, BoundedSizeEvictsExpiredThenSoonestToExpire) {
    trace::ManualClock clock(1000 * kSecond);
    DnsCacheOptions options;
    options.maxEntries = 3;
    DnsCache cache(clock, options);
    cache.insertRrset({DnsRecord::a(name("short.test"), 5, Ipv4Address(192, 0, 2, 1))});
    cache.insertRrset({DnsRecord::a(name("mid.test"), 50, Ipv4Address(192, 0, 2, 2))});
    cache.insertRrset({DnsRecord::a(name("long.test"), 500, Ipv4Address(192, 0, 2, 3))});
    cache.insertRrset({DnsRecord::a(name("new1.test"), 400, Ipv4Address(192, 0, 2, 4))});
    EXPECT_EQ(cache.lookup(name("short.test"), DnsType::A).kind, Kind::Miss);
    EXPECT_EQ(cache.size(), 3u);
    cache.insertRrset({DnsRecord::a(name("new2.test"), 400, Ipv4Address(192, 0, 2, 5))});
    EXPECT_EQ(cache.lookup(name("mid.test"), DnsType::A).kind, Kind::Miss);
    EXPECT_EQ(cache.lookup(name("long.test"), DnsType::A).kind, Kind::Positive);
    EXPECT_EQ(cache.size(), 3u);
    // Replacing an existing key evicts nothing.
    cache.insertRrset({DnsRecord::a(name("long.test"), 600, Ipv4Address(192, 0, 2, 6))});
    EXPECT_EQ(cache.size(), 3u);
}

TEST(DnsCache, NegativeTtlOfSoa) {
    EXPECT_EQ(DnsCache::negativeTtlOf(soaRecord(3600, 300)), 300u);
    EXPECT_EQ(DnsCache::negativeTtlOf(soaRecord(60, 300)), 60u);
    EXPECT_EQ(DnsCache::negativeTtlOf(DnsRecord::a(name("x"), 5, Ipv4Address())), 0u);
}

} // namespace
} // namespace hopscope::dns
