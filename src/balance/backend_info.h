// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace hopscope::balance {

// A pool is a fixed array of slots so readers never chase a reallocating vector; 64 is far
// beyond what fits on a teaching screen and lets a candidate set be one 64-bit mask.
inline constexpr std::size_t kMaxBackends = 64;
// HAProxy's upper bound for a server weight.
inline constexpr std::uint32_t kMaxWeight = 256;

// How the proxy configures one backend when adding it to the pool.
struct BackendInfo {
    // Unique in the pool, and also the sticky cookie's value, so it must be a cookie token:
    // 1 to 64 of A-Z a-z 0-9 . _ - (RFC 6265 section 4.1.1 allows these in a cookie-value).
    std::string name;
    std::uint32_t weight = 1; // 0 drains the backend: it gets no new requests
    bool backup = false;      // used only while no primary is up
};

} // namespace hopscope::balance
