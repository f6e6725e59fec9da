// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "round_robin.h"

namespace hopscope::balance {

std::optional<Choice> RoundRobin::pick(const BackendPool& pool, const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    const std::uint64_t ticket = m_next.fetch_add(1, std::memory_order_relaxed);
    return Choice{c[static_cast<std::size_t>(ticket % c.count)], {}};
}

} // namespace hopscope::balance
