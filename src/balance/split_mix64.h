// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "stable_hash.h"

#include <atomic>
#include <cstdint>

namespace hopscope::balance {

// Vigna's SplitMix64 generator. Chosen over std::mt19937 + std::uniform_int_distribution
// because the distributions are not specified bit-for-bit (a seed would give different picks
// with another standard library), and because its state is a counter: one atomic fetch_add per
// draw makes it safe to share between worker threads without a lock, while a single thread
// still sees the exact reference sequence for its seed.
class SplitMix64 {
public:
    static constexpr std::uint64_t kGamma = 0x9e3779b97f4a7c15ULL;

    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        return mix64(m_state.fetch_add(kGamma, std::memory_order_relaxed) + kGamma);
    }

    // A value in [0, bound). Plain modulo: with bound <= 2^16 (backends, total weight) the bias
    // is below 2^-48, far under anything a distribution test or a user could see.
    std::uint64_t below(std::uint64_t bound) { return bound == 0 ? 0 : next() % bound; }

private:
    std::atomic<std::uint64_t> m_state;
};

} // namespace hopscope::balance
