// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/stable_hash.h"

#include <array>
#include <bit>
#include <gtest/gtest.h>
#include <string>

namespace hopscope::balance {
namespace {

TEST(StableHash, Fnv1a64MatchesTheReferenceVectors) {
    // From the FNV reference test suite (draft-eastlake-fnv, FNV-1a 64-bit).
    EXPECT_EQ(fnv1a64(std::string_view("")), 0xcbf29ce484222325ULL);
    EXPECT_EQ(fnv1a64(std::string_view("a")), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(fnv1a64(std::string_view("foobar")), 0x85944171f73967e8ULL);
    const std::array<std::uint8_t, 6> bytes = {'f', 'o', 'o', 'b', 'a', 'r'};
    EXPECT_EQ(fnv1a64(bytes), 0x85944171f73967e8ULL);
    EXPECT_EQ(stableHash(bytes), stableHash(std::string_view("foobar")));
    EXPECT_EQ(stableHash(std::string_view("foobar")), mix64(0x85944171f73967e8ULL));
}

TEST(StableHash, MixingSpreadsSimilarKeys) {
    // Consecutive labels differ in one byte; after mixing, each output bit flips about half the
    // time between neighbours.
    int flips = 0;
    std::uint64_t previous = stableHash(std::string_view("web1#0"));
    for (int i = 1; i <= 1000; ++i) {
        const std::uint64_t h = stableHash("web1#" + std::to_string(i));
        flips += std::popcount(h ^ previous);
        previous = h;
    }
    EXPECT_NEAR(flips / 1000.0, 32.0, 1.5);
}

} // namespace
} // namespace hopscope::balance
