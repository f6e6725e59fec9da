// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli bench dns`: one authoritative server of a scenario on a fixed endpoint, for a
// load generator such as dnsperf (tests/bench/dns_bench.sh runs it beside NSD).
#include "command.h"
#include "dns/scenario.h"
#include "engine/dns_server.h"
#include "engine/parse_number.h"
#include "engine/resource_locator.h"
#include "stop_signal.h"

#include <chrono>
#include <iomanip>
#include <memory>
#include <ostream>

namespace hopscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli bench dns [--scenario FILE] [--server NAME] [--address A.B.C.D]\n"
    "                              [--port PORT] [--threads N] [--duration SECONDS]\n"
    "                              [--batch N] [--no-answer-cache]\n"
    "\n"
    "Serves the zones of one authoritative server of the scenario (default: ns1.foobar.com\n"
    "of the default scenario) on UDP and TCP at its loopback address (or --address) and\n"
    "--port (default: a free port), prints the endpoint, and runs until SIGINT/SIGTERM or\n"
    "--duration has passed; then prints queries, replies and queries per second.\n"
    "--batch sets how many datagrams one recvmmsg/sendmmsg call moves (default 64);\n"
    "--no-answer-cache answers every query afresh instead of from remembered replies.\n"
    "Point a load generator at it: dnsperf -s ADDRESS -p PORT -d QUERYFILE.\n";

} // namespace

int runBenchDns(const std::vector<std::string>& args, CommandIo& io) {
    std::optional<std::string> scenarioPath;
    std::string serverName = "ns1.foobar.com";
    std::optional<wire::Ipv4Address> address;
    std::uint16_t port = 0;
    std::size_t threads = 1;
    double duration = 0;
    bool answerCache = true;
    std::size_t batch = 64;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == "--scenario" && hasValue) {
            scenarioPath = args[++i];
        } else if (a == "--server" && hasValue) {
            serverName = args[++i];
        } else if (a == "--address" && hasValue) {
            address = wire::Ipv4Address::parse(args[++i]);
            ok = address.has_value();
        } else if (a == "--port" && hasValue) {
            ok = engine::parseNumber(args[++i], port);
        } else if (a == "--threads" && hasValue) {
            ok = engine::parseNumber<std::size_t>(args[++i], threads, 1, 64);
        } else if (a == "--duration" && hasValue) {
            ok = engine::parseNumber(args[++i], duration, 0.0);
        } else if (a == "--batch" && hasValue) {
            ok = engine::parseNumber<std::size_t>(args[++i], batch, 1, 1024);
        } else if (a == "--no-answer-cache") {
            answerCache = false;
        } else if (a == "--help") {
            io.out << kUsage;
            return 0;
        } else {
            io.err << "hopscope-cli bench dns: unexpected argument '" << a << "'\n" << kUsage;
            return 2;
        }
        if (!ok) {
            io.err << "hopscope-cli bench dns: bad value for " << a << " '" << args[i] << "'\n";
            return 2;
        }
    }

    std::filesystem::path path;
    if (scenarioPath) {
        path = *scenarioPath;
    } else if (auto found = engine::ResourceLocator::defaultScenario()) {
        path = *found;
    } else {
        io.err << "hopscope-cli bench dns: cannot find the default scenario (set "
                  "HOPSCOPE_RESOURCE_DIR or pass --scenario FILE)\n";
        return 1;
    }
    dns::ScenarioLoadResult loaded = dns::Scenario::load(path);
    if (!loaded.ok()) {
        for (const auto& error : loaded.errors) {
            io.err << error.toString() << '\n';
        }
        return 1;
    }
    const dns::ScenarioServer* server = loaded.scenario->serverByName(serverName);
    if (server == nullptr || server->role == dns::ServerRole::Resolver) {
        io.err << "hopscope-cli bench dns: the scenario has no authoritative server '" << serverName
               << "'\n";
        return 1;
    }
    dns::AuthorityLoadResult authority = dns::Scenario::loadAuthority(*server);
    if (!authority.ok()) {
        for (const auto& error : authority.errors) {
            io.err << error.toString() << '\n';
        }
        return 1;
    }
    engine::DnsServerOptions options;
    options.address = engine::net::SocketAddress(address.value_or(server->loopbackAddress), port);
    options.udpThreads = threads;
    options.answerCache = answerCache;
    options.udpBatch = batch;
    engine::DnsServer dnsServer(
        server->name, std::make_shared<const dns::Authority>(std::move(*authority.authority)),
        options);
    if (auto error = dnsServer.start()) {
        io.err << "hopscope-cli bench dns: " << error->message << '\n';
        return 1;
    }
    io.out << "serving";
    for (const auto& zone : server->zones) {
        io.out << ' ' << zone.origin.toText();
    }
    io.out << " as " << server->name << " on " << dnsServer.address().toString()
           << " (UDP and TCP, " << threads << (threads == 1 ? " UDP thread" : " UDP threads") << ")"
           << std::endl;

    const auto start = std::chrono::steady_clock::now();
    waitForStopSignal(duration);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    dnsServer.stop();
    const auto stats = dnsServer.stats();
    const std::uint64_t queries = stats.udpQueries + stats.tcpQueries;
    io.out << "queries " << queries << " (UDP " << stats.udpQueries << ", TCP " << stats.tcpQueries
           << "), replies " << stats.responses << ", dropped " << stats.dropped
           << ", answer-cache hits " << stats.cacheHits << ", " << std::fixed
           << std::setprecision(1) << elapsed.count() << " s, "
           << static_cast<double>(queries) / std::max(elapsed.count(), 1e-9)
           << " queries/s on average" << std::endl;
    return 0;
}

} // namespace hopscope::cli
