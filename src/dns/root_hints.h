// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/dns_name.h"
#include "wire/ipv4_address.h"
#include "wire/ipv6_address.h"
#include "zone_file.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::dns {

// One root server from the hints: its name and addresses.
struct RootServerHint {
    wire::DnsName name; // a.root-servers.net.
    std::vector<wire::Ipv4Address> ipv4;
    std::vector<wire::Ipv6Address> ipv6;
    std::uint32_t ttl = 0;
};

struct RootHintsResult;

// Where iterative resolution starts: the root servers as the standard named.root file lists
// them (". 3600000 NS A.ROOT-SERVERS.NET." then "A.ROOT-SERVERS.NET. 3600000 A 198.41.0.4").
// The file is a master-file subset and goes through ZoneFile, so a user can point the resolver
// at any hierarchy by writing the same format.
class RootHints {
public:
    RootHints() = default;
    explicit RootHints(std::vector<RootServerHint> servers) : m_servers(std::move(servers)) {}

    [[nodiscard]] static RootHintsResult parse(std::string_view text, std::string fileName = {});
    [[nodiscard]] static RootHintsResult load(const std::filesystem::path& path);

    [[nodiscard]] const std::vector<RootServerHint>& servers() const { return m_servers; }
    [[nodiscard]] bool empty() const { return m_servers.empty(); }
    // The NS RRset for "." and the address records, as the resolver primes its view of the root.
    [[nodiscard]] std::vector<wire::DnsRecord> nsRecords() const;
    [[nodiscard]] std::vector<wire::DnsRecord> addressRecords() const;

private:
    std::vector<RootServerHint> m_servers;
};

// The outcome of reading hints. Errors: a record other than NS/A/AAAA, NS not owned by ".",
// no NS at all, a server with no address; plus every ZoneFile error.
struct RootHintsResult {
    std::optional<RootHints> hints; // set exactly when errors is empty
    std::vector<ZoneFileError> errors;
    std::vector<ZoneFileError> warnings;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

} // namespace hopscope::dns
