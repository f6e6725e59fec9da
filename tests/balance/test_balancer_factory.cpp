// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/balancer_factory.h"
#include "balance/sticky_cookie.h"
#include "simulation.h"

#include <gtest/gtest.h>
#include <set>
#include <string>
#include <thread>

namespace hopscope::balance {
namespace {

TEST(BalancerFactory, NamesRoundTripAndUseHaproxyWordsWhereTheyExist) {
    std::set<std::string_view> names;
    for (const AlgorithmKind kind : kAllAlgorithms) {
        names.insert(algorithmName(kind));
        EXPECT_EQ(algorithmFromName(algorithmName(kind)), kind);
        EXPECT_EQ(makeBalancer(kind, 1)->kind(), kind);
    }
    EXPECT_EQ(names.size(), kAllAlgorithms.size());
    EXPECT_EQ(algorithmName(AlgorithmKind::RoundRobin), "roundrobin");
    EXPECT_EQ(algorithmName(AlgorithmKind::LeastConnections), "leastconn");
    EXPECT_EQ(algorithmName(AlgorithmKind::SourceIpHash), "source");
    EXPECT_EQ(algorithmName(AlgorithmKind::Random), "random");
    EXPECT_EQ(algorithmFromName("chash"), AlgorithmKind::ConsistentHash);
    EXPECT_FALSE(algorithmFromName(""));
    EXPECT_FALSE(algorithmFromName("fastest"));
    EXPECT_FALSE(algorithmFromName("-"));
}

// What people type, from other load balancers' manuals and from textbooks.
TEST(BalancerFactory, CommonSpellingsNameTheSameAlgorithms) {
    for (const char* name : {"round-robin", "round_robin", "RoundRobin", "Round Robin", "rr"}) {
        EXPECT_EQ(algorithmFromName(name), AlgorithmKind::RoundRobin) << name;
    }
    for (const char* name :
         {"least-conn", "least_conn", "LEASTCONN", "least-connections", "lc", "least_request"}) {
        EXPECT_EQ(algorithmFromName(name), AlgorithmKind::LeastConnections) << name;
    }
    EXPECT_EQ(algorithmFromName("weighted-round-robin"), AlgorithmKind::SmoothWeightedRoundRobin);
    EXPECT_EQ(algorithmFromName("power-of-two-choices"), AlgorithmKind::PowerOfTwoChoices);
    EXPECT_EQ(algorithmFromName("peak-ewma"), AlgorithmKind::PeakEwma);
    EXPECT_EQ(algorithmFromName("ip_hash"), AlgorithmKind::SourceIpHash);
    EXPECT_EQ(algorithmFromName("ring-hash"), AlgorithmKind::ConsistentHash);
    EXPECT_EQ(algorithmFromName("sticky-cookie"), AlgorithmKind::StickyCookie);
    EXPECT_EQ(algorithmNames(), "roundrobin, swrr, leastconn, random, p2c, ewma, source, chash, "
                                "sticky");
}

TEST(BalancerFactory, StickyWrapsRoundRobin) {
    auto sticky = makeBalancer(AlgorithmKind::StickyCookie);
    const auto& wrapper = dynamic_cast<const StickyCookie&>(*sticky);
    EXPECT_EQ(wrapper.inner().kind(), AlgorithmKind::RoundRobin);
}

// The contract every algorithm shares, checked for each of them.
class EveryAlgorithm : public ::testing::TestWithParam<AlgorithmKind> {};

RequestContext requestNumber(int k, std::string& keyStorage) {
    keyStorage = "/k/" + std::to_string(k);
    RequestContext request;
    request.client = ClientAddress::v4(10, 0, static_cast<std::uint8_t>(k / 250),
                                       static_cast<std::uint8_t>(k % 250));
    request.hashKey = keyStorage;
    return request;
}

TEST_P(EveryAlgorithm, UsesBackupsOnlyWhenEveryPrimaryIsDown) {
    // Equal weights: with nothing in flight, the load-based algorithms would otherwise send
    // everything to the heavier backend, which is right but hides the active-active check.
    auto pool = test::makePool({{"a", 1}, {"b", 1}});
    const auto spare = pool->add(BackendInfo{"spare", 1, true});
    ASSERT_TRUE(spare);
    SwitchableBalancer lb(*pool, makeBalancer(GetParam(), 3));
    std::string key;
    std::set<std::size_t> used;
    for (int k = 0; k < 300; ++k) {
        const auto choice = lb.pick(requestNumber(k, key));
        ASSERT_TRUE(choice);
        used.insert(choice->backend);
    }
    EXPECT_EQ(used, (std::set<std::size_t>{0, 1})); // active-active over the primaries

    pool->setUp(0, false);
    pool->setUp(1, false);
    for (int k = 0; k < 50; ++k) {
        EXPECT_EQ(lb.pick(requestNumber(k, key))->backend, *spare);
    }

    pool->setUp(1, true);
    for (int k = 0; k < 50; ++k) {
        EXPECT_EQ(lb.pick(requestNumber(k, key))->backend, 1U);
    }

    pool->setUp(1, false);
    pool->setUp(*spare, false);
    EXPECT_FALSE(lb.pick(requestNumber(0, key)));
    EXPECT_EQ(pool->metrics().unrouted(), 1U);
}

TEST_P(EveryAlgorithm, IsSafeUnderConcurrentPicksAndKeepsCountsExact) {
    auto pool = test::makePool({{"a", 1}, {"b", 2}, {"c", 1}, {"d", 3}});
    SwitchableBalancer lb(*pool, makeBalancer(GetParam(), 17));
    constexpr int kThreads = 4;
    constexpr int kRequests = 2000;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&lb, t] {
            std::string key;
            for (int k = 0; k < kRequests; ++k) {
                const auto choice = lb.pick(requestNumber(t * kRequests + k, key));
                if (!choice) {
                    ADD_FAILURE() << "no backend";
                    return;
                }
                lb.onStart(choice->backend);
                lb.onFinish(choice->backend, std::chrono::microseconds(50 + k % 200),
                            k % 50 == 0 ? Outcome::GatewayTimeout : Outcome::Ok);
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    const auto snapshot = pool->metrics().snapshot();
    std::uint64_t sum = 0;
    for (const auto& b : snapshot.backends) {
        EXPECT_EQ(b.active, 0U);
        EXPECT_EQ(b.started, b.completed);
        sum += b.completed;
    }
    EXPECT_EQ(sum, std::uint64_t{kThreads * kRequests});
    EXPECT_EQ(snapshot.total.completed, sum);
    EXPECT_EQ(snapshot.total.count(Outcome::GatewayTimeout), std::uint64_t{kThreads * 40});
}

INSTANTIATE_TEST_SUITE_P(Algorithms, EveryAlgorithm, ::testing::ValuesIn(kAllAlgorithms),
                         [](const ::testing::TestParamInfo<AlgorithmKind>& info) {
                             return std::string(algorithmName(info.param));
                         });

} // namespace
} // namespace hopscope::balance
