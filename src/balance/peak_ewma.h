// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"
#include "trace/clock.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace hopscope::balance {

// Least response time, as Finagle's peak EWMA load metric: each backend keeps an exponentially
// weighted moving average of its latency that jumps up at once to a slower observation (the
// "peak") and decays towards faster ones with time constant decayTime, so a backend that turns
// slow is avoided within one request while one that recovers is trusted again gradually. The
// pick is the candidate with the lowest cost = ewma * (active + 1) / weight (ties round robin):
// latency times the queue it would join.
//
// A backend never measured but with requests in flight costs a large penalty, so new backends
// are explored without being flooded (as Finagle does). A failed request counts as at least
// failurePenalty, because a backend that refuses fast would otherwise look like the fastest.
// Time comes from the injected clock so tests are deterministic. Threads: one mutex.
class PeakEwma final : public Balancer {
public:
    explicit PeakEwma(const trace::Clock& clock = trace::SteadyClock::instance(),
                      std::chrono::nanoseconds decayTime = std::chrono::seconds(10),
                      std::chrono::nanoseconds failurePenalty = std::chrono::seconds(1));

    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::PeakEwma; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;
    void onFinish(const BackendPool& pool, std::size_t backend, std::chrono::nanoseconds latency,
                  bool ok) override;

    // The backend's latency estimate decayed to now, in nanoseconds (0 before any
    // observation), for the view that shows what the algorithm believes.
    [[nodiscard]] double ewmaNs(std::size_t backend) const;

private:
    struct Estimate {
        double costNs = 0.0;
        std::int64_t stampNs = 0;
        bool observed = false;
    };
    [[nodiscard]] double decayedLocked(const Estimate& e, std::int64_t nowNs) const;

    const trace::Clock& m_clock;
    double m_decayNs;
    std::int64_t m_failurePenaltyNs;
    mutable std::mutex m_mutex;
    std::array<Estimate, kMaxBackends> m_estimates{};
    std::atomic<std::uint64_t> m_next{0};
};

} // namespace hopscope::balance
