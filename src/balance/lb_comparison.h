// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "algorithm_kind.h"
#include "http/backend_settings.h"
#include "load_balancer_metrics.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace hopscope::balance {

// One backend as the simulation models it: the same settings the live backends run with.
struct LbSimBackend {
    std::string name;
    std::uint32_t weight = 1;
    http::BackendSettings settings;
};

struct LbComparisonSetup {
    std::vector<LbSimBackend> backends;
    double ratePerSecond = 100.0; // Poisson arrivals
    std::int64_t durationNs = 20'000'000'000;
    std::uint32_t clients = 4; // source addresses 127.0.0.2 ..., as the live generator uses
    std::string path = "/";    // every request asks for it, as the live generator does
    std::uint64_t seed = 1;
    // Bounds the work of one run, whatever rate and duration ask for.
    std::size_t maxRequests = 20'000;
};

// One request of the shared arrival sequence: when it comes, from whom, and the random draws
// that decide its fate on whichever backend it lands.
struct LbSimArrival {
    std::int64_t timeNs = 0;
    std::uint32_t client = 0;
    double work = 1.0;   // exponential with mean 1: the service time is mean * work
    double chance = 0.0; // uniform in [0, 1): below the backend's error rate means a 500
};

struct LbSimResult {
    AlgorithmKind algorithm = AlgorithmKind::RoundRobin;
    // Per backend and total, as the live metrics count them (latency from arrival to answer).
    LoadBalancerMetricsSnapshot metrics;
    std::uint64_t requests = 0;
    std::uint64_t errors500 = 0;   // the backend's own error rate
    std::uint64_t rejected503 = 0; // the backend's queue was full
    std::size_t maxQueue = 0;      // the longest queue any backend had
};

// "Compare mode": two algorithms on the very same arrivals, which two live runs can never give
// (real arrivals and service times differ from run to run). A deterministic discrete-event
// simulation (ProxySimulation) drives the real balancing algorithms over simulated backends with
// the live backends' settings: capacity, a FIFO queue, fixed or exponential service times and
// an error rate; there is no network, so the latency is queueing plus service time. The UI
// labels it as simulated.
class LbComparison {
public:
    // The arrival sequence a setup produces; the same for every algorithm.
    [[nodiscard]] static std::vector<LbSimArrival> arrivals(const LbComparisonSetup& setup);
    [[nodiscard]] static LbSimResult run(const LbComparisonSetup& setup, AlgorithmKind algorithm);
};

} // namespace hopscope::balance
