// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_comparison.h"

#include "backend_pool.h"
#include "balancer_factory.h"
#include "proxy_simulation.h"
#include "split_mix64.h"
#include "switchable_balancer.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace hopscope::balance {

namespace {

// Uniform in [0, 1) from the top 53 bits, exact on every platform.
double unit(SplitMix64& rng) {
    return static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
}

double exponential(SplitMix64& rng) {
    return -std::log1p(-unit(rng)); // 1 - u is in (0, 1]
}

// The clients as the live generator has them: 127.0.0.2 ..., each keeping its cookie.
class ComparisonRequests final : public ProxySimulation::Requests {
public:
    ComparisonRequests(const LbComparisonSetup& setup, const std::vector<LbSimArrival>& sequence,
                       LbSimResult& result)
        : m_setup(setup), m_sequence(sequence), m_result(result),
          m_cookies(std::max<std::uint32_t>(1, setup.clients)) {}

    RequestContext context(std::size_t request) override {
        const std::uint32_t client = m_sequence[request].client;
        RequestContext context;
        context.client = ClientAddress::v4(127, 0, 0, static_cast<std::uint8_t>(2 + client));
        context.hashKey = m_setup.path;
        context.stickyCookie = m_cookies[client];
        return context;
    }
    void picked(std::size_t request, const Choice& choice) override {
        if (!choice.setCookie.empty()) {
            m_cookies[m_sequence[request].client] = choice.setCookie;
        }
    }
    std::int64_t serviceNs(std::size_t request, std::size_t backend,
                           std::int64_t /*startNs*/) override {
        const http::BackendSettings& s = m_setup.backends[backend].settings;
        const double mean = static_cast<double>(s.serviceTimeMeanNs);
        const double ns = s.serviceTime == http::ServiceTimeKind::Exponential
                              ? mean * m_sequence[request].work
                              : mean;
        return static_cast<std::int64_t>(ns);
    }
    void answered(std::size_t request, std::size_t backend) override {
        if (m_sequence[request].chance < m_setup.backends[backend].settings.errorRate) {
            ++m_result.errors500;
        }
    }

private:
    const LbComparisonSetup& m_setup;
    const std::vector<LbSimArrival>& m_sequence;
    LbSimResult& m_result;
    std::vector<std::string> m_cookies;
};

} // namespace

std::vector<LbSimArrival> LbComparison::arrivals(const LbComparisonSetup& setup) {
    std::vector<LbSimArrival> out;
    if (setup.ratePerSecond <= 0.0 || setup.durationNs <= 0) {
        return out;
    }
    // One stream per kind of draw, so changing the duration keeps the early arrivals as they
    // were.
    SplitMix64 gaps(setup.seed * 4 + 0);
    SplitMix64 clients(setup.seed * 4 + 1);
    SplitMix64 work(setup.seed * 4 + 2);
    SplitMix64 chance(setup.seed * 4 + 3);
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

LbSimResult LbComparison::run(const LbComparisonSetup& setup, AlgorithmKind algorithm) {
    LbSimResult result;
    result.algorithm = algorithm;
    const std::vector<LbSimArrival> sequence = arrivals(setup);
    result.requests = sequence.size();

    trace::ManualClock clock;
    BackendPool pool;
    std::vector<ProxySimulation::Backend> limits;
    for (const LbSimBackend& b : setup.backends) {
        (void)pool.add(BackendInfo{b.name, b.weight, false});
        limits.push_back({b.settings.capacity, b.settings.queueLimit});
    }
    SwitchableBalancer balancer(pool, makeBalancer(algorithm, setup.seed, clock));

    std::vector<std::int64_t> arrivalsNs;
    arrivalsNs.reserve(sequence.size());
    for (const LbSimArrival& a : sequence) {
        arrivalsNs.push_back(a.timeNs);
    }
    ComparisonRequests requests(setup, sequence, result);
    const ProxySimulation::Result simulated =
        ProxySimulation(balancer, clock, std::move(limits)).run(arrivalsNs, requests);
    result.rejected503 = simulated.refused;
    result.maxQueue = simulated.maxQueue;
    result.metrics = pool.metrics().snapshot();
    return result;
}

} // namespace hopscope::balance
