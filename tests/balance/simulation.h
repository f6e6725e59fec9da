// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/backend_pool.h"
#include "balance/proxy_simulation.h"
#include "balance/switchable_balancer.h"
#include "trace/clock.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
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

// The proxy simulation as the algorithms' tests use it: requests arrive at fixed intervals from
// where the clock stands, with no context, at backends without a limit, each served in the
// time `service` gives for its backend at its arrival (so a backend may turn slow for a while).
class Simulation {
public:
    using ServiceTime = std::function<std::int64_t(std::size_t backend, std::int64_t nowNs)>;

    struct Result {
        std::vector<std::uint64_t> served; // requests per backend
        double meanLatencyNs = 0.0;
    };

    explicit Simulation(trace::ManualClock& clock) : m_clock(clock) {}

    Result run(SwitchableBalancer& balancer, std::size_t requests, std::int64_t interarrivalNs,
               const ServiceTime& service) {
        class Fixed final : public ProxySimulation::Requests {
        public:
            explicit Fixed(const ServiceTime& service) : m_service(service) {}
            RequestContext context(std::size_t) override { return {}; }
            std::int64_t serviceNs(std::size_t, std::size_t backend,
                                   std::int64_t startNs) override {
                return m_service(backend, startNs);
            }

        private:
            const ServiceTime& m_service;
        };
        std::vector<std::int64_t> arrivalsNs(requests);
        for (std::size_t k = 0; k < requests; ++k) {
            arrivalsNs[k] = m_clock.nowNs() + static_cast<std::int64_t>(k) * interarrivalNs;
        }
        Fixed fixed(service);
        const ProxySimulation::Result simulated =
            ProxySimulation(balancer, m_clock, {}).run(arrivalsNs, fixed);
        return {simulated.picked, simulated.latencySumNs / static_cast<double>(requests)};
    }

private:
    trace::ManualClock& m_clock;
};

} // namespace hopscope::balance::test
