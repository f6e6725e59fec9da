// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "source_ip_hash.h"

#include "stable_hash.h"
#include "weighted_candidates.h"

namespace hopscope::balance {

std::optional<Choice> SourceIpHash::pick(const BackendPool& pool, const RequestContext& request) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    const WeightedCandidates weighted(pool, c);
    if (weighted.total() == 0) {
        return Choice{c[0], {}}; // every weight was set to 0 since candidates() read them
    }
    return Choice{weighted.at(stableHash(request.client.bytes()) % weighted.total()), {}};
}

} // namespace hopscope::balance
