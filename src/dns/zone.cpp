// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "zone.h"

#include <algorithm>

namespace hopscope::dns {

using wire::DnsName;
using wire::DnsRecord;
using wire::DnsType;

namespace {

// The name made of the last `count` labels of `name`.
DnsName suffix(const DnsName& name, std::size_t count) {
    const auto& labels = name.labels();
    std::vector<std::string> tail(labels.end() - static_cast<std::ptrdiff_t>(count), labels.end());
    return DnsName::fromLabels(std::move(tail)).value_or(DnsName{});
}

std::uint16_t typeCode(DnsType type) {
    return static_cast<std::uint16_t>(type);
}

bool isAddress(DnsType type) {
    return type == DnsType::A || type == DnsType::AAAA;
}

// The name a record points at, for the checks on NS, MX and SRV targets.
const DnsName* targetOf(const DnsRecord& rr) {
    if (const auto* ns = std::get_if<wire::DnsNsRdata>(&rr.rdata)) {
        return &ns->host;
    }
    if (const auto* mx = std::get_if<wire::DnsMxRdata>(&rr.rdata)) {
        return &mx->exchange;
    }
    if (const auto* srv = std::get_if<wire::DnsSrvRdata>(&rr.rdata)) {
        return &srv->target;
    }
    return nullptr;
}

} // namespace

ZoneLoadResult Zone::build(const ZoneFileResult& parsed) {
    ZoneLoadResult result;
    result.errors = parsed.errors;
    result.warnings = parsed.warnings;
    const std::string& file = parsed.fileName;
    const DnsName& origin = parsed.origin;
    auto error = [&](std::size_t line, std::size_t column, std::string message) {
        result.errors.push_back({file, line, column, std::move(message)});
    };
    auto warning = [&](std::size_t line, std::size_t column, std::string message) {
        result.warnings.push_back({file, line, column, std::move(message)});
    };

    Zone zone;
    zone.m_origin = origin;
    zone.m_fileName = file;
    std::map<std::string, std::size_t> firstLine; // canonical owner + type -> line, for errors
    bool haveSoa = false;

    for (const auto& entry : parsed.entries) {
        const DnsRecord& rr = entry.record;
        const DnsType type = rr.type();
        if (!rr.name.isSubdomainOf(origin)) {
            error(entry.line, entry.column,
                  rr.name.toText() + " is outside the zone " + origin.toText());
            continue;
        }
        if (type == DnsType::SOA) {
            if (!rr.name.equalsIgnoringCase(origin)) {
                error(entry.line, entry.column,
                      "SOA record at " + rr.name.toText() + ": it belongs at the zone apex " +
                          origin.toText());
                continue;
            }
            if (haveSoa) {
                error(entry.line, entry.column, "a second SOA record: a zone has exactly one");
                continue;
            }
            haveSoa = true;
            zone.m_soa = rr;
        }
        const std::string key = rr.name.canonical();
        auto& node = zone.m_nodes[key];
        if (node.rrsets.empty()) {
            node.name = rr.name;
        }
        // CNAME and other data (RFC 1034 section 3.6.2, RFC 2181 section 10.1).
        const bool hasCname = node.rrsets.contains(typeCode(DnsType::CNAME));
        if (type == DnsType::CNAME && hasCname) {
            error(entry.line, entry.column,
                  rr.name.toText() + " has a second CNAME: an alias points at one name");
            continue;
        }
        if ((type == DnsType::CNAME && !node.rrsets.empty()) ||
            (type != DnsType::CNAME && hasCname)) {
            const std::string other =
                type == DnsType::CNAME ? "other records" : std::string("a CNAME");
            error(entry.line, entry.column,
                  rr.name.toText() + ' ' + wire::dnsTypeName(type) + " beside " + other +
                      ": a name with a CNAME can have no other data (RFC 1034 section 3.6.2)");
            continue;
        }
        auto& set = node.rrsets[typeCode(type)];
        DnsRecord stored = rr;
        if (!set.empty()) {
            if (std::any_of(set.begin(), set.end(), [&](const DnsRecord& existing) {
                    return existing.rdata == rr.rdata;
                })) {
                warning(entry.line, entry.column,
                        "duplicate record " + rr.toPresentation() + " ignored");
                continue;
            }
            if (set.front().ttl != rr.ttl) {
                warning(entry.line, entry.column,
                        rr.name.toText() + ' ' + wire::dnsTypeName(type) + " TTL " +
                            std::to_string(rr.ttl) + " differs from the RRset's " +
                            std::to_string(set.front().ttl) +
                            "; using that one (RFC 2181 section 5.2)");
                stored.ttl = set.front().ttl;
            }
        } else {
            firstLine[key + '/' + std::to_string(typeCode(type))] = entry.line;
        }
        set.push_back(std::move(stored));
    }

    const std::string apexKey = origin.canonical();
    // A missing SOA or NS is often just a record that did not parse: say so only when the
    // whole file parsed.
    if (parsed.errors.empty()) {
        if (!haveSoa) {
            error(0, 0, "no SOA record at the zone apex " + origin.toText());
        }
        const auto apex = zone.m_nodes.find(apexKey);
        if (apex == zone.m_nodes.end() || !apex->second.rrsets.contains(typeCode(DnsType::NS))) {
            error(0, 0, "no NS records at the zone apex " + origin.toText());
        }
    }

    // Existing names (owners and every ancestor up to the apex) and delegation points.
    for (const auto& [key, node] : zone.m_nodes) {
        for (std::size_t n = origin.labelCount(); n <= node.name.labelCount(); ++n) {
            zone.m_existing.insert(suffix(node.name, n).canonical());
        }
        if (key != apexKey && node.rrsets.contains(typeCode(DnsType::NS))) {
            zone.m_cuts.insert(key);
        }
    }

    auto lineOf = [&](const DnsName& name, DnsType type) -> std::size_t {
        const auto it = firstLine.find(name.canonical() + '/' + std::to_string(typeCode(type)));
        return it == firstLine.end() ? 0 : it->second;
    };

    for (const auto& [key, node] : zone.m_nodes) {
        const auto cut = zone.delegationFor(node.name);
        for (const auto& [code, set] : node.rrsets) {
            const auto type = static_cast<DnsType>(code);
            // Below a cut only glue belongs; the rest is hidden by the delegation.
            if (cut &&
                !(isAddress(type) || (type == DnsType::NS && cut->equalsIgnoringCase(node.name)))) {
                warning(lineOf(node.name, type), 0,
                        node.name.toText() + ' ' + wire::dnsTypeName(type) +
                            " is below the delegation " + cut->toText() +
                            " and will not be served");
            }
            if (cut && !cut->equalsIgnoringCase(node.name)) {
                continue;
            }
            for (const auto& rr : set) {
                const DnsName* target = targetOf(rr);
                if (!target || !target->isSubdomainOf(origin)) {
                    continue;
                }
                const auto* targetNode = zone.node(*target);
                const bool targetBelowCut = zone.delegationFor(*target).has_value();
                if (targetNode && targetNode->rrsets.contains(typeCode(DnsType::CNAME)) &&
                    !targetBelowCut) {
                    error(lineOf(node.name, type), 0,
                          wire::dnsTypeName(type) + " target " + target->toText() +
                              " is an alias (CNAME), which RFC 2181 section 10.3 forbids");
                    continue;
                }
                const bool hasAddress =
                    targetNode && (targetNode->rrsets.contains(typeCode(DnsType::A)) ||
                                   targetNode->rrsets.contains(typeCode(DnsType::AAAA)));
                if (hasAddress) {
                    continue;
                }
                if (type == DnsType::NS) {
                    error(lineOf(node.name, type), 0,
                          "NS target " + target->toText() +
                              " is inside the zone but has no address records (A or AAAA)" +
                              (targetBelowCut ? ": the delegation needs glue" : ""));
                } else if (!targetBelowCut) {
                    warning(lineOf(node.name, type), 0,
                            wire::dnsTypeName(type) + " target " + target->toText() +
                                " has no address records (A or AAAA)");
                }
            }
        }
    }

    if (result.errors.empty()) {
        result.zone = std::move(zone);
    }
    return result;
}

ZoneLoadResult Zone::build(const DnsName& origin, const std::vector<DnsRecord>& records,
                           std::string fileName) {
    ZoneFileResult parsed;
    parsed.fileName = std::move(fileName);
    parsed.origin = origin;
    for (const auto& rr : records) {
        parsed.entries.push_back({rr, 0, 0});
    }
    return build(parsed);
}

ZoneLoadResult Zone::fromText(std::string_view text, const DnsName& origin, std::string fileName) {
    ZoneFileOptions options;
    options.fileName = std::move(fileName);
    options.origin = origin;
    return build(ZoneFile::parse(text, options));
}

ZoneLoadResult Zone::fromFile(const std::filesystem::path& path, const DnsName& origin) {
    return build(ZoneFile::load(path, origin));
}

const wire::DnsSoaRdata& Zone::soa() const {
    return std::get<wire::DnsSoaRdata>(m_soa.rdata);
}

std::uint32_t Zone::negativeTtl() const {
    return std::min(m_soa.ttl, soa().minimum);
}

DnsRecord Zone::negativeSoaRecord() const {
    DnsRecord rr = m_soa;
    rr.ttl = negativeTtl();
    return rr;
}

bool Zone::contains(const DnsName& name) const {
    return name.isSubdomainOf(m_origin);
}

const Zone::Node* Zone::node(const DnsName& name) const {
    const auto it = m_nodes.find(name.canonical());
    return it == m_nodes.end() ? nullptr : &it->second;
}

std::vector<DnsRecord> Zone::rrset(const DnsName& name, DnsType type) const {
    const Node* n = node(name);
    if (!n) {
        return {};
    }
    const auto it = n->rrsets.find(typeCode(type));
    return it == n->rrsets.end() ? std::vector<DnsRecord>{} : it->second;
}

std::vector<DnsRecord> Zone::recordsAt(const DnsName& name) const {
    std::vector<DnsRecord> out;
    if (const Node* n = node(name)) {
        for (const auto& [code, set] : n->rrsets) {
            out.insert(out.end(), set.begin(), set.end());
        }
    }
    return out;
}

bool Zone::nameExists(const DnsName& name) const {
    return m_existing.contains(name.canonical());
}

std::optional<DnsName> Zone::delegationFor(const DnsName& name) const {
    if (!contains(name) || m_cuts.empty()) {
        return std::nullopt;
    }
    // Walk down from just below the apex: the topmost cut wins, since whatever lies below it
    // belongs to the child zone.
    for (std::size_t n = m_origin.labelCount() + 1; n <= name.labelCount(); ++n) {
        DnsName candidate = suffix(name, n);
        if (m_cuts.contains(candidate.canonical())) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::vector<DnsName> Zone::delegations() const {
    std::vector<DnsName> out;
    for (const auto& key : m_cuts) {
        out.push_back(m_nodes.at(key).name);
    }
    return out;
}

std::vector<DnsRecord> Zone::addressesOf(const DnsName& host) const {
    std::vector<DnsRecord> out = rrset(host, DnsType::A);
    auto v6 = rrset(host, DnsType::AAAA);
    out.insert(out.end(), v6.begin(), v6.end());
    return out;
}

ZoneLookup Zone::lookup(const DnsName& name, DnsType type) const {
    ZoneLookup result;
    if (!contains(name)) {
        result.kind = ZoneLookup::Kind::NotInZone;
        return result;
    }
    if (auto cut = delegationFor(name)) {
        result.kind = ZoneLookup::Kind::Delegation;
        result.records = rrset(*cut, DnsType::NS);
        result.cut = std::move(*cut);
        return result;
    }
    const Node* n = node(name);
    if (!n) {
        result.kind = nameExists(name) ? ZoneLookup::Kind::NoData : ZoneLookup::Kind::NxDomain;
        return result;
    }
    const auto cname = n->rrsets.find(typeCode(DnsType::CNAME));
    if (cname != n->rrsets.end() && type != DnsType::CNAME) {
        result.kind = ZoneLookup::Kind::Cname;
        result.records = cname->second;
        return result;
    }
    if (type == DnsType::ANY) {
        result.kind = ZoneLookup::Kind::Answer;
        result.records = recordsAt(name);
        return result;
    }
    const auto it = n->rrsets.find(typeCode(type));
    if (it == n->rrsets.end()) {
        result.kind = ZoneLookup::Kind::NoData;
        return result;
    }
    result.kind = ZoneLookup::Kind::Answer;
    result.records = it->second;
    return result;
}

std::vector<DnsRecord> Zone::records() const {
    std::vector<DnsRecord> out;
    for (const auto& [key, n] : m_nodes) {
        for (const auto& [code, set] : n.rrsets) {
            out.insert(out.end(), set.begin(), set.end());
        }
    }
    return out;
}

std::size_t Zone::recordCount() const {
    std::size_t count = 0;
    for (const auto& [key, n] : m_nodes) {
        for (const auto& [code, set] : n.rrsets) {
            count += set.size();
        }
    }
    return count;
}

} // namespace hopscope::dns
