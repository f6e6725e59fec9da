// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/root_hints.h"
#include "zones_and_queries.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using testing::name;

TEST(RootHints, ReadsTheStandardNamedRootFormat) {
    // The layout of https://www.internic.net/domain/named.root, first two servers.
    const auto result =
        RootHints::parse(R"(;       This file holds the information on root name servers needed to
;       initialize cache of Internet domain name servers
;
; FORMERLY NS.INTERNIC.NET
;
.                        3600000      NS    A.ROOT-SERVERS.NET.
A.ROOT-SERVERS.NET.      3600000      A     198.41.0.4
A.ROOT-SERVERS.NET.      3600000      AAAA  2001:503:ba3e::2:30
;
; FORMERLY NS1.ISI.EDU
;
.                        3600000      NS    B.ROOT-SERVERS.NET.
B.ROOT-SERVERS.NET.      3600000      A     170.247.170.2
B.ROOT-SERVERS.NET.      3600000      AAAA  2801:1b8:10::b
; End of file)",
                         "named.root");
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    const auto& servers = result.hints->servers();
    ASSERT_EQ(servers.size(), 2u);
    EXPECT_EQ(servers[0].name, name("A.ROOT-SERVERS.NET."));
    EXPECT_EQ(servers[0].ipv4, (std::vector{wire::Ipv4Address(198, 41, 0, 4)}));
    EXPECT_EQ(servers[0].ipv6.size(), 1u);
    EXPECT_EQ(servers[1].ipv4, (std::vector{wire::Ipv4Address(170, 247, 170, 2)}));
    EXPECT_EQ(servers[0].ttl, 3600000u);
    EXPECT_EQ(result.hints->nsRecords().size(), 2u);
    EXPECT_EQ(result.hints->addressRecords().size(), 4u);
}

TEST(RootHints, TheShippedHintsPointAtTheTwoRoots) {
    const auto result = RootHints::load(testing::resourcesDir() / "zones" / "named.root");
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    ASSERT_EQ(result.hints->servers().size(), 2u);
    EXPECT_EQ(result.hints->servers()[1].ipv4.front(), wire::Ipv4Address(170, 247, 170, 2));
}

TEST(RootHints, Errors) {
    auto result = RootHints::parse(". 60 NS a.root.\nexample. 60 NS a.root.\na.root. 60 A "
                                   "192.0.2.1\nb.root. 60 TXT \"x\"\n",
                                   "h");
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].line, 2u);
    EXPECT_NE(result.errors[0].message.find("owned by example."), std::string::npos);
    EXPECT_EQ(result.errors[1].line, 4u);
    EXPECT_NE(result.errors[1].message.find("only NS, A and AAAA"), std::string::npos);
    EXPECT_FALSE(result.hints.has_value());

    result = RootHints::parse(". 60 NS a.root.\n", "h");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].line, 1u);
    EXPECT_NE(result.errors[0].message.find("has no A or AAAA"), std::string::npos);

    result = RootHints::parse("; nothing\n", "h");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_NE(result.errors[0].message.find("no NS records"), std::string::npos);

    result = RootHints::parse(". 60 NS a.root.\na.root. 60 A 192.0.2.999\n", "h");
    ASSERT_GE(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].line, 2u);

    result = RootHints::parse(". 60 NS a.root.\na.root. 60 A 192.0.2.1\nz.root. 60 A "
                              "192.0.2.2\n",
                              "h");
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.warnings.size(), 1u);

    EXPECT_FALSE(RootHints::load("/nonexistent/named.root").ok());
}

} // namespace
} // namespace hopscope::dns
