// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_cache.h"

#include <algorithm>
#include <limits>

namespace hopscope::dns {

using wire::DnsName;
using wire::DnsRecord;
using wire::DnsType;

namespace {

constexpr std::int64_t kNsPerSecond = 1'000'000'000;
constexpr std::uint16_t kAnyType = 0; // key type of NXDOMAIN entries

std::uint16_t typeCode(DnsType type) {
    return static_cast<std::uint16_t>(type);
}

} // namespace

DnsCache::DnsCache(const trace::Clock& clock, DnsCacheOptions options)
    : m_clock(clock), m_options(options) {}

std::uint32_t DnsCache::negativeTtlOf(const DnsRecord& soa) {
    if (const auto* rdata = std::get_if<wire::DnsSoaRdata>(&soa.rdata)) {
        return std::min(soa.ttl, rdata->minimum);
    }
    return 0;
}

void DnsCache::insertRrset(const std::vector<DnsRecord>& rrset) {
    if (rrset.empty() || rrset.front().type() == DnsType::OPT) {
        return;
    }
    std::uint32_t ttl = std::numeric_limits<std::uint32_t>::max();
    for (const auto& rr : rrset) {
        ttl = std::min(ttl, rr.ttl);
    }
    ttl = std::min(ttl, m_options.maxTtl);
    if (ttl == 0) {
        return;
    }
    Stored s;
    s.name = rrset.front().name;
    s.type = rrset.front().type();
    s.kind = DnsCacheEntry::Kind::Positive;
    s.records = rrset;
    s.ttl = ttl;
    const std::string canonical = s.name.canonical();
    std::lock_guard lock(m_mutex);
    // New data about the name contradicts what we cached as missing.
    m_entries.erase({canonical, kAnyType});
    if (s.type == DnsType::CNAME) {
        // An alias has no other data: every other type at the name is stale.
        std::erase_if(m_entries, [&](const auto& item) { return item.first.first == canonical; });
    }
    store({canonical, typeCode(s.type)}, std::move(s));
}

void DnsCache::insertRecords(const std::vector<DnsRecord>& records) {
    std::map<std::pair<std::string, std::uint16_t>, std::vector<DnsRecord>> sets;
    std::vector<std::pair<std::string, std::uint16_t>> order;
    for (const auto& rr : records) {
        if (rr.type() == DnsType::OPT) {
            continue;
        }
        std::pair key{rr.name.canonical(), typeCode(rr.type())};
        auto& set = sets[key];
        if (set.empty()) {
            order.push_back(key);
        }
        if (std::find(set.begin(), set.end(), rr) == set.end()) {
            set.push_back(rr);
        }
    }
    for (const auto& key : order) {
        insertRrset(sets[key]);
    }
}

void DnsCache::insertNxDomain(const DnsName& name, DnsType askedType, const DnsRecord& soa) {
    const std::uint32_t ttl = std::min(negativeTtlOf(soa), m_options.maxNegativeTtl);
    if (ttl == 0) {
        return;
    }
    Stored s;
    s.name = name;
    s.type = askedType;
    s.kind = DnsCacheEntry::Kind::NxDomain;
    s.records = {soa};
    s.ttl = ttl;
    const std::string canonical = name.canonical();
    std::lock_guard lock(m_mutex);
    // The name does not exist, so nothing cached at it can be true any more.
    std::erase_if(m_entries, [&](const auto& item) { return item.first.first == canonical; });
    store({canonical, kAnyType}, std::move(s));
}

void DnsCache::insertNoData(const DnsName& name, DnsType type, const DnsRecord& soa) {
    const std::uint32_t ttl = std::min(negativeTtlOf(soa), m_options.maxNegativeTtl);
    if (ttl == 0) {
        return;
    }
    Stored s;
    s.name = name;
    s.type = type;
    s.kind = DnsCacheEntry::Kind::NoData;
    s.records = {soa};
    s.ttl = ttl;
    const std::string canonical = name.canonical();
    std::lock_guard lock(m_mutex);
    m_entries.erase({canonical, kAnyType});
    store({canonical, typeCode(type)}, std::move(s));
}

void DnsCache::store(Key key, Stored stored) {
    const std::int64_t now = m_clock.nowNs();
    stored.insertedNs = now;
    stored.expiresNs = now + static_cast<std::int64_t>(stored.ttl) * kNsPerSecond;
    if (!m_entries.contains(key)) {
        evictIfFull(now);
    }
    m_entries.insert_or_assign(std::move(key), std::move(stored));
}

void DnsCache::evictIfFull(std::int64_t now) {
    if (m_entries.size() < m_options.maxEntries) {
        return;
    }
    std::erase_if(m_entries, [&](const auto& item) { return item.second.expiresNs <= now; });
    while (!m_entries.empty() && m_entries.size() >= m_options.maxEntries) {
        const auto soonest =
            std::min_element(m_entries.begin(), m_entries.end(), [](const auto& a, const auto& b) {
                return a.second.expiresNs < b.second.expiresNs;
            });
        m_entries.erase(soonest);
    }
}

std::uint32_t DnsCache::remaining(const Stored& s, std::int64_t now) const {
    if (now >= s.expiresNs) {
        return 0;
    }
    // Rounded up, so a fresh entry shows its full TTL and 0 means gone.
    const std::int64_t left = (s.expiresNs - now + kNsPerSecond - 1) / kNsPerSecond;
    return static_cast<std::uint32_t>(std::min<std::int64_t>(left, s.ttl));
}

std::vector<DnsRecord> DnsCache::countedDown(const Stored& s, std::int64_t now) const {
    std::vector<DnsRecord> out = s.records;
    const std::uint32_t left = remaining(s, now);
    for (auto& rr : out) {
        rr.ttl = std::min(rr.ttl, left);
        if (s.kind != DnsCacheEntry::Kind::Positive) {
            // RFC 2308 section 5: the SOA goes out with the negative TTL counted down.
            rr.ttl = left;
        }
    }
    return out;
}

DnsCacheLookup DnsCache::lookup(const DnsName& name, DnsType type) const {
    DnsCacheLookup result;
    const std::string canonical = name.canonical();
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    auto live = [&](const Key& key) -> const Stored* {
        const auto it = m_entries.find(key);
        if (it == m_entries.end() || it->second.expiresNs <= now) {
            return nullptr;
        }
        return &it->second;
    };
    auto fill = [&](DnsCacheLookup::Kind kind, const Stored& s) {
        result.kind = kind;
        result.remainingTtl = remaining(s, now);
        result.originalTtl = s.ttl;
        auto records = countedDown(s, now);
        if (s.kind == DnsCacheEntry::Kind::Positive) {
            result.records = std::move(records);
        } else if (!records.empty()) {
            result.soa = std::move(records.front());
        }
    };
    if (const Stored* nx = live({canonical, kAnyType})) {
        fill(DnsCacheLookup::Kind::NxDomain, *nx);
        return result;
    }
    if (const Stored* s = live({canonical, typeCode(type)})) {
        fill(s->kind == DnsCacheEntry::Kind::Positive ? DnsCacheLookup::Kind::Positive
                                                      : DnsCacheLookup::Kind::NoData,
             *s);
        return result;
    }
    if (type != DnsType::CNAME) {
        if (const Stored* alias = live({canonical, typeCode(DnsType::CNAME)})) {
            fill(DnsCacheLookup::Kind::Cname, *alias);
            return result;
        }
    }
    return result;
}

void DnsCache::flush() {
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

std::size_t DnsCache::purgeExpired() {
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    return std::erase_if(m_entries, [&](const auto& item) { return item.second.expiresNs <= now; });
}

std::size_t DnsCache::size() const {
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(
        std::count_if(m_entries.begin(), m_entries.end(),
                      [&](const auto& item) { return item.second.expiresNs > now; }));
}

std::vector<DnsCacheEntry> DnsCache::snapshot() const {
    const std::int64_t now = m_clock.nowNs();
    std::vector<DnsCacheEntry> out;
    std::lock_guard lock(m_mutex);
    for (const auto& [key, s] : m_entries) {
        if (s.expiresNs <= now) {
            continue;
        }
        out.push_back({s.name, s.type, s.kind, remaining(s, now), s.ttl, countedDown(s, now)});
    }
    return out;
}

} // namespace hopscope::dns
