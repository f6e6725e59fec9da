// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "algorithm_kind.h"
#include "balancer.h"
#include "trace/clock.h"

#include <cstdint>
#include <memory>

namespace hopscope::balance {

// A new balancer of the given kind with default parameters. seed feeds the random algorithms
// (random, p2c), clock the time-based one (ewma). sticky wraps roundrobin,
// as HAProxy's "cookie SERVERID insert" usually sits on "balance roundrobin".
[[nodiscard]] std::unique_ptr<Balancer>
makeBalancer(AlgorithmKind kind, std::uint64_t seed = 1,
             const trace::Clock& clock = trace::SteadyClock::instance());

} // namespace hopscope::balance
