// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "transport.h"
#include "wire/dns_message.h"
#include "wire/dns_name.h"
#include "zone.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace hopscope::dns {

// What kind of reply an authoritative server gave. The engine turns it into the trace note and
// the GUI into a sentence.
enum class AuthorityAnswerKind {
    Answer,     // AA, the RRset asked for
    CnameChain, // AA, one or more CNAMEs (followed inside the zone), then whatever they led to
    Referral,   // not AA: NS of a child zone in authority, glue in additional
    NxDomain,   // AA, RCODE NXDOMAIN, SOA in authority
    NoData,     // AA, NOERROR with no answer, SOA in authority
    Refused,    // the name is in none of our zones (or a zone transfer was asked for)
    FormErr,    // the query could not be understood (see AuthorityAnswer::problem)
    NotImp,     // an opcode other than QUERY
    BadVers,    // EDNS version above 0 (RFC 6891 section 6.1.3)
    Truncated,  // over UDP the reply did not fit: TC set (untruncatedKind says what it was)
    Dropped,    // no reply at all: shorter than a header, or itself a response (QR=1)
};

// "Answer", "CnameChain", ... for logs and tests.
[[nodiscard]] const char* authorityAnswerKindName(AuthorityAnswerKind kind);

// The full outcome of answering one query.
struct AuthorityAnswer {
    AuthorityAnswerKind kind = AuthorityAnswerKind::Dropped;
    AuthorityAnswerKind untruncatedKind = AuthorityAnswerKind::Dropped; // == kind unless Truncated
    std::optional<wire::DnsMessage> query; // the decoded query, when it decoded
    wire::DnsMessage response;             // the reply as built, before any truncation
    std::vector<std::uint8_t> bytes; // the reply as sent (truncated if need be); empty when Dropped
    std::optional<wire::DnsName> zone; // the zone that answered
    std::optional<wire::DnsName> cut;  // Referral: the child zone we refer to
    std::string problem;               // FormErr / Dropped: why
};

struct AuthorityOptions {
    // The EDNS UDP payload size we advertise, and the most we send over UDP to an EDNS client
    // (RFC 6891 section 6.2.5; 1232 is the DNS Flag Day 2020 value).
    std::uint16_t ednsPayloadSize = 1232;
};

// An authoritative name server's logic as plain code: query bytes in, response bytes out
// (RFC 1034 section 4.3.2). Holds several zones; a name is answered from the deepest zone that
// contains it. answer() is const and touches no shared mutable state, so any number of server
// threads may call it at once once the zones are added.
class Authority {
public:
    explicit Authority(AuthorityOptions options = {});

    void addZone(Zone zone);
    [[nodiscard]] const std::vector<Zone>& zones() const { return m_zones; }
    // The deepest zone at or above `name` (longest match), or nullptr.
    [[nodiscard]] const Zone* zoneFor(const wire::DnsName& name) const;

    // The reply to one DNS message (without the TCP length prefix, which the caller adds with
    // wire::DnsTcpDeframer::frame). Over UDP the reply fits 512 bytes, or the client's EDNS
    // payload size capped by ours; over TCP, 65535 bytes.
    [[nodiscard]] AuthorityAnswer answer(std::span<const std::uint8_t> query,
                                         Transport transport) const;
    // Just the bytes of answer(); empty when no reply must be sent.
    [[nodiscard]] std::vector<std::uint8_t> respond(std::span<const std::uint8_t> query,
                                                    Transport transport) const;
    // The reply to an already decoded query (the lab and tests skip the byte round trip).
    [[nodiscard]] AuthorityAnswer answerMessage(const wire::DnsMessage& query,
                                                Transport transport) const;

    // Largest reply over UDP without EDNS (RFC 1035 section 4.2.1).
    static constexpr std::size_t kClassicUdpSize = 512;

private:
    AuthorityOptions m_options;
    std::vector<Zone> m_zones;
};

} // namespace hopscope::dns
