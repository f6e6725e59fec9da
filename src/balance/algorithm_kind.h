// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hopscope::balance {

// The balancing algorithms, in the order the UI lists them.
enum class AlgorithmKind : std::uint8_t {
    RoundRobin,
    SmoothWeightedRoundRobin,
    LeastConnections,
    Random,
    PowerOfTwoChoices,
    PeakEwma,
    SourceIpHash,
    ConsistentHash,
    StickyCookie,
};

inline constexpr std::array<AlgorithmKind, 9> kAllAlgorithms = {
    AlgorithmKind::RoundRobin,        AlgorithmKind::SmoothWeightedRoundRobin,
    AlgorithmKind::LeastConnections,  AlgorithmKind::Random,
    AlgorithmKind::PowerOfTwoChoices, AlgorithmKind::PeakEwma,
    AlgorithmKind::SourceIpHash,      AlgorithmKind::ConsistentHash,
    AlgorithmKind::StickyCookie,
};

// Configuration and CLI names. Where HAProxy's "balance" keyword has the algorithm we use its
// name, so a user can carry the word over: "roundrobin", "leastconn", "random", "source".
// HAProxy has no keyword for the others: "swrr" is nginx's default weighted round robin,
// "p2c" is what HAProxy spells random(2), "ewma" is Finagle's peak EWMA, "chash" is HAProxy's
// "hash-type consistent", "sticky" is HAProxy's "cookie SERVERID insert" over roundrobin.
// Note HAProxy's roundrobin honours weights; ours does not, so the lesson can contrast it
// with swrr.
[[nodiscard]] constexpr std::string_view algorithmName(AlgorithmKind kind) {
    switch (kind) {
    case AlgorithmKind::RoundRobin:
        return "roundrobin";
    case AlgorithmKind::SmoothWeightedRoundRobin:
        return "swrr";
    case AlgorithmKind::LeastConnections:
        return "leastconn";
    case AlgorithmKind::Random:
        return "random";
    case AlgorithmKind::PowerOfTwoChoices:
        return "p2c";
    case AlgorithmKind::PeakEwma:
        return "ewma";
    case AlgorithmKind::SourceIpHash:
        return "source";
    case AlgorithmKind::ConsistentHash:
        return "chash";
    case AlgorithmKind::StickyCookie:
        return "sticky";
    }
    return "roundrobin";
}

[[nodiscard]] constexpr std::optional<AlgorithmKind> algorithmFromName(std::string_view name) {
    for (const AlgorithmKind kind : kAllAlgorithms) {
        if (algorithmName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace hopscope::balance
