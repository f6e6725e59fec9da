// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_info.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace hopscope::balance {

// The backends a request may go to right now, in pool order: the primaries that are up, or,
// when no primary is up, the backups that are up (active-passive). A fixed array and a bit
// mask, so computing it on every pick allocates nothing.
struct Candidates {
    std::array<std::uint8_t, kMaxBackends> indices{};
    std::size_t count = 0;
    std::uint64_t mask = 0; // bit i set when backend i is a candidate
    bool backups = false;   // true when no primary is up and these are the backups

    [[nodiscard]] bool empty() const { return count == 0; }
    [[nodiscard]] std::size_t operator[](std::size_t k) const { return indices[k]; }
    [[nodiscard]] bool contains(std::size_t index) const {
        return index < kMaxBackends && ((mask >> index) & 1U) != 0;
    }
    void add(std::size_t index) {
        indices[count++] = static_cast<std::uint8_t>(index);
        mask |= std::uint64_t{1} << index;
    }
};

} // namespace hopscope::balance
