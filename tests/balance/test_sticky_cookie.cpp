// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/round_robin.h"
#include "balance/sticky_cookie.h"
#include "simulation.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace hopscope::balance {
namespace {

RequestContext withCookie(std::string_view value) {
    RequestContext request;
    request.stickyCookie = value;
    return request;
}

TEST(StickyCookie, ARequestWithoutCookieIsPlacedAndToldWhichCookieToSet) {
    auto pool = test::makePool({{"web1", 1}, {"web2", 1}});
    StickyCookie sticky(std::make_unique<RoundRobin>());
    const auto first = sticky.pick(*pool, {});
    const auto second = sticky.pick(*pool, {});
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->backend, 0U);
    EXPECT_EQ(first->setCookie, "web1");
    EXPECT_EQ(second->setCookie, "web2");
}

TEST(StickyCookie, ACookieNamingALiveBackendHoldsEveryTime) {
    auto pool = test::makePool({{"web1", 1}, {"web2", 1}, {"web3", 1}});
    StickyCookie sticky(std::make_unique<RoundRobin>());
    for (int k = 0; k < 100; ++k) {
        const auto choice = sticky.pick(*pool, withCookie("web2"));
        ASSERT_TRUE(choice);
        EXPECT_EQ(choice->backend, 1U);
        EXPECT_TRUE(choice->setCookie.empty()); // the client already has it
    }
}

TEST(StickyCookie, ClientsStayWithTheirBackendAcrossManyRequests) {
    auto pool = test::makePool({{"web1", 1}, {"web2", 1}, {"web3", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<StickyCookie>(std::make_unique<RoundRobin>()));
    std::vector<std::string> jar(9); // one cookie jar per client
    std::vector<std::size_t> home(9);
    for (int round = 0; round < 20; ++round) {
        for (std::size_t client = 0; client < jar.size(); ++client) {
            const auto choice = lb.pick(withCookie(jar[client]));
            ASSERT_TRUE(choice);
            if (round == 0) {
                home[client] = choice->backend;
                jar[client] = choice->setCookie;
            }
            EXPECT_EQ(choice->backend, home[client]) << "client " << client << " round " << round;
        }
    }
    // The first round spread the clients round robin.
    EXPECT_EQ(std::count(home.begin(), home.end(), 0U), 3);
}

TEST(StickyCookie, FallsBackAndReCookiesWhenTheStickyBackendIsDown) {
    auto pool = test::makePool({{"web1", 1}, {"web2", 1}, {"web3", 1}});
    StickyCookie sticky(std::make_unique<RoundRobin>());
    pool->setUp(1, false);
    for (int k = 0; k < 10; ++k) {
        const auto choice = sticky.pick(*pool, withCookie("web2"));
        ASSERT_TRUE(choice);
        EXPECT_NE(choice->backend, 1U);
        EXPECT_EQ(choice->setCookie, pool->at(choice->backend).name());
    }
    // Back up: the old cookie works again.
    pool->setUp(1, true);
    EXPECT_EQ(sticky.pick(*pool, withCookie("web2"))->backend, 1U);
}

TEST(StickyCookie, IgnoresUnknownRemovedAndBackupNames) {
    auto pool = test::makePool({{"web1", 1}, {"web2", 1}});
    const auto spare = pool->add(BackendInfo{"spare", 1, true});
    ASSERT_TRUE(spare);
    StickyCookie sticky(std::make_unique<RoundRobin>());
    for (const char* cookie : {"nosuch", "spare", "web1;x"}) {
        const auto choice = sticky.pick(*pool, withCookie(cookie));
        ASSERT_TRUE(choice);
        EXPECT_NE(choice->backend, *spare) << cookie;
        EXPECT_FALSE(choice->setCookie.empty()) << cookie;
    }
    pool->remove(0);
    EXPECT_EQ(sticky.pick(*pool, withCookie("web1"))->backend, 1U);
    // With every primary down, the backup's cookie is honoured.
    pool->setUp(1, false);
    EXPECT_EQ(sticky.pick(*pool, withCookie("spare"))->backend, *spare);
}

TEST(StickyCookie, NothingWhenEveryBackendIsDown) {
    auto pool = test::makePool({{"web1", 1}});
    pool->setUp(0, false);
    StickyCookie sticky(std::make_unique<RoundRobin>());
    EXPECT_FALSE(sticky.pick(*pool, withCookie("web1")));
}

} // namespace
} // namespace hopscope::balance
