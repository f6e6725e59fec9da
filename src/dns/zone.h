// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/dns_message.h"
#include "wire/dns_name.h"
#include "zone_file.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::dns {

struct ZoneLoadResult;

// What the zone's data says about one (name, type), RFC 1034 section 4.3.2 step 3, before any
// CNAME is followed or any additional data is added.
struct ZoneLookup {
    enum class Kind {
        Answer,     // the RRset exists (records)
        Cname,      // the name is an alias (records = the one CNAME) and the type is not CNAME
        Delegation, // the name is at or below a zone cut (records = the cut's NS RRset)
        NoData,     // the name exists (or is an empty non-terminal) but has no such RRset
        NxDomain,   // the name does not exist in the zone
        NotInZone,  // the name is not at or below the origin
    };
    Kind kind = Kind::NotInZone;
    std::vector<wire::DnsRecord> records;
    wire::DnsName cut; // for Delegation: the delegated child's name
};

// One authoritative zone: its records by owner name and type, its delegation points (NS below
// the apex) and their glue. Built only through the factories, which check what BIND's
// named-checkzone checks: one SOA at the apex, NS at the apex, no CNAME beside other data, no
// data outside the zone, in-zone NS/MX/SRV targets that have addresses and are not aliases.
// Immutable once built, so many server threads may read one zone at the same time.
class Zone {
public:
    [[nodiscard]] static ZoneLoadResult build(const ZoneFileResult& parsed);
    [[nodiscard]] static ZoneLoadResult build(const wire::DnsName& origin,
                                              const std::vector<wire::DnsRecord>& records,
                                              std::string fileName = {});
    [[nodiscard]] static ZoneLoadResult fromText(std::string_view text, const wire::DnsName& origin,
                                                 std::string fileName = {});
    [[nodiscard]] static ZoneLoadResult fromFile(const std::filesystem::path& path,
                                                 const wire::DnsName& origin);

    [[nodiscard]] const wire::DnsName& origin() const { return m_origin; }
    [[nodiscard]] const std::string& fileName() const { return m_fileName; }
    [[nodiscard]] const wire::DnsRecord& soaRecord() const { return m_soa; }
    [[nodiscard]] const wire::DnsSoaRdata& soa() const;
    // The TTL of negative answers: min(SOA TTL, SOA MINIMUM) (RFC 2308 section 3).
    [[nodiscard]] std::uint32_t negativeTtl() const;
    // The SOA record with its TTL set to negativeTtl(), as it goes into a negative answer.
    [[nodiscard]] wire::DnsRecord negativeSoaRecord() const;

    [[nodiscard]] bool contains(const wire::DnsName& name) const; // at or below the origin
    // The RRset (name, type) exactly as stored, ignoring zone cuts; empty when absent.
    [[nodiscard]] std::vector<wire::DnsRecord> rrset(const wire::DnsName& name,
                                                     wire::DnsType type) const;
    // Every record owned by `name`, ignoring zone cuts.
    [[nodiscard]] std::vector<wire::DnsRecord> recordsAt(const wire::DnsName& name) const;
    // True when `name` owns records or is an empty non-terminal (RFC 4592 section 2.2.2).
    [[nodiscard]] bool nameExists(const wire::DnsName& name) const;
    // The closest delegation point at or above `name` and below the apex, if any.
    [[nodiscard]] std::optional<wire::DnsName> delegationFor(const wire::DnsName& name) const;
    // Every delegation point (child zone name) of this zone.
    [[nodiscard]] std::vector<wire::DnsName> delegations() const;
    // A and AAAA records this zone holds for `host` (glue below a cut, or ordinary data).
    [[nodiscard]] std::vector<wire::DnsRecord> addressesOf(const wire::DnsName& host) const;

    [[nodiscard]] ZoneLookup lookup(const wire::DnsName& name, wire::DnsType type) const;

    // All records, grouped by owner (canonical order of owners) then type.
    [[nodiscard]] std::vector<wire::DnsRecord> records() const;
    [[nodiscard]] std::size_t recordCount() const;

private:
    Zone() = default;

    struct Node {
        wire::DnsName name;
        std::map<std::uint16_t, std::vector<wire::DnsRecord>> rrsets; // by type
    };

    [[nodiscard]] const Node* node(const wire::DnsName& name) const;

    wire::DnsName m_origin;
    std::string m_fileName;
    wire::DnsRecord m_soa;
    std::map<std::string, Node> m_nodes; // by canonical name
    std::set<std::string> m_existing;    // owners and empty non-terminals, canonical
    std::set<std::string> m_cuts;        // delegation points, canonical
};

// The outcome of building a Zone: the zone when there were no errors, and every problem.
struct ZoneLoadResult {
    std::optional<Zone> zone; // set exactly when errors is empty
    std::vector<ZoneFileError> errors;
    std::vector<ZoneFileError> warnings;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

} // namespace hopscope::dns
