// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/algorithm_kind.h"
#include "balance/load_balancer_metrics.h"
#include "balance/metrics_time_series.h"
#include "engine/health_checker.h"
#include "engine/load_balancer_stack.h"
#include "engine/traffic_generator.h"

#include <cstdint>
#include <vector>

namespace hopscope::gui {

// Everything the load-balancing view draws from, read from the stack in one pass on the
// controller's worker thread, so the GUI thread never waits on an engine lock to paint.
struct LbSnapshot {
    std::int64_t takenNs = 0; // stack clock; the time series' x axis ends here
    bool running = false;
    balance::AlgorithmKind algorithm = balance::AlgorithmKind::RoundRobin;
    engine::HealthCheckConfig health;
    std::vector<engine::BackendView> backends;
    balance::LoadBalancerMetricsSnapshot metrics;
    std::vector<balance::SeriesPoint> series; // oldest first, one a second
    bool loadRunning = false;
    engine::TrafficStats load;
    std::uint64_t requestsTraced = 0; // requests the stack reported as route notices
    std::uint64_t requestsNotTraced = 0;
};

} // namespace hopscope::gui
