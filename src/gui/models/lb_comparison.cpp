// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_comparison.h"

#include "balance/backend_pool.h"
#include "balance/balancer_factory.h"
#include "balance/split_mix64.h"
#include "balance/switchable_balancer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <functional>
#include <queue>

namespace hopscope::gui {

namespace {

// Uniform in [0, 1) from the top 53 bits, exact on every platform.
double unit(balance::SplitMix64& rng) {
    return static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
}

double exponential(balance::SplitMix64& rng) {
    return -std::log1p(-unit(rng)); // 1 - u is in (0, 1]
}

struct Completion {
    std::int64_t timeNs = 0;
    std::size_t request = 0;
    std::size_t backend = 0;
    bool operator>(const Completion& other) const {
        return timeNs != other.timeNs ? timeNs > other.timeNs : request > other.request;
    }
};

struct SimBackend {
    std::uint32_t busy = 0;
    std::deque<std::size_t> queue;
};

} // namespace

std::vector<LbSimArrival> LbComparison::arrivals(const LbComparisonSetup& setup) {
    std::vector<LbSimArrival> out;
    if (setup.ratePerSecond <= 0.0 || setup.durationNs <= 0) {
        return out;
    }
    // One stream per kind of draw, so changing the duration keeps the early arrivals as they
    // were.
    balance::SplitMix64 gaps(setup.seed * 4 + 0);
    balance::SplitMix64 clients(setup.seed * 4 + 1);
    balance::SplitMix64 work(setup.seed * 4 + 2);
    balance::SplitMix64 chance(setup.seed * 4 + 3);
    const double meanGapNs = 1e9 / setup.ratePerSecond;
    double t = 0.0;
    while (out.size() < setup.maxRequests) {
        t += exponential(gaps) * meanGapNs;
        if (t >= static_cast<double>(setup.durationNs)) {
            break;
        }
        LbSimArrival a;
        a.timeNs = static_cast<std::int64_t>(t);
        a.client =
            static_cast<std::uint32_t>(clients.below(std::max<std::uint32_t>(1, setup.clients)));
        a.work = exponential(work);
        a.chance = unit(chance);
        out.push_back(a);
    }
    return out;
}

LbSimResult LbComparison::run(const LbComparisonSetup& setup, balance::AlgorithmKind algorithm) {
    LbSimResult result;
    result.algorithm = algorithm;
    const std::vector<LbSimArrival> sequence = arrivals(setup);
    result.requests = sequence.size();

    std::int64_t nowNs = 0;
    balance::BackendPool pool;
    for (const LbSimBackend& b : setup.backends) {
        (void)pool.add(balance::BackendInfo{b.name, b.weight, false});
    }
    balance::SwitchableBalancer balancer(
        pool, balance::makeBalancer(algorithm, setup.seed, [&nowNs] { return nowNs; }));

    std::vector<SimBackend> backends(pool.size());
    std::vector<std::string> cookies(std::max<std::uint32_t>(1, setup.clients));
    std::priority_queue<Completion, std::vector<Completion>, std::greater<>> completions;

    auto serviceNs = [&](std::size_t request, std::size_t backend) {
        const http::BackendSettings& s = setup.backends[backend].settings;
        const double mean = static_cast<double>(s.serviceTimeMeanNs);
        const double ns = s.serviceTime == http::ServiceTimeKind::Exponential
                              ? mean * sequence[request].work
                              : mean;
        return static_cast<std::int64_t>(ns);
    };
    auto begin = [&](std::size_t request, std::size_t backend) {
        ++backends[backend].busy;
        completions.push({nowNs + serviceNs(request, backend), request, backend});
    };
    auto complete = [&](const Completion& c) {
        nowNs = c.timeNs;
        SimBackend& b = backends[c.backend];
        --b.busy;
        const LbSimArrival& a = sequence[c.request];
        if (a.chance < setup.backends[c.backend].settings.errorRate) {
            ++result.errors500;
        }
        // A backend that answers at all, 500 included, is a success for the proxy.
        balancer.onFinish(c.backend, std::chrono::nanoseconds(nowNs - a.timeNs),
                          balance::Outcome::Ok);
        if (!b.queue.empty()) {
            const std::size_t next = b.queue.front();
            b.queue.pop_front();
            begin(next, c.backend);
        }
    };

    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const LbSimArrival& a = sequence[i];
        // A slot freed at the same instant is free for this arrival.
        while (!completions.empty() && completions.top().timeNs <= a.timeNs) {
            const Completion c = completions.top();
            completions.pop();
            complete(c);
        }
        nowNs = a.timeNs;
        balance::RequestContext context;
        context.client =
            balance::ClientAddress::v4(127, 0, 0, static_cast<std::uint8_t>(2 + a.client));
        context.hashKey = setup.path;
        context.stickyCookie = cookies[a.client];
        const std::optional<balance::Choice> choice = balancer.pick(context);
        if (!choice) {
            continue; // counted as unrouted by the balancer
        }
        if (!choice->setCookie.empty()) {
            cookies[a.client] = choice->setCookie;
        }
        const std::size_t backend = choice->backend;
        balancer.onStart(backend);
        SimBackend& b = backends[backend];
        const http::BackendSettings& s = setup.backends[backend].settings;
        if (s.capacity == 0 || b.busy < s.capacity) {
            begin(i, backend);
        } else if (b.queue.size() < s.queueLimit) {
            b.queue.push_back(i);
            result.maxQueue = std::max(result.maxQueue, b.queue.size());
        } else {
            // The backend answers 503 at once: a full accept queue.
            ++result.rejected503;
            balancer.onFinish(backend, std::chrono::nanoseconds(0), balance::Outcome::Ok);
        }
    }
    while (!completions.empty()) {
        const Completion c = completions.top();
        completions.pop();
        complete(c);
    }
    result.metrics = pool.metrics().snapshot();
    return result;
}

} // namespace hopscope::gui
