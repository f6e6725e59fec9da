// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "proxy_simulation.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <queue>

namespace hopscope::balance {

namespace {

struct Completion {
    std::int64_t timeNs = 0;
    std::size_t request = 0; // orders answers due at the same instant, the same in every run
    std::size_t backend = 0;
    bool operator>(const Completion& other) const {
        return timeNs != other.timeNs ? timeNs > other.timeNs : request > other.request;
    }
};

struct SimulatedBackend {
    std::uint32_t busy = 0;
    std::deque<std::size_t> queue;
};

} // namespace

ProxySimulation::ProxySimulation(SwitchableBalancer& balancer, trace::ManualClock& clock,
                                 std::vector<Backend> backends)
    : m_balancer(balancer), m_clock(clock), m_backends(std::move(backends)) {
    m_backends.resize(m_balancer.pool().size());
}

ProxySimulation::Result ProxySimulation::run(std::span<const std::int64_t> arrivalsNs,
                                             Requests& requests) {
    Result result;
    result.picked.assign(m_backends.size(), 0);
    std::vector<SimulatedBackend> states(m_backends.size());
    std::priority_queue<Completion, std::vector<Completion>, std::greater<>> completions;

    auto begin = [&](std::size_t request, std::size_t backend) {
        ++states[backend].busy;
        completions.push({m_clock.nowNs() + requests.serviceNs(request, backend, m_clock.nowNs()),
                          request, backend});
    };
    auto answerUpTo = [&](std::int64_t timeNs) {
        while (!completions.empty() && completions.top().timeNs <= timeNs) {
            const Completion c = completions.top();
            completions.pop();
            m_clock.setNs(c.timeNs);
            SimulatedBackend& state = states[c.backend];
            --state.busy;
            const std::int64_t latencyNs = m_clock.nowNs() - arrivalsNs[c.request];
            result.latencySumNs += static_cast<double>(latencyNs);
            requests.answered(c.request, c.backend);
            // A backend that answers at all, a 500 included, is a success for the proxy.
            m_balancer.onFinish(c.backend, std::chrono::nanoseconds(latencyNs), Outcome::Ok);
            if (!state.queue.empty()) {
                const std::size_t next = state.queue.front();
                state.queue.pop_front();
                begin(next, c.backend);
            }
        }
    };

    for (std::size_t i = 0; i < arrivalsNs.size(); ++i) {
        // A slot freed at the same instant is free for this arrival.
        answerUpTo(arrivalsNs[i]);
        m_clock.setNs(arrivalsNs[i]);
        const std::optional<Choice> choice = m_balancer.pick(requests.context(i));
        if (!choice) {
            continue; // counted as unrouted by the balancer
        }
        requests.picked(i, *choice);
        const std::size_t backend = choice->backend;
        m_balancer.onStart(backend);
        ++result.picked[backend];
        SimulatedBackend& state = states[backend];
        const Backend& limits = m_backends[backend];
        if (limits.capacity == 0 || state.busy < limits.capacity) {
            begin(i, backend);
        } else if (state.queue.size() < limits.queueLimit) {
            state.queue.push_back(i);
            result.maxQueue = std::max(result.maxQueue, state.queue.size());
        } else {
            ++result.refused;
            m_balancer.onFinish(backend, std::chrono::nanoseconds(0), Outcome::Ok);
        }
    }
    answerUpTo(INT64_MAX);
    return result;
}

} // namespace hopscope::balance
