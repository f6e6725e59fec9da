// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "root_hints.h"

#include "wire/input_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace hopscope::dns {

using wire::DnsName;
using wire::DnsRecord;
using wire::DnsType;

RootHintsResult RootHints::parse(std::string_view text, std::string fileName) {
    ZoneFileOptions options;
    options.fileName = fileName;
    const ZoneFileResult parsed = ZoneFile::parse(text, options);
    RootHintsResult result;
    result.errors = parsed.errors;
    result.warnings = parsed.warnings;
    auto error = [&](const ZoneEntry* at, std::string message) {
        result.errors.push_back(
            {fileName, at ? at->line : 0, at ? at->column : 0, std::move(message)});
    };

    std::vector<RootServerHint> servers;
    std::vector<std::pair<const ZoneEntry*, DnsName>> nsLines;
    for (const auto& entry : parsed.entries) {
        const DnsRecord& rr = entry.record;
        const DnsType type = rr.type();
        if (type == DnsType::NS) {
            if (!rr.name.isRoot()) {
                error(&entry, "root hints list the servers of \".\"; this NS is owned by " +
                                  rr.name.toText());
                continue;
            }
            const auto& host = std::get<wire::DnsNsRdata>(rr.rdata).host;
            const bool known = std::any_of(servers.begin(), servers.end(), [&](const auto& s) {
                return s.name.equalsIgnoringCase(host);
            });
            if (!known) {
                servers.push_back({host, {}, {}, rr.ttl});
                nsLines.emplace_back(&entry, host);
            }
            continue;
        }
        if (type != DnsType::A && type != DnsType::AAAA) {
            error(&entry,
                  "root hints hold only NS, A and AAAA records, not " + wire::dnsTypeName(type));
            continue;
        }
        const auto server = std::find_if(servers.begin(), servers.end(), [&](const auto& s) {
            return s.name.equalsIgnoringCase(rr.name);
        });
        if (server == servers.end()) {
            result.warnings.push_back(
                {fileName, entry.line, entry.column,
                 "address of " + rr.name.toText() + ", which no NS record names; ignored"});
            continue;
        }
        if (const auto* a = std::get_if<wire::DnsARdata>(&rr.rdata)) {
            server->ipv4.push_back(a->address);
        } else if (const auto* aaaa = std::get_if<wire::DnsAaaaRdata>(&rr.rdata)) {
            server->ipv6.push_back(aaaa->address);
        }
    }
    if (servers.empty() && result.errors.empty()) {
        error(nullptr, "no NS records for \".\": the hints name no root server");
    }
    for (std::size_t i = 0; i < servers.size(); ++i) {
        if (servers[i].ipv4.empty() && servers[i].ipv6.empty()) {
            error(nsLines[i].first,
                  "root server " + servers[i].name.toText() + " has no A or AAAA record");
        }
    }
    if (result.errors.empty()) {
        result.hints = RootHints(std::move(servers));
    }
    return result;
}

RootHintsResult RootHints::load(const std::filesystem::path& path) {
    std::ifstream in;
    if (const std::string why = wire::openInputFile(path, in); !why.empty()) {
        RootHintsResult result;
        result.errors.push_back({path.string(), 0, 0, "cannot open the file: " + why});
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), path.string());
}

std::vector<DnsRecord> RootHints::nsRecords() const {
    std::vector<DnsRecord> out;
    for (const auto& s : m_servers) {
        out.push_back(DnsRecord::ns(DnsName{}, s.ttl, s.name));
    }
    return out;
}

std::vector<DnsRecord> RootHints::addressRecords() const {
    std::vector<DnsRecord> out;
    for (const auto& s : m_servers) {
        for (const auto& a : s.ipv4) {
            out.push_back(DnsRecord::a(s.name, s.ttl, a));
        }
        for (const auto& a : s.ipv6) {
            out.push_back(DnsRecord::aaaa(s.name, s.ttl, a));
        }
    }
    return out;
}

} // namespace hopscope::dns
