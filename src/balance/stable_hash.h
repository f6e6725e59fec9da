// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace hopscope::balance {

// Hashes whose values never change between runs, compilers or platforms (std::hash may), so a
// key maps to the same backend after a restart and tests can pin exact placements.

// FNV-1a, 64-bit (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
[[nodiscard]] std::uint64_t fnv1a64(std::span<const std::uint8_t> bytes);
[[nodiscard]] std::uint64_t fnv1a64(std::string_view text);

// The SplitMix64 / MurmurHash3 style finaliser. FNV-1a alone spreads short, similar strings
// ("web1#0", "web1#1") poorly over a ring; one mixing round makes every bit depend on every
// input bit.
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// What the hashing balancers use: FNV-1a, then mixed.
[[nodiscard]] std::uint64_t stableHash(std::span<const std::uint8_t> bytes);
[[nodiscard]] std::uint64_t stableHash(std::string_view text);

} // namespace hopscope::balance
