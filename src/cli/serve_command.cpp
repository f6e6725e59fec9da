// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli serve`: the whole mini-internet on loopback — the DNS hierarchy, the caching
// resolver, the HTTP backends and the load balancer — for dig, curl, wrk and a browser.
#include "balance/algorithm_kind.h"
#include "command.h"
#include "dns/scenario.h"
#include "engine/dns_hierarchy.h"
#include "engine/load_balancer_stack.h"
#include "engine/parse_number.h"
#include "engine/resource_locator.h"
#include "stop_signal.h"

#include <iomanip>
#include <ostream>

namespace hopscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli serve [--scenario FILE] [--algorithm NAME] [--backends N]\n"
    "                          [--duration S]\n"
    "\n"
    "Starts every DNS server of the scenario (default: the shipped one), the caching\n"
    "resolver, N HTTP backends (default 3) and the load balancer in front of them, all on\n"
    "loopback, prints a table of every server (name, role, display address, real endpoint)\n"
    "and runs until Ctrl-C or for S seconds.\n"
    "\n"
    "  --scenario FILE   a scenario file (docs/scenario-format.md)\n"
    "  --algorithm NAME  roundrobin (default), swrr, leastconn, random, p2c, ewma, source,\n"
    "                    chash, sticky\n"
    "  --backends N      1 to 16\n"
    "  --duration S      stop after S seconds (default: run until Ctrl-C)\n";

struct Row {
    std::string name;
    std::string role;
    std::string display;
    std::string endpoint;
};

void printTable(const std::vector<Row>& rows, std::ostream& os) {
    std::size_t widths[3] = {4, 4, 15};
    for (const auto& r : rows) {
        widths[0] = std::max(widths[0], r.name.size());
        widths[1] = std::max(widths[1], r.role.size());
        widths[2] = std::max(widths[2], r.display.size());
    }
    const auto line = [&](const std::string& a, const std::string& b, const std::string& c,
                          const std::string& d) {
        os << std::left << std::setw(static_cast<int>(widths[0] + 2)) << a
           << std::setw(static_cast<int>(widths[1] + 2)) << b
           << std::setw(static_cast<int>(widths[2] + 2)) << c << d << '\n';
    };
    line("NAME", "ROLE", "DISPLAY ADDRESS", "REAL ENDPOINT");
    for (const auto& r : rows) {
        line(r.name, r.role, r.display, r.endpoint);
    }
}

} // namespace

int runServe(const std::vector<std::string>& args, CommandIo& io) {
    std::optional<std::filesystem::path> scenarioPath;
    engine::LoadBalancerStackConfig lbConfig;
    std::size_t backends = 3;
    double durationSeconds = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--help" || arg == "-h") {
            io.out << kUsage;
            return 0;
        }
        if (arg == "--scenario" && hasValue) {
            scenarioPath = args[++i];
        } else if (arg == "--algorithm" && hasValue) {
            const auto kind = balance::algorithmFromName(args[++i]);
            if (!kind) {
                io.err << "hopscope-cli serve: unknown algorithm '" << args[i]
                       << "'; use one of: " << balance::algorithmNames() << '\n';
                return 2;
            }
            lbConfig.algorithm = *kind;
        } else if (arg == "--backends" && hasValue) {
            const std::string& v = args[++i];
            if (!engine::parseNumber<std::size_t>(v, backends, 1,
                                                  engine::LoadBalancerStack::kMaxBackends)) {
                io.err << "hopscope-cli serve: --backends takes 1 to 16\n";
                return 2;
            }
        } else if (arg == "--duration" && hasValue) {
            const std::string& v = args[++i];
            if (!engine::parseNumber(v, durationSeconds, 0.0)) {
                io.err << "hopscope-cli serve: --duration takes a number of seconds\n";
                return 2;
            }
        } else {
            io.err << "hopscope-cli serve: unexpected argument '" << arg << "'\n" << kUsage;
            return 2;
        }
    }
    if (!scenarioPath) {
        scenarioPath = engine::ResourceLocator::defaultScenario();
        if (!scenarioPath) {
            io.err << "hopscope-cli serve: the default scenario was not found (set "
                      "HOPSCOPE_RESOURCE_DIR to the resources folder)\n";
            return 1;
        }
    }
    auto loaded = dns::Scenario::load(*scenarioPath);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) {
            io.err << e.toString() << '\n';
        }
        return 1;
    }

    engine::DnsHierarchy dnsServers;
    const auto problems = dnsServers.start(*loaded.scenario);
    if (!problems.empty()) {
        for (const auto& p : problems) {
            io.err << "hopscope-cli serve: " << p << '\n';
        }
        return 1;
    }
    lbConfig.backends = engine::LoadBalancerStackConfig::defaultBackends(backends);
    engine::LoadBalancerStack web;
    if (const auto error = web.start(lbConfig)) {
        io.err << "hopscope-cli serve: " << *error << '\n';
        return 1;
    }

    std::vector<Row> rows;
    for (const auto& s : dnsServers.servers()) {
        std::string role = dns::serverRoleName(s.role);
        if (!s.zones.empty()) {
            role += " (";
            for (std::size_t z = 0; z < s.zones.size(); ++z) {
                role += (z ? ", " : "") + s.zones[z];
            }
            role += ')';
        }
        rows.push_back({s.name, role, s.displayAddress.toString(), s.endpoint.toString()});
    }
    for (const auto& e : web.endpoints()) {
        rows.push_back({e.name, e.role, e.displayAddress, e.realEndpoint});
    }
    printTable(rows, io.out);
    io.out << "\nTry:  dig @" << dnsServers.servers().back().endpoint.address().toString() << " -p "
           << dnsServers.servers().back().endpoint.port() << " www.foobar.com\n"
           << "      curl http://" << web.address().toString() << "/\n"
           << (durationSeconds > 0 ? "Running for the given duration." : "Press Ctrl-C to stop.")
           << std::endl;

    waitForStopSignal(durationSeconds);

    const auto totals = web.metrics();
    io.out << "Stopping. The load balancer completed " << totals.total.completed << " requests.\n";
    web.stop();
    dnsServers.stop();
    return 0;
}

} // namespace hopscope::cli
