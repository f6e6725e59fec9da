// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/proxy_simulation.h"
#include "balance/round_robin.h"
#include "simulation.h"
#include "trace/clock.h"

#include <gtest/gtest.h>
#include <vector>

namespace hopscope::balance {
namespace {

// Every request to one backend takes 10 ms; which requests were answered is written down.
class TenMs final : public ProxySimulation::Requests {
public:
    RequestContext context(std::size_t) override { return {}; }
    std::int64_t serviceNs(std::size_t request, std::size_t, std::int64_t startNs) override {
        starts.push_back({request, startNs});
        return 10'000'000;
    }
    void answered(std::size_t request, std::size_t) override { answers.push_back(request); }

    std::vector<std::pair<std::size_t, std::int64_t>> starts;
    std::vector<std::size_t> answers;
};

TEST(ProxySimulation, ABusyBackendQueuesInOrderAndRefusesPastItsQueue) {
    trace::ManualClock clock;
    auto pool = test::makePool({{"only", 1}});
    SwitchableBalancer balancer(*pool, std::make_unique<RoundRobin>());
    // One slot, one place in the queue; four requests 1 ms apart.
    ProxySimulation simulation(balancer, clock, {{.capacity = 1, .queueLimit = 1}});
    TenMs requests;
    const std::vector<std::int64_t> arrivals{0, 1'000'000, 2'000'000, 3'000'000};
    const ProxySimulation::Result result = simulation.run(arrivals, requests);

    EXPECT_EQ(result.picked, std::vector<std::uint64_t>{4});
    EXPECT_EQ(result.refused, 2U); // the third and fourth found the queue full
    EXPECT_EQ(result.maxQueue, 1U);
    // The second waited for the first: it starts when the first is answered.
    ASSERT_EQ(requests.starts.size(), 2U);
    EXPECT_EQ(requests.starts[1], (std::pair<std::size_t, std::int64_t>{1, 10'000'000}));
    EXPECT_EQ(requests.answers, (std::vector<std::size_t>{0, 1}));
    // Latency runs from arrival: 10 ms, then 9 ms queued plus 10 ms served.
    EXPECT_DOUBLE_EQ(result.latencySumNs, 10e6 + 19e6);
    EXPECT_EQ(clock.nowNs(), 20'000'000);
    const auto snapshot = pool->metrics().snapshot();
    EXPECT_EQ(snapshot.total.completed, 4U);
    EXPECT_EQ(snapshot.total.active, 0U);
}

TEST(ProxySimulation, ASlotFreedAtAnArrivalIsFreeForIt) {
    trace::ManualClock clock;
    auto pool = test::makePool({{"only", 1}});
    SwitchableBalancer balancer(*pool, std::make_unique<RoundRobin>());
    ProxySimulation simulation(balancer, clock, {{.capacity = 1, .queueLimit = 0}});
    TenMs requests;
    const std::vector<std::int64_t> arrivals{0, 10'000'000};
    const ProxySimulation::Result result = simulation.run(arrivals, requests);
    EXPECT_EQ(result.refused, 0U);
    EXPECT_EQ(requests.answers, (std::vector<std::size_t>{0, 1}));
}

} // namespace
} // namespace hopscope::balance
