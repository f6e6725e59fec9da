// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/backend_pool.h"
#include "balance/switchable_balancer.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <queue>
#include <string>
#include <tuple>
#include <vector>

namespace hopscope::balance::test {

// Builds a pool from (name, weight) pairs; every backend up, none a backup.
inline std::unique_ptr<BackendPool>
makePool(std::initializer_list<std::pair<const char*, std::uint32_t>> backends) {
    auto pool = std::make_unique<BackendPool>();
    for (const auto& [name, weight] : backends) {
        pool->add(BackendInfo{name, weight, false});
    }
    return pool;
}

// A deterministic discrete-event simulation of a proxy: requests arrive at fixed intervals, each
// is picked, started, and finished after the service time of the backend it went to (which may
// depend on the time). The clock the balancer sees is the simulation's own, so algorithms that
// measure time (peak EWMA) learn exactly what the simulation decides; nothing depends on the
// machine's speed.
class Simulation {
public:
    using ServiceTime = std::function<std::int64_t(std::size_t backend, std::int64_t nowNs)>;

    struct Result {
        std::vector<std::uint64_t> served; // requests per backend
        double meanLatencyNs = 0.0;
    };

    explicit Simulation(std::int64_t& clockNs) : m_clockNs(clockNs) {}

    Result run(SwitchableBalancer& balancer, std::size_t requests, std::int64_t interarrivalNs,
               const ServiceTime& service) {
        Result result;
        result.served.assign(balancer.pool().size(), 0);
        double latencySum = 0.0;
        std::uint64_t sequence = 0;
        const std::int64_t startNs = m_clockNs;
        auto finishUpTo = [&](std::int64_t timeNs) {
            while (!m_pending.empty() && std::get<0>(m_pending.top()) <= timeNs) {
                const auto [endNs, seq, backend, beganNs] = m_pending.top();
                m_pending.pop();
                m_clockNs = endNs;
                balancer.onFinish(backend, std::chrono::nanoseconds(endNs - beganNs), Outcome::Ok);
                latencySum += static_cast<double>(endNs - beganNs);
            }
        };
        for (std::size_t k = 0; k < requests; ++k) {
            const std::int64_t arrival = startNs + static_cast<std::int64_t>(k) * interarrivalNs;
            finishUpTo(arrival);
            m_clockNs = arrival;
            const std::optional<Choice> choice = balancer.pick(RequestContext{});
            if (!choice) {
                continue;
            }
            balancer.onStart(choice->backend);
            ++result.served[choice->backend];
            m_pending.emplace(arrival + service(choice->backend, arrival), sequence++,
                              choice->backend, arrival);
        }
        finishUpTo(INT64_MAX);
        result.meanLatencyNs = latencySum / static_cast<double>(requests);
        return result;
    }

private:
    // (end time, sequence for a deterministic order of ties, backend, start time), earliest first
    using Pending = std::tuple<std::int64_t, std::uint64_t, std::size_t, std::int64_t>;
    std::int64_t& m_clockNs;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
};

} // namespace hopscope::balance::test
