// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
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

// The name or another common spelling of it: "round-robin", "rr", "least_conn", "Least
// Connections", "ip-hash", "power-of-two" ... Case, '-', '_' and spaces do not count, so the
// words other load balancers and textbooks use work as well.
[[nodiscard]] inline std::optional<AlgorithmKind> algorithmFromName(std::string_view name) {
    std::string key;
    for (const char c : name) {
        if (c == '-' || c == '_' || c == ' ') {
            continue;
        }
        key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    struct Alias {
        std::string_view key;
        AlgorithmKind kind;
    };
    static constexpr Alias kAliases[] = {
        {"rr", AlgorithmKind::RoundRobin},
        {"weightedroundrobin", AlgorithmKind::SmoothWeightedRoundRobin},
        {"smoothweightedroundrobin", AlgorithmKind::SmoothWeightedRoundRobin},
        {"wrr", AlgorithmKind::SmoothWeightedRoundRobin},
        {"leastconnections", AlgorithmKind::LeastConnections},
        {"leastconnection", AlgorithmKind::LeastConnections},
        {"leastrequest", AlgorithmKind::LeastConnections},
        {"lc", AlgorithmKind::LeastConnections},
        {"powerof2", AlgorithmKind::PowerOfTwoChoices},
        {"poweroftwo", AlgorithmKind::PowerOfTwoChoices},
        {"poweroftwochoices", AlgorithmKind::PowerOfTwoChoices},
        {"random2", AlgorithmKind::PowerOfTwoChoices},
        {"peakewma", AlgorithmKind::PeakEwma},
        {"iphash", AlgorithmKind::SourceIpHash},
        {"sourceip", AlgorithmKind::SourceIpHash},
        {"sourceiphash", AlgorithmKind::SourceIpHash},
        {"consistenthash", AlgorithmKind::ConsistentHash},
        {"consistenthashing", AlgorithmKind::ConsistentHash},
        {"ringhash", AlgorithmKind::ConsistentHash},
        {"stickycookie", AlgorithmKind::StickyCookie},
        {"cookie", AlgorithmKind::StickyCookie},
    };
    for (const AlgorithmKind kind : kAllAlgorithms) {
        if (algorithmName(kind) == key) {
            return kind;
        }
    }
    for (const Alias& alias : kAliases) {
        if (alias.key == key) {
            return alias.kind;
        }
    }
    return std::nullopt;
}

// "roundrobin, swrr, leastconn, ...": what an error about an unknown name lists.
[[nodiscard]] inline std::string algorithmNames() {
    std::string out;
    for (const AlgorithmKind kind : kAllAlgorithms) {
        out += (out.empty() ? "" : ", ") + std::string(algorithmName(kind));
    }
    return out;
}

} // namespace hopscope::balance
