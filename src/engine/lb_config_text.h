// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balance/algorithm_kind.h"
#include "health_checker.h"
#include "load_balancer.h"
#include "net/socket_address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hopscope::engine {

// One backend in the pool, as the configuration lists it.
struct LbConfigBackend {
    std::string name;
    net::SocketAddress address; // its real endpoint
    std::uint32_t weight = 1;
    bool backup = false;
};

// "Show the real config": a load-balancing setup written as an HAProxy backend section and
// as an nginx upstream block, so the lesson's settings can be carried over to the real tools
// (and the benchmark can run HAProxy with the very setup it compares against).
class LbConfigText {
public:
    LbConfigText(balance::AlgorithmKind algorithm, LoadBalancerConfig proxy,
                 HealthCheckConfig health, std::vector<LbConfigBackend> backends)
        : m_algorithm(algorithm), m_proxy(std::move(proxy)), m_health(std::move(health)),
          m_backends(std::move(backends)) {}

    [[nodiscard]] std::string haproxy(const std::string& backendName) const;
    [[nodiscard]] std::string nginx(const std::string& upstreamName) const;

private:
    balance::AlgorithmKind m_algorithm;
    LoadBalancerConfig m_proxy;
    HealthCheckConfig m_health;
    std::vector<LbConfigBackend> m_backends;
};

} // namespace hopscope::engine
