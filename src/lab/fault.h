// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "topology.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::lab {

class LabSession;

// A fault the lab puts in on purpose, always the same way, so a lesson shows the same thing on
// every run: nftables rules in one router's forward path (the kernel's own filtering, so the
// capture shows the SYN arriving and never leaving), or for a delay the kernel's netem queueing
// discipline on the router's interfaces (nftables cannot hold a packet).
enum class FaultKind : std::uint8_t {
    DropFirstSyn,    // the first SYN of every connection is dropped; its retransmission passes
    DropNth,         // the Nth packet (in the client's direction) of every connection is dropped
    Reset,           // every SYN is answered with a TCP reset, as if no server listened
    Loss,            // PERCENT of every hundred forwarded packets are dropped, the same each time
    DropFirstSynAck, // the first SYN-ACK of every connection is dropped; its retransmission passes
    ResetAfter,      // after N client packets of a connection, the next one is answered with RST
    Delay,           // every packet leaving the router waits MS milliseconds (netem)
};

struct FaultSpec {
    FaultKind kind = FaultKind::DropFirstSyn;
    std::uint32_t value = 0; // N for DropNth and ResetAfter, PERCENT for Loss, MS for Delay
    std::string node;        // where; empty: the laptop's router

    [[nodiscard]] std::string toString() const; // the spec as typed ("drop-nth:3@isp-router")
};

struct FaultParse {
    std::optional<FaultSpec> spec;
    std::string error; // names what was wrong and lists what is accepted
};

// "drop-first-syn", "drop-first-synack", "drop-nth:N", "reset", "reset-after:N",
// "loss:PERCENT", "delay:MS", each optionally "@NODE".
[[nodiscard]] FaultParse parseFaultSpec(std::string_view text);

// The nftables ruleset (for nft -f) that puts the fault in. Each fault gets a table of its own,
// so several can be in one node at once. Empty for Delay, which is no nftables fault.
[[nodiscard]] std::string faultRules(const FaultSpec& spec, std::size_t index);

// The nftables commands that take out the fault faultRules(spec, index) put in.
[[nodiscard]] std::string faultRemovalRules(std::size_t index);

// The tc commands (tc -batch) that put a Delay in: a netem qdisc at the root of every interface
// of `node`, so each packet the node sends out of any interface waits MS (tc-netem(8)). Empty
// for every other kind.
[[nodiscard]] std::string faultQdiscCommands(const FaultSpec& spec, const Node& node);
// The tc commands that take those qdiscs out again (the interfaces fall back to their default).
[[nodiscard]] std::string faultQdiscRemovalCommands(const Node& node);

// Puts the fault in inside its node (faultNode): nftables rules, or netem qdiscs for a delay.
// Returns an error sentence on failure (an unknown node, a kernel without netem, nft's error).
[[nodiscard]] std::optional<std::string> putInFault(LabSession& lab, const FaultSpec& spec,
                                                    std::size_t index);
// Takes out what putInFault(lab, spec, index) put in.
[[nodiscard]] std::optional<std::string> takeOutFault(LabSession& lab, const FaultSpec& spec,
                                                      std::size_t index);

// The node the fault goes into: the spec's own, else the router the laptop's default route
// points at. Empty when neither exists.
[[nodiscard]] std::string faultNode(const FaultSpec& spec, const Topology& topology);

// One line per accepted spec, for --help.
[[nodiscard]] const char* faultSpecHelp();

} // namespace hopscope::lab
