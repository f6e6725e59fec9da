// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli lb`: the load-balancing stack on its own, for curl, wrk or a browser.
#include "balance/algorithm_kind.h"
#include "command.h"
#include "engine/load_balancer_stack.h"
#include "engine/parse_number.h"
#include "stop_signal.h"
#include "trace/clock.h"
#include "trace/trace_file.h"

#include <cstdio>
#include <ostream>

namespace hopscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: hopscope-cli lb [--algorithm NAME] [--backends N] [--duration S]\n"
    "                       [--listen ADDR:PORT] [--load N] [--save FILE]\n"
    "\n"
    "Starts N backend servers (default 3, at most 16) and the load balancer in front of\n"
    "them on 127.0.0.1:8080 or the first free port after it, prints the endpoints, and runs\n"
    "until Ctrl-C or for S seconds; then prints how many requests each backend served.\n"
    "\n"
    "  --algorithm NAME  roundrobin (default), swrr, leastconn, random, p2c, ewma, source,\n"
    "                    chash, sticky\n"
    "  --listen ADDR:PORT  where the load balancer listens (a loopback address; an error\n"
    "                    when that port is taken)\n"
    "  --load N          also run N built-in clients (closed loop) from 127.0.0.2 and up\n"
    "  --save FILE       record sampled requests (four frames each, real bytes) and write\n"
    "                    them as pcapng at the end, for Wireshark or `hopscope --open`\n";

std::string padded(std::string text, std::size_t width) {
    if (text.size() < width) {
        text.append(width - text.size(), ' ');
    }
    return text;
}

} // namespace

int runLb(const std::vector<std::string>& args, CommandIo& io) {
    engine::LoadBalancerStackConfig config;
    double durationSeconds = 0;
    std::size_t backends = 3;
    std::size_t load = 0;
    std::string savePath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--help" || arg == "-h") {
            io.out << kUsage;
            return 0;
        }
        if (arg == "--algorithm" && hasValue) {
            const auto kind = balance::algorithmFromName(args[++i]);
            if (!kind) {
                io.err << "hopscope-cli lb: unknown algorithm '" << args[i]
                       << "'; use one of: " << balance::algorithmNames() << '\n';
                return 2;
            }
            config.algorithm = *kind;
        } else if (arg == "--backends" && hasValue) {
            if (!engine::parseNumber<std::size_t>(args[++i], backends, 1,
                                                  engine::LoadBalancerStack::kMaxBackends)) {
                io.err << "hopscope-cli lb: --backends takes 1 to 16\n";
                return 2;
            }
        } else if (arg == "--duration" && hasValue) {
            if (!engine::parseNumber(args[++i], durationSeconds, 0.0)) {
                io.err << "hopscope-cli lb: bad duration '" << args[i] << "'\n";
                return 2;
            }
        } else if (arg == "--listen" && hasValue) {
            const auto address = engine::net::SocketAddress::parse(args[++i]);
            if (!address || !address->isLoopback()) {
                io.err << "hopscope-cli lb: --listen takes a loopback ADDR:PORT\n";
                return 2;
            }
            config.proxy.listen = *address;
            // An address the user names is the one they will point curl at: listening on
            // another port would be a surprise. The first-free-port search is for the default.
            config.proxy.firstFreePort = false;
        } else if (arg == "--save" && hasValue) {
            savePath = args[++i];
        } else if (arg == "--load" && hasValue) {
            if (!engine::parseNumber<std::size_t>(args[++i], load, 0, 1024)) {
                io.err << "hopscope-cli lb: --load takes 0 to 1024 clients\n";
                return 2;
            }
        } else {
            io.err << "hopscope-cli lb: unexpected argument '" << arg << "'\n" << kUsage;
            return 2;
        }
    }
    config.backends = engine::LoadBalancerStackConfig::defaultBackends(backends);

    engine::LoadBalancerStack stack;
    if (auto error = stack.start(config)) {
        io.err << "hopscope-cli lb: " << *error << '\n';
        return 1;
    }
    std::shared_ptr<trace::Trace> recorded;
    if (!savePath.empty()) {
        recorded = std::make_shared<trace::Trace>();
        stack.setTrace(recorded, trace::SteadyClock::instance().nowNs());
    }
    io.out << "Load balancer (" << balance::algorithmName(stack.algorithm()) << ") with "
           << backends << " backends.\n\n"
           << padded("NAME", 12) << padded("ROLE", 17) << padded("DISPLAY ADDRESS", 20)
           << "REAL ENDPOINT\n";
    for (const engine::EndpointRow& row : stack.endpoints()) {
        io.out << padded(row.name, 12) << padded(row.role, 17) << padded(row.displayAddress, 20)
               << row.realEndpoint << '\n';
    }
    io.out << "\nTry: curl -i http://" << stack.address().toString() << "/\n";
    if (load > 0) {
        engine::TrafficConfig traffic;
        traffic.concurrency = static_cast<std::uint32_t>(load);
        traffic.durationNs = 0;
        if (auto error = stack.startLoad(traffic)) {
            io.err << "hopscope-cli lb: " << *error << '\n';
        }
    }
    if (durationSeconds > 0) {
        io.out << "Running for " << durationSeconds << " s (Ctrl-C stops earlier).\n";
    } else {
        io.out << "Press Ctrl-C to stop.\n";
    }
    io.out << std::flush;

    waitForStopSignal(durationSeconds);

    stack.stopLoad();
    const balance::LoadBalancerMetricsSnapshot metrics = stack.metrics();
    stack.stop();
    io.out << "\nRequests per backend:\n";
    for (const balance::BackendMetricsSnapshot& backend : metrics.backends) {
        io.out << padded(backend.name, 12) << padded(std::to_string(backend.completed), 10)
               << "(errors " << backend.errors << ")\n";
    }
    io.out << padded("total", 12) << padded(std::to_string(metrics.total.completed), 10)
           << "(answered 503 with no backend up: " << metrics.unrouted << ")\n";
    if (recorded) {
        const trace::TraceFileResult saved = trace::TraceFile::save(*recorded, savePath);
        if (!saved.ok()) {
            io.err << "hopscope-cli lb: " << savePath << ": " << saved.error << '\n';
            return 1;
        }
        io.out << "Saved " << recorded->size() << " events to " << savePath << ".\n";
    }
    return 0;
}

} // namespace hopscope::cli
