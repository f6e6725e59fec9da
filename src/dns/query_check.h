// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "transport.h"
#include "wire/dns_message.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopscope::dns {

// The checks every server (authoritative or the resolver's front door) makes on a query before
// answering it, and the error replies that follow, so both refuse the same things the same way.
class QueryCheck {
public:
    enum class Verdict {
        Ok,
        FormErr, // QDCOUNT != 1, a misplaced or repeated OPT (RFC 6891 section 6.1.1), qtype OPT
        NotImp,  // an opcode other than QUERY
        BadVers, // EDNS version above 0 (RFC 6891 section 6.1.3)
        Refused, // a class other than IN, or a zone transfer
    };
    Verdict verdict = Verdict::Ok;
    std::string problem; // why, when not Ok

    [[nodiscard]] static QueryCheck check(const wire::DnsMessage& query);
    // The error reply for a failed check: RCODE set, question echoed when there is exactly one,
    // OPT echoed when the query's was usable.
    [[nodiscard]] static wire::DnsMessage errorReply(const wire::DnsMessage& query,
                                                     const QueryCheck& check,
                                                     std::uint16_t ednsPayloadSize);
    // The FORMERR reply to bytes that did not decode (at least 12 of them): header only, ID,
    // opcode and RD echoed.
    [[nodiscard]] static std::vector<std::uint8_t>
    undecodableReply(std::span<const std::uint8_t> query);
    // How large a reply may be: 65535 over TCP; over UDP 512 without EDNS, else the client's
    // payload size (at least 512) capped by ours (RFC 6891 sections 6.2.3 and 6.2.5).
    [[nodiscard]] static std::size_t replyLimit(const wire::DnsMessage& query, Transport transport,
                                                std::uint16_t ourPayloadSize);
};

} // namespace hopscope::dns
