// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "stable_hash.h"

namespace hopscope::balance {

namespace {
constexpr std::uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
} // namespace

std::uint64_t fnv1a64(std::span<const std::uint8_t> bytes) {
    std::uint64_t h = kFnvOffsetBasis;
    for (const std::uint8_t b : bytes) {
        h ^= b;
        h *= kFnvPrime;
    }
    return h;
}

std::uint64_t fnv1a64(std::string_view text) {
    std::uint64_t h = kFnvOffsetBasis;
    for (const char c : text) {
        h ^= static_cast<std::uint8_t>(c);
        h *= kFnvPrime;
    }
    return h;
}

std::uint64_t stableHash(std::span<const std::uint8_t> bytes) {
    return mix64(fnv1a64(bytes));
}

std::uint64_t stableHash(std::string_view text) {
    return mix64(fnv1a64(text));
}

} // namespace hopscope::balance
