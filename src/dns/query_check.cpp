// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "query_check.h"

#include <algorithm>

namespace hopscope::dns {

using wire::DnsMessage;
using wire::DnsRcode;

namespace {

constexpr std::size_t kClassicUdpSize = 512;
constexpr std::size_t kMaxTcpMessage = 65535;

bool hasUsableOpt(const DnsMessage& query) {
    std::size_t count = 0;
    for (const auto& rr : query.additionals) {
        if (std::holds_alternative<wire::DnsOptRdata>(rr.rdata)) {
            if (!rr.name.isRoot()) {
                return false;
            }
            ++count;
        }
    }
    return count == 1;
}

} // namespace

QueryCheck QueryCheck::check(const DnsMessage& query) {
    if (query.header.opcode != static_cast<std::uint8_t>(wire::DnsOpcode::Query)) {
        return {Verdict::NotImp,
                "opcode " + wire::dnsOpcodeName(query.header.opcode) + " is not implemented"};
    }
    std::size_t optCount = 0;
    bool optMisplaced = false;
    for (const auto& rr : query.additionals) {
        if (std::holds_alternative<wire::DnsOptRdata>(rr.rdata)) {
            ++optCount;
            optMisplaced = optMisplaced || !rr.name.isRoot();
        }
    }
    for (const auto* section : {&query.answers, &query.authorities}) {
        for (const auto& rr : *section) {
            optMisplaced = optMisplaced || std::holds_alternative<wire::DnsOptRdata>(rr.rdata);
        }
    }
    if (optCount > 1 || optMisplaced) {
        return {Verdict::FormErr, "more than one OPT record, or one outside the additional "
                                  "section or not owned by the root (RFC 6891 section 6.1.1)"};
    }
    if (query.questions.size() != 1) {
        return {Verdict::FormErr, "QDCOUNT is " + std::to_string(query.questions.size()) +
                                      "; a query asks exactly one question"};
    }
    if (const auto* opt = query.edns(); opt && opt->version > 0) {
        return {Verdict::BadVers,
                "EDNS version " + std::to_string(opt->version) + "; we speak version 0"};
    }
    const auto& question = query.questions.front();
    if (question.type == wire::DnsType::OPT) {
        return {Verdict::FormErr, "OPT is not a type one can ask for"};
    }
    if (question.qclass != wire::DnsClass::IN) {
        return {Verdict::Refused,
                "class " + wire::dnsClassName(question.qclass) + " is not served, only IN"};
    }
    if (question.type == wire::DnsType::AXFR || question.type == wire::DnsType::IXFR) {
        return {Verdict::Refused, "zone transfers are not allowed"};
    }
    return {};
}

DnsMessage QueryCheck::errorReply(const DnsMessage& query, const QueryCheck& check,
                                  std::uint16_t ednsPayloadSize) {
    DnsMessage r;
    r.header.id = query.header.id;
    r.header.response = true;
    r.header.opcode = query.header.opcode;
    r.header.recursionDesired = query.header.recursionDesired;
    r.header.checkingDisabled = query.header.checkingDisabled;
    if (query.questions.size() == 1) {
        r.questions = query.questions;
    }
    if (hasUsableOpt(query)) {
        wire::DnsOptRdata opt;
        opt.udpPayloadSize = ednsPayloadSize;
        r.additionals.push_back(wire::DnsRecord::opt(std::move(opt)));
    }
    DnsRcode rcode = DnsRcode::NoError;
    switch (check.verdict) {
    case Verdict::Ok:
        break;
    case Verdict::FormErr:
        rcode = DnsRcode::FormErr;
        break;
    case Verdict::NotImp:
        rcode = DnsRcode::NotImp;
        break;
    case Verdict::BadVers:
        rcode = DnsRcode::BadVers;
        break;
    case Verdict::Refused:
        rcode = DnsRcode::Refused;
        break;
    }
    r.setRcode(rcode);
    return r;
}

std::vector<std::uint8_t> QueryCheck::undecodableReply(std::span<const std::uint8_t> query) {
    std::vector<std::uint8_t> out(12, 0);
    if (query.size() < 12) {
        return out;
    }
    out[0] = query[0];
    out[1] = query[1];
    // QR=1, the query's opcode and RD; AA, TC, RA, Z, AD, CD zero.
    out[2] = static_cast<std::uint8_t>(0x80 | (query[2] & 0x78) | (query[2] & 0x01));
    out[3] = static_cast<std::uint8_t>(DnsRcode::FormErr);
    return out;
}

std::size_t QueryCheck::replyLimit(const DnsMessage& query, Transport transport,
                                   std::uint16_t ourPayloadSize) {
    if (transport == Transport::Tcp) {
        return kMaxTcpMessage;
    }
    const auto* opt = query.edns();
    if (!opt) {
        return kClassicUdpSize;
    }
    const std::size_t theirs = std::max<std::size_t>(kClassicUdpSize, opt->udpPayloadSize);
    const std::size_t ours = std::max<std::size_t>(kClassicUdpSize, ourPayloadSize);
    return std::min(theirs, ours);
}

} // namespace hopscope::dns
