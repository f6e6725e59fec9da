// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"
#include "request_context.h"
#include "switchable_balancer.h"
#include "trace/clock.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace hopscope::balance {

// A deterministic discrete-event simulation of a proxy in front of backends that serve a
// limited number of requests at once and queue the rest (FIFO and bounded: one more is refused
// at once, as a full accept queue answers 503). The real balancer picks a backend for each
// arrival; the clock it reads is the simulation's own (`clock`), so algorithms that measure
// time (peak EWMA) learn exactly what the simulation decides and nothing depends on the
// machine's speed. There is no network: a request's latency is its queueing plus service time.
class ProxySimulation {
public:
    struct Backend {
        std::uint32_t capacity = 0;   // requests served at once; 0 means no limit
        std::uint32_t queueLimit = 0; // requests that may wait beyond that
    };

    // What the caller decides about each request (numbered by its place among the arrivals).
    class Requests {
    public:
        virtual ~Requests() = default;
        // What the balancer is told when it picks (may depend on earlier answers: cookies).
        [[nodiscard]] virtual RequestContext context(std::size_t request) = 0;
        virtual void picked(std::size_t /*request*/, const Choice& /*choice*/) {}
        // How long the backend takes once it starts serving the request.
        [[nodiscard]] virtual std::int64_t serviceNs(std::size_t request, std::size_t backend,
                                                     std::int64_t startNs) = 0;
        virtual void answered(std::size_t /*request*/, std::size_t /*backend*/) {}
    };

    struct Result {
        std::vector<std::uint64_t> picked; // requests per backend, refused ones included
        std::uint64_t refused = 0;         // the backend's queue was full
        std::size_t maxQueue = 0;          // the longest queue any backend had
        double latencySumNs = 0.0;         // arrival to answer, over the requests served
    };

    // `backends` has one entry per backend of the balancer's pool.
    ProxySimulation(SwitchableBalancer& balancer, trace::ManualClock& clock,
                    std::vector<Backend> backends);

    // Runs the arrivals (clock times, in order) until every request served has been answered;
    // the clock is left at the last answer.
    Result run(std::span<const std::int64_t> arrivalsNs, Requests& requests);

private:
    SwitchableBalancer& m_balancer;
    trace::ManualClock& m_clock;
    std::vector<Backend> m_backends;
};

} // namespace hopscope::balance
