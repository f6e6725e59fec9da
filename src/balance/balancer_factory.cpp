// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balancer_factory.h"

#include "consistent_hash.h"
#include "least_connections.h"
#include "peak_ewma.h"
#include "power_of_two_choices.h"
#include "random_choice.h"
#include "round_robin.h"
#include "smooth_weighted_round_robin.h"
#include "source_ip_hash.h"
#include "sticky_cookie.h"

namespace hopscope::balance {

std::unique_ptr<Balancer> makeBalancer(AlgorithmKind kind, std::uint64_t seed,
                                       const trace::Clock& clock) {
    switch (kind) {
    case AlgorithmKind::RoundRobin:
        return std::make_unique<RoundRobin>();
    case AlgorithmKind::SmoothWeightedRoundRobin:
        return std::make_unique<SmoothWeightedRoundRobin>();
    case AlgorithmKind::LeastConnections:
        return std::make_unique<LeastConnections>();
    case AlgorithmKind::Random:
        return std::make_unique<RandomChoice>(seed);
    case AlgorithmKind::PowerOfTwoChoices:
        return std::make_unique<PowerOfTwoChoices>(seed);
    case AlgorithmKind::PeakEwma:
        return std::make_unique<PeakEwma>(clock);
    case AlgorithmKind::SourceIpHash:
        return std::make_unique<SourceIpHash>();
    case AlgorithmKind::ConsistentHash:
        return std::make_unique<ConsistentHash>();
    case AlgorithmKind::StickyCookie:
        return std::make_unique<StickyCookie>(std::make_unique<RoundRobin>());
    }
    return std::make_unique<RoundRobin>();
}

} // namespace hopscope::balance
