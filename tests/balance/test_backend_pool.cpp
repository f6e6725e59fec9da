// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/backend_pool.h"

#include <atomic>
#include <gtest/gtest.h>
#include <string>
#include <thread>

namespace hopscope::balance {
namespace {

TEST(BackendPool, AddsBackendsWithStableIndices) {
    BackendPool pool;
    EXPECT_EQ(pool.add({"web1", 1, false}), 0U);
    EXPECT_EQ(pool.add({"web2", 3, false}), 1U);
    EXPECT_EQ(pool.add({"spare", 1, true}), 2U);
    ASSERT_EQ(pool.size(), 3U);
    EXPECT_EQ(pool.at(1).name(), "web2");
    EXPECT_EQ(pool.at(1).weight(), 3U);
    EXPECT_TRUE(pool.at(2).isBackup());
    EXPECT_TRUE(pool.at(0).isUp());
    EXPECT_EQ(pool.find("web2"), 1U);
    EXPECT_FALSE(pool.find("web9"));
    EXPECT_EQ(pool.metrics().size(), 3U);
    EXPECT_EQ(pool.metrics().backend(1).name(), "web2");
}

TEST(BackendPool, RejectsBadNamesDuplicatesAndWeights) {
    BackendPool pool;
    for (const char* bad : {"", "web 1", "web;1", "w\"1", "a=b", "héllo"}) {
        EXPECT_FALSE(pool.add({bad, 1, false})) << bad;
    }
    EXPECT_FALSE(pool.add({std::string(65, 'a'), 1, false}));
    EXPECT_TRUE(pool.add({std::string(64, 'a'), 1, false}));
    EXPECT_TRUE(pool.add({"web-1.example_A", 1, false}));
    EXPECT_FALSE(pool.add({"web-1.example_A", 1, false}));
    EXPECT_FALSE(pool.add({"heavy", kMaxWeight + 1, false}));
    EXPECT_TRUE(pool.add({"heavy", kMaxWeight, false}));
    EXPECT_FALSE(pool.setWeight(0, kMaxWeight + 1));
    EXPECT_FALSE(pool.setUp(99, false));
}

TEST(BackendPool, HoldsAtMostKMaxBackends) {
    BackendPool pool;
    for (std::size_t i = 0; i < kMaxBackends; ++i) {
        ASSERT_EQ(pool.add({"b" + std::to_string(i), 1, false}), i);
    }
    EXPECT_FALSE(pool.add({"one-too-many", 1, false}));
    EXPECT_EQ(pool.candidates().count, kMaxBackends);
    EXPECT_TRUE(pool.candidates().contains(kMaxBackends - 1));
}

TEST(BackendPool, BackupsServeOnlyWhileNoPrimaryIsUp) {
    BackendPool pool;
    pool.add({"a", 1, false});
    pool.add({"spare1", 1, true});
    pool.add({"b", 1, false});
    pool.add({"spare2", 1, true});
    Candidates c = pool.candidates();
    EXPECT_FALSE(c.backups);
    EXPECT_EQ(c.count, 2U);
    EXPECT_TRUE(c.contains(0) && c.contains(2));

    pool.setUp(0, false);
    EXPECT_EQ(pool.candidates().count, 1U);
    pool.setUp(2, false);
    c = pool.candidates();
    EXPECT_TRUE(c.backups);
    EXPECT_EQ(c.count, 2U);
    EXPECT_TRUE(c.contains(1) && c.contains(3));

    pool.setUp(1, false);
    pool.setUp(3, false);
    EXPECT_TRUE(pool.candidates().empty());

    pool.setUp(2, true);
    c = pool.candidates();
    EXPECT_FALSE(c.backups);
    EXPECT_EQ(c.count, 1U);
    EXPECT_EQ(c[0], 2U);
}

TEST(BackendPool, ADrainedBackendIsNoCandidate) {
    BackendPool pool;
    pool.add({"a", 1, false});
    pool.add({"b", 1, false});
    pool.setWeight(0, 0);
    EXPECT_EQ(pool.candidates().count, 1U);
    EXPECT_FALSE(pool.candidates().contains(0));
}

TEST(BackendPool, RemoveRetiresTheSlotAndAddingTheNameAgainRevivesIt) {
    BackendPool pool;
    pool.add({"a", 1, false});
    pool.add({"b", 1, false});
    pool.metrics().backend(1).recordStart();
    EXPECT_TRUE(pool.remove(1));
    EXPECT_FALSE(pool.remove(1));
    EXPECT_TRUE(pool.at(1).isRemoved());
    EXPECT_FALSE(pool.find("b"));
    EXPECT_EQ(pool.candidates().count, 1U);
    EXPECT_EQ(pool.size(), 2U);
    // The request in flight still belongs to the slot.
    EXPECT_EQ(pool.at(1).active(), 1U);

    EXPECT_EQ(pool.add({"b", 4, true}), 1U);
    EXPECT_FALSE(pool.at(1).isRemoved());
    EXPECT_EQ(pool.at(1).weight(), 4U);
    EXPECT_TRUE(pool.at(1).isBackup());
    EXPECT_EQ(pool.size(), 2U);
}

TEST(BackendPool, GenerationMovesWithMembershipAndWeightsButNotHealth) {
    BackendPool pool;
    std::uint64_t g = pool.generation();
    pool.add({"a", 1, false});
    EXPECT_GT(pool.generation(), g);
    g = pool.generation();
    pool.setUp(0, false);
    pool.setUp(0, true);
    EXPECT_EQ(pool.generation(), g);
    pool.setWeight(0, 2);
    EXPECT_GT(pool.generation(), g);
    g = pool.generation();
    pool.setBackup(0, true);
    EXPECT_GT(pool.generation(), g);
    g = pool.generation();
    pool.remove(0);
    EXPECT_GT(pool.generation(), g);
}

TEST(BackendPool, ReadersSeeWholeSlotsWhileAWriterAdds) {
    BackendPool pool;
    pool.add({"first", 1, false});
    std::atomic<bool> done{false};
    std::thread writer([&] {
        for (int i = 0; i < 40; ++i) {
            pool.add({"w" + std::to_string(i), static_cast<std::uint32_t>(i % 5), i % 7 == 0});
            pool.setUp(static_cast<std::size_t>(i / 2), i % 3 != 0);
        }
        done = true;
    });
    std::size_t reads = 0;
    while (!done.load() || reads < 100) {
        const std::size_t n = pool.size();
        for (std::size_t i = 0; i < n; ++i) {
            ASSERT_FALSE(pool.at(i).name().empty());
            ASSERT_EQ(pool.metrics().backend(i).name(), pool.at(i).name());
        }
        const Candidates c = pool.candidates();
        for (std::size_t k = 0; k < c.count; ++k) {
            ASSERT_LT(c[k], pool.size());
        }
        ++reads;
    }
    writer.join();
    EXPECT_EQ(pool.size(), 41U);
}

} // namespace
} // namespace hopscope::balance
