// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "switchable_balancer.h"

#include "round_robin.h"

#include <mutex>

namespace hopscope::balance {

SwitchableBalancer::SwitchableBalancer(BackendPool& pool, std::unique_ptr<Balancer> algorithm)
    : m_pool(pool) {
    if (algorithm) {
        m_algorithm = std::move(algorithm);
    } else {
        m_algorithm = std::make_shared<RoundRobin>();
    }
}

std::shared_ptr<Balancer> SwitchableBalancer::currentMutable() const {
    std::shared_lock lock(m_mutex);
    return m_algorithm;
}

std::optional<Choice> SwitchableBalancer::pick(const RequestContext& request) {
    std::optional<Choice> choice = currentMutable()->pick(m_pool, request);
    if (!choice) {
        m_pool.metrics().recordUnrouted();
    }
    return choice;
}

void SwitchableBalancer::onStart(std::size_t backend) {
    if (backend >= m_pool.size()) {
        return;
    }
    m_pool.metrics().backend(backend).recordStart();
    currentMutable()->onStart(m_pool, backend);
}

void SwitchableBalancer::onFinish(std::size_t backend, std::chrono::nanoseconds latency,
                                  Outcome outcome) {
    if (backend >= m_pool.size()) {
        return;
    }
    // The algorithm learns first, so by the time the request stops counting as active its
    // latency is already in the estimate: a pick in between never sees a backend both idle and
    // unmeasured.
    currentMutable()->onFinish(m_pool, backend, latency, outcome == Outcome::Ok);
    m_pool.metrics().backend(backend).recordFinish(latency, outcome);
}

void SwitchableBalancer::setAlgorithm(std::unique_ptr<Balancer> algorithm) {
    if (!algorithm) {
        return;
    }
    std::shared_ptr<Balancer> next = std::move(algorithm);
    std::unique_lock lock(m_mutex);
    m_algorithm.swap(next);
    // The old algorithm is released after the lock, by whoever holds the last reference.
}

AlgorithmKind SwitchableBalancer::algorithm() const {
    return currentMutable()->kind();
}

std::shared_ptr<const Balancer> SwitchableBalancer::current() const {
    return currentMutable();
}

} // namespace hopscope::balance
