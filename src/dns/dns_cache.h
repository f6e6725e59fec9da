// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/clock.h"
#include "wire/dns_message.h"
#include "wire/dns_name.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hopscope::dns {

// What the cache knows about one (name, type).
struct DnsCacheLookup {
    enum class Kind {
        Miss,     // nothing usable
        Positive, // records hold the RRset
        Cname,    // the name is an alias: records hold the one CNAME (asked type was not CNAME)
        NxDomain, // the name does not exist (RFC 2308 section 5)
        NoData,   // the name exists but has no RRset of this type
    };
    Kind kind = Kind::Miss;
    std::vector<wire::DnsRecord> records; // TTLs already counted down to what remains
    std::optional<wire::DnsRecord> soa;   // negative entries: the SOA, TTL counted down
    std::uint32_t remainingTtl = 0;       // seconds left, rounded up
    std::uint32_t originalTtl = 0;        // seconds the entry was stored with
};

// One row of the cache panel.
struct DnsCacheEntry {
    enum class Kind { Positive, NxDomain, NoData };
    wire::DnsName name;
    wire::DnsType type = wire::DnsType::A; // NxDomain rows: the type of the query that learnt it
    Kind kind = Kind::Positive;
    std::uint32_t remainingTtl = 0;
    std::uint32_t originalTtl = 0;
    std::vector<wire::DnsRecord>
        records; // positive: the RRset; negative: the SOA (TTLs counted down)
};

struct DnsCacheOptions {
    std::size_t maxEntries = 10000;
    std::uint32_t maxTtl = 604800;        // one week, as BIND's max-cache-ttl
    std::uint32_t maxNegativeTtl = 10800; // three hours (RFC 2308 section 5)
};

// The resolver's cache of RRsets and negative answers (RFC 1035 section 7.4, RFC 2308). TTLs
// count down in real time on an injectable clock; an entry whose TTL has run out is never
// returned. When full, expired entries go first, then the ones closest to expiry. Every method
// locks, so the GUI may take a snapshot while the resolver thread writes.
class DnsCache {
public:
    explicit DnsCache(const trace::Clock& clock = trace::SteadyClock::instance(),
                      DnsCacheOptions options = {});

    // Stores one RRset (every record with the same owner and type; the smallest TTL is used,
    // RFC 2181 section 5.2). A TTL of 0 is not stored. Replaces what was there for (name, type)
    // and removes a negative entry that the new data contradicts.
    void insertRrset(const std::vector<wire::DnsRecord>& rrset);
    // Groups `records` into RRsets and stores each (OPT records are skipped).
    void insertRecords(const std::vector<wire::DnsRecord>& records);
    // RFC 2308 section 5: negative TTL is min(SOA TTL, SOA MINIMUM), capped by maxNegativeTtl.
    // NXDOMAIN is cached per name: it answers every type for that name.
    void insertNxDomain(const wire::DnsName& name, wire::DnsType askedType,
                        const wire::DnsRecord& soa);
    void insertNoData(const wire::DnsName& name, wire::DnsType type, const wire::DnsRecord& soa);

    [[nodiscard]] DnsCacheLookup lookup(const wire::DnsName& name, wire::DnsType type) const;

    void flush();
    // Drops expired entries; returns how many.
    std::size_t purgeExpired();
    [[nodiscard]] std::size_t size() const;
    // Every live entry, sorted by name then type, for the cache panel.
    [[nodiscard]] std::vector<DnsCacheEntry> snapshot() const;

    // min(SOA TTL, SOA MINIMUM): how long a negative answer carrying this SOA may be cached.
    [[nodiscard]] static std::uint32_t negativeTtlOf(const wire::DnsRecord& soa);

private:
    struct Stored {
        wire::DnsName name;
        wire::DnsType type = wire::DnsType::A;
        DnsCacheEntry::Kind kind = DnsCacheEntry::Kind::Positive;
        std::vector<wire::DnsRecord> records; // positive: RRset; negative: the SOA
        std::uint32_t ttl = 0;
        std::int64_t insertedNs = 0;
        std::int64_t expiresNs = 0;
    };
    // (canonical name, type); NXDOMAIN entries use type 0 so one covers every type.
    using Key = std::pair<std::string, std::uint16_t>;

    void store(Key key, Stored stored);
    void evictIfFull(std::int64_t now);
    [[nodiscard]] std::uint32_t remaining(const Stored& s, std::int64_t now) const;
    [[nodiscard]] std::vector<wire::DnsRecord> countedDown(const Stored& s, std::int64_t now) const;

    const trace::Clock& m_clock;
    DnsCacheOptions m_options;
    mutable std::mutex m_mutex;
    std::map<Key, Stored> m_entries;
};

} // namespace hopscope::dns
