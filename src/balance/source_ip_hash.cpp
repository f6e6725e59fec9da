// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "source_ip_hash.h"

#include "stable_hash.h"

#include <array>

namespace hopscope::balance {

std::optional<Choice> SourceIpHash::pick(const BackendPool& pool, const RequestContext& request) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    std::array<std::uint32_t, kMaxBackends> weights{};
    std::uint64_t total = 0;
    for (std::size_t k = 0; k < c.count; ++k) {
        weights[k] = pool.at(c[k]).weight();
        total += weights[k];
    }
    if (total == 0) {
        return Choice{c[0], {}}; // every weight was set to 0 since candidates() read them
    }
    std::uint64_t slot = stableHash(request.client.bytes()) % total;
    for (std::size_t k = 0; k < c.count; ++k) {
        if (slot < weights[k]) {
            return Choice{c[k], {}};
        }
        slot -= weights[k];
    }
    return Choice{c[c.count - 1], {}};
}

} // namespace hopscope::balance
