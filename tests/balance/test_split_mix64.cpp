// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/split_mix64.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace hopscope::balance {
namespace {

TEST(SplitMix64, MatchesTheReferenceSequence) {
    // Vigna's splitmix64.c seeded with 1234567.
    SplitMix64 rng(1234567);
    EXPECT_EQ(rng.next(), 6457827717110365317ULL);
    EXPECT_EQ(rng.next(), 3203168211198807973ULL);
    EXPECT_EQ(rng.next(), 9817491932198370423ULL);
    EXPECT_EQ(rng.next(), 4593380528125082431ULL);
    EXPECT_EQ(rng.next(), 16408922859458223821ULL);
    EXPECT_EQ(rng.below(0), 0U);
    for (int k = 0; k < 1000; ++k) {
        EXPECT_LT(rng.below(7), 7U);
    }
}

TEST(SplitMix64, ThreadsSharingOneGeneratorDrawTheReferenceSequenceBetweenThem) {
    // Each draw takes its own step of the counter, so concurrent draws are a partition of the
    // single-threaded sequence: nothing repeated, nothing lost.
    constexpr int kThreads = 4;
    constexpr int kDraws = 5000;
    SplitMix64 shared(99);
    std::vector<std::vector<std::uint64_t>> drawn(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&shared, &mine = drawn[t]] {
            for (int k = 0; k < kDraws; ++k) {
                mine.push_back(shared.next());
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    std::vector<std::uint64_t> all;
    for (const auto& part : drawn) {
        all.insert(all.end(), part.begin(), part.end());
    }
    SplitMix64 reference(99);
    std::vector<std::uint64_t> expected;
    for (int k = 0; k < kThreads * kDraws; ++k) {
        expected.push_back(reference.next());
    }
    std::sort(all.begin(), all.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(all, expected);
}

} // namespace
} // namespace hopscope::balance
