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

// A fault the lab puts in on purpose, always the same way, so a lesson shows the same thing on
// every run: nftables rules in one router's forward path (the kernel's own filtering, so the
// capture shows the SYN arriving and never leaving).
enum class FaultKind : std::uint8_t {
    DropFirstSyn, // the first SYN of every connection is dropped; its retransmission passes
    DropNth,      // the Nth packet (in the client's direction) of every connection is dropped
    Reset,        // every SYN is answered with a TCP reset, as if no server listened
    Loss,         // PERCENT of every hundred forwarded packets are dropped, the same ones each time
};

struct FaultSpec {
    FaultKind kind = FaultKind::DropFirstSyn;
    std::uint32_t value = 0; // N for DropNth, PERCENT for Loss
    std::string node;        // where; empty: the laptop's router

    [[nodiscard]] std::string toString() const; // the spec as typed ("drop-nth:3@isp-router")
};

struct FaultParse {
    std::optional<FaultSpec> spec;
    std::string error; // names what was wrong and lists what is accepted
};

// "drop-first-syn", "drop-nth:N", "reset", "loss:PERCENT", each optionally "@NODE".
[[nodiscard]] FaultParse parseFaultSpec(std::string_view text);

// The nftables ruleset (for nft -f) that puts the fault in. Each fault gets a table of its own,
// so several can be in one node at once.
[[nodiscard]] std::string faultRules(const FaultSpec& spec, std::size_t index);

// The nftables commands that take out the fault faultRules(spec, index) put in.
[[nodiscard]] std::string faultRemovalRules(std::size_t index);

// The node the fault goes into: the spec's own, else the router the laptop's default route
// points at. Empty when neither exists.
[[nodiscard]] std::string faultNode(const FaultSpec& spec, const Topology& topology);

// One line per accepted spec, for --help.
[[nodiscard]] const char* faultSpecHelp();

} // namespace hopscope::lab
