// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "fault.h"

#include <charconv>
#include <sstream>

namespace hopscope::lab {

namespace {

const char* const kAccepted =
    "accepted: drop-first-syn, drop-nth:N, reset, loss:PERCENT, each optionally @NODE";

std::optional<std::uint32_t> number(std::string_view text) {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

} // namespace

const char* faultSpecHelp() {
    return "  drop-first-syn  the first SYN of each connection is dropped (the client's kernel\n"
           "                  sends it again after about a second)\n"
           "  drop-nth:N      the Nth packet from the client of each connection is dropped\n"
           "  reset           every SYN is answered with a TCP reset (RST)\n"
           "  loss:PERCENT    PERCENT of every 100 forwarded packets are dropped (always the "
           "same)\n"
           "  ...@NODE        put the fault in NODE (default: the laptop's router, home-router)\n";
}

std::string FaultSpec::toString() const {
    std::string out;
    switch (kind) {
    case FaultKind::DropFirstSyn:
        out = "drop-first-syn";
        break;
    case FaultKind::DropNth:
        out = "drop-nth:" + std::to_string(value);
        break;
    case FaultKind::Reset:
        out = "reset";
        break;
    case FaultKind::Loss:
        out = "loss:" + std::to_string(value);
        break;
    }
    return node.empty() ? out : out + '@' + node;
}

FaultParse parseFaultSpec(std::string_view text) {
    FaultParse result;
    FaultSpec spec;
    const auto at = text.find('@');
    if (at != std::string_view::npos) {
        spec.node = std::string(text.substr(at + 1));
        text = text.substr(0, at);
        if (spec.node.empty()) {
            result.error = "no node after '@'";
            return result;
        }
    }
    const auto colon = text.find(':');
    const std::string_view name = text.substr(0, colon);
    const std::string_view argument =
        colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    const bool hasArgument = colon != std::string_view::npos;
    if (name == "drop-first-syn" && !hasArgument) {
        spec.kind = FaultKind::DropFirstSyn;
    } else if (name == "reset" && !hasArgument) {
        spec.kind = FaultKind::Reset;
    } else if (name == "drop-nth" && hasArgument) {
        const auto n = number(argument);
        if (!n || *n == 0) {
            result.error =
                "drop-nth wants a packet number from 1, not '" + std::string(argument) + "'";
            return result;
        }
        spec.kind = FaultKind::DropNth;
        spec.value = *n;
    } else if (name == "loss" && hasArgument) {
        const auto p = number(argument);
        if (!p || *p > 100) {
            result.error =
                "loss wants a percentage from 0 to 100, not '" + std::string(argument) + "'";
            return result;
        }
        spec.kind = FaultKind::Loss;
        spec.value = *p;
    } else if (name == "delay") {
        result.error =
            "delay is not available yet (this lab has no delaying link); " + std::string(kAccepted);
        return result;
    } else {
        result.error = "unknown fault '" + std::string(text) + "'; " + kAccepted;
        return result;
    }
    result.spec = spec;
    return result;
}

std::string faultNode(const FaultSpec& spec, const Topology& topology) {
    if (!spec.node.empty()) {
        return topology.node(spec.node) != nullptr ? spec.node : std::string{};
    }
    const Node* laptop = topology.node("laptop");
    if (laptop == nullptr) {
        return {};
    }
    for (const auto& route : laptop->routes) {
        if (route.destination.length == 0) {
            const auto owner = topology.ownerOf(route.gateway);
            return owner ? owner->node : std::string{};
        }
    }
    return {};
}

namespace {

std::string faultTable(std::size_t index) {
    return "hopscope_fault_" + std::to_string(index);
}

} // namespace

std::string faultRemovalRules(std::size_t index) {
    return "delete table ip " + faultTable(index) + "\n";
}

std::string faultRules(const FaultSpec& spec, std::size_t index) {
    std::ostringstream out;
    const std::string table = faultTable(index);
    // A SYN without ACK opens a connection.
    const char* const syn = "tcp flags & (syn | ack) == syn";
    out << "table ip " << table << " {\n";
    switch (spec.kind) {
    case FaultKind::DropFirstSyn:
        // A SYN whose connection is not in the set yet is remembered and dropped; its
        // retransmission finds it there and passes.
        out << "  set seen {\n"
            << "    type ipv4_addr . inet_service . ipv4_addr . inet_service\n"
            << "    flags dynamic, timeout\n"
            << "    timeout 5m\n"
            << "  }\n"
            << "  chain forward {\n"
            << "    type filter hook forward priority filter; policy accept;\n"
            << "    " << syn << " ip saddr . tcp sport . ip daddr . tcp dport @seen accept\n"
            << "    " << syn << " add @seen { ip saddr . tcp sport . ip daddr . tcp dport } drop\n"
            << "  }\n";
        break;
    case FaultKind::DropNth:
        // Connection tracking counts each direction's packets (nf_conntrack_acct).
        out << "  chain forward {\n"
            << "    type filter hook forward priority filter; policy accept;\n"
            << "    ct direction original ct original packets " << spec.value << " drop\n"
            << "  }\n";
        break;
    case FaultKind::Reset:
        out << "  chain forward {\n"
            << "    type filter hook forward priority filter; policy accept;\n"
            << "    " << syn << " reject with tcp reset\n"
            << "  }\n";
        break;
    case FaultKind::Loss:
        out << "  chain forward {\n"
            << "    type filter hook forward priority filter; policy accept;\n"
            << "    numgen inc mod 100 < " << spec.value << " drop\n"
            << "  }\n";
        break;
    }
    out << "}\n";
    return out.str();
}

} // namespace hopscope::lab
