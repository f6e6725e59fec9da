// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli resolve`: against the scenario's servers started in-process, and with
// --root-hints against servers started outside the command on a common port.
#include "../interop/interop_support.h"

#include <fstream>
#include <gtest/gtest.h>

namespace hopscope::interop {
namespace {

TEST(ResolveCommand, PrintsTheAnswerLikeDigShort) {
    const auto r = runCli({"resolve", "www.foobar.com"});
    EXPECT_EQ(r.code, 0) << r.out;
    const ShortAnswer answer = parseShort(r.out);
    EXPECT_EQ(answer.status, "NOERROR");
    EXPECT_EQ(answer.records, (std::vector<std::string>{"198.51.100.10", "198.51.100.11",
                                                        "198.51.100.12", "foobar.com."}));
    EXPECT_NE(r.out.find("3 queries"), std::string::npos) << r.out;
}

TEST(ResolveCommand, TypesAndNegativeAnswers) {
    EXPECT_EQ(parseShort(runCli({"resolve", "foobar.com", "MX"}).out).records,
              std::vector<std::string>{"10 mail.foobar.com."});
    EXPECT_EQ(parseShort(runCli({"resolve", "_http._tcp.foobar.com", "srv"}).out).records,
              std::vector<std::string>{"10 5 80 foobar.com."});
    const auto nx = runCli({"resolve", "nope.foobar.com"});
    EXPECT_EQ(nx.code, 0);
    EXPECT_EQ(parseShort(nx.out).status, "NXDOMAIN");
    EXPECT_TRUE(parseShort(nx.out).records.empty());
    EXPECT_EQ(parseShort(runCli({"resolve", "mail.foobar.com", "AAAA"}).out).status, "NOERROR");
}

TEST(ResolveCommand, TraceShowsEveryServerAsked) {
    const auto r = runCli({"resolve", "www.foobar.com", "A", "--trace"});
    EXPECT_EQ(r.code, 0) << r.out;
    for (const char* expected :
         {"; <<>> hopscope-cli resolve <<>> www.foobar.com. A", "ROOT-SERVERS.NET.",
          "com.\t172800\tIN\tNS\ta.gtld-servers.net.", "a.gtld-servers.net.", "ns1.foobar.com.",
          "refers us to the .com servers", ";; Received",
          "www.foobar.com.\t300\tIN\tCNAME\tfoobar.com.", ";; ANSWER for www.foobar.com. IN A",
          ";; status: NOERROR"}) {
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
    }
}

TEST(ResolveCommand, RejectsBadArguments) {
    EXPECT_EQ(runCli({"resolve"}).code, 2);
    EXPECT_EQ(runCli({"resolve", "www.foobar.com", "BOGUS"}).code, 2);
    EXPECT_EQ(runCli({"resolve", "www.foobar.com", "--port", "53"}).code, 2);
    EXPECT_EQ(runCli({"resolve", "www.foobar.com", "--root-hints"}).code, 2);
    EXPECT_EQ(runCli({"resolve", "a..b"}).code, 2);
    const auto missing = runCli({"resolve", "x.com", "--root-hints", "/no/such/hints"});
    EXPECT_EQ(missing.code, 1);
}

TEST(ResolveCommand, RootHintsReachServersOnACommonPort) {
    const auto scenario = defaultScenario();
    std::vector<std::unique_ptr<engine::DnsServer>> servers;
    std::string problem;
    const auto port = startOnCommonPort(scenario, servers, problem);
    ASSERT_TRUE(port) << problem;

    // The shipped hints name display addresses: the scenario maps them to loopback.
    const auto shipped = runCli({"resolve", "shop.example.org", "--root-hints",
                                 sourcePath("resources/zones/named.root").string(), "--port",
                                 std::to_string(*port)});
    EXPECT_EQ(shipped.code, 0) << shipped.out;
    EXPECT_EQ(parseShort(shipped.out).records, std::vector<std::string>{"203.0.113.101"});

    // Hints with loopback addresses are used as they are.
    const auto dir =
        std::filesystem::temp_directory_path() / ("hopscope-hints-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto hints = dir / "loopback.root";
    {
        std::ofstream out(hints);
        out << ". 3600000 NS A.ROOT-SERVERS.NET.\nA.ROOT-SERVERS.NET. 3600000 A 127.0.1.1\n";
    }
    const auto loopback = runCli({"resolve", "www.foobar.com", "--trace", "--root-hints",
                                  hints.string(), "--port", std::to_string(*port)});
    std::filesystem::remove_all(dir);
    EXPECT_EQ(loopback.code, 0) << loopback.out;
    EXPECT_NE(loopback.out.find("127.0.1.1:" + std::to_string(*port)), std::string::npos)
        << loopback.out;
    EXPECT_EQ(parseShort(loopback.out).status, "NOERROR");
}

TEST(ResolveCommand, RootHintsWithNothingListeningIsServFail) {
    const auto scenario = defaultScenario();
    const auto port = portOutsideTheEphemeralRange(serverAddresses(scenario));
    ASSERT_TRUE(port);
    const auto r = runCli({"resolve", "www.foobar.com", "--root-hints",
                           sourcePath("resources/zones/named.root").string(), "--port",
                           std::to_string(*port), "--timeout", "20000"});
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_EQ(parseShort(r.out).status, "SERVFAIL");
}

} // namespace
} // namespace hopscope::interop
