// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "authority.h"

#include "query_check.h"

#include <algorithm>
#include <set>

namespace hopscope::dns {

using wire::DnsMessage;
using wire::DnsName;
using wire::DnsRcode;
using wire::DnsRecord;
using wire::DnsType;

namespace {

// Aliases followed inside one zone before we stop and let the resolver carry on.
constexpr std::size_t kMaxCnameHops = 16;

// A/AAAA records for the names that NS, MX and SRV records in `records` point at, when this
// zone has them (RFC 1035 section 6.3.2, "additional section processing").
void addAdditionalAddresses(const Zone& zone, const std::vector<DnsRecord>& records,
                            std::vector<DnsRecord>& additionals) {
    std::set<std::string> done;
    for (const auto& rr : records) {
        const DnsName* target = nullptr;
        if (const auto* ns = std::get_if<wire::DnsNsRdata>(&rr.rdata)) {
            target = &ns->host;
        } else if (const auto* mx = std::get_if<wire::DnsMxRdata>(&rr.rdata)) {
            target = &mx->exchange;
        } else if (const auto* srv = std::get_if<wire::DnsSrvRdata>(&rr.rdata)) {
            target = &srv->target;
        }
        if (!target || !zone.contains(*target) || !done.insert(target->canonical()).second) {
            continue;
        }
        auto addresses = zone.addressesOf(*target);
        additionals.insert(additionals.end(), addresses.begin(), addresses.end());
    }
}

} // namespace

const char* authorityAnswerKindName(AuthorityAnswerKind kind) {
    switch (kind) {
    case AuthorityAnswerKind::Answer:
        return "Answer";
    case AuthorityAnswerKind::CnameChain:
        return "CnameChain";
    case AuthorityAnswerKind::Referral:
        return "Referral";
    case AuthorityAnswerKind::NxDomain:
        return "NxDomain";
    case AuthorityAnswerKind::NoData:
        return "NoData";
    case AuthorityAnswerKind::Refused:
        return "Refused";
    case AuthorityAnswerKind::FormErr:
        return "FormErr";
    case AuthorityAnswerKind::NotImp:
        return "NotImp";
    case AuthorityAnswerKind::BadVers:
        return "BadVers";
    case AuthorityAnswerKind::Truncated:
        return "Truncated";
    case AuthorityAnswerKind::Dropped:
        return "Dropped";
    }
    return "?";
}

Authority::Authority(AuthorityOptions options) : m_options(options) {}

void Authority::addZone(Zone zone) {
    m_zones.push_back(std::move(zone));
}

const Zone* Authority::zoneFor(const DnsName& name) const {
    const Zone* best = nullptr;
    for (const auto& zone : m_zones) {
        if (zone.contains(name) &&
            (!best || zone.origin().labelCount() > best->origin().labelCount())) {
            best = &zone;
        }
    }
    return best;
}

std::vector<std::uint8_t> Authority::respond(std::span<const std::uint8_t> query,
                                             Transport transport) const {
    return answer(query, transport).bytes;
}

AuthorityAnswer Authority::answer(std::span<const std::uint8_t> query, Transport transport) const {
    AuthorityAnswer out;
    if (query.size() < 12) {
        out.kind = out.untruncatedKind = AuthorityAnswerKind::Dropped;
        out.problem = "only " + std::to_string(query.size()) +
                      " bytes: shorter than a DNS header, nothing to answer";
        return out;
    }
    if ((query[2] & 0x80) != 0) {
        // Answering a response could start an endless ping-pong between two servers.
        out.kind = out.untruncatedKind = AuthorityAnswerKind::Dropped;
        out.problem = "the message is a response (QR=1), not a query";
        return out;
    }
    auto decoded = DnsMessage::decode(query);
    if (!decoded.ok()) {
        out.kind = out.untruncatedKind = AuthorityAnswerKind::FormErr;
        out.problem = decoded.problem;
        out.bytes = QueryCheck::undecodableReply(query);
        if (auto reply = DnsMessage::decode(out.bytes); reply.ok()) {
            out.response = std::move(*reply.message);
        }
        return out;
    }
    return answerMessage(*decoded.message, transport);
}

AuthorityAnswer Authority::answerMessage(const DnsMessage& query, Transport transport) const {
    AuthorityAnswer out;
    out.query = query;
    auto finish = [&](AuthorityAnswerKind kind) -> AuthorityAnswer {
        out.kind = out.untruncatedKind = kind;
        const std::size_t limit =
            QueryCheck::replyLimit(query, transport, m_options.ednsPayloadSize);
        std::string problem;
        auto bytes = out.response.encodeTruncated(limit, &problem);
        if (!bytes) {
            out.kind = out.untruncatedKind = AuthorityAnswerKind::Dropped;
            out.problem = "the reply cannot be encoded: " + problem;
            return out;
        }
        out.bytes = std::move(*bytes);
        if (out.bytes.size() >= 3 && (out.bytes[2] & 0x02) != 0) {
            out.kind = AuthorityAnswerKind::Truncated;
        }
        return out;
    };

    auto& r = out.response;
    r = DnsMessage::responseTo(query, m_options.ednsPayloadSize);

    if (const auto check = QueryCheck::check(query); check.verdict != QueryCheck::Verdict::Ok) {
        r = QueryCheck::errorReply(query, check, m_options.ednsPayloadSize);
        out.problem = check.problem;
        switch (check.verdict) {
        case QueryCheck::Verdict::FormErr:
            return finish(AuthorityAnswerKind::FormErr);
        case QueryCheck::Verdict::NotImp:
            return finish(AuthorityAnswerKind::NotImp);
        case QueryCheck::Verdict::BadVers:
            return finish(AuthorityAnswerKind::BadVers);
        case QueryCheck::Verdict::Refused:
        case QueryCheck::Verdict::Ok:
            return finish(AuthorityAnswerKind::Refused);
        }
    }
    const auto& question = query.questions.front();
    const Zone* zone = zoneFor(question.name);
    if (!zone) {
        r.setRcode(DnsRcode::Refused);
        out.problem = question.name.toText() + " is in none of our zones";
        return finish(AuthorityAnswerKind::Refused);
    }
    out.zone = zone->origin();

    // RFC 1034 section 4.3.2, step 3, following aliases while they stay inside this zone.
    DnsName name = question.name;
    std::set<std::string> seen{name.canonical()};
    for (std::size_t hops = 0;; ++hops) {
        const bool chained = hops > 0;
        const ZoneLookup found = zone->lookup(name, question.type);
        switch (found.kind) {
        case ZoneLookup::Kind::Answer:
            r.header.authoritative = true;
            r.answers.insert(r.answers.end(), found.records.begin(), found.records.end());
            addAdditionalAddresses(*zone, found.records, r.additionals);
            return finish(chained ? AuthorityAnswerKind::CnameChain : AuthorityAnswerKind::Answer);
        case ZoneLookup::Kind::Cname: {
            r.header.authoritative = true;
            r.answers.insert(r.answers.end(), found.records.begin(), found.records.end());
            const DnsName& target =
                std::get<wire::DnsCnameRdata>(found.records.front().rdata).target;
            if (!zone->contains(target) || hops + 1 >= kMaxCnameHops ||
                !seen.insert(target.canonical()).second) {
                // The resolver restarts at the target (RFC 1034 section 4.3.2 step 3a).
                return finish(AuthorityAnswerKind::CnameChain);
            }
            name = target;
            continue;
        }
        case ZoneLookup::Kind::Delegation:
            // A referral (RFC 1034 section 4.3.2 step 3b): not authoritative for the child.
            r.header.authoritative = chained;
            r.authorities = found.records;
            addAdditionalAddresses(*zone, found.records, r.additionals);
            out.cut = found.cut;
            return finish(chained ? AuthorityAnswerKind::CnameChain
                                  : AuthorityAnswerKind::Referral);
        case ZoneLookup::Kind::NoData:
            r.header.authoritative = true;
            r.authorities.push_back(zone->negativeSoaRecord());
            return finish(chained ? AuthorityAnswerKind::CnameChain : AuthorityAnswerKind::NoData);
        case ZoneLookup::Kind::NxDomain:
            // With aliases in the answer the RCODE still describes the last name (RFC 6604).
            r.header.authoritative = true;
            r.setRcode(DnsRcode::NXDomain);
            r.authorities.push_back(zone->negativeSoaRecord());
            return finish(chained ? AuthorityAnswerKind::CnameChain
                                  : AuthorityAnswerKind::NxDomain);
        case ZoneLookup::Kind::NotInZone:
            break;
        }
        break;
    }
    r.setRcode(DnsRcode::Refused);
    return finish(AuthorityAnswerKind::Refused);
}

} // namespace hopscope::dns
