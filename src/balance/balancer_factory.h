// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "algorithm_kind.h"
#include "balancer.h"
#include "now_function.h"

#include <cstdint>
#include <memory>

namespace hopscope::balance {

// A new balancer of the given kind with default parameters. seed feeds the random algorithms
// (random, p2c), now the time-based one (ewma; empty = steady clock). sticky wraps roundrobin,
// as HAProxy's "cookie SERVERID insert" usually sits on "balance roundrobin".
[[nodiscard]] std::unique_ptr<Balancer> makeBalancer(AlgorithmKind kind, std::uint64_t seed = 1,
                                                     NowFunction now = {});

} // namespace hopscope::balance
