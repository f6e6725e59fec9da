// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "fault.h"

#include "lab_session.h"

#include <charconv>
#include <sstream>

namespace hopscope::lab {

namespace {

const char* const kAccepted = "accepted: drop-first-syn, drop-first-synack, drop-nth:N, reset, "
                              "reset-after:N, loss:PERCENT, delay:MS, each optionally @NODE";

// netem holds packets in a timer queue; a minute is already far beyond any lesson.
constexpr std::uint32_t kLongestDelayMs = 60'000;

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
    return "  drop-first-syn     the first SYN of each connection is dropped (the client's kernel\n"
           "                     sends it again after about a second)\n"
           "  drop-first-synack  the first SYN-ACK of each connection is dropped (the server's\n"
           "                     kernel sends it again, the client's SYN comes again too)\n"
           "  drop-nth:N         the Nth packet from the client of each connection is dropped\n"
           "  reset              every SYN is answered with a TCP reset (RST)\n"
           "  reset-after:N      after N packets from the client, the connection's next one is\n"
           "                     dropped and answered with a TCP reset (RST) in the middle of it\n"
           "  loss:PERCENT       PERCENT of every 100 forwarded packets are dropped (always the "
           "same)\n"
           "  delay:MS           every packet the router sends out waits MS milliseconds (the\n"
           "                     kernel's netem queueing discipline, tc-netem(8))\n"
           "  ...@NODE           put the fault in NODE (default: the laptop's router, "
           "home-router)\n";
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
    case FaultKind::DropFirstSynAck:
        out = "drop-first-synack";
        break;
    case FaultKind::ResetAfter:
        out = "reset-after:" + std::to_string(value);
        break;
    case FaultKind::Delay:
        out = "delay:" + std::to_string(value);
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
    } else if (name == "drop-first-synack" && !hasArgument) {
        spec.kind = FaultKind::DropFirstSynAck;
    } else if (name == "reset" && !hasArgument) {
        spec.kind = FaultKind::Reset;
    } else if (name == "reset-after" && hasArgument) {
        const auto n = number(argument);
        if (!n || *n == 0) {
            result.error =
                "reset-after wants a packet count from 1, not '" + std::string(argument) + "'";
            return result;
        }
        spec.kind = FaultKind::ResetAfter;
        spec.value = *n;
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
    } else if (name == "delay" && hasArgument) {
        const auto ms = number(argument);
        if (!ms || *ms == 0 || *ms > kLongestDelayMs) {
            result.error = "delay wants milliseconds from 1 to " + std::to_string(kLongestDelayMs) +
                           ", not '" + std::string(argument) + "'";
            return result;
        }
        spec.kind = FaultKind::Delay;
        spec.value = *ms;
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

namespace {

// Drops the first segment `flags` matches of every connection and lets its retransmissions
// (same addresses and ports) through. The set remembers each connection for five minutes.
// Remembering and dropping are separate rules: when the kernel cannot add to the set (an
// allocation failing under memory pressure makes nft_dynset break out of its rule), the
// segment is still dropped, so the fault never silently lets a first segment through.
void dropFirst(std::ostringstream& out, const char* flags) {
    const char* const key = "ip saddr . tcp sport . ip daddr . tcp dport";
    out << "  set seen {\n"
        << "    type ipv4_addr . inet_service . ipv4_addr . inet_service\n"
        << "    flags dynamic, timeout\n"
        << "    timeout 5m\n"
        << "  }\n"
        << "  chain forward {\n"
        << "    type filter hook forward priority filter; policy accept;\n"
        << "    " << flags << ' ' << key << " @seen accept\n"
        << "    " << flags << " add @seen { " << key << " }\n"
        << "    " << flags << " drop\n"
        << "  }\n";
}

} // namespace

std::string faultRules(const FaultSpec& spec, std::size_t index) {
    if (spec.kind == FaultKind::Delay) {
        return {};
    }
    std::ostringstream out;
    const std::string table = faultTable(index);
    // A SYN without ACK opens a connection; the server's SYN-ACK answers it.
    const char* const syn = "tcp flags & (syn | ack) == syn";
    const char* const synAck = "tcp flags & (syn | ack) == syn | ack";
    out << "table ip " << table << " {\n";
    switch (spec.kind) {
    case FaultKind::DropFirstSyn:
        dropFirst(out, syn);
        break;
    case FaultKind::DropFirstSynAck:
        dropFirst(out, synAck);
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
    case FaultKind::ResetAfter:
        // Conntrack has counted the packet being forwarded already (in prerouting), so the one
        // after the Nth is number N + 1. Only that one: the client's kernel, reset, answers
        // whatever the server still sends with RSTs of its own, and those go through.
        // reject sends the RST to the client in the server's name (nf_reject_ipv4.c).
        out << "  chain forward {\n"
            << "    type filter hook forward priority filter; policy accept;\n"
            << "    meta l4proto tcp ct direction original ct original packets "
            << std::uint64_t{spec.value} + 1 << " reject with tcp reset\n"
            << "  }\n";
        break;
    case FaultKind::Loss:
        out << "  chain forward {\n"
            << "    type filter hook forward priority filter; policy accept;\n"
            << "    numgen inc mod 100 < " << spec.value << " drop\n"
            << "  }\n";
        break;
    case FaultKind::Delay:
        break;
    }
    out << "}\n";
    return out.str();
}

std::string faultQdiscCommands(const FaultSpec& spec, const Node& node) {
    if (spec.kind != FaultKind::Delay) {
        return {};
    }
    // The egress qdisc holds the packet after routing, before the wire: a capture sees it
    // arrive on one interface and leave another MS later. replace, not add, so a second delay
    // in the same node changes the first instead of failing.
    std::ostringstream out;
    for (const auto& i : node.interfaces) {
        out << "qdisc replace dev " << i.name << " root netem delay " << spec.value << "ms\n";
    }
    return out.str();
}

std::string faultQdiscRemovalCommands(const Node& node) {
    std::ostringstream out;
    for (const auto& i : node.interfaces) {
        out << "qdisc del dev " << i.name << " root\n";
    }
    return out.str();
}

namespace {

// tc's own words for a qdisc the kernel does not have, turned into what it means here.
std::string qdiscError(const std::string& error) {
    if (error.find("qdisc kind is unknown") == std::string::npos) {
        return error;
    }
    return "this kernel has no netem queueing discipline (sch_netem: built without "
           "CONFIG_NET_SCH_NETEM, or its module is not installed), so the lab cannot delay "
           "packets here; a stock Debian or Fedora kernel has it (tc said: " +
           error.substr(0, error.find('\n')) + ")";
}

} // namespace

std::optional<std::string> putInFault(LabSession& lab, const FaultSpec& spec, std::size_t index) {
    const std::string node = faultNode(spec, lab.topology());
    if (node.empty()) {
        return "the lab has no node \"" + spec.node + "\"";
    }
    if (spec.kind == FaultKind::Delay) {
        if (auto error =
                lab.runQdiscCommands(node, faultQdiscCommands(spec, *lab.topology().node(node)))) {
            return qdiscError(*error);
        }
        return std::nullopt;
    }
    return lab.loadRules(node, faultRules(spec, index));
}

std::optional<std::string> takeOutFault(LabSession& lab, const FaultSpec& spec, std::size_t index) {
    const std::string node = faultNode(spec, lab.topology());
    if (node.empty()) {
        return "the lab has no node \"" + spec.node + "\"";
    }
    if (spec.kind == FaultKind::Delay) {
        return lab.runQdiscCommands(node, faultQdiscRemovalCommands(*lab.topology().node(node)));
    }
    return lab.loadRules(node, faultRemovalRules(index));
}

} // namespace hopscope::lab
